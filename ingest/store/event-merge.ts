/**
 * When is an event from a new article the same real-world happening as an
 * event already stored? The rule weighs evidence both sides carry:
 *
 * - vetoes: incompatible types; dates too far apart for their precision;
 *   figures of the same kind that disagree; different affected products
 *   ("Sora" vs "ChatGPT"); a delay vs a discontinuation; within a story,
 *   two places or day dates more than a few days apart. (Across stories
 *   places are not compared: tagged locations and a gazetteer read without
 *   the article's context too often give one site two names.)
 * - a speculative mention and a confirmed one (a rumour, then the news) are
 *   one happening when the same actor does the same type of thing to the
 *   same object, figure or place, and the rumour's own sentence states a
 *   cue of that type (not its distinct counterpart: a delay is not a
 *   closure); each mention keeps its certainty.
 * - support: shared actors, the same figure, similar wording of the
 *   evidence, the same place when an actor is unnamed.
 *
 * It returns a score (higher = more alike) or null for "different happening".
 */
import type { Certainty, EventType } from '../tag/types.ts';
import { findMoney } from '../tag/money.ts';
import { findQuantities } from '../tag/quantities.ts';
import { EVENT_RULES } from '../tag/event-rules.ts';
import { sameValue } from './figures.ts';
import { wordingSimilarity } from './wording.ts';
import { namedIn } from '../common/named-in.ts';

export { wordingSimilarity } from './wording.ts';

/** What the rule needs to know about one side (a stored event or an extracted one). */
export interface EventView {
  type: EventType;
  date: string;
  /** False when no telling stated the happening's date (the article's day stands in); absent: stated. */
  dateStated?: boolean;
  location: string | null;
  certainty: Certainty;
  /** Name of the cue rule that found it ("discontinued", "paused or delayed" ...), without the certainty note. */
  ruleName: string | null;
  actorIds: number[];
  /** Names of actorIds, in the same order (optional: names unknown). */
  actorNames?: string[];
  /** The subset of actorIds that are people (optional: none known). */
  personIds?: number[];
  /** The subset of actorIds that are products or projects (what a happening is about). */
  objectIds: number[];
  sentences: string[];
  /**
   * Day dates (YYYY-MM-DD) the evidence sentences name, read against their article's date; absent: not read (stored
   * events). "It asked on the 7th to withdraw and told the public on Monday" names both days of one happening.
   */
  daysNamed?: string[];
}

/** Pairs of types the corpus conventions treat as one happening seen two ways (extraction.md alt types). */
const COMPATIBLE_TYPES: Array<[EventType, EventType]> = [
  ['land_dispute', 'regulation'], ['energy', 'partnership'], ['buildout', 'spend_plan'], ['shutdown', 'buildout'],
  ['partnership', 'funding'], ['buildout', 'partnership'], ['energy', 'land_dispute'], ['partnership', 'spend_plan'],
];

export function compatibleTypes(t: EventType): EventType[] {
  const out = new Set<EventType>([t]);
  for (const [a, b] of COMPATIBLE_TYPES) { if (a === t) out.add(b); if (b === t) out.add(a); }
  return [...out];
}

/** Cue rules of one type that name different happenings: putting something off is not ending it. */
const DISTINCT_RULES: Array<[string, string]> = [['paused or delayed', 'discontinued']];

const RULE_NAMES = new Set(EVENT_RULES.map((r) => r.name));

/** The cue lexicon rules of the view's type that its own evidence sentences match (event-rules.ts). */
function statedCues(v: EventView): Set<string> {
  const out = new Set<string>();
  for (const r of EVENT_RULES) if (r.type === v.type && v.sentences.some((s) => r.re.test(s))) out.add(r.name);
  return out;
}

/** One side states only one cue of a distinct pair and the other only its counterpart ("delayed" vs "discontinued"). */
function distinctCues(a: Set<string>, b: Set<string>): boolean {
  return DISTINCT_RULES.some(([x, y]) => (a.has(x) && !a.has(y) && b.has(y) && !b.has(x)) || (a.has(y) && !a.has(x) && b.has(x) && !b.has(y)));
}

