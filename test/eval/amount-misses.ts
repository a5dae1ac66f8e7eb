/**
 * `node --import tsx test/eval/amount-misses.ts [DIR]`: the money figures whose owner or category the
 * tagger gets wrong, with the rule that decided and the sentence, then owner and category accuracy
 * per fold (the writer folds of `npm run eval -- --cv`: theme of train/, and dev+seeds) and their
 * mean. The amount readings are rules that nothing trains, so these are the cross-validated amount
 * rows, without retraining the event model six times.
 */
import { resolve } from 'node:path';
import { loadGoldArticles } from './run-eval.ts';
import { matchAmounts } from './score.ts';
import { themeFold } from './cross-validate.ts';
import { createTagger } from '../../ingest/tag/index.ts';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const gold = await loadGoldArticles(dir);
const tagger = createTagger();
const canon = (n: string) => tagger.gazetteer.canonicalName(n) ?? n;
const key = (n: string | null | undefined) => (n == null ? '' : canon(n).toLowerCase());

const totals = new Map<string, { n: number; owner: number; category: number }>();
for (const a of gold) {
  const pred = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt });
  const fold = themeFold(a.id);
  const t = totals.get(fold) ?? { n: 0, owner: 0, category: 0 };
  totals.set(fold, t);
  for (const [g, p] of matchAmounts(a.gold.amounts, pred.amounts, key)) {
    t.n++;
    const ownerOk = key(g.entity) === key(p.entity);
    const categoryOk = g.category === p.category;
    if (ownerOk) t.owner++;
    if (categoryOk) t.category++;
    if (ownerOk && categoryOk) continue;
    const what = [ownerOk ? '' : `owner gold=${g.entity} got=${p.entity}`, categoryOk ? '' : `category gold=${g.category} got=${p.category}`].filter(Boolean).join('; ');
    console.log(`[${fold}] ${a.id} ${g.text}: ${what} [${p.rule}]\n    ${p.sentence}`);
  }
}
const pct = (x: number) => (100 * x).toFixed(1);
const rows = [...totals.entries()];
for (const [fold, t] of rows) console.log(`${fold.padEnd(10)} n=${String(t.n).padStart(3)}  owner ${pct(t.owner / t.n)}  category ${pct(t.category / t.n)}`);
const mean = (f: (t: { n: number; owner: number; category: number }) => number) => rows.reduce((s, [, t]) => s + f(t), 0) / rows.length;
console.log(`mean       owner ${pct(mean((t) => t.owner / t.n))}  category ${pct(mean((t) => t.category / t.n))}`);
