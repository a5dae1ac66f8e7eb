/**
 * One publication-date reader: the same date string gives the same instant
 * whether it arrives as a feed item's pubDate, a page's
 * article:published_time, or the date line of an imported text file.
 * Inputs: feedparser's 73 real date strings (../shared/peers/feedparser/dates.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate, parseFeed } from '../../ingest/parse/index.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { readArticleFile } from '../../ingest/importer/read-file.ts';
import { requireShared, tempDir } from '../support/cli.ts';

interface DateRow { input: string; expected_utc: string | null }

const REFERENCE = '2026-03-27T12:00:00.000Z';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

let tmp: ReturnType<typeof tempDir>;
let rows: DateRow[];

beforeAll(() => {
  tmp = tempDir();
  rows = (JSON.parse(readFileSync(join(requireShared(), 'peers', 'feedparser', 'dates.json'), 'utf8')) as DateRow[]).filter((r) => r.input.trim() !== '');
});
afterAll(() => tmp.cleanup());

describe('one date reader for every stage', () => {
  it('feed items, page metadata and imported files agree with parseDate on every real date string', async () => {
    expect(rows.length).toBeGreaterThan(60);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Dates</title>${rows
      .map((r, i) => `<item><title>Item ${i}</title><link>https://dates.example/${i}</link><pubDate>${escapeXml(r.input)}</pubDate></item>`)
      .join('')}</channel></rss>`;
    const parsed = await parseFeed(feed, { url: 'https://dates.example/feed', contentType: 'application/rss+xml', fetchedAt: REFERENCE });
    const byLink = new Map(parsed.items.map((item) => [item.url, item.publishedAt]));
    let agreed = 0;
    for (const [i, row] of rows.entries()) {
      const expected = parseDate(row.input, REFERENCE);
      expect(byLink.get(`https://dates.example/${i}`), `feed pubDate ${JSON.stringify(row.input)}`).toBe(expected);
      const page = `<html><head><meta property="article:published_time" content="${escapeXml(row.input)}"><title>Page ${i}</title></head><body><p>Text.</p></body></html>`;
      expect(extractArticle(page, `https://dates.example/p/${i}`, { fetchedAt: REFERENCE }).publishedAt, `page meta ${JSON.stringify(row.input)}`).toBe(expected);
      // The importer reads a short date line under the title, after a list bullet ("- 16 hours ago");
      // longer strings are body text there, and a leading "-" is a bullet, by design.
      if (row.input.length <= 48 && /\d/.test(row.input) && !/^[-*•·]/.test(row.input)) {
        const path = join(tmp.dir, `date-${i}.txt`);
        writeFileSync(path, `Title ${i}\n${row.input}\n\nBody text of the note.`);
        const [article] = await readArticleFile(path, { now: REFERENCE });
        expect(article!.dateFromFallback ? null : article!.publishedAt, `file date line ${JSON.stringify(row.input)}`).toBe(expected);
      }
      agreed++;
    }
    expect(agreed).toBe(rows.length);
  });
});
