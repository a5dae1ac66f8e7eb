/**
 * Happenings a sentence names without stating that they happened
 * (extraction.md: an event is "what happened"; issue 7, requirement 5):
 * - the content of an argument or a demand ("groups urged the agency to shut
 *   the plant", "critics argued the firm should sell the unit");
 * - a counterfactual ("should have shut it down", "a deal that would have...");
 * - a deal that was defeated ("shareholders voted down the takeover");
 * - a generic or habitual statement ("many towns have banned such campuses",
 *   "utilities often sign such deals", "data centers use water"): what
 *   happens as a rule, told of no one in particular, is no happening.
 * The verb classes come from WordNet senses, built at training time and read
 * from the event model (event-model.ts, VerbClasses); the words, lemmas and
 * parts of speech from the shared sentence reading (nlp.ts, readSentence).
 */
import type { EventType } from './types.ts';
import type { VerbClasses } from './event-model.ts';
import { readingOf } from './event-features.ts';
import { lexiconTags, likeliestVerb, verbLemma, type Reading } from './nlp.ts';
import { DEFEAT_REACH, lookupOf, occurrences, wordsBetween, type ClassLookup } from './verb-classes.ts';

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

/** The model's verb classes as sets, made once per class. */
function lookupsOf(classes: VerbClasses | undefined): { stance: ClassLookup; defeat: ClassLookup } {
  if (!classes) throw new Error('event model: no verb classes (verbClasses); run `npm run train` to rebuild data/models/events.json');
  return { stance: lookupOf(classes.stance), defeat: lookupOf(classes.defeat) };
}

/** Verbs that ask for one's own act as often as another's ("wants to build"): a stance only with an object or "that" before the complement. */
const OWN_PLAN = new Set(['want', 'ask', 'propose', 'suggest', 'advise']);

/** A stance verb's complement reaches the cue through "that", "to", "for" or a modal. */
const COMPLEMENT = /\b(?:that|to|for|should|must|ought|would)\b/i;
/** What ends a stance's reach: a new clause or sentence part. */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|which|who)\b|\b(?:and|but) (?:then |later |also )?(?:it|they|the \w+) /i;
/** "should have", "would not have", "ought to have": a happening that did not take place. */
const COUNTERFACTUAL = /\b(?:should|would|could|might|ought to)(?: not|n['’]t)? have\b/gi;
/** How far, in words, a stance reaches to the happening it governs (a defeat: DEFEAT_REACH). */
const STANCE_REACH = 14;

/** Adverbs of habit: the clause tells what usually happens, not what happened ("utilities often sign such deals"). */
const HABITUAL = new Set(['often', 'typically', 'usually', 'routinely', 'generally', 'commonly', 'frequently', 'regularly', 'normally', 'increasingly']);
/** Quantifiers that make a subject "some of a kind" rather than someone ("many companies", "several towns", "most of them"). */
const QUANTIFIER = new Set(['many', 'some', 'several', 'most', 'few', 'numerous', 'various', 'other']);
/** Counts that quantify with "of" ("dozens of towns"); "a number of" and "a growing number of" end in "number". */
const COUNT_OF = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'number']);
/** Words that tie a clause to one time, so its plural subject did one thing ("several residents have sued since Monday"). */
const TIME_WORD = new Set(['yesterday', 'today', 'tonight', 'ago', 'last', 'this', 'earlier', 'since', 'week', 'month', 'year']);
/** Words that open a new clause: a generic subject governs only its own clause. */
const CLAUSE_OPENER = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'although', 'though', 'whereas', 'but', 'if', 'when', 'where', 'after', 'before', 'unless']);
/** Types whose happening is a group of people acting: a quantified group naming the county or the case it acts on is a telling. */
const GROUP_CAN_BE_EVENT = new Set<EventType>(['land_dispute', 'legal']);
/** How far, in words, a habitual adverb reaches to the cue it governs. */
const HABIT_REACH = 6;

/** /^[;:,()\u2014\u2013]$/.test(word), by its one code unit (the regex ran for every word around every cue). */
function isBreakMark(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 59 /* ; */ || c === 58 /* : */ || c === 44 /* , */ || c === 40 /* ( */ || c === 41 /* ) */ || c === 0x2014 || c === 0x2013;
}

