/** Generated articles for the ingest and store benchmarks: templated news with varied companies, places and figures. */
import { LONG_PARAGRAPHS } from './feeds.ts';

export const ORGS = ['Microsoft', 'Nebius', 'OpenAI', 'Oracle', 'CoreWeave', 'Meta', 'Amazon', 'Google', 'Nvidia', 'AMD'];
export const PLACES = ['Texas', 'Ohio', 'Georgia', 'Virginia', 'Arizona', 'Ireland', 'Norway', 'Kentucky'];

/** Paragraphs of item `i` of feed `f`. */
export function pageParagraphs(f: number, i: number): string[] {
  const org = ORGS[(f + i) % ORGS.length];
  const other = ORGS[(f * 3 + i + 1) % ORGS.length];
  const place = PLACES[(f + 2 * i) % PLACES.length];
  const money = ((f * 7 + i * 13) % 90) + 10;
  return [
    `${org} said on Monday it would spend $${money} billion on new data centers in ${place} over the next three years, its largest build-out yet (feed ${f}, item ${i}).`,
    `The first campus will draw ${(i % 9) + 1}00 megawatts and cover ${(f % 7) + 3}00 acres, according to filings with the county, and ${other} will supply ${(i % 5) + 1}0,000 GPUs.`,
    ...LONG_PARAGRAPHS,
    ...LONG_PARAGRAPHS.map((p) => p.split('').reverse().join('').replace(/[a-z]{12,}/g, 'grid')),
  ];
}

/** Publication date of item `i` of feed `f`: four weeks of January 2026, as the ingest bench serves them. */
export const itemDate = (f: number, i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 28), f % 24));