const DAY_MS = 86_400_000;
const MERGE_WINDOW_DAYS = 10;

/** A date of any precision as the span of days it covers. */
export function dateSpan(date: string): [number, number] {
  // Candidate selection reads hundreds of stored dates per event; the distinct dates are few.
  let span = spans.get(date);
  if (!span) {
    if (spans.size > 20_000) spans.clear();
    spans.set(date, (span = parseSpan(date)));
  }
  return span;
}
const spans = new Map<string, [number, number]>();
function parseSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined || Number.isNaN(m)) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  const t = Date.UTC(y, m - 1, d);
  return [t, t];
}

/** Day dates within the window; a month or year date overlapping the other's span (a few days' slack at month precision). */
export function datesClose(a: string, b: string): boolean {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  const slack = a0 === a1 && b0 === b1 ? MERGE_WINDOW_DAYS * DAY_MS : a.length >= 7 && b.length >= 7 ? 3 * DAY_MS : 0;
  return a0 - slack <= b1 && b0 - slack <= a1;
}

interface Figure { kind: string; value: number }

const figureCache = new Map<string, Figure[]>();
/** Money (by currency) and quantities (by kind) in a sentence; only figures of one kind are comparable. */
export function figuresOf(sentence: string): Figure[] {
  let f = figureCache.get(sentence);
  if (!f) {
    f = [
      ...findMoney(sentence).flatMap((m) => [{ kind: `money:${m.currency}`, value: m.value }, ...(m.valueMin != null ? [{ kind: `money:${m.currency}`, value: m.valueMin }] : [])]),
      ...findQuantities(sentence).flatMap((q) => [{ kind: q.kind, value: q.value }, ...(q.valueMin != null ? [{ kind: q.kind, value: q.valueMin }] : [])]),
    ];
    if (figureCache.size > 50_000) figureCache.clear();
    figureCache.set(sentence, f);
  }
  return f;
}

/**
 * Agreeing figures are one figure as the facts see it (figures.ts, sameValue): equal within the rounding the less
 * precise one claims, at most 3% apart ("about $27 billion" is "$27.3 billion"; "$27 billion" of notes is not
 * "$30 billion" of bonds).
 */
const near = sameValue;

/**
 * 'shared' when some figure of one kind agrees with the other's (rounded restatements),
 * 'conflict' when both give figures of a kind and none agree, 'none' otherwise.
 */
export function compareFigures(a: string[], b: string[]): 'shared' | 'conflict' | 'none' {
  const fa = a.flatMap(figuresOf);
  const fb = b.flatMap(figuresOf);
  const kinds = new Set(fa.map((f) => f.kind).filter((k) => fb.some((g) => g.kind === k)));
  if (kinds.size === 0) return 'none';
  for (const k of kinds) {
    if (fa.some((x) => x.kind === k && fb.some((y) => y.kind === k && near(x.value, y.value)))) return 'shared';
  }
  return 'conflict';
}

const isYearOnly = (d: string) => d.length === 4;

/**
 * Whether the view's date is the happening's own: stated in the text, and of something said to have happened. The
 * article's day standing in for an unstated date, or the day talk of what may happen was reported, says when it was
 * told, not when it happened: such a date places the telling within the merge window but never makes it another
 * happening on another day.
 */
export function ownDate(v: EventView): boolean {
  return v.dateStated !== false && v.certainty !== 'speculative';
}

/** Within one story, day dates this far apart are still one happening (relative dates read a day apart by two outlets). */
const STORY_WINDOW_DAYS = 3;

/**
 * Score for "b restates stored event a", or null when they are different happenings. `sameStory`: the stored event
 * is reported by an article of the incoming article's story (the same news), so less corroboration is needed:
 * a compatible type and no contradiction (another party, date or place, a conflicting figure) suffice.
 */
