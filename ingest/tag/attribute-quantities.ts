/**
 * Infrastructure quantities with their owner: the company or project the
 * figure belongs to (nearest org or project before it, else the article's
 * main actor). The contract leaves `entity` loose; the scorer ignores it.
 */
import type { ExtractedQuantity } from './types.ts';
import type { SentenceInfo } from './context.ts';
import { isOutlet } from './context.ts';

export function attributeQuantities(s: SentenceInfo, carry: string | null): ExtractedQuantity[] {
  const owners = s.mentions.filter((m) => (m.type === 'org' || m.type === 'project') && !isOutlet(m.name) && m.start >= s.datelineEnd);
  return s.quantities.map((q) => {
    const before = owners.filter((m) => m.end <= q.start);
    const owner = before[before.length - 1] ?? owners[0];
    return {
      text: q.text,
      kind: q.kind,
      value: q.value,
      value_min: q.valueMin,
      unit: q.unit,
      entity: owner?.name ?? carry,
      conversion: q.conversion || undefined,
      sentence: s.text,
      rule: owner ? `owner: nearest ${owner.type} "${owner.surface}"` : carry ? 'owner: article subject' : 'owner: none named',
    };
  });
}
