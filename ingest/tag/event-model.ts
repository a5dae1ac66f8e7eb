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
import { detectorOnly, emitEventFeatures, matchedRules, featureReads, type CompilingSink, type FeatureReads, type Lexicon } from './event-features.ts';
import type { ClusterUse } from './word-clusters.ts';
import { readKeepModel, type KeepModel } from './event-keep.ts';

/**
 * How the cue lexicon grows by distributional neighbours: each seed's `top` nearest words by GloVe cosine (at least
 * `minCos`; data/word-clusters.json, built by `npm run build:word-clusters`) join as entries of their own ("type/v~",
 * feature lexn:type), whose prior is `prior` times a lexicon word's. Synonyms WordNet lacks ("halt", "postpone" for
 * a shutdown's "suspend") but also related words of other kinds, so the model weighs them apart from the lexicon.
 */
export interface NeighbourUse { top: number; minCos: number; prior: number }

/** A class of verbs as lemmas: single words, and two-word verbs as [verb lemma, particle] ("call on", "vote down"). */
export interface VerbClass { single: string[]; phrases: Array<[string, string]> }

/**
 * The verb classes unstated.ts reads, built from WordNet senses at training time (learn/wordnet-lexicon.ts,
 * buildVerbClasses) so that tagging reads no WordNet files: stance verbs (argue, urge, demand, request, ...),
 * whose complement is a happening asked for or argued, not stated; defeat verbs (reject, veto, vote down, block).
 */
export interface VerbClasses { stance: VerbClass; defeat: VerbClass }

export interface EventModel {
  name: string;
  version: number;
  /** What trained it: article count and a hash of the gold files' content. */
  trainedOn: { articles: number; corpusHash: string };
  settings: { epochs: number; learningRate: number; l2: number; seed: number; minFeatureCount: number; positiveWeight: number; lexiconPrior: number; typeBias: boolean; threshold: number; secondThreshold: number; secondPairMin: number; ruleFloor: number; classWeight: number;
    /** The power of the article's type distribution in a sentence's type (articleTypePrior); 0 or absent: none. */
    articlePrior?: number;
    /** The detector's L2 on plain-word features (w:), as a multiple of l2 (absent: 1). */
    detectorWordL2?: number;
    /** Word-cluster features (word-clusters.ts) and which heads learn them; absent: none. */
    wordClusters?: ClusterUse & { heads: 'both' | 'detector' | 'type'; l2?: number };
    /** The cue lexicon grown by the seeds' nearest GloVe neighbours (wordnet-lexicon.ts); absent: WordNet only. */
    lexiconNeighbours?: NeighbourUse;
    /** Type-head features of who acts, by kind (actor-kinds.ts: a local body by its name's head noun); absent: none. */
    actorKinds?: boolean;
    /** The prior an actor-kind feature starts from towards its type (actor-kinds.ts, ACTOR_TYPE); absent: 0. */
    actorPrior?: number;
    /** Features of the cues a defeat verb governs (dft:type, event-features.ts); absent: none. */
    defeatScope?: boolean;
    /** The weight of the written articles' sentences (data/written) in the detector's loss; absent or 0: they train the type head only. */
    writtenDetectorWeight?: number };
  types: EventType[];
  /** Index 0: the happening detector (logistic); 1..n: the type logits (softmax), in the order of `types`. */
  bias: number[];
  /** feature -> one weight per column of `bias`; features with no weight are absent. */
  weights: Record<string, number[]>;
  lexicon: Lexicon;
  verbClasses: VerbClasses;
  /** Type pairs ("land_dispute|regulation") a sentence may be stated as both of; absent: any pair. */
  secondPairs?: string[];
  /** The second stage (event-keep.ts): which extracted events to keep; absent: all. */
  keep?: KeepModel;
}

/** The detector probability a sentence needs to give candidates: the second stage's, when there is one, else the first stage's own. */
export const detectionThreshold = (model: EventModel) => model.keep?.candidateThreshold ?? model.settings.threshold;

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
  if (model.keep) model.keep = readKeepModel(model.keep);
  if (path === EVENT_MODEL_PATH) cached = model;
  return model;
}

export const modelTag = (m: EventModel) => `${m.name}@${m.version}`;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A feature's weights, whether only the detector (column 0) reads it, and the last scoring that counted it. */
interface Weighted { w: number[]; detectorOnly: boolean; counted: number }