export function mergeScore(storedView: EventView, incomingView: EventView, opts: { sameStory?: boolean } = {}): number | null {
  const [stored, incoming] = withoutLoneObjects(...namedInText(...withoutBystanders(storedView, sameParties(storedView, incomingView))));
  const base = mergeScoreAcrossStories(stored, incoming);
  if (base !== null || !opts.sameStory) return base === null ? null : base + (opts.sameStory ? 3 : 0);
  return storyMergeScore(stored, incoming);
}

/**
 * The people one side names and the other does not are left out of both: outlets quote different people (a
 * spokesperson, an analyst, a resident) about one happening, and a quoted person is not another party to it.
 * People both sides name still count as shared.
 */
function withoutBystanders(a: EventView, b: EventView): [EventView, EventView] {
  const drop = (x: EventView, y: EventView): EventView => {
    const gone = new Set((x.personIds ?? []).filter((id) => !y.actorIds.includes(id)));
    return gone.size ? { ...x, actorIds: x.actorIds.filter((id) => !gone.has(id)) } : x;
  };
  return [drop(a, b), drop(b, a)];
}

/**
 * A party one side lists that the other side's evidence names in its text is a party of both: the tagger took
 * different actors from two wordings of one happening ("X won its case against Y" lists Y and the court, "a court
 * ruled for X against Y" lists X and Y).
 */
function namedInText(a: EventView, b: EventView): [EventView, EventView] {
  const add = (x: EventView, y: EventView): EventView => {
    if (!y.actorNames) return x;
    const extra = y.actorIds.filter((id, i) => !x.actorIds.includes(id) && !(y.personIds ?? []).includes(id) && mentions(x.sentences, y.actorNames![i] ?? ''));
    return extra.length ? { ...x, actorIds: [...x.actorIds, ...extra] } : x;
  };
  return [add(a, b), add(b, a)];
}

/** The name, of three letters or more, as whole words of one of the sentences. */
function mentions(sentences: string[], name: string): boolean {
  return name.length >= 3 && sentences.some((s) => namedIn(name, s));
}

/**
 * A product or project only one side names is what the happening is about, not another party to it (products that
 * differ are vetoed apart): left out of both sides' parties when counting what they share, once two or more other
 * parties are shared. With one party in common, the product one side names is what may tell two of that party's
 * happenings apart (its chatbot investigated, its joint venture cleared).
 */
function withoutLoneObjects(a: EventView, b: EventView): [EventView, EventView] {
  const sharedParties = a.actorIds.filter((id) => b.actorIds.includes(id) && !a.objectIds.includes(id) && !b.objectIds.includes(id)).length;
  if (sharedParties < 2) return [a, b];
  const drop = (x: EventView, y: EventView): EventView => {
    const lone = new Set(x.objectIds.filter((id) => !y.actorIds.includes(id)));
    return lone.size ? { ...x, actorIds: x.actorIds.filter((id) => !lone.has(id)) } : x;
  };
  return [drop(a, b), drop(b, a)];
}

const nameWords = (name: string) => name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Two names of one party: the shorter, of two words or more, ends the longer ("City-County Council" and
 * "Indianapolis City-County Council"), so one outlet named the body in full and another did not. Each side's id
 * for such a party is read as the other's.
 */
function sameParties(a: EventView, b: EventView): EventView {
  if (!a.actorNames || !b.actorNames) return b;
  let ids: number[] | null = null;
  b.actorIds.forEach((id, i) => {
    if (a.actorIds.includes(id)) return;
    const mine = nameWords(b.actorNames![i] ?? '');
    const j = a.actorIds.findIndex((other, k) => {
      if (b.actorIds.includes(other)) return false;
      const theirs = nameWords(a.actorNames![k] ?? '');
      const [short, long] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
      return short.length >= 2 && short.length < long.length && long.slice(long.length - short.length).join(' ') === short.join(' ');
    });
    if (j >= 0) (ids ??= [...b.actorIds])[i] = a.actorIds[j]!;
  });
  if (!ids) return b;
  const renamed = new Map(b.actorIds.map((id, i) => [id, ids![i]!]));
  const map = (list: number[] | undefined) => list?.map((id) => renamed.get(id) ?? id);
  return { ...b, actorIds: ids, personIds: map(b.personIds), objectIds: map(b.objectIds)! };
}

