/**
 * The second stage of event extraction: per telling the first stage found (before restatements are merged), whether
 * to keep it. The first stage sees one sentence; this one sees the event in its article: how sure the detector and the
 * type head were, whether the article as a whole tells this type, how often it tells it, where the sentence sits,
 * whether the actor is the article's main one or named in the title, what the sentence carries (a date, a figure,
 * a quote). General features only: no words. A logistic regression over them, trained by
 * learn/train-keep.ts on out-of-fold first-stage events (first-stage models that never saw those articles).
 */
import type { EventType } from './types.ts';
import type { SentenceInfo } from './context.ts';
import type { EventCandidate } from './events.ts';

/** What the first stage said about one telling: detector probability, the type's share, and how the type was chosen. */
export interface StageOneEvidence {
  event: number;
  typeP: number;
  /** 0: the type head's first type; 1: its second (a pair of alternatives); 2: a cue pattern below the detector's threshold. */
  rank: 0 | 1 | 2;
  /** The telling is one clause of a sentence split in two. */
  clause: boolean;
}

export interface KeepModel {
  /** The detector threshold the candidates come from (may be below the first stage's own, stage 2 removing the false ones). */
  candidateThreshold: number;
  /** Feature names, in the order of mean, sd and weights. */
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  /** Standardised features are clipped to +-clip (absent: not clipped): a one-line article or a rare flag may not outweigh the rest. */
  clip?: number;
  /** Keep a telling when its probability is at least this. */
  threshold: number;
  /** What it was trained on: out-of-fold events, of which true. */
  trainedOn: { events: number; positives: number; innerFolds: number };
}

/**
 * A keep model as read from a model file. Files written before the 'event' unit was removed (MODEL_VERSION 9 to 11)
 * carry `unit: 'telling'`, which is what runs now: the field is dropped. A file whose second stage judged
 * merged events (`unit: 'event'`) cannot be read the same way, so it is refused rather than misread.
 */
export function readKeepModel(raw: KeepModel & { unit?: unknown }): KeepModel {
  const { unit, ...model } = raw;
  if (unit !== undefined && unit !== 'telling') throw new Error(`event model: second stage unit ${JSON.stringify(unit)} is no longer supported (only tellings are judged); run \`npm run train\` to rebuild it`);
  return model;
}

/** What the second stage reads of the article around an event. */
export interface KeepContext {
  sentences: SentenceInfo[];
  /** Every telling before merging (for how many sentences tell each type). */
  candidates: EventCandidate[];
  /** The article's type distribution (articleTypePrior), in the order of `types`; absent: none. */
  prior?: number[];
  types: EventType[];
  /** The article's most mentioned organisation (absent or null: none). */
  mainActor?: string | null;
  headlineNames?: ReadonlySet<string>;
}

const logit = (p: number) => Math.log(Math.max(1e-4, Math.min(1 - 1e-4, p)) / (1 - Math.max(1e-4, Math.min(1 - 1e-4, p))));

/** The second stage's features of one telling in its article, by name (absent: 0). */
export function keepFeatures(ev: EventCandidate, ctx: KeepContext): Record<string, number> {
  const f: Record<string, number> = {};
  const ev1 = ev.evidence;
  const s = ctx.sentences[ev.sentenceIndex]!;
  if (ev1) {
    f.detector = logit(ev1.event);
    f.typeShare = ev1.typeP;
    f.secondType = ev1.rank === 1 ? 1 : 0;
    f.cuePatternOnly = ev1.rank === 2 ? 1 : 0;
    f.clause = ev1.clause ? 1 : 0;
  }
  // How much of the article tells this type: its share of the article's type distribution, and whether it leads it.
  const k = ctx.types.indexOf(ev.type);
  if (ctx.prior && k >= 0) {
    f.articleShare = ctx.prior[k]!;
    f.articleTopType = ctx.prior.every((p, i) => i === k || p < ctx.prior![k]!) ? 1 : 0;
  }
  const sentencesOfType = new Set(ctx.candidates.filter((c) => c.type === ev.type).map((c) => c.sentenceIndex)).size;
  const sentencesOfAny = new Set(ctx.candidates.map((c) => c.sentenceIndex)).size;
  f.typeSentences = Math.log1p(sentencesOfType);
  // Other tellings of the same type sharing an actor: how often the article comes back to this happening.
  f.similarTellings = Math.log1p(ctx.candidates.filter((c) => c !== ev && c.type === ev.type && c.actors.some((a) => ev.actors.includes(a))).length);
  f.otherTypeSentences = Math.log1p(sentencesOfAny - sentencesOfType);
  // Where the telling sits: the lead states the news, later paragraphs recall background.
  const n = ctx.sentences.length;
  f.firstSentence = ev.sentenceIndex === 0 ? 1 : 0;
  f.leadParagraph = s.paragraph <= 1 ? 1 : 0;
  f.position = n > 1 ? ev.sentenceIndex / (n - 1) : 0;
  f.articleLength = Math.log1p(n);
  // Who: the article's main actor, a name in the title, or only a party the text referred back to.
  f.mainActor = ctx.mainActor && ev.actors.includes(ctx.mainActor) ? 1 : 0;
  f.titleActor = ev.actors.some((a) => ctx.headlineNames?.has(a)) ? 1 : 0;
  f.actors = Math.min(ev.actors.length, 4);
  f.noActor = ev.actors.length === 0 ? 1 : 0;
  f.actorNamedHere = ev.actors.some((a) => s.mentions.some((m) => m.name === a)) ? 1 : 0;
  f.location = ev.location ? 1 : 0;
  // What the sentence carries.
  f.dateExplicit = ev.dateExplicit ? 1 : 0;
  f.money = s.money.length ? 1 : 0;
  f.quantity = s.quantities.length ? 1 : 0;
  f.quote = /["“”]/.test(s.text) ? 1 : 0;
  // No certainty: a dozen hedged tellings among the out-of-fold ones gave "speculative" a weight that dropped any
  // hedged happening (CV events F1 65.5 with them, 65.4 without; see learn/train-keep.ts).
  // No feature per type: the CV folds are topics, each holding most of one type, so a type's weight learnt from the
  // other writers tells the held-out fold's main type apart (CV events F1 65.7 -> 65.1 with them).
  return f;
}

/** A feature's value standardised by its training mean and sd, clipped to +-clip: the same in training and use. */
export function standardise(value: number, mean: number, sd: number, clip = Infinity): number {
  return Math.max(-clip, Math.min(clip, (value - mean) / sd));
}

/** The probability that an event is one the gold tells, by the second stage. */
export function keepProbability(model: KeepModel, features: Record<string, number>): number {
  let z = model.bias;
  for (let i = 0; i < model.features.length; i++) z += model.weights[i]! * standardise(features[model.features[i]!] ?? 0, model.mean[i]!, model.sd[i]!, model.clip);
  return 1 / (1 + Math.exp(-z));
}