/**
 * Weights as a Map (a plain object with thousands of keys is a slow
 * dictionary), each with its detectorOnly() answer decided once per model
 * rather than by a regex for every feature of every sentence.
 */
const weightMaps = new WeakMap<EventModel, Map<string, Weighted>>();
function weightsOf(model: EventModel): Map<string, Weighted> {
  let m = weightMaps.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights).map(([feat, w]) => [feat, { w, detectorOnly: detectorOnly(feat), counted: 0 }]));
    weightMaps.set(model, m);
  }
  return m;
}

/** The probability that the features tell a happening, and the probability of each type if so. */
export function scoreFeatures(model: EventModel, features: string[]): { event: number; types: number[] } {
  const z = model.bias.slice();
  const weights = weightsOf(model);
  for (const feat of features) {
    const found = weights.get(feat);
    if (!found) continue;
    addWeights(z, found);
  }
  return probabilities(z);
}

function addWeights(z: number[], found: Weighted): void {
  const w = found.w;
  if (found.detectorOnly) { z[0]! += w[0]!; return; }
  for (let t = 0; t < z.length; t++) z[t]! += w[t]!;
}

/** Which scoring a Weighted was last counted in: a feature found twice in one sentence counts once, as in the Set of eventFeatures. */
let scoring = 0;

/**
 * A FeatureSink summing the model's weights as emitEventFeatures finds the features: the same sums in the
 * same order as scoreFeatures over eventFeatures' list (first occurrences, in the order found), without
 * building the Set, the list, or a lookup pass after them.
 */
class WeightSum implements CompilingSink<Weighted[]> {
  readonly z: number[];
  private readonly stamp = ++scoring;
  constructor(model: EventModel, private readonly weights: Map<string, Weighted>) { this.z = model.bias.slice(); }
  add(feat: string): void {
    const found = this.weights.get(feat);
    if (found === undefined) return;
    this.count(found);
  }
  private count(found: Weighted): void {
    if (found.counted === this.stamp) return;
    found.counted = this.stamp;
    addWeights(this.z, found);
  }
  /** A token's features as their weights (those with none left out: add() skips them), made once per word form. */
  get compiler(): object { return this.weights; }
  compile(features: string[]): Weighted[] {
    const out: Weighted[] = [];
    for (const f of features) { const found = this.weights.get(f); if (found !== undefined) out.push(found); }
    return out;
  }
  addCompiled(compiled: Weighted[]): void {
    for (let k = 0; k < compiled.length; k++) this.count(compiled[k]!);
  }
}

/** What the model reads beyond words (FeatureReads), made once per model. */
const reads = new WeakMap<EventModel, FeatureReads>();
export function readsOf(model: EventModel): FeatureReads {
  let r = reads.get(model);
  if (!r) reads.set(model, (r = featureReads(model.settings, () => model.verbClasses.defeat)));
  return r;
}

/** scoreFeatures(model, eventFeatures(s, model.lexicon, matched, article, model.settings.wordClusters)), summed as the features are found. */
export function scoreSentence(model: EventModel, s: SentenceInfo, matched: EventRule[], article: string[]): { event: number; types: number[] } {
  const sum = new WeightSum(model, weightsOf(model));
  emitEventFeatures(s, model.lexicon, matched, article, model.settings.wordClusters, sum, readsOf(model));
  return probabilities(sum.z);
}

/** The detector's probability and the softmax over the type logits, from the summed logits z. */
function probabilities(z: number[]): { event: number; types: number[] } {
  // Softmax over the type logits (z[1..]), in plain loops: the same sums in the same order as before.
  let max = -Infinity;
  for (let t = 1; t < z.length; t++) if (z[t]! > max) max = z[t]!;
  const types: number[] = [];
  let sum = 0;
  for (let t = 1; t < z.length; t++) {
    const e = Math.exp(z[t]! - max);
    types.push(e);
    sum += e;
  }
  for (let t = 0; t < types.length; t++) types[t] = types[t]! / sum;
  return { event: sigmoid(z[0]!), types };
}

export interface TypeDecision { type: EventType; p: number }

export interface SentenceVerdict { event: number; decisions: TypeDecision[]; typeProbability(type: EventType): number }

