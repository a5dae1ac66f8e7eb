/** The CV split: folds by theme, groups by shared event_key, and a split that would leak is refused. */
import { describe, expect, it } from 'vitest';
import { checkGroups, crossValidate, cvMeans, settingsFromArgs, themeFold } from '../eval/cross-validate.ts';
import type { GoldArticle } from '../eval/run-eval.ts';
import { createTagger } from '../../ingest/tag/index.ts';

const article = (id: string, keys: string[], body = 'Halvorsen Foods sued Pellmark Energy on Monday.'): GoldArticle => ({
  id, title: '', body, publishedAt: '2025-11-05T12:00:00Z',
  gold: { promotional: false, entities: [], amounts: [], quantities: [], events: keys.map((k) => ({ type: 'legal', actors: [], location: null, date: '2025-11-03', certainty: 'confirmed', event_key: k })) },
});

describe('cross-validation folds', () => {
  it('one fold per train/ theme, dev and seeds together', () => {
    expect(themeFold('train/land-004-some-slug')).toBe('land');
    expect(themeFold('train/build-019-x')).toBe('build');
    expect(themeFold('dev/012-x')).toBe('dev+seeds');
    expect(themeFold('seeds/000_abc')).toBe('dev+seeds');
  });
  it('groups articles linked through shared keys, transitively', () => {
    const arts = [article('train/land-1', ['a']), article('train/land-2', ['a', 'b']), article('train/land-3', ['b']), article('train/power-1', ['c'])];
    const check = checkGroups(arts, themeFold);
    expect(check.groups.map((g) => g.length).sort()).toEqual([1, 3]);
    expect(check.leaks).toEqual([]);
  });
  it('refuses a split that puts one happening in two folds', () => {
    const arts = [article('train/land-1', ['shared']), article('train/power-1', ['shared'])];
    expect(checkGroups(arts, themeFold).leaks).toHaveLength(1);
    expect(() => crossValidate(arts, () => createTagger(), themeFold)).toThrow(/split across folds/);
  });
  it('trains on the other folds only and averages the folds', () => {
    const arts = [article('train/land-1', ['a']), article('train/power-1', ['b']), article('dev/001', ['c'])];
    const trainedOn: string[][] = [];
    const tagger = createTagger();
    const cv = crossValidate(arts, (training) => { trainedOn.push(training.map((a) => a.id)); return tagger; });
    expect(trainedOn.slice(0, 3)).toEqual([['train/power-1', 'dev/001'], ['train/land-1', 'dev/001'], ['train/land-1', 'train/power-1']]);
    expect(trainedOn[3]).toHaveLength(3); // the fitted run trains on everything
    const f1 = cv.folds.map((f) => f.score.events.f1);
    expect(cvMeans(cv)['events F1']).toBeCloseTo(f1.reduce((a, b) => a + b, 0) / f1.length, 10);
  });
});

describe('--set training settings', () => {
  it('reads numbers, booleans, JSON objects and null (a setting turned off), and ignores other arguments', () => {
    const s = settingsFromArgs(['--cv', '--set', 'l2=0.001', '--set', 'typeBias=true', '--set', 'lexiconNeighbours={"top":2,"minCos":0.7,"prior":0}', '--set', 'wordClusters=null', 'corpus/dir']);
    // null stays null: `--set keep=null` must reach the trainer as "no second stage", not as "the default".
    expect(s).toEqual({ l2: 0.001, typeBias: true, lexiconNeighbours: { top: 2, minCos: 0.7, prior: 0 }, wordClusters: null });
  });
});
