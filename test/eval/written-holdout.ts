/**
 * `npm run eval:written-holdout`: a second unseen-writer check, on the project's written articles (data/written).
 * Each writer in turn is held out: the event model is trained on the whole gold corpus and the other writers, then
 * scored on that writer's articles (events only: the written articles annotate events and entities, not figures).
 * Beside it, the same writer scored by the model trained on the corpus alone (--without-written's model). A
 * diagnostic only: the written articles are training data, and the figure to quote stays `npm run eval -- --cv`.
 */
import { resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles, scoreGoldArticles } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { loadWrittenArticles, writerOf } from './written-articles.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { createTagger } from '../../ingest/tag/index.ts';

const args = process.argv.slice(2);
const settings = settingsFromArgs(args);
const corpus = await loadGoldArticles(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const written = await loadWrittenArticles();
const gazetteer = Gazetteer.load();
const label = goldEventLabels(gazetteer);
const train = (articles: typeof corpus) => createTagger({ gazetteer, eventModel: trainStackedEventModel(articles, gazetteer, settings, { label, foldOf: themeFold }) });
const corpusOnly = train(corpus);
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`Written articles by held-out writer: events P/R/F1, trained on the corpus alone | on the corpus and the other writers`);
const sums = [0, 0];
// Not themeFold: it puts every written article in one fold (the second stage's inner fold), not one per writer.
const writers = [...new Set(written.map((a) => writerOf(a.id)))];
for (const w of writers) {
  const held = written.filter((a) => writerOf(a.id) === w);
  const others = written.filter((a) => writerOf(a.id) !== w);
  const a = scoreGoldArticles(held, corpusOnly).corpus.events;
  const b = scoreGoldArticles(held, train([...corpus, ...others])).corpus.events;
  sums[0] += a.f1; sums[1] += b.f1;
  console.log(`${w.padEnd(12)} ${held.length} articles   ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}   |   ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`);
}
console.log(`${'mean F1'.padEnd(12)} ${''.padEnd(24)}${pct(sums[0] / writers.length)}   |   ${''.padEnd(14)}${pct(sums[1] / writers.length)}`);
