/**
 * Happenings a sentence names without stating that they happened
 * (extraction.md: an event is "what happened"; issue 7, requirement 5):
 * - the content of an argument or a demand ("groups urged the agency to shut
 *   the plant", "critics argued the firm should sell the unit");
 * - a counterfactual ("should have shut it down", "a deal that would have...");
 * - a deal that was defeated ("shareholders voted down the takeover").
 * The verb classes come from WordNet senses, built at training time and read
 * from the event model (event-model.ts, VerbClasses); the words, lemmas and
 * parts of speech from the shared sentence reading (nlp.ts, readSentence).
 */
import type { EventType } from './types.ts';
import type { VerbClass, VerbClasses } from './event-model.ts';
import { readingOf } from './event-features.ts';
import { likeliestVerb, type Reading } from './nlp.ts';

/**
 * Types whose happening can be the stance or the complaint itself: an opposition or petition is a land dispute, an argument
 * in court is legal, an agency's demand is regulation, a rate fight is energy. Only the other types' cues
 * inside a stance's complement are dropped.
 */
const STANCE_CAN_BE_EVENT = new Set<EventType>(['land_dispute', 'legal', 'regulation', 'energy']);
/** Types a complaint about what should have been done can tell (a siting fight, a court challenge). */
const COMPLAINT_CAN_BE_EVENT = new Set<EventType>(['land_dispute', 'legal']);
/** The types a defeated deal would have been. */
const DEAL_TYPES = new Set<EventType>(['acquisition', 'partnership', 'funding']);

/** A verb class as looked up: single lemmas, and per verb lemma the particles that make it a two-word verb. */
interface ClassLookup { single: Set<string>; particles: Map<string, Set<string>> }

function lookupOf(cls: VerbClass): ClassLookup {
  const particles = new Map<string, Set<string>>();
  for (const [verb, particle] of cls.phrases) {
    if (!particles.has(verb)) particles.set(verb, new Set());
    particles.get(verb)!.add(particle);
  }
  return { single: new Set(cls.single), particles };
}

/** The model's verb classes as sets, made once per model. */
const lookups = new WeakMap<VerbClasses, { stance: ClassLookup; defeat: ClassLookup }>();
function lookupsOf(classes: VerbClasses | undefined): { stance: ClassLookup; defeat: ClassLookup } {
  if (!classes) throw new Error('event model: no verb classes (verbClasses); run `npm run train` to rebuild data/models/events.json');
  let l = lookups.get(classes);
  if (!l) lookups.set(classes, (l = { stance: lookupOf(classes.stance), defeat: lookupOf(classes.defeat) }));
  return l;
}

/** Verbs that ask for one's own act as often as another's ("wants to build"): a stance only with an object or "that" before the complement. */
const OWN_PLAN = new Set(['want', 'ask', 'propose', 'suggest', 'advise']);

/**
 * Where the class's verbs occur in the sentence: the index of the token that ends each one. Tokens the reading
 * tags as verbs count, and the plain forms it leaves as nouns whose likeliest part of speech is a verb ("critics
 * argue that", "investors want it to"); the nouns of the same spelling ("power demand", "the request") do not.
 */
function occurrences(r: Reading, cls: ClassLookup): number[] {
  const at: number[] = [];
  for (let i = 0; i < r.pos.length; i++) {
    const p = r.pos[i];
    if (p !== 'VERB' && !(p === 'NOUN' && (cls.single.has(r.words[i]!) || cls.particles.has(r.words[i]!)) && likeliestVerb(r.words[i]!))) continue;
    const lemma = p === 'VERB' ? r.lemmas[i]! : r.words[i]!;
    if (cls.single.has(lemma)) at.push(i);
    else if (i + 1 < r.words.length && cls.particles.get(lemma)?.has(r.words[i + 1]!)) at.push(i + 1);
  }
  return at;
}

/** How many words (not numbers or punctuation) lie after token `from` up to token `to`. */
function wordsBetween(r: Reading, from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i <= to; i++) if (r.pos[i] !== 'PUNCT' && r.pos[i] !== 'NUM') n++;
  return n;
}

/** A stance verb's complement reaches the cue through "that", "to", "for" or a modal. */
const COMPLEMENT = /\b(?:that|to|for|should|must|ought|would)\b/i;
/** What ends a stance's reach: a new clause or sentence part. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|which|who)\b|\b(?:and|but) (?:then |later |also )?(?:it|they|the \w+) /i;
/** "should have", "would not have", "ought to have": a happening that did not take place. */
const COUNTERFACTUAL = /\b(?:should|would|could|might|ought to)(?: not|n['’]t)? have\b/gi;
/** How far, in words, a stance or a defeat reaches to the happening it governs. */
const STANCE_REACH = 14;
const DEFEAT_REACH = 6;

/**
 * Why the cue of `type` at `cueAt` names a happening the sentence does not state, or null when it states it.
 * The cue is the type's first cue in the sentence, so a cue after the stance means no earlier telling.
 * `classes` are the event model's verb classes (model.verbClasses).
 */
export function unstatedReason(text: string, type: EventType, cueAt: number, classes: VerbClasses): string | null {
  const r = readingOf(text);
  let cueWord = -1;
  for (let i = 0; i < r.ends.length; i++) if (r.ends[i]! > cueAt && r.pos[i] !== 'PUNCT' && r.pos[i] !== 'NUM') { cueWord = i; break; }
  if (cueWord < 0) return null;
  const { stance, defeat } = lookupsOf(classes);
  // A complaint that something should have happened is itself a dispute's or a case's telling: those types keep it.
  if (!COMPLAINT_CAN_BE_EVENT.has(type)) {
    const before = text.slice(0, cueAt);
    for (const m of before.matchAll(COUNTERFACTUAL)) {
      const gap = before.slice(m.index + m[0].length);
      if (gap.split(/\s+/).filter(Boolean).length <= 3 && !CLAUSE_BREAK.test(gap)) return `counterfactual "${m[0]}"`;
    }
  }
  if (!STANCE_CAN_BE_EVENT.has(type)) {
    for (const i of occurrences(r, stance)) {
      if (i >= cueWord || wordsBetween(r, i, cueWord) > STANCE_REACH) continue;
      const gap = text.slice(r.ends[i]!, cueAt);
      if (OWN_PLAN.has(r.lemmas[i]!) && /^\s*(?:to|for)\b/i.test(gap)) continue;
      if (COMPLEMENT.test(gap) && !CLAUSE_BREAK.test(gap)) return `stance "${r.words[i]}"`;
    }
  }
  if (DEAL_TYPES.has(type)) {
    for (const i of occurrences(r, defeat)) {
      if (i >= cueWord || wordsBetween(r, i, cueWord) > DEFEAT_REACH) continue;
      // The deal is the verb's object: no clause or infinitive in between ("declined to comment on the deal" states the deal).
      const gap = text.slice(r.ends[i]!, cueAt);
      if (!/\b(?:to|that|and|but|after|before|while|because)\b|[,;:]/i.test(gap)) return `defeated "${r.words[i]}"`;
    }
  }
  return null;
}
