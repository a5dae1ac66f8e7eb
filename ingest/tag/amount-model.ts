/**
 * A learned reading of a money figure's clause: its category, whether it is
 * an estimate, and who owns it (the agent of the verb that governs it, a
 * possessor, the speaker of a quote, or no one for totals and others'
 * forecasts). Three log-linear choice models over sparse features of the
 * figure's context (words on each side with their distance, the governing
 * verb's stem, the cue lexicon's reading, the roles of the named parties),
 * trained from the gold corpus by `npm run train:amounts -- --write` into
 * data/models/amounts.json. Deterministic: fixed feature order, full-batch
 * training, no randomness.
 *
 * Not shipped: cross-validated by writer (`npm run train:amounts -- --cv`)
 * it did not beat the cue lexicon and clause rules of attribute-amounts.ts
 * (category 68% vs 80%, owner 61% vs 61%, estimate 76% vs 78%), so no model file is written by
 * default and the tagger runs the rules. The tagger uses a model only when
 * data/models/amounts.json exists.
 *
 * The owner ranker over the rules (`npm run train:amounts -- --ranker`:
 * candidates with the rules' pick and reason as features, overriding the rules
 * only by a margin chosen by CV inside the training folds) did not beat them
 * either: the inner CV kept the rules in every fold (owner 85.4% both); without
 * the rules' pick as a feature the ranker alone scored 60-66%.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AmountCategory } from './types.ts';

export const AMOUNT_CATEGORIES: AmountCategory[] = [
  'capex', 'compute_spend', 'deal', 'funding', 'valuation', 'revenue', 'offer', 'cost', 'penalty', 'incentive', 'other',
];

/** Weights of one choice model: an option's score is the sum of its features' weights. */
export type Weights = Record<string, number>;

export interface AmountModel {
  /** Written into each amount's `rule` so a reader sees which model decided. */
  version: string;
  /** Empty: the cue rules choose the category. */
  category: Weights;
  /** Empty: the cue rules choose the estimate flag. */
  estimate: Weights;
  owner: Weights;
  /**
   * When set, the owner ranker only overrides the rules' owner when its best
   * candidate outscores the rules' candidate by more than this (log-odds);
   * chosen by cross-validation inside the training articles.
   */
  ownerMargin?: number;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const AMOUNT_MODEL_PATH = path.join(REPO_ROOT, 'data', 'models', 'amounts.json');

let cached: AmountModel | null | undefined;

/** data/models/amounts.json, or null when it has not been trained (the cue rules then decide alone). */
export function loadAmountModel(file = AMOUNT_MODEL_PATH): AmountModel | null {
  if (file === AMOUNT_MODEL_PATH && cached !== undefined) return cached;
  const model = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AmountModel) : null;
  if (file === AMOUNT_MODEL_PATH) cached = model;
  return model;
}

export function score(weights: Weights, features: string[]): number {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

/** Index of the best option; ties go to the earlier option, so the order of options is the fallback. */
export function choose(weights: Weights, options: string[][]): number {
  let best = 0;
  let bestScore = -Infinity;
  options.forEach((o, i) => {
    const s = score(weights, o);
    if (s > bestScore + 1e-12) { best = i; bestScore = s; }
  });
  return best;
}

/**
 * The owner the ranker picks over the rules' pick `ruleAt`: its own best
 * candidate only when that beats the rules' by more than `margin`; the rules'
 * otherwise (or its best when the rules' pick is not a candidate).
 */
export function chooseOverRule(weights: Weights, options: string[][], ruleAt: number, margin: number): number {
  const best = choose(weights, options);
  if (ruleAt < 0 || best === ruleAt) return best;
  return score(weights, options[best]!) - score(weights, options[ruleAt]!) > margin ? best : ruleAt;
}

/** A class's features are the context features prefixed with the class. */
export function classOptions<T extends string>(classes: readonly T[], features: string[]): string[][] {
  return classes.map((c) => features.map((f) => `${c}|${f}`));
}

export interface ChoiceExample {
  options: string[][];
  gold: number;
}

/**
 * Multinomial logistic regression over choice sets (a conditional logit):
 * full-batch gradient descent with AdaGrad steps and an L2 penalty. Same
 * examples, same weights: the only order is the examples' own.
 */
export function trainChoice(examples: ChoiceExample[], opts: { epochs?: number; l2?: number; rate?: number } = {}): Weights {
  const epochs = opts.epochs ?? 150;
  const l2 = opts.l2 ?? 0.3;
  const rate = opts.rate ?? 0.3;
  const index = new Map<string, number>();
  const encoded = examples.map((ex) => ({
    gold: ex.gold,
    options: ex.options.map((o) => [...new Set(o)].map((f) => {
      let i = index.get(f);
      if (i === undefined) { i = index.size; index.set(f, i); }
      return i;
    })),
  }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const grad = new Float64Array(index.size);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    for (const ex of encoded) {
      const scores = ex.options.map((o) => o.reduce((a, i) => a + w[i]!, 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      ex.options.forEach((o, k) => {
        const p = exps[k]! / z - (k === ex.gold ? 1 : 0);
        if (p !== 0) for (const i of o) grad[i]! += p;
      });
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / encoded.length + l2 * w[i]! / Math.max(1, encoded.length / 50);
      g2[i]! += g * g;
      w[i]! -= (rate * g) / Math.sqrt(g2[i]!);
    }
  }
  const out: Weights = {};
  // Sorted keys and rounded weights: the file is stable across runs and readable in a diff.
  for (const [f, i] of [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (v !== 0) out[f] = v;
  }
  return out;
}
