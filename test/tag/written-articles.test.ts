import { describe, expect, it } from 'vitest';
import { FRESH_DIR, loadWrittenArticles, UNSEEN_DIR } from '../eval/written-articles.ts';
import { EVENT_TYPES } from '../../ingest/tag/types.ts';
import { AMOUNT_CATEGORIES } from '../../ingest/tag/amount-model.ts';

const CERTAINTIES = ['confirmed', 'reported', 'speculative', 'denied'];
const ENTITY_TYPES = ['org', 'person', 'place', 'product', 'project'];
const UNIT_OF_KIND: Record<string, string> = { power: 'MW', land: 'acre', floor_area: 'sq ft', water: 'gallons per day', chips: 'count' };

// data/written trains the event model (test/eval/written-articles.ts): a wrong annotation there teaches the model a
// wrong answer, and one in data/unseen (npm run eval:unseen) scores it wrongly, so each is checked the way the
// corpus's own shape is.
const SETS = [
  { name: 'data/written', load: () => loadWrittenArticles() },
  { name: 'data/unseen', load: () => loadWrittenArticles(UNSEEN_DIR, 'unseen') },
  { name: 'data/fresh', load: () => loadWrittenArticles(FRESH_DIR, 'fresh') },
];
describe.each(SETS)('the written articles in $name', ({ load }) => {
  it('load in a fixed order, each with a unique id, a body and a date', async () => {
    const articles = await load();
    expect(articles.length).toBeGreaterThan(30);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    expect(articles.map((a) => a.id)).toEqual([...articles.map((a) => a.id)].sort());
    for (const a of articles) {
      expect(a.body.length, a.id).toBeGreaterThan(200);
      expect(Number.isNaN(Date.parse(a.publishedAt)), a.id).toBe(false);
    }
  });

  it('annotate each event with a valid type, certainty and date, its evidence verbatim, its actors among the entities', async () => {
    const problems: string[] = [];
    for (const a of await load()) {
      const names = new Set(a.gold.entities.map((e) => e.name));
      for (const e of a.gold.entities) if (!ENTITY_TYPES.includes(e.type)) problems.push(`${a.id}: entity ${e.name} has type ${e.type}`);
      for (const ev of a.gold.events) {
        const at = `${a.id}: ${ev.type} event`;
        if (!(EVENT_TYPES as string[]).includes(ev.type)) problems.push(`${at}: unknown type`);
        for (const t of ev.alt_types ?? []) if (!(EVENT_TYPES as string[]).includes(t)) problems.push(`${at}: unknown alt type ${t}`);
        if (!CERTAINTIES.includes(ev.certainty ?? '')) problems.push(`${at}: certainty ${ev.certainty}`);
        if (!/^\d{4}(-\d\d(-\d\d)?)?$/.test(ev.date ?? '')) problems.push(`${at}: date ${ev.date}`);
        if (!ev.sentence || !a.body.includes(ev.sentence)) problems.push(`${at}: evidence sentence is not in the body`);
        for (const actor of ev.actors ?? []) if (!names.has(actor)) problems.push(`${at}: actor ${actor} is not an entity`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('annotate each figure (where figures are annotated) verbatim, with a valid value, category or kind, and its owner among the entities', async () => {
    const problems: string[] = [];
    for (const a of await load()) {
      const names = new Set(a.gold.entities.map((e) => e.name));
      const figures = [...a.gold.amounts.map((x) => ['amount', x] as const), ...a.gold.quantities.map((x) => ['quantity', x] as const)];
      for (const [what, x] of figures) {
        const at = `${a.id}: ${what} ${x.text}`;
        if (!x.text || !a.body.includes(x.text)) problems.push(`${at}: text is not in the body`);
        if (!(typeof x.value === 'number' && x.value > 0)) problems.push(`${at}: value ${x.value}`);
        if (x.value_min != null && !(x.value_min < x.value)) problems.push(`${at}: value_min ${x.value_min} is not below value`);
        const owner = (x as { entity?: string | null }).entity;
        if (owner != null && !names.has(owner)) problems.push(`${at}: owner ${owner} is not an entity`);
      }
      for (const m of a.gold.amounts) {
        if (!(AMOUNT_CATEGORIES as string[]).includes(m.category)) problems.push(`${a.id}: amount ${m.text}: category ${m.category}`);
        if (!/^[A-Z]{3}$/.test(m.currency)) problems.push(`${a.id}: amount ${m.text}: currency ${m.currency}`);
      }
      for (const q of a.gold.quantities) if (UNIT_OF_KIND[q.kind] !== q.unit) problems.push(`${a.id}: quantity ${q.text}: kind ${q.kind} in ${q.unit}`);
    }
    expect(problems).toEqual([]);
  });
});
