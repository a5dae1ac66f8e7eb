/**
 * `npm run eval -- [DIR] [--verbose] [--cv]`: scores the tagger against a
 * gold corpus (default ../shared/corpus: train/ + dev/ + seeds/) and prints
 * P/R/F1 per field plus the accuracy of matched amounts and events.
 * --verbose lists misses per article. --cv cross-validates instead: one fold
 * per theme (writer) plus dev+seeds, grouped by event_key, trained parts
 * rebuilt from the other folds; per-fold figures, their mean, and the
 * fit-on-everything figures side by side. Every fold's event model also
 * trains on the project's written articles (data/written), never scored;
 * --without-written trains on the corpus alone.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { goldEventLabels, loadGoldArticles, runEval } from './run-eval.ts';
import { crossValidate, formatCv, settingsFromArgs, themeFold } from './cross-validate.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { runMergeEval } from './merge-eval.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { Prf } from './score.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const repoRoot = resolve(import.meta.dirname, '..', '..');
const dir = resolve(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--set') ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`eval: ${dir} not found: pass a corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}

if (args.includes('--cv')) {
  const gold = await loadGoldArticles(dir);
  const gazetteer = Gazetteer.load();
  const settings = settingsFromArgs(args);
  const label = goldEventLabels(gazetteer);
  const written = await writtenArticlesFor(args);
  const cv = crossValidate(gold, (training) => {
    const eventModel = trainStackedEventModel([...training, ...written], gazetteer, settings, { label, foldOf: themeFold });
    if (eventModel.keep) console.error(`second stage over ${training.length} + ${written.length} written articles: ${eventModel.keep.trainedOn.events} out-of-fold events (${eventModel.keep.trainedOn.positives} true), keep threshold ${eventModel.keep.threshold}`);
    return createTagger({ gazetteer, eventModel });
  });
  console.log(`Cross-validated tagger eval on ${dir} (${gold.length} articles; the event model also trained on ${written.length} written articles, never scored)`);
  if (verbose) for (const f of cv.folds) for (const a of f.misses) if (a.misses.length) console.log(`\n## ${a.id} (held out)\n${a.misses.map((m) => `  - ${m}`).join('\n')}`);
  console.log(formatCv(cv));
  process.exit(0);
}

const tagger = createTagger();
const { corpus, articles } = await runEval(dir, tagger);
const merge = await runMergeEval(dir, tagger);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, p: Prf) => `${name.padEnd(11)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

if (verbose) {
  for (const a of articles) {
    if (a.misses.length === 0) continue;
    console.log(`\n## ${a.id}`);
    for (const m of a.misses) console.log(`  - ${m}`);
  }
  if (merge.misses.length) {
    console.log('\n## merge (pairs of gold mentions across articles)');
    for (const m of merge.misses) console.log(`  - ${m}`);
  }
  console.log('');
}
console.log(`Tagger eval on ${dir} (${corpus.articles} articles, micro-averaged)`);
console.log(row('entities', corpus.entities));
console.log(row('amounts', corpus.amounts));
console.log(row('quantities', corpus.quantities));
console.log(row('events', corpus.events));
console.log(`amounts: entity ${pct(corpus.amountEntityAccuracy)}  category ${pct(corpus.amountCategoryAccuracy)}  period ${pct(corpus.amountPeriodAccuracy)}  estimate ${pct(corpus.amountEstimateAccuracy)}  (over matched)`);
console.log(`events:  certainty ${pct(corpus.eventCertaintyAccuracy)}  date ${pct(corpus.eventDateAccuracy)}  (over matched)`);
console.log(row('merge', merge.pairs) + '   pairs of gold event mentions sharing an event_key vs a stored event');
console.log(`promotional: accuracy ${pct(corpus.promotionalAccuracy)}`);