/** A trained model's rule names carry the model first ("events-lr@1 discontinued"): compare the cues. */
const cue = (name: string | null) => name?.replace(/^\S+@\d+ /, '') ?? null;

/** Each cue rule's own type and the second types it allows (event-rules.ts `alt`, the corpus conventions' alt types). */
const CUE_TYPES = new Map<string, Set<EventType>>();
for (const r of EVENT_RULES) CUE_TYPES.set(r.name, new Set([...(CUE_TYPES.get(r.name) ?? []), r.type, ...r.alt]));

/**
 * Two types are one happening seen two ways (compatibleTypes) only as a cue allows: "invested $2bn in" reads as
 * funding or partnership, "priced $2bn of notes" only as funding, "signed a deal with" only as a partnership. When
 * both mentions name their cue and neither cue allows the other's type, they tell two happenings (a company's
 * contract with a customer and the share sale it paid for).
 */
export function cuesApart(a: EventView, b: EventView): boolean {
  if (a.type === b.type) return false;
  const ta = CUE_TYPES.get(cue(a.ruleName) ?? ''), tb = CUE_TYPES.get(cue(b.ruleName) ?? '');
  return !!ta && !!tb && !ta.has(b.type) && !tb.has(a.type);
}

/**
 * Two day dates that differ, and two mentions that say different things: another type (a deal, then the raise it
 * paid for) or another cue of one type (a developer withdrew its application, the board then voted it down). One
 * actor doing two things on two days is two happenings (interface.md: never merge two happenings of one type by one
 * actor that differ in date). Day dates a few days apart stay one happening when the two say the same thing: two
 * outlets read a relative date a day apart.
 */
export function saysOtherThingOnOtherDay(a: EventView, b: EventView): boolean {
  if (a.date.length !== 10 || b.date.length !== 10 || a.date === b.date || !ownDate(a) || !ownDate(b)) return false;
  if (a.type !== b.type) return true;
  const [ca, cb] = [cue(a.ruleName), cue(b.ruleName)];
  return !!ca && !!cb && ca !== cb && RULE_NAMES.has(ca) && RULE_NAMES.has(cb);
}

/**
 * What both rules (within a story, across stories) weigh the same way: the vetoes that make two mentions two
 * happenings, and the comparison of their figures. Null: different happenings.
 */
function commonEvidence(stored: EventView, incoming: EventView): { sameType: boolean; figures: 'shared' | 'none'; certaintyDiffers: boolean } | null {
  const sameType = stored.type === incoming.type;
  if (!compatibleTypes(stored.type).includes(incoming.type)) return null;
  if (!datesClose(stored.date, incoming.date)) return null;
  const [sc, ic] = [cue(stored.ruleName), cue(incoming.ruleName)];
  if (sameType && sc && ic && sc !== ic
    && DISTINCT_RULES.some(([x, y]) => (x === sc && y === ic) || (y === sc && x === ic))) return null;
  if (stored.objectIds.length && incoming.objectIds.length && !stored.objectIds.some((o) => incoming.objectIds.includes(o))) return null;
  if (saysOtherThingOnOtherDay(stored, incoming) || cuesApart(stored, incoming)) return null;
  const figures = compareFigures(stored.sentences, incoming.sentences);
  if (figures === 'conflict') return null;
  // A rumour and its confirmation (or denial) are one happening told with two certainties; each mention keeps its own.
  const spec = (c: Certainty) => c === 'speculative';
  const certaintyDiffers = spec(stored.certainty) !== spec(incoming.certainty) && sc !== ic;
  return { sameType, figures, certaintyDiffers };
}

