/**
 * Honest figures: k-fold cross-validation over the gold corpus, grouped by
 * happening. Articles that share an event_key are one group (union-find over
 * keys) and never split across folds, so no story is both trained on and
 * scored. The default folds are one theme each (train/land-, power-, money-,
 * rules-, build-: five writers) plus dev/ + seeds/ as a sixth: every fold is
 * another writer's voice, the hardest and most honest split.
 *
 * Trained parts of the tagger are rebuilt from the other folds only, through
 * the `build` callback: it gets the training articles and returns a tagger.
 */
import type { Tagger } from '../../ingest/tag/index.ts';
import { scoreGoldArticles, type GoldArticle } from './run-eval.ts';
import type { CorpusScore } from './score.ts';

export type BuildTagger = (training: GoldArticle[]) => Tagger;

/**
 * The fold an article belongs to by default: its theme for train/, one fold for dev/ and seeds/, and one more for
 * the project's written training articles (written-articles.ts), which only the second stage's out-of-fold training
 * reads as a fold (they are never held out and scored). One fold for all five writers rather than one each: CV
 * events F1 69.5/69.2/69.3 -> 70.0/69.7/69.7 (seeds 20251129/7/42), event date 85.5/85.5/86.0 -> 85.2/85.2/85.7, and
 * half the inner trainings.
 */
export function themeFold(id: string): string {
  if (id.startsWith('written/')) return 'written';
  const m = /^train\/([a-z]+)-/.exec(id);
  return m ? m[1]! : 'dev+seeds';
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) { p = this.find(p); this.parent.set(x, p); }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

export interface GroupCheck {
  /** Groups of articles linked by shared event_keys. */
  groups: string[][];
  /** Groups whose articles fall in more than one fold: each is a leak. */
  leaks: Array<{ articles: string[]; folds: string[] }>;
}

