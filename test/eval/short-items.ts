/**
 * `node --import tsx test/eval/short-items.ts [--set seed=N] [--set 'keep={...}']`: the events second stage on short
 * items. The tracker often reads only an RSS summary (a title and one to three sentences) when a page cannot be
 * fetched; the second stage learns from whole articles. Under the CV folds of `npm run eval -- --cv` (one model per
 * fold, trained on the other folds), each held-out article is cut to its title and first N body sentences
 * (learn/short-copies.ts) and scored by the eval's scorer against only the gold events whose evidence sentence lies
 * in the cut. Prints events P/R/F1 for the first stage alone and with the second stage, per fold, their mean (each
 * fold weighs the same, as in --cv) and pooled over all folds; "all" is the whole article (the --cv figure).
 * `--set 'keep={"shortCopies":[]}'`: the second stage trained on whole articles only. Figures: learn/train-keep.ts.
 */
import { resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles, scoreGoldArticles, type GoldArticle } from './run-eval.ts';
import { cvSplits, settingsFromArgs, themeFold } from './cross-validate.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { shortCopy } from '../../ingest/tag/learn/short-copies.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { prf, type Counts } from './score.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const settings = settingsFromArgs(args);
const gold = await loadGoldArticles(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();
const label = goldEventLabels(gazetteer);
const CUTS = [1, 2, 3, Infinity];
const STAGES = ['stage 1', 'stage 1+2'] as const;
const cutName = (n: number) => (n === Infinity ? 'all' : `N=${n}`);
const cut = (a: GoldArticle, n: number) => (n === Infinity ? a : shortCopy(a, n));

// counts[cut][stage][fold]
const counts = new Map<string, Counts>();
const at = (n: number, stage: string, fold: string) => `${cutName(n)}|${stage}|${fold}`;
const { splits } = cvSplits(gold, themeFold);
for (const { fold, held, training } of splits) {
  const stacked = trainStackedEventModel([...training, ...written], gazetteer, settings, { label, foldOf: themeFold });
  const taggers = { 'stage 1': createTagger({ gazetteer, eventModel: { ...stacked, keep: undefined } }), 'stage 1+2': createTagger({ gazetteer, eventModel: stacked }) };
  for (const n of CUTS) {
    const articles = held.map((a) => cut(a, n));
    for (const stage of STAGES) counts.set(at(n, stage, fold), scoreGoldArticles(articles, taggers[stage]).corpus.events);
  }
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const folds = splits.map((s) => s.fold);
console.log(`Short items: events under the CV folds (${gold.length} articles), settings ${JSON.stringify(settings)}`);
console.log(`${'cut'.padEnd(5)} ${'stage'.padEnd(10)} ${'gold'.padStart(4)} | ${'mean F1'.padStart(7)} | pooled P     R    F1 (tp/fp/fn)    | F1 per fold ${folds.join('/')}`);
for (const n of CUTS) {
  for (const stage of STAGES) {
    const per = folds.map((f) => counts.get(at(n, stage, f))!);
    const sum = per.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    const mean = per.reduce((a, c) => a + prf(c).f1, 0) / per.length;
    const all = prf(sum);
    console.log(`${cutName(n).padEnd(5)} ${stage.padEnd(10)} ${String(sum.tp + sum.fn).padStart(4)} | ${pct(mean).padStart(7)} | ${pct(all.precision)} ${pct(all.recall)} ${pct(all.f1)} (${sum.tp}/${sum.fp}/${sum.fn}) | ${per.map((c) => pct(prf(c).f1).trim()).join('/')}`);
  }
}