/**
 * Talk of what may happen joins the confirmed happening only when it is plainly the same thing: the same type,
 * a shared actor, and the same object (product, project), figure or place. "X may close its video app" and
 * "X closed its video app"; not "X may build in Ohio" and "X opened a site".
 */
function certaintyBridged(stored: EventView, incoming: EventView, sameType: boolean, figures: 'shared' | 'none', shared: number): boolean {
  if (!sameType || shared === 0) return false;
  // The news follows its rumour within days; talks reported a month before a deal are a stage of their own.
  if (stored.date.length !== 10 || incoming.date.length !== 10) return false;
  if (Math.abs(dateSpan(stored.date)[0] - dateSpan(incoming.date)[0]) / DAY_MS > STORY_WINDOW_DAYS) return false;
  const sameObject = stored.objectIds.some((o) => incoming.objectIds.includes(o));
  const samePlace = stored.location !== null && stored.location === incoming.location;
  if (!(sameObject || figures === 'shared' || samePlace)) return false;
  // The talk itself must name the action: a type the model guessed from a sentence with no cue of it ("appears to be
  // holding back" a product: a delay, perhaps) is too weak to be the closure another outlet confirms. Gold keeps such
  // talk its own happening even when it is about the same product on the same day.
  const talk = stored.certainty === 'speculative' ? stored : incoming;
  const other = talk === stored ? incoming : stored;
  const talkCues = statedCues(talk);
  if (talkCues.size === 0) return false;
  const otherCues = statedCues(other);
  const named = cue(other.ruleName);
  if (named && RULE_NAMES.has(named)) otherCues.add(named);
  return !distinctCues(talkCues, otherCues);
}

/**
 * Two stated day dates of happenings more than STORY_WINDOW_DAYS apart: two happenings, unless one telling names the
 * other's day too (the day a thing was done and the day it was made public, told in one sentence).
 */
function onOtherDays(a: EventView, b: EventView): boolean {
  if (a.date.length !== 10 || b.date.length !== 10 || !ownDate(a) || !ownDate(b)) return false;
  if (Math.abs(dateSpan(a.date)[0] - dateSpan(b.date)[0]) / DAY_MS <= STORY_WINDOW_DAYS) return false;
  return !(a.daysNamed?.includes(b.date) || b.daysNamed?.includes(a.date));
}

function storyMergeScore(stored: EventView, incoming: EventView): number | null {
  const common = commonEvidence(stored, incoming);
  if (!common) return null;
  const { sameType, figures, certaintyDiffers } = common;
  const [a0] = dateSpan(stored.date);
  const [b0] = dateSpan(incoming.date);
  const dayGap = Math.abs(a0 - b0) / DAY_MS;
  // One actor doing one kind of thing on two dates or in two places is two happenings (two votes months apart).
  if (onOtherDays(stored, incoming)) return null;
  if (stored.location && incoming.location && stored.location !== incoming.location) return null;
  const shared = stored.actorIds.filter((id) => incoming.actorIds.includes(id)).length;
  if (certaintyDiffers && !certaintyBridged(stored, incoming, sameType, figures, shared)) return null;
  const coverage = shared / Math.max(1, Math.min(stored.actorIds.length, incoming.actorIds.length));
  const similarity = wordingSimilarity(stored.sentences, incoming.sentences);
  let ok: boolean;
  // Each side names a party the other lacks (Nvidia with one buyer, Nvidia with another): other deals, unless a figure agrees.
  // (A product only one side names is what the happening is about, not another party: products that differ are vetoed above.)
  const onlyStored = stored.actorIds.some((id) => !incoming.actorIds.includes(id) && !stored.objectIds.includes(id));
  const onlyIncoming = incoming.actorIds.some((id) => !stored.actorIds.includes(id) && !incoming.objectIds.includes(id));
  if (shared > 0) ok = (sameType || coverage === 1) && (!(onlyStored && onlyIncoming) || figures === 'shared');
  else if (stored.actorIds.length === 0 || incoming.actorIds.length === 0) ok = sameType && (figures === 'shared' || similarity >= 0.2 || stored.location === incoming.location);
  else ok = sameType && (figures === 'shared' || similarity >= 0.25);
  if (!ok) return null;
  return 3 + shared * 10 + (sameType ? 5 : 0) + (figures === 'shared' ? 5 : 0) + similarity * 10 + (stored.ruleName === incoming.ruleName ? 2 : 0) - dayGap / 100;
}