/** Union-find over event_keys: which articles tell the same happenings, and whether a fold split cuts any group. */
export function checkGroups(articles: GoldArticle[], foldOf: (id: string) => string): GroupCheck {
  const uf = new UnionFind();
  const byKey = new Map<string, string>();
  for (const a of articles) {
    uf.find(a.id);
    for (const ev of a.gold.events) {
      if (!ev.event_key) continue;
      const other = byKey.get(ev.event_key);
      if (other) uf.union(other, a.id); else byKey.set(ev.event_key, a.id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const r = uf.find(a.id);
    groups.set(r, [...(groups.get(r) ?? []), a.id]);
  }
  const all = [...groups.values()];
  const leaks = all
    .map((ids) => ({ articles: ids, folds: [...new Set(ids.map(foldOf))] }))
    .filter((g) => g.folds.length > 1);
  return { groups: all, leaks };
}

export interface FoldResult { fold: string; articles: number; training: number; score: CorpusScore; misses: Array<{ id: string; misses: string[] }> }
export interface CvResult { folds: FoldResult[]; check: GroupCheck; fitted: CorpusScore }

/** The folds of cross-validation: each fold's held-out articles and the rest to train on; throws when a happening would leak. */
export function cvSplits(articles: GoldArticle[], foldOf: (id: string) => string = themeFold): { check: GroupCheck; splits: Array<{ fold: string; held: GoldArticle[]; training: GoldArticle[] }> } {
  const check = checkGroups(articles, foldOf);
  if (check.leaks.length) {
    const list = check.leaks.map((l) => `${l.articles.join(', ')} (folds ${l.folds.join(', ')})`).join('; ');
    throw new Error(`cv: a happening is split across folds, so the split would leak: ${list}`);
  }
  const names = [...new Set(articles.map((a) => foldOf(a.id)))];
  return { check, splits: names.map((fold) => ({ fold, held: articles.filter((a) => foldOf(a.id) === fold), training: articles.filter((a) => foldOf(a.id) !== fold) })) };
}

export function crossValidate(articles: GoldArticle[], build: BuildTagger, foldOf: (id: string) => string = themeFold): CvResult {
  const { check, splits } = cvSplits(articles, foldOf);
  const folds: FoldResult[] = splits.map(({ fold, held, training }) => {
    const { corpus: score, articles: scored } = scoreGoldArticles(held, build(training));
    return { fold, articles: held.length, training: training.length, score, misses: scored.map((a) => ({ id: a.id, misses: a.misses })) };
  });
  const fitted = scoreGoldArticles(articles, build(articles)).corpus;
  return { folds, check, fitted };
}

/** Precision, recall and F1 of each extracted kind, as the table names them. */
const PRF_KINDS = ['entities', 'amounts', 'quantities', 'events'] as const;
const PRF = [['P', 'precision'], ['R', 'recall'], ['F1', 'f1']] as const;

/** The figures the CV table prints, in order. */
export const CV_FIELDS: Array<{ name: string; get: (s: CorpusScore) => number }> = [
  ...PRF_KINDS.flatMap((kind) => PRF.map(([label, key]) => ({ name: `${kind} ${label}`, get: (s: CorpusScore) => s[kind][key] }))),
  { name: 'amount entity', get: (s) => s.amountEntityAccuracy },
  { name: 'amount category', get: (s) => s.amountCategoryAccuracy },
  { name: 'amount period', get: (s) => s.amountPeriodAccuracy },
  { name: 'amount estimate', get: (s) => s.amountEstimateAccuracy },
  { name: 'event certainty', get: (s) => s.eventCertaintyAccuracy },
  { name: 'event date', get: (s) => s.eventDateAccuracy },
  { name: 'promotional', get: (s) => s.promotionalAccuracy },
];

/** Mean over folds (each fold weighs the same: each is one writer). */
export function cvMeans(cv: CvResult): Record<string, number> {
  return Object.fromEntries(CV_FIELDS.map((f) => [f.name, cv.folds.reduce((a, r) => a + f.get(r.score), 0) / cv.folds.length]));
}

export function formatCv(cv: CvResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const cols = [...cv.folds.map((f) => f.fold), 'CV mean', 'fitted'];
  const width = 16;
  const lines: string[] = [];
  const multi = cv.check.groups.filter((g) => g.length > 1);
  lines.push(`Groups by event_key (union-find): ${cv.check.groups.length} groups, ${multi.length} with two or more articles, largest ${Math.max(...cv.check.groups.map((g) => g.length))}; articles split across folds: ${cv.check.leaks.length}`);
  lines.push(`Folds: ${cv.folds.map((f) => `${f.fold} ${f.articles} held out / ${f.training} trained on`).join('; ')}`);
  lines.push('');
  lines.push(''.padEnd(width) + cols.map((c) => c.padStart(10)).join(''));
  const means = cvMeans(cv);
  for (const f of CV_FIELDS) {
    const cells = [...cv.folds.map((r) => f.get(r.score)), means[f.name]!, f.get(cv.fitted)];
    lines.push(f.name.padEnd(width) + cells.map((x) => pct(x).padStart(10)).join(''));
  }
  lines.push('');
  lines.push(`Counts (tp/fp/fn) per fold, events: ${cv.folds.map((f) => `${f.fold} ${f.score.events.tp}/${f.score.events.fp}/${f.score.events.fn}`).join('; ')}`);
  return lines.join('\n');
}

/**
 * `--set key=value` arguments: training settings to try without editing the defaults (`--set l2=0.001`,
 * `--set 'lexiconNeighbours={"top":5,"minCos":0.6,"prior":0.5}'`, `--set lexiconNeighbours=null` for none).
 * Values are numbers, true/false, or JSON objects, arrays, strings (`--set 'verbObjects="type"'`) and null.
 */
export function settingsFromArgs(args: string[]): Record<string, unknown> {
  return Object.fromEntries(args.filter((_, i) => args[i - 1] === '--set').map((kv) => {
    const at = kv.indexOf('=');
    const v = kv.slice(at + 1);
    return [kv.slice(0, at), v === 'true' ? true : v === 'false' ? false : /^[{["]|^null$/.test(v) ? JSON.parse(v) : Number(v)];
  }));
}