/** Where the clause holding token `at` starts and ends (token indices, end exclusive). */
function clauseAround(r: Reading, at: number): [number, number] {
  const isBreak = (i: number) => isBreakMark(r.words[i]!) || CLAUSE_OPENER.has(r.words[i]!);
  let start = at;
  while (start > 0 && !isBreak(start - 1)) start--;
  let end = at + 1;
  while (end < r.words.length && !isBreak(end) && r.words[end] !== '.') end++;
  return [start, end];
}

/** Whether the lexicon lists a word as a present-tense verb for a plural subject (Penn VBP: "use", "sign"; not "later", "data"). */
function presentPlural(word: string): boolean {
  return lexiconTags(word).includes('VBP');
}

/** Whether a token is a plain present-tense verb form ("use", "sign"): not inflected, and its own verb lemma. */
function plainVerb(r: Reading, i: number): boolean {
  const w = r.words[i]!;
  return (r.pos[i] === 'NOUN' || r.pos[i] === 'VERB') && !/(?:s|ed|ing)$/.test(w) && verbLemma(w) === w;
}

/**
 * A habitual adverb or "tend to" shortly before the cue: the clause tells what usually happens ("utilities often
 * sign such deals"), whoever the subject. Not in a comparison ("more than usually"), which measures one act.
 */
function habitualWord(r: Reading, start: number, cue: number): string | null {
  for (let i = start; i < cue; i++) {
    const w = r.words[i]!;
    const habit = HABITUAL.has(w) || (r.lemmas[i] === 'tend' || w === 'tend') && r.words[i + 1] === 'to';
    if (!habit || (i > 0 && /^(?:than|as)$/.test(r.words[i - 1]!)) || wordsBetween(r, i, cue) > HABIT_REACH) continue;
    return w;
  }
  return null;
}

/** Whether the clause names someone (a proper noun) and whether a number or a time word ties it to one time. */
function namedAndTimed(r: Reading, start: number, end: number): { named: boolean; timed: boolean } {
  let named = false, timed = false;
  for (let i = start; i < end; i++) {
    if (r.pos[i] === 'PROPN') named = true;
    if (r.pos[i] === 'NUM' || TIME_WORD.has(r.words[i]!)) timed = true;
  }
  return { named, timed };
}

/**
 * The head of a quantified subject at token `s` ("many", "several"; "of" in "dozens of", "a (growing) number of"),
 * or -1: a quantified subject speaks of some of a kind, not of someone.
 */
function quantifiedHead(r: Reading, s: number, cue: number): number {
  if (QUANTIFIER.has(r.words[s]!)) return s;
  let head = -1;
  for (let i = s; i < Math.min(s + 4, cue); i++) if (COUNT_OF.has(r.words[i]!) && r.words[i + 1] === 'of') { head = i + 1; break; }
  // The count opens the subject ("dozens of"), or follows its article ("a growing number of").
  if (head >= 0 && r.words[s] !== r.words[head - 1] && r.words[s] !== 'a') return -1;
  return head;
}

/**
 * The verb a quantified subject (head at `head`) governs, or `end` when none is read; null when the clause tells
 * one past act ("several residents sued the county"), which is a happening, not a generalisation.
 */
function presentOrPerfectVerb(r: Reading, head: number, end: number): number | null {
  for (let i = head + 1; i < end; i++) {
    const p = r.pos[i], w = r.words[i]!;
    if (p === 'AUX') return w === 'was' || w === 'were' || w === 'had' || w === 'did' ? null : i;
    if (i === head + 1 && w !== 'of') continue; // the quantified noun itself ("many towns")
    if (p === 'VERB' && /ing$/.test(w)) continue; // a gerund in the subject ("most of the funding")
    if (p === 'VERB') return /ed$/.test(w) || (r.lemmas[i] !== w && !/s$/.test(w)) ? null : i;
    // An irregular past the reading leaves a noun ("came", "sold", "won").
    if (p === 'NOUN' && !/s$/.test(w) && verbLemma(w) !== w) return null;
    if (p === 'NOUN' && plainVerb(r, i) && likeliestVerb(w)) return i;
  }
  return end;
}

/** The cue's clause, for the readings below: where its subject starts, where the cue sits, where it ends, whether it names someone. */
interface Clause { subject: number; cue: number; end: number; named: boolean }

