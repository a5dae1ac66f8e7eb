/**
 * `npm run eval:miss-classes -- [--written|--unseen] [--list] [--counts]`: why each gold event is missed, by class,
 * with the shipped model (on the corpus that is a fitted figure; on data/unseen a held-out one). For each missed gold
 * event: a predicted event on its sentence with its type but no shared actor (actor), with another type (type), one
 * of its type elsewhere in the article sharing no actor (elsewhere), or nothing (undetected). For actor misses, says
 * whether a gold actor was found as an entity at all. --list prints each miss; --counts compares gold and predicted
 * events per article and type. Diagnosis only; the figure to quote stays `npm run eval -- --cv`.
 */
import { resolve } from 'node:path';
import { loadGoldArticles } from './run-eval.ts';
import { matchEvents } from './score.ts';
import { loadWrittenArticles, UNSEEN_DIR } from './written-articles.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { createTagger } from '../../ingest/tag/index.ts';

const args = process.argv.slice(2);
const articles = args.includes('--unseen') ? await loadWrittenArticles(UNSEEN_DIR, 'unseen')
  : args.includes('--written') ? await loadWrittenArticles()
  : await loadGoldArticles(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const list = args.includes('--list');
const tagger = createTagger({ gazetteer: Gazetteer.load() });
const canon = (n: string) => (tagger.gazetteer.canonicalName(n) ?? n).toLowerCase();
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const overlap = (a?: string, b?: string) => !!a && !!b && (a.includes(b) || b.includes(a));
let total = 0;
for (const a of articles) {
  const out = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt });
  const pairs = matchEvents(a.gold.events, out.events, canon);
  const matched = new Set(pairs.map(([g]) => g));
  const ents = new Set(out.entities.map((e) => canon(e.name)));
  for (const g of a.gold.events) {
    total++;
    if (matched.has(g)) continue;
    const types = [g.type, ...(g.alt_types ?? [])];
    const same = out.events.filter((p) => overlap(p.sentence, g.sentence));
    const found = g.actors.some((x) => ents.has(canon(x)));
    let cls: string;
    if (same.some((p) => types.includes(p.type))) cls = `actor (gold actor ${found ? 'found as entity' : 'not found'})`;
    else if (same.length) cls = 'type';
    else if (out.events.some((p) => types.includes(p.type))) cls = `elsewhere (gold actor ${found ? 'found' : 'not found'})`;
    else cls = `undetected (gold actor ${found ? 'found' : 'not found'})`;
    bump(cls);
    if (list) {
      const got = same.map((p) => `${p.type}[${p.actors.join('|')}]@${p.location ?? '-'}`).join(' ');
      console.log(`${cls.padEnd(40)} ${g.type}[${g.actors.join('|')}]@${g.location ?? '-'} got ${got || '-'} :: ${a.id}`);
    }
  }
}
console.log(`gold events ${total}, matched ${total - [...counts.values()].reduce((x, y) => x + y, 0)}`);
for (const [k, n] of [...counts.entries()].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(5)}  ${k}`);

// Per article and type: gold count against predicted count.
if (args.includes('--counts')) {
  let under = 0, over = 0, gsum = 0, psum = 0;
  const byType = new Map<string, [number, number]>();
  for (const a of articles) {
    const out = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt });
    const types = new Set([...a.gold.events.map((e) => e.type), ...out.events.map((e) => e.type)]);
    for (const t of types) {
      const g = a.gold.events.filter((e) => e.type === t).length, p = out.events.filter((e) => e.type === t).length;
      gsum += g; psum += p; if (g > p) under += g - p; else over += p - g;
      const bt = byType.get(t) ?? [0, 0]; bt[0] += g; bt[1] += p; byType.set(t, bt);
    }
  }
  console.log(`gold ${gsum} predicted ${psum}; gold beyond predicted per article+type ${under}, predicted beyond gold ${over}`);
  for (const [t, [g, p]] of byType) console.log(`  ${t.padEnd(14)} gold ${g} pred ${p}`);
}
