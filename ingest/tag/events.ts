/**
 * Events from sentences: cue rules pick the type, entities in the sentence
 * give actors and location, date expressions the date, hedges the certainty.
 * Repeats of the same happening inside one article are merged.
 */
import type { Certainty, EventType, ExtractedEvent } from './types.ts';
import { EVENT_RULES, SUPPRESSES, type EventRule } from './event-rules.ts';
import { isActorType, isOutlet, type SentenceInfo } from './context.ts';
import { certaintyOf } from './certainty.ts';
import { articleDay } from './dates.ts';
import { summarise } from './summary.ts';

export interface EventCandidate extends ExtractedEvent {
  alt_types: EventType[];
  sentenceIndex: number;
}

/** Pronoun-like subjects that point back to the article's main actor. */
const BACK_REFERENCE = /^(?:(?:Late |Then |Separately, |Meanwhile, |Earlier, )?(?:on \w+,? )?)(?:it|they|the company|the firm|the group|the startup|the lab|the developer|the maker|the chipmaker|the software maker|the \w+ maker|the \w+ company|the \w+-listed [\w ]+ company|the two companies|the partners)\b/i;

const CERTAINTY_RANK: Record<Certainty, number> = { confirmed: 0, reported: 1, speculative: 2, denied: 3 };

function firedRules(s: SentenceInfo): EventRule[] {
  const fired = EVENT_RULES.filter((r) => r.re.test(s.text) && (!r.requires || r.requires(s)));
  const types = new Set(fired.map((r) => r.type));
  return fired.filter((r) => !SUPPRESSES.some(([winner, loser]) => loser === r.type && types.has(winner)));
}

/** The verb-side actors of the sentence: orgs, products and projects, outlets left out when they only report. */
function actorsOf(s: SentenceInfo): string[] {
  const names: string[] = [];
  for (const m of s.mentions) {
    if (!isActorType(m.type)) continue;
    if (m.start < s.datelineEnd) continue;
    // Outlets report happenings; they are not parties to them.
    if (isOutlet(m.name)) continue;
    if (!names.includes(m.name)) names.push(m.name);
  }
  return names.slice(0, 6);
}

function locationOf(s: SentenceInfo): string | null {
  const places = s.mentions.filter((m) => m.type === 'place' && m.start >= s.datelineEnd);
  return places[0]?.name ?? null;
}

function dateOf(s: SentenceInfo, publishedAt: string, previous: string | null): string {
  if (/\b(?:the same day|that day)\b/i.test(s.text) && previous) return previous;
  const point = s.dates.find((d) => d.role === 'point');
  return point?.value ?? articleDay(publishedAt);
}

export interface EventContext {
  publishedAt: string;
  /** Main actors of the article so far, most mentioned first: what "the company" refers to. */
  centralActors(beforeSentence: number): string[];
}

export function findEvents(sentences: SentenceInfo[], ctx: EventContext): EventCandidate[] {
  const out: EventCandidate[] = [];
  let lastDate: string | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const rules = firedRules(s);
    if (rules.length === 0) continue;
    let actors = actorsOf(s);
    const afterDateline = s.text.slice(s.datelineEnd);
    if (BACK_REFERENCE.test(afterDateline)) {
      const central = ctx.centralActors(i);
      if (central[0] && !actors.includes(central[0])) actors = [central[0], ...actors];
    }
    const location = locationOf(s);
    if (actors.length === 0 && !location) continue;
    const next = sentences[i + 1]?.text;
    const { certainty, cue } = certaintyOf(s.text, next);
    const date = dateOf(s, ctx.publishedAt, lastDate);
    const seenTypes = new Set<EventType>();
    for (const rule of rules) {
      if (seenTypes.has(rule.type)) continue;
      seenTypes.add(rule.type);
      const ev: EventCandidate = {
        type: rule.type,
        alt_types: rule.alt,
        actors,
        location,
        date,
        certainty,
        summary: '',
        sentence: s.text,
        rule: cue ? `${rule.name}; certainty ${cue}` : rule.name,
        sentenceIndex: i,
      };
      ev.summary = summarise(ev, s);
      out.push(ev);
    }
    lastDate = date;
  }
  return mergeWithinArticle(out);
}

function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Two candidates are the same happening when types agree and their actors coincide (or, with no actors, their places). */
export function sameHappening(a: EventCandidate, b: EventCandidate): boolean {
  const typeOk = a.type === b.type;
  if (!typeOk || !datesCompatible(a.date, b.date)) return false;
  if (a.actors.length === 0 || b.actors.length === 0) return a.actors.length === b.actors.length && a.location !== null && a.location === b.location;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  const need = Math.min(2, a.actors.length, b.actors.length);
  return shared >= need;
}

function mergeWithinArticle(events: EventCandidate[]): EventCandidate[] {
  const kept: EventCandidate[] = [];
  for (const ev of events) {
    const same = kept.find((k) => sameHappening(k, ev));
    if (!same) { kept.push(ev); continue; }
    for (const a of ev.actors) if (!same.actors.includes(a)) same.actors.push(a);
    if (!same.location) same.location = ev.location;
    // The more precise date wins; certainty stays with the first (fullest) statement unless a later one denies it.
    if (ev.date.length > same.date.length && ev.date.startsWith(same.date)) same.date = ev.date;
    if (ev.certainty === 'denied' && CERTAINTY_RANK[ev.certainty] > CERTAINTY_RANK[same.certainty]) same.certainty = 'denied';
  }
  return kept;
}
