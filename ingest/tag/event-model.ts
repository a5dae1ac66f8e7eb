/**
 * The trained event classifier at inference: one logistic regression per
 * event type (one-vs-rest) over eventFeatures(), weights read from
 * data/models/events.json (rebuilt by `npm run train`). This module never
 * trains; it only scores.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventType } from './types.ts';
import type { SentenceInfo } from './context.ts';
import type { EventRule } from './event-rules.ts';
import { detectorOnly, eventFeatures, type Lexicon } from './event-features.ts';

export interface EventModel {
  name: string;
  version: number;
  /** What trained it: article count and a hash of the gold files' content. */
  trainedOn: { articles: number; corpusHash: string };
  settings: { epochs: number; learningRate: number; l2: number; seed: number; minFeatureCount: number; positiveWeight: number; lexiconPrior: number; typeBias: boolean; threshold: number; secondThreshold: number; secondPairMin: number; ruleFloor: number; classWeight: number };
  types: EventType[];
  /** Index 0: the happening detector (logistic); 1..n: the type logits (softmax), in the order of `types`. */
  bias: number[];
  /** feature -> one weight per column of `bias`; features with no weight are absent. */
  weights: Record<string, number[]>;
  lexicon: Lexicon;
  /** Type pairs ("land_dispute|regulation") a sentence may be stated as both of; absent: any pair. */
  secondPairs?: string[];
}

/** The key of an unordered pair of types. */
export const typePair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export const EVENT_MODEL_PATH = resolve(import.meta.dirname, '..', '..', 'data', 'models', 'events.json');

let cached: EventModel | null = null;
export function loadEventModel(path = EVENT_MODEL_PATH): EventModel {
  if (path === EVENT_MODEL_PATH && cached) return cached;
  let model: EventModel;
  try {
    model = JSON.parse(readFileSync(path, 'utf8')) as EventModel;
  } catch (e) {
    throw new Error(`event model: cannot read ${path} (${(e as Error).message}); run \`npm run train\` to rebuild it`);
  }
  if (path === EVENT_MODEL_PATH) cached = model;
  return model;
}

export const modelTag = (m: EventModel) => `${m.name}@${m.version}`;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that the features tell a happening, and the probability of each type if so. */
/** Weights as a Map: a plain object with thousands of keys is a slow dictionary. */
const weightMaps = new WeakMap<EventModel, Map<string, number[]>>();
function weightsOf(model: EventModel): Map<string, number[]> {
  let m = weightMaps.get(model);
  if (!m) { m = new Map(Object.entries(model.weights)); weightMaps.set(model, m); }
  return m;
}

export function scoreFeatures(model: EventModel, features: string[]): { event: number; types: number[] } {
  const z = model.bias.slice();
  const weights = weightsOf(model);
  for (const feat of features) {
    const w = weights.get(feat);
    if (!w) continue;
    if (detectorOnly(feat)) { z[0]! += w[0]!; continue; }
    for (let t = 0; t < z.length; t++) z[t]! += w[t]!;
  }
  const logits = z.slice(1);
  const max = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, x) => a + x, 0);
  return { event: sigmoid(z[0]!), types: e.map((x) => x / sum) };
}

export interface TypeDecision { type: EventType; p: number }

export interface SentenceVerdict { event: number; decisions: TypeDecision[]; typeProbability(type: EventType): number }

/**
 * The types a sentence states a happening of: none below the detector's threshold, else the likeliest type,
 * and the second likeliest when it holds secondThreshold of the type mass and the two are a pair annotators
 * treat as alternatives (secondPairs).
 */
export function classifySentence(model: EventModel, s: SentenceInfo, matched?: EventRule[], article: string[] = []): SentenceVerdict {
  const { event, types } = scoreFeatures(model, eventFeatures(s, model.lexicon, matched, article));
  const typeProbability = (t: EventType) => types[model.types.indexOf(t)] ?? 0;
  if (event < model.settings.threshold) return { event, decisions: [], typeProbability };
  const ranked = model.types.map((type, i) => ({ type, p: event * types[i]! })).sort((a, b) => b.p - a.p || a.type.localeCompare(b.type));
  const decisions: TypeDecision[] = [ranked[0]!];
  const second = ranked[1];
  if (second && typeProbability(second.type) >= model.settings.secondThreshold && (!model.secondPairs || model.secondPairs.includes(typePair(ranked[0]!.type, second.type)))) decisions.push(second);
  return { event, decisions, typeProbability };
}
