/**
 * Events from sentences: cue rules pick the type, entities in the sentence
 * give actors and location, date expressions the date, hedges the certainty.
 * Repeats of the same happening inside one article are merged.
 */
import type { Certainty, EventType, ExtractedEvent } from './types.ts';
import { EVENT_RULES, SUPPRESSES, type EventRule } from './event-rules.ts';
import { BACK_REFERENCE_ANYWHERE, PAIR_REFERENCE, isActorType, isOutlet, type SentenceInfo } from './context.ts';
import { certaintyOf } from './certainty.ts';
import { articleDay } from './dates.ts';
import { summarise } from './summary.ts';

export interface EventCandidate extends ExtractedEvent {
  alt_types: EventType[];
  sentenceIndex: number;
  /** False when the sentence gave no date and the article's date stands in. */
  dateExplicit: boolean;
}

/** Pronoun-like subjects that point back to the article's main actor. */
const BACK_REFERENCE = /^(?:(?:Late |Then |Separately, |Meanwhile, |Earlier, )?(?:on \w+,? )?)(?:it|they|the company|the firm|the group|the startup|the lab|the developer|the maker|the chipmaker|the software maker|the \w+ maker|the \w+ company|the \w+-listed [\w ]+ company|the two companies|the partners)\b/i;

const CERTAINTY_RANK: Record<Certainty, number> = { confirmed: 0, reported: 1, speculative: 2, denied: 3 };

/** Headings and list items ("A sudden shutdown of ChatGPT") state no happening. */
function isFragment(text: string): boolean {
  return !/[.!?;:"”’)]$/.test(text) && text.split(/\s+/).length < 8;
}

function firedRules(s: SentenceInfo): EventRule[] {
  if (isFragment(s.text)) return [];
  const fired = EVENT_RULES.filter((r) => {
    r.re.lastIndex = 0;
    const m = r.re.exec(s.text);
    return m !== null && (!r.requires || r.requires(s, m));
  });
  const types = new Set(fired.map((r) => r.type));
  return fired.filter((r) =>
    !SUPPRESSES.some(([winner, loser]) => loser === r.type && types.has(winner))
    && !(r.yieldsTo ?? []).some((t) => types.has(t)));
}

/** The verb-side actors of the sentence: orgs, products and projects, outlets left out when they only report. */
function actorsOf(s: SentenceInfo): string[] {
  const names: string[] = [];
  // Organisations lead; the products and projects they act on follow ("OpenAI", "Sora").
  const ordered = [...s.mentions].sort((a, b) => Number(a.type !== 'org') - Number(b.type !== 'org') || a.start - b.start);
  for (const m of ordered) {
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

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The event's date and whether the text gave it (undated sentences take the article's date). */
function dateOf(s: SentenceInfo, publishedAt: string, previous: string | null, cueAt: number): { date: string; explicit: boolean } {
  if (/\b(?:the same day|that day)\b/i.test(s.text) && previous) return { date: previous, explicit: true };
  // "four days after <the happening just described>": counted back from that happening's day.
  const rel = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days (after|before)\b/i.exec(s.text);
  if (rel && previous && /^\d{4}-\d\d-\d\d$/.test(previous)) {
    const n = Number(rel[1]) || NUMBER_WORDS[rel[1]!.toLowerCase()]!;
    const d = new Date(`${previous}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (rel[2]!.toLowerCase() === 'after' ? -n : n));
    return { date: d.toISOString().slice(0, 10), explicit: true };
  }
  // Several dates: the one nearest the cue ("Tuesday's vote followed a December meeting at which people spoke against").
  const points = s.dates.filter((d) => d.role === 'point');
  const point = points.length <= 1 ? points[0] : [...points].sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
  return point ? { date: point.value, explicit: true } : { date: articleDay(publishedAt), explicit: false };
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
    if (BACK_REFERENCE.test(afterDateline) || (!actors.some((a) => s.mentions.some((m) => m.name === a && m.type === 'org')) && BACK_REFERENCE_ANYWHERE.test(afterDateline))) {
      const central = ctx.centralActors(i);
      const take = PAIR_REFERENCE.test(afterDateline) ? 2 : 1;
      actors = [...new Set([...central.slice(0, take), ...actors])];
    }
    const location = locationOf(s);
    if (actors.length === 0 && !location) continue;
    const next = sentences[i + 1]?.text;
    const { certainty, cue } = certaintyOf(s.text, next);
    const seenTypes = new Set<EventType>();
    for (const rule of rules) {
      if (seenTypes.has(rule.type)) continue;
      seenTypes.add(rule.type);
      rule.re.lastIndex = 0;
      const cueAt = rule.re.exec(s.text)?.index ?? 0;
      const { date, explicit } = dateOf(s, ctx.publishedAt, lastDate, cueAt);
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
        dateExplicit: explicit,
      };
      ev.summary = summarise(ev, s);
      out.push(ev);
      if (explicit) lastDate = date;
    }
  }
  return mergeWithinArticle(out);
}

function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Inside one article, a later candidate restates an earlier event when the
 * types agree (or the later type is the earlier one's alternative), the
 * dates agree (an undated restatement agrees with any date), and one actor
 * set contains the other with at least half in common.
 */
export function sameHappening(a: EventCandidate, b: EventCandidate): boolean {
  const typeOk = a.type === b.type || (!b.dateExplicit && a.alt_types.includes(b.type));
  if (!typeOk) return false;
  if (a.dateExplicit && b.dateExplicit && !datesCompatible(a.date, b.date)) return false;
  if (a.actors.length === 0 || b.actors.length === 0) return a.actors.length === b.actors.length && a.location !== null && a.location === b.location;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  if (shared !== Math.min(a.actors.length, b.actors.length)) return false;
  // An undated restatement may name just one of the parties; two dated mentions must share at least half.
  return !b.dateExplicit || shared * 2 >= Math.max(a.actors.length, b.actors.length);
}

function mergeWithinArticle(events: EventCandidate[]): EventCandidate[] {
  const kept: EventCandidate[] = [];
  for (const ev of events) {
    const same = kept.find((k) => sameHappening(k, ev));
    if (!same) { kept.push(ev); continue; }
    for (const a of ev.actors) if (!same.actors.includes(a)) same.actors.push(a);
    if (!same.location) same.location = ev.location;
    // The more precise date wins; certainty stays with the first (fullest) statement unless a later one denies it.
    if ((ev.dateExplicit && !same.dateExplicit) || (ev.date.length > same.date.length && ev.date.startsWith(same.date))) { same.date = ev.date; same.dateExplicit = ev.dateExplicit || same.dateExplicit; }
    if (ev.certainty === 'denied' && CERTAINTY_RANK[ev.certainty] > CERTAINTY_RANK[same.certainty]) same.certainty = 'denied';
  }
  return kept;
}