/**
 * The types a sentence states a happening of: none below the detector's threshold, else the likeliest type,
 * and the second likeliest when it holds secondThreshold of the type mass and the two are a pair annotators
 * treat as alternatives (secondPairs). `powered`: the article's type distribution, raised to the model's articlePrior
 * (poweredPrior), that re-weighs the sentence's types; absent: none.
 */
export function classifySentence(model: EventModel, s: SentenceInfo, matched?: EventRule[], article: string[] = [], powered?: number[], scored = scoreSentence(model, s, matched ?? matchedRules(s), article)): SentenceVerdict {
  const event = scored.event;
  const types = powered && model.settings.articlePrior ? reweighPowered(scored.types, powered) : scored.types;
  const verdict = new Verdict(model, event, types);
  if (event < detectionThreshold(model)) return verdict;
  // The two likeliest types, as sorting all of them by probability (ties by name) would rank them.
  // By index, so no object is made for the types that are neither (one sentence asks this of every type).
  let bestI = -1;
  let secondI = -1;
  for (let i = 0; i < model.types.length; i++) {
    if (bestI < 0 || ranksBefore(model, event, types, i, bestI)) { secondI = bestI; bestI = i; } else if (secondI < 0 || ranksBefore(model, event, types, i, secondI)) secondI = i;
  }
  const best: TypeDecision | null = bestI < 0 ? null : { type: model.types[bestI]!, p: event * types[bestI]! };
  const second: TypeDecision | null = secondI < 0 ? null : { type: model.types[secondI]!, p: event * types[secondI]! };
  const decisions = verdict.decisions;
  decisions.push(best!);
  if (second && verdict.typeProbability(second.type) >= model.settings.secondThreshold && (!model.secondPairs || model.secondPairs.includes(typePair(best!.type, second.type)))) decisions.push(second);
  return verdict;
}

/**
 * The sentence's type distribution times the article's (to the power alpha), renormalised: one story
 * tells mostly one kind of happening, so a sentence torn between two types leans to the article's.
 */
export function reweigh(types: number[], prior: number[], alpha: number): number[] {
  return reweighPowered(types, prior.map((p) => Math.pow(p, alpha)));
}

/** reweigh with the prior already raised to alpha: the same products and sums, in the same order. */
function reweighPowered(types: number[], powered: number[]): number[] {
  const out = types.map((p, i) => p * powered[i]!);
  const sum = out.reduce((a, x) => a + x, 0);
  return sum > 0 ? out.map((x) => x / sum) : types;
}

/**
 * The article's prior raised to the model's articlePrior power, as classifySentence takes it: computed once per article
 * by its caller rather than once per sentence and type (Math.pow there was ~2% of bench:tag).
 */
export function poweredPrior(model: EventModel, prior: number[]): number[] {
  const alpha = model.settings.articlePrior!;
  return prior.map((p) => Math.pow(p, alpha));
}

/**
 * The article's type distribution: the type distributions of its sentences, each weighted by how
 * likely it tells a happening, summed and smoothed towards uniform (so no type is ruled out).
 */
export function articleTypePrior(model: EventModel, scores: Array<{ event: number; types: number[] }>, smoothing = 0.5): number[] {
  const T = model.types.length;
  const sum = new Array<number>(T).fill(smoothing / T);
  let mass = smoothing;
  for (const { event, types } of scores) for (let i = 0; i < T; i++) { sum[i]! += event * types[i]!; mass += event * types[i]!; }
  return sum.map((x) => x / mass);
}

/** A verdict as a class, not an object with a closure: one is made per sentence and clause, and a closure per call cost more than the rest of it. */
class Verdict implements SentenceVerdict {
  decisions: TypeDecision[] = [];
  constructor(private readonly model: EventModel, readonly event: number, private readonly types: number[]) {}
  typeProbability(type: EventType): number {
    return this.types[this.model.types.indexOf(type)] ?? 0;
  }
}

/** Type i before type j: higher probability (event times the type's share) first; equal ones by type name (localeCompare, as the ranking always did). */
function ranksBefore(model: EventModel, event: number, types: number[], i: number, j: number): boolean {
  const a = event * types[i]!;
  const b = event * types[j]!;
  return a > b || (a === b && model.types[i]!.localeCompare(model.types[j]!) < 0);
}
