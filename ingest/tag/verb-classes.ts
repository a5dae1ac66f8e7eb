/**
 * Finding a verb class's verbs in a sentence reading: the stance and defeat classes (event-model.ts,
 * VerbClasses) that unstated.ts reads to drop happenings a sentence does not state, and that the event
 * features read to say which cue a defeat verb governs.
 */
import type { VerbClass } from './event-model.ts';
import { likeliestVerb, type Reading } from './nlp.ts';

/** A verb class as looked up: single lemmas, and per verb lemma the particles that make it a two-word verb. */
export interface ClassLookup { single: Set<string>; particles: Map<string, Set<string>> }

const lookups = new WeakMap<VerbClass, ClassLookup>();

/** The class as sets, made once per class object (one per model). */
export function lookupOf(cls: VerbClass): ClassLookup {
  let l = lookups.get(cls);
  if (l) return l;
  const particles = new Map<string, Set<string>>();
  for (const [verb, particle] of cls.phrases) {
    if (!particles.has(verb)) particles.set(verb, new Set());
    particles.get(verb)!.add(particle);
  }
  lookups.set(cls, (l = { single: new Set(cls.single), particles }));
  return l;
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * Where the class's verbs occur in the sentence: the index of the token that ends each one. Tokens the reading
 * tags as verbs count, and the plain forms it leaves as nouns whose likeliest part of speech is a verb ("critics
 * argue that", "investors want it to"); the nouns of the same spelling ("power demand", "the request") do not.
 */
export function occurrences(r: Reading, cls: ClassLookup): readonly number[] {
  // Most sentences have none: they share one empty list (this ran for every decision and led bench:tag's allocations).
  let at: number[] | null = null;
  for (let i = 0; i < r.pos.length; i++) {
    const p = r.pos[i];
    if (p !== 'VERB' && !(p === 'NOUN' && (cls.single.has(r.words[i]!) || cls.particles.has(r.words[i]!)) && likeliestVerb(r.words[i]!))) continue;
    const lemma = p === 'VERB' ? r.lemmas[i]! : r.words[i]!;
    if (cls.single.has(lemma)) (at ??= []).push(i);
    else if (i + 1 < r.words.length && cls.particles.get(lemma)?.has(r.words[i + 1]!)) (at ??= []).push(i + 1);
  }
  return at ?? NONE;
}

/** How far, in words, a defeat verb reaches to the happening it governs ("rejected the plan to build"). */
export const DEFEAT_REACH = 6;

/** How many words (not numbers or punctuation) lie after token `from` up to token `to`. */
export function wordsBetween(r: Reading, from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i <= to; i++) if (r.pos[i] !== 'PUNCT' && r.pos[i] !== 'NUM') n++;
  return n;
}