function mergeScoreAcrossStories(stored: EventView, incoming: EventView): number | null {
  const common = commonEvidence(stored, incoming);
  if (!common) return null;
  const { sameType, figures, certaintyDiffers } = common;

  const shared = stored.actorIds.filter((id) => incoming.actorIds.includes(id)).length;
  const similarity = wordingSimilarity(stored.sentences, incoming.sentences);
  if (certaintyDiffers && !certaintyBridged(stored, incoming, sameType, figures, shared)) return null;
  const sameFigure = figures === 'shared';
  // Two stated day dates a week apart ("on Tuesday" in each) are two happenings whatever the stories: outlets that
  // read one relative date differently are a day or two apart (STORY_WINDOW_DAYS), and the wider window is for dates
  // that are the telling's, not the happening's (ownDate). A figure both give still says one happening.
  if (!sameFigure && onOtherDays(stored, incoming)) return null;
  const samePlace = stored.location !== null && stored.location === incoming.location;
  // Beyond the actors, something specific must agree: a figure, the wording, or the place.
  const corroborated = sameFigure || similarity >= 0.3;

  let ok: boolean;
  if (shared > 0) {
    const coverage = shared / Math.min(stored.actorIds.length, incoming.actorIds.length);
    // A second type is a second reading of the same happening only with strong agreement.
    ok = sameType || (coverage === 1 && (shared >= 2 || corroborated));
    // Each side names a party the other lacks (Nvidia with one buyer, Nvidia with another): other counterparties,
    // unless a figure agrees (wording alone is not enough: "X signed a deal with Y" reads alike for any Y).
    if (coverage < 1) ok &&= sameFigure;
    if (isYearOnly(stored.date) || isYearOnly(incoming.date)) ok &&= corroborated;
    // A year says too little to read one happening two ways ("CoreWeave's March deal" is not "its capex cut this year").
    if (!sameType && (isYearOnly(stored.date) || isYearOnly(incoming.date))) ok = false;
  } else if (stored.actorIds.length === 0 || incoming.actorIds.length === 0) {
    // An unnamed party ("an AI firm") in the same place with the same figure or wording, or the same specific cue
    // on the same date ("Singapore stopped approving data centres in 2019", told by a second outlet that names the agency).
    const sameCue = !!stored.ruleName && cue(stored.ruleName) === cue(incoming.ruleName) && RULE_NAMES.has(cue(stored.ruleName)!);
    ok = sameType && samePlace && (corroborated || (stored.actorIds.length === 0 && incoming.actorIds.length === 0)
      || (sameCue && stored.date === incoming.date));
  } else {
    // Different names for the same party ("the Trump administration", "the Commerce Department"): the text must say the same thing.
    ok = sameType && stored.ruleName === incoming.ruleName && ((sameFigure && similarity >= 0.15) || similarity >= 0.3);
  }
  if (!ok) return null;

  const [a0] = dateSpan(stored.date);
  const [b0] = dateSpan(incoming.date);
  return shared * 10 + (sameType ? 5 : 0) + (sameFigure ? 5 : 0) + similarity * 10 + (samePlace ? 2 : 0)
    + (stored.ruleName === incoming.ruleName ? 2 : 0) - Math.abs(a0 - b0) / DAY_MS / 100;
}

/** The rule name stored with an event, without its certainty note ("agreement; certainty hedge: ..."). */
export function ruleNameOf(rule: string | null | undefined): string | null {
  return rule ? rule.split(';')[0]!.trim() || null : null;
}
