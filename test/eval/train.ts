/**
 * `npm run train [-- DIR]`: rebuilds the trained parts of the tagger from the
 * gold corpus (default ../shared/corpus: train/ + dev/ + seeds/) and the
 * project's written articles (data/written), and writes data/models/events.json.
 * Deterministic: the same articles give the same file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles } from './run-eval.ts';
import { themeFold } from './cross-validate.ts';
import { loadWrittenArticles } from './written-articles.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { EVENT_MODEL_PATH, modelTag } from '../../ingest/tag/event-model.ts';

const args = process.argv.slice(2);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`train: ${dir} not found: pass a corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}
const t0 = performance.now();
const corpus = await loadGoldArticles(dir);
const written = await loadWrittenArticles();
const articles = [...corpus, ...written];
const gazetteer = Gazetteer.load();
// The second stage learns from first-stage models trained on all folds but one (themeFold), run over that one.
const model = trainStackedEventModel(articles, gazetteer, {}, { label: goldEventLabels(gazetteer), foldOf: themeFold });
mkdirSync(dirname(EVENT_MODEL_PATH), { recursive: true });
writeFileSync(EVENT_MODEL_PATH, JSON.stringify(model) + '\n');
console.log(`train: ${modelTag(model)} from ${corpus.length} corpus and ${written.length} written articles (hash ${model.trainedOn.corpusHash}), ${Object.keys(model.weights).length} features, ${Object.keys(model.lexicon).length} lexicon entries, second stage from ${model.keep?.trainedOn.events ?? 0} out-of-fold tellings -> ${EVENT_MODEL_PATH} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
