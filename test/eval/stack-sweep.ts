/**
 * `node --import tsx test/eval/stack-sweep.ts [--set seed=N] 'KEEP_JSON' ...`: cross-validated events figures for
 * several second-stage settings (learn/train-keep.ts) in one process, the first-stage models trained once and shared
 * (they do not depend on the second stage's settings). 'null' is the first stage alone.
 */
import { resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles } from './run-eval.ts';
import { crossValidate, settingsFromArgs, themeFold } from './cross-validate.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const settings = settingsFromArgs(args);
const trials = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--set');
const gold = await loadGoldArticles(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();
const label = goldEventLabels(gazetteer);
const pct = (x: number) => (x * 100).toFixed(1);
for (const trial of trials) {
  const keep = JSON.parse(trial) as Record<string, unknown> | null;
  const thresholds: number[] = [];
  const cv = crossValidate(gold, (training) => {
    const eventModel = trainStackedEventModel([...training, ...written], gazetteer, { ...settings, keep }, { label, foldOf: themeFold });
    if (eventModel.keep) thresholds.push(eventModel.keep.threshold);
    return createTagger({ gazetteer, eventModel });
  });
  const mean = (get: (s: (typeof cv.folds)[number]['score']) => number) => cv.folds.reduce((a, f) => a + get(f.score), 0) / cv.folds.length;
  console.log(`${trial}\n  events F1 ${pct(mean((s) => s.events.f1))} P ${pct(mean((s) => s.events.precision))} R ${pct(mean((s) => s.events.recall))} date ${pct(mean((s) => s.eventDateAccuracy))} certainty ${pct(mean((s) => s.eventCertaintyAccuracy))} | folds ${cv.folds.map((f) => `${f.fold} ${pct(f.score.events.f1)}`).join(' ')} | fitted ${pct(cv.fitted.events.f1)} | thresholds ${thresholds.map((t) => t.toFixed(2)).join(' ')}`);
}
