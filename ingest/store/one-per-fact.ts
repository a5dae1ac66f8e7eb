/**
 * Within an article, one fact repeated is one mention (extraction.md: "The same fact repeated in an article is
 * listed once"), and an article gives at most a sane number of figures: a body repeating one sentence thousands
 * of times, or a machine-made table of numbers, must not flood `amounts` or the dashboard.
 */
import type { ExtractedAmount, ExtractedQuantity, Extraction } from '../tag/types.ts';

/** No real article states more distinct figures than this; a longer list is a table or a machine-made page. */
export const MAX_AMOUNTS_PER_ARTICLE = 80;
export const MAX_QUANTITIES_PER_ARTICLE = 80;

const amountKey = (a: ExtractedAmount) =>
  [a.value, a.value_min ?? '', a.currency, a.category, a.entity ?? '', a.period ?? '', a.estimate ? 1 : 0, a.conversion ? 1 : 0].join('|');
const quantityKey = (q: ExtractedQuantity) => [q.value, q.value_min ?? '', q.kind, q.unit, q.entity ?? '', q.conversion ? 1 : 0].join('|');

function firstOfEach<T>(items: T[], key: (x: T) => string, cap: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const x of items) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
    if (out.length >= cap) break;
  }
  return out;
}

export function onePerFact(extraction: Pick<Extraction, 'amounts' | 'quantities'>): { amounts: ExtractedAmount[]; quantities: ExtractedQuantity[] } {
  return {
    amounts: firstOfEach(extraction.amounts, amountKey, MAX_AMOUNTS_PER_ARTICLE),
    quantities: firstOfEach(extraction.quantities, quantityKey, MAX_QUANTITIES_PER_ARTICLE),
  };
}