/**
 * A quantified subject ("many companies have", "some towns") told in the present or perfect, with no name in the
 * subject: some of a kind, as a rule. For suits and siting fights, a group acting on a named or particular party
 * tells that dispute.
 */
function quantifiedSubjectReason(r: Reading, type: EventType, c: Clause, head: number): string | null {
  const verb = presentOrPerfectVerb(r, head, c.end);
  if (verb === null) return null;
  // A named group is someone ("some Harlow County residents have sued").
  for (let i = c.subject; i < verb; i++) if (r.pos[i] === 'PROPN') return null;
  // A group's suit or fight against a named or particular county or site is a telling of that dispute.
  if (GROUP_CAN_BE_EVENT.has(type) && (c.named || r.words.slice(c.cue + 1, c.end).some((w) => w === 'the' || w === 'its' || w === 'their' || w === 'this'))) return null;
  return `generic subject "${r.words[head] === 'of' ? r.words[head - 1] : r.words[head]}"`;
}

/**
 * A main clause's bare plural subject (no article, no name) with a plain present verb ("data centers use water"):
 * what such things do as a rule. Suits and siting fights are a group acting, so their bare plurals tell a dispute.
 */
function barePluralReason(r: Reading, type: EventType, c: Clause): string | null {
  if (GROUP_CAN_BE_EVENT.has(type)) return null;
  // Only a main clause's subject (the sentence's start, or after a semicolon): a relative clause's subject is its antecedent.
  // A name in the clause makes a headline's present ("Utilities sign deal with Helix Cloud") as likely as a rule.
  const s = c.subject;
  if (c.named || (s > 0 && r.words[s - 1] !== ';')) return null;
  // The verb is the first plain form after a plural ("data centers use"); up to three words of subject before it.
  for (let v = s + 1; v <= Math.min(s + 3, c.end - 1); v++) {
    if (r.pos[v - 1] !== 'NOUN' && r.pos[v - 1] !== 'VERB') return null;
    if (/[^s]s$/.test(r.words[v - 1]!) && plainVerb(r, v) && presentPlural(r.words[v]!) && r.pos[v + 1] !== 'AUX') return `generic present "${r.words[v]}"`;
  }
  return null;
}

/**
 * Why the clause of the cue at token `cue` is generic or habitual, or null: a habitual adverb before the cue
 * (habitualWord); else, in a clause tied to no time, a quantified subject (quantifiedSubjectReason) or a bare plural
 * one (barePluralReason).
 */
function genericReason(r: Reading, type: EventType, cue: number): string | null {
  const [start, end] = clauseAround(r, cue);
  const habit = habitualWord(r, start, cue);
  if (habit) return `habitual "${habit}"`;
  const { named, timed } = namedAndTimed(r, start, end);
  // A clause tied to one time tells one act; a clause that opens a reported content ("other outlets have reported
  // that ...") leaves the happening to that content.
  if (timed || r.words[end] === 'that' || r.words[end] === ':') return null;
  // The subject starts the clause, after an "and" or "so".
  const subject = r.words[start] === 'and' || r.words[start] === 'so' ? start + 1 : start;
  const clause: Clause = { subject, cue, end, named };
  const head = quantifiedHead(r, subject, cue);
  return head >= 0 ? quantifiedSubjectReason(r, type, clause, head) : barePluralReason(r, type, clause);
}

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
  if (BUILD_TYPES.has(type)) {
    for (const i of occurrences(r, defeat)) {
      if (i >= cueWord || wordsBetween(r, i, cueWord) > DEFEAT_REACH) continue;
      // The build is the refused thing: the object itself, or a plan, request or permit for it.
      const gap = text.slice(r.ends[i]!, cueAt);
      if (!/[,;:]/.test(gap) && (!/\b(?:to|that|and|but|after|before|while|because)\b/i.test(gap) || REFUSED_PLAN.test(gap))) return `refused "${r.words[i]}"`;
    }
  }
  return genericReason(r, type, cueWord);
}

/** The types a refused plan would have been. */
const BUILD_TYPES = new Set<EventType>(['buildout', 'spend_plan']);
/** "the plan to", "a request to", "permission to", "an application for": what a refusal of a build refuses. */
const REFUSED_PLAN = /\b(?:plans?|requests?|permission|permits?|applications?|proposals?|bids?|efforts?)\s+(?:to|for)\s+(?:\w+\s+)?$/i;
