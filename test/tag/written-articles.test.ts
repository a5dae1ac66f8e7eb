import { describe, expect, it } from 'vitest';
import { loadWrittenArticles, UNSEEN_DIR } from '../eval/written-articles.ts';
import { EVENT_TYPES } from '../../ingest/tag/types.ts';

const CERTAINTIES = ['confirmed', 'reported', 'speculative', 'denied'];
const ENTITY_TYPES = ['org', 'person', 'place', 'product', 'project'];

// data/written trains the event model (test/eval/written-articles.ts): a wrong annotation there teaches the model a
// wrong answer, and one in data/unseen (npm run eval:unseen) scores it wrongly, so each is checked the way the
// corpus's own shape is.
const SETS = [
  { name: 'data/written', load: () => loadWrittenArticles() },
  { name: 'data/unseen', load: () => loadWrittenArticles(UNSEEN_DIR, 'unseen') },
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
});
