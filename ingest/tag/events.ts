/**
 * Events from sentences: cue rules pick the type, entities in the sentence
 * give actors and location, date expressions the date, hedges the certainty.
 * Repeats of the same happening inside one article are merged.
 */
import type { Certainty, EventType, ExtractedEvent } from './types.ts';
import { EVENT_RULES, SUPPRESSES, type EventRule } from './event-rules.ts';
import { articleTypePrior, classifySentence, modelTag, poweredPrior, scoreSentence, type EventModel } from './event-model.ts';
import { articleFeatures, lexiconEntry, matchedRules } from './event-features.ts';
import { BACK_REFERENCE_ANYWHERE, PAIR_REFERENCE, isActorType, isAdjectival, isOutlet, publicBodyReferred, type SentenceInfo } from './context.ts';
import { certaintyOf } from './certainty.ts';
import { unstatedReason } from './unstated.ts';
import { articleDay } from './dates.ts';
import { DateCarrier, dateAhead, dateOf, daysNamedIn, isRecalledDate, leadDayOf, newsDayOf, saidEarlierOf } from './event-dates.ts';
import { summarise } from './summary.ts';
import { lookupPlaces } from '../places/index.ts';
import { keepFeatures, keepProbability, type StageOneEvidence } from './event-keep.ts';
import { orgKind } from './actor-kinds.ts';
import { ruleReading } from './attribute-amounts.ts';

export interface EventCandidate extends ExtractedEvent {
  alt_types: EventType[];
  sentenceIndex: number;
  /** False when the sentence gave no date and the article's date stands in. */
  dateExplicit: boolean;
  /** Which reading gave the date (dateOf's `why`, or the restatement it was merged from): for diagnostics. */
  dateWhy: string;
  /** What the first stage said of this telling (the second stage reads it). */
  evidence?: StageOneEvidence;
}

/** Pronoun-like subjects that point back to the article's main actor. */
const BACK_REFERENCE = /^(?:(?:Late |Then |Separately, |Meanwhile, |Earlier, )?(?:on \w+,? )?)(?:(?:In|On|By|Earlier|Later|Last|This|Since)\b[\w ]{0,20}?\d{0,4},? )?(?:it|they|the company|the firm|the group|the startup|the lab|the developer|the operator|the maker|the chipmaker|the software maker|the \w+ maker|the \w+ company|the \w+-listed [\w ]+ company|the two companies|the partners)\b/i;

const CERTAINTY_RANK: Record<Certainty, number> = { confirmed: 0, reported: 1, speculative: 2, denied: 3 };

/** Headings and list items ("A sudden shutdown of ChatGPT") state no happening. */
function isFragment(text: string): boolean {
  return !/[.!?;:"”’)]$/.test(text) && text.split(/\s+/).length < 8;
}

/** Advice and conditions ("Watch whether it lands a second customer") describe no happening. */
const HYPOTHETICAL = /^(?:Watch (?:whether|for|if)|Look for|Keep an eye on|Ask whether|Imagine|Suppose|If you)\b/i;

/** Captions and credits ("Photo: ...", "— Caption: ...") describe a picture, not a happening. */
const CAPTION = /^[\s—–-]*(?:photo|caption|image|picture|pictured|video|graphic|chart|illustration)s?\b[^:.]{0,30}:/i;

/** The cue patterns that fire on a sentence, after the patterns' own precedence (SUPPRESSES, yieldsTo). */
function firedRules(fired: EventRule[]): EventRule[] {
  const types = new Set(fired.map((r) => r.type));
  return fired.filter((r) => !SUPPRESSES.some(([winner, loser]) => loser === r.type && types.has(winner)) && !(r.yieldsTo ?? []).some((t) => types.has(t)));
}

/**
 * The alternative types the contract's conventions allow (extraction.md): moratoria are land_dispute or
 * regulation, enforcement regulation or legal, PPAs energy or partnership, stakes funding or partnership,
 * capex plans and builds each other's. Used only to merge restatements within an article.
 */
const ALT_TYPES: Partial<Record<EventType, EventType[]>> = {
  land_dispute: ['regulation'], regulation: ['land_dispute', 'legal'], legal: ['regulation'],
  energy: ['partnership'], funding: ['partnership'], spend_plan: ['buildout'], buildout: ['spend_plan'],
};

/** A court or a suit in the sentence: a government body in it may be a party to a case rather than deciding. */
const COURT_OR_SUIT = /\b(?:court|judge|justice|tribunal|lawsuit|suit|sued|sues|suing|appeal(?:s|ed)?|plaintiffs?|defendants?)\b/i;

/**
 * A government body opening the sentence acts on others by its powers: what it fines, orders or blocks is a
 * regulation, not a funding or a price (a fine's money, as the amount reader reads the figure: a grant or a loan the
 * body gives stays a funding) nor a legal happening (the order's words), when no court or suit is in the sentence.
 */
function actedByGovernment(s: SentenceInfo, out: Decision[]): Decision[] {
  // Cheap tests first: this runs for every clause the model decides on, and reading a figure is the dear part.
  if (!out.some((d) => d.type === 'legal' || d.type === 'funding' || d.type === 'pricing')) return out;
  const subject = s.mentions.find((m) => m.start >= s.datelineEnd && (m.type === 'org' || m.type === 'person'));
  if (!subject || subject.type !== 'org' || orgKind(subject.name) !== 'government' || COURT_OR_SUIT.test(s.text)) return out;
  const penalty = s.money.some((m) => !m.conversion && ruleReading(s, m).category === 'penalty');
  const retype = (t: EventType) => t === 'legal' || ((t === 'funding' || t === 'pricing') && penalty);
  if (!out.some((d) => retype(d.type))) return out;
  const retyped = out.map((d) => (retype(d.type) ? { ...d, type: 'regulation' as const, alt: ALT_TYPES.regulation ?? [], name: `${d.name}; a government body acts` } : d));
  return retyped.filter((d, k) => retyped.findIndex((e) => e.type === d.type) === k);
}

/** What the refusal of a build is told as (a halt ordered or made is a shutdown). */
const REFUSAL_TYPES: EventType[] = ['land_dispute', 'regulation', 'legal', 'shutdown'];

/** A type the classifier gave a sentence, with where its cue sits (the nearest date governs it). */
interface Decision { type: EventType; alt: EventType[]; name: string; cueAt: number; evidence: StageOneEvidence }

/** Where the type's cue sits: a cue pattern of the type, else a cue-lexicon word, else the start. */
function cueOf(type: EventType, s: SentenceInfo, model: EventModel): number {
  for (const r of EVENT_RULES) {
    if (r.type !== type) continue;
    r.re.lastIndex = 0;
    const m = r.re.exec(s.text);
    if (m) return m.index;
  }
  const lower = s.text.toLowerCase();
  let best = -1;
  for (const prefix of cuePrefixes(model, type)) {
    const at = lower.indexOf(prefix);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return Math.max(0, best);
}

/** Per model and type, the stems cueOf looks for: the type's cue-lexicon words of four letters or more, less their last two. */
const cuePrefixCache = new WeakMap<EventModel, Map<EventType, string[]>>();
function cuePrefixes(model: EventModel, type: EventType): string[] {
  let byType = cuePrefixCache.get(model);
  if (!byType) cuePrefixCache.set(model, (byType = new Map()));
  let prefixes = byType.get(type);
  if (!prefixes) {
    prefixes = [];
    for (const [word, types] of Object.entries(model.lexicon)) if (types.some((e) => lexiconEntry(e).type === type) && word.length >= 4) prefixes.push(word.slice(0, Math.max(4, word.length - 2)));
    byType.set(type, prefixes);
  }
  return prefixes;
}

/**
 * One article as the first stage reads it: its article-level features and type distribution, and what it decided of
 * each sentence and clause. Made per article by eventCandidates and never shared, so nothing read of one article
 * lives on into the next, or into another read in between.
 */
class ArticleReader {
  /** The article-level features (articleFeatures). */
  readonly context: string[];
  /** The article's type distribution (articleTypePrior); undefined when the model reads none. */
  readonly prior: number[] | undefined;
  /** The same raised to the model's articlePrior power, as classifySentence re-weighs a sentence's types by it. */
  private readonly powered: number[] | undefined;
  /**
   * Decisions per sentence index and clause text: clause splitting asks about the same clauses again. By index in an
   * array, then by text: building a joined key cost more than the lookup.
   */
  private readonly decided: Array<Map<string, Decision[]> | undefined> = [];
  /**
   * Per sentence index, the whole sentence read there, its cue patterns (the article features and the decisions
   * share them) and the model's scores of it (read once for the prior and again by decide). Arrays by index, each
   * answer checked against the sentence it was read of (a clause shares its sentence's index but not its reading),
   * rather than Maps keyed by the sentence objects.
   */
  private readonly wholeAt: SentenceInfo[] = [];
  private readonly matchedAt: EventRule[][] = [];
  private readonly scoresAt: Array<ReturnType<typeof scoreSentence> | undefined> = [];

  constructor(readonly model: EventModel, sentences: SentenceInfo[]) {
    this.context = articleFeatures(sentences, (s) => this.matchedOnce(s));
    if (model.settings.articlePrior) {
      const scores: Array<ReturnType<typeof scoreSentence>> = [];
      for (const s of sentences) {
        const scored = scoreSentence(model, s, this.matchedOnce(s), this.context);
        this.scoresAt[s.index] = scored;
        scores.push(scored);
      }
      this.prior = articleTypePrior(model, scores);
      this.powered = poweredPrior(model, this.prior);
    }
  }

  private matchedOnce(s: SentenceInfo): EventRule[] {
    if (this.wholeAt[s.index] === s) return this.matchedAt[s.index]!;
    const m = matchedRules(s);
    this.wholeAt[s.index] = s;
    this.matchedAt[s.index] = m;
    this.scoresAt[s.index] = undefined;
    return m;
  }

  decide(s: SentenceInfo): Decision[] {
    const model = this.model;
    if (isFragment(s.text) || HYPOTHETICAL.test(s.text.slice(s.datelineEnd)) || CAPTION.test(s.text)) return [];
    let bySentence = this.decided[s.index];
    if (!bySentence) this.decided[s.index] = bySentence = new Map();
    const known = bySentence.get(s.text);
    if (known) return known;
    const whole = this.wholeAt[s.index] === s;
    const matched = whole ? this.matchedAt[s.index]! : matchedRules(s);
    // A whole sentence was scored for the article prior already; a clause is scored here (the default argument).
    const verdict = classifySentence(model, s, matched, this.context, this.powered, whole ? this.scoresAt[s.index] : undefined);
    const fired = firedRules(matched);
    // The stored rule names the model, then the general cue pattern of the type that fired, if any, so stored
    // events keep telling cues apart when merging ("paused or delayed" vs "discontinued").
    let out: Decision[] = verdict.decisions.map((d, k) => {
      const cue = fired.find((r) => r.type === d.type);
      const evidence: StageOneEvidence = { event: verdict.event, typeP: verdict.typeProbability(d.type), rank: k === 0 ? 0 : 1, clause: false };
      return { type: d.type, alt: ALT_TYPES[d.type] ?? [], name: `${modelTag(model)} ${cue?.name ?? d.type}; p=${d.p.toFixed(2)}`, cueAt: cueOf(d.type, s, model), evidence };
    });
    // Below the detector's threshold, a general cue pattern can still carry the sentence, if the detector does not rule it out.
    if (out.length === 0 && verdict.event >= model.settings.ruleFloor) {
      const rule = [...fired].sort((a, b) => verdict.typeProbability(b.type) - verdict.typeProbability(a.type))[0];
      if (rule) {
        rule.re.lastIndex = 0;
        const evidence: StageOneEvidence = { event: verdict.event, typeP: verdict.typeProbability(rule.type), rank: 2, clause: false };
        out = [{ type: rule.type, alt: rule.alt, name: `${modelTag(model)} ${rule.name}; cue pattern, detector p=${verdict.event.toFixed(2)}`, cueAt: rule.re.exec(s.text)?.index ?? 0, evidence }];
      }
    }
    // A cue inside an argument, a demand, a counterfactual or a defeated deal names a happening the sentence does not state.
    const reasons = out.map((d) => unstatedReason(s.text, d.type, d.cueAt, model.verbClasses));
    const refused = out.find((_, k) => reasons[k]?.startsWith('refused'));
    out = out.filter((_, k) => reasons[k] === null);
    // A refused build tells the refusal: a siting fight, a regulator's or a court's decision, whichever the model leans to.
    if (refused && out.length === 0) {
      const type = REFUSAL_TYPES.reduce((a, b) => (verdict.typeProbability(b) > verdict.typeProbability(a) ? b : a));
      // The type head's sureness of the refused build carries over: it read the sentence as about that build.
      const evidence: StageOneEvidence = { ...refused.evidence };
      out = [{ type, alt: ALT_TYPES[type] ?? [], name: `${modelTag(model)} ${type}; refused build, p=${verdict.event.toFixed(2)}`, cueAt: 0, evidence }];
    }
    out = actedByGovernment(s, out);
    bySentence.set(s.text, out);
    return out;
  }

  /** A clause can stand as its own happening when a cue fires in it and it names its own actor. */
  private standsAlone(c: SentenceInfo): boolean {
    return this.decide(c).length > 0 && actorsOf(c).length > 0;
  }

  /**
   * Two happenings in one sentence ("X expects to spend $600 billion, while Y
   * estimates that A and B will spend $630 billion") are split at a clause
   * boundary when each side stands alone; otherwise the sentence is one unit.
   */
  clausesOf(s: SentenceInfo): SentenceInfo[] {
    CLAUSE_BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE_BOUNDARY.exec(s.text))) {
      const left = clauseOf(s, 0, m.index);
      const right = clauseOf(s, m.index + m[0].length, s.text.length);
      if (this.standsAlone(left) && this.standsAlone(right)) {
        // The right side may split again; offsets of its parts stay relative to themselves.
        return [left, ...this.clausesOf({ ...right, index: s.index })];
      }
    }
    return [s];
  }
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
    // "the Nasdaq-listed company", "Amazon-backed": a name used as an adjective describes, it does not act.
    if (isAdjectival(s.text, m.end) && /^-(?:listed|based|backed|owned|headquartered|registered)\b/i.test(s.text.slice(m.end))) continue;
    if (!names.includes(m.name)) names.push(m.name);
  }
  // People act too (a governor signs, a plaintiff sues): after the organisations, so they never lead.
  for (const m of s.mentions) if (m.type === 'person' && m.start >= s.datelineEnd && !names.includes(m.name)) names.push(m.name);
  return names.slice(0, 6);
}

function locationOf(s: SentenceInfo): string | null {
  // "Amsterdam-based", "London-listed": where a company is from, not where the happening is.
  const places = s.mentions.filter((m) => m.type === 'place' && m.start >= s.datelineEnd && !isAdjectival(s.text, m.end));
  return places[0]?.name ?? null;
}

/** A short opener before the subject: "In 2019, ", "On Monday, ", "Last year, ". */
const OPENER = /^(?:(?:In|On|By|Since|Last|This|Earlier|Later)\b[^,]{0,25},\s+)?/;

/** The clause opens with a place as its subject ("Singapore paused ...", "In 2021, Frankfurt halted ..."), not as a modifier ("The Nevada campus") or possessor. */
function placeActs(s: SentenceInfo): boolean {
  const text = s.text.slice(s.datelineEnd);
  const start = s.datelineEnd + (OPENER.exec(text)?.[0].length ?? 0);
  const first = s.mentions.find((m) => m.start >= start);
  return !!first && first.type === 'place' && first.start === start && /^\s+\p{Ll}/u.test(s.text.slice(first.end));
}

/**
 * "the College Station City Council", "Loudoun County Board of Supervisors", "the Johor State Government": a public
 * body acting is named after its place. The place is taken when the gazetteer of places or the article knows it, or
 * when the body's own word says it is a town's ("the Ashby Falls Select Board", "the Kelso Town Council").
 */
function placeOfBody(actors: string[], articlePlaces: ReadonlySet<string>): string | null {
  for (const name of actors) {
    const body = LOCAL_BODY.exec(name);
    if (!body) continue;
    const place = body[1]!;
    const townsBody = !!body[2] || /Select\s?[Bb]oard\b/.test(name);
    if (articlePlaces.has(place) || townsBody || lookupPlaces(place).length > 0) return place;
  }
  return null;
}

/** A public body's name: its place, then (group 2) a word that makes it a town's or county's, then what kind of body it is. */
const LOCAL_BODY = /^((?:[A-Z][\w.'’-]*\s+){0,3}?(?:[A-Z][\w.'’-]*(?:\s+(?:County|Parish|Township))?))\s+(?:(City|Town|Village|County|Township|Parish|Borough|Municipal|Shire|City-County)|State|Provincial|Regional|District)?\s*(?:Council|Board|Commission|Planning|Zoning|Supervisors|Commissioners|Selectboard|Select Board|Legislature|Assembly|Government|Executive Council)\b/;

export interface EventContext {
  publishedAt: string;
  /** Main actors of the article so far, most mentioned first: what "the company" refers to. */
  centralActors(beforeSentence: number): string[];
  /** The trained classifier that decides which sentences tell a happening, and of what type. */
  model: EventModel;
  /** Names in the headline (the second stage reads whether an event's actor is one). */
  headlineNames?: ReadonlySet<string>;
  /** The organisation the article's sentences name most (ArticleReading.mostNamedOrg), null for none: the second stage reads whether an event's actor is it. */
  mainActor: string | null;
}

/** Where one clause ends and another with its own subject may begin: ", while", "; ", "whereas", ", and X said". */
const CLAUSE_BOUNDARY = /,\s+while\s+|;\s+|,?\s+whereas\s+|,\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){1,4}(?:said|says|announced|added|estimates?|expects?)\b)/g;

/** The items lying in [start, end), re-based to start. */
function within<T extends { start: number; end: number }>(xs: T[], start: number, end: number): T[] {
  return xs.filter((x) => x.start >= start && x.end <= end).map((x) => ({ ...x, start: x.start - start, end: x.end - start }));
}

/** The part of a sentence from start to end, with its mentions, figures and dates re-based. */
function clauseOf(s: SentenceInfo, start: number, end: number): SentenceInfo {
  return {
    ...s,
    text: s.text.slice(start, end),
    mentions: within(s.mentions, start, end), dates: within(s.dates, start, end), money: within(s.money, start, end), quantities: within(s.quantities, start, end),
    datelineEnd: Math.max(0, s.datelineEnd - start),
  };
}

/** "signed agreements with Nvidia, AMD and AWS": separate deals, one per counterparty. */
const PLURAL_DEALS = /\b(?:signed|struck|inked|reached|announced|unveiled|agreed)\s+(?:\w+\s+){0,2}(?:agreements|deals|contracts|partnerships) with\b(?!\s+(?:companies|firms|partners)\b)/i;

function splitByCounterparty(actors: string[], s: SentenceInfo): string[][] {
  const m = PLURAL_DEALS.exec(s.text);
  if (!m) return [actors];
  const after = m.index + m[0].length;
  const counterparties = [...new Set(s.mentions.filter((x) => x.type === 'org' && x.start >= after && actors.includes(x.name)).map((x) => x.name))];
  const lead = actors.find((a) => !counterparties.includes(a));
  if (counterparties.length < 2 || !lead) return [actors];
  return counterparties.map((c) => [lead, c]);
}

/** "a site in Norway ... and a campus in Abu Dhabi": one build per place. */
const SITE_IN = /\b(?:data[ -]?cent(?:er|re)|campus|site|cluster|facility|project|plant|hub)\s+(?:[\w-]+\s+){0,2}(?:in|outside|near|at)\s+$/i;

function sitesByPlace(s: SentenceInfo): Array<{ place: string; at: number }> {
  const sites = s.mentions.filter((m) => m.type === 'place' && SITE_IN.test(s.text.slice(Math.max(0, m.start - 40), m.start)));
  const places = [...new Map(sites.map((m) => [m.name, { place: m.name, at: m.start }])).values()];
  return places.length >= 2 ? places : [];
}

export function findEvents(sentences: SentenceInfo[], ctx: EventContext): EventCandidate[] {
  const keep = ctx.model.keep;
  const tellings = keep ? eventsWithKeepFeatures(sentences, ctx).filter((e) => keepProbability(keep, e.features) >= keep.threshold).map((e) => e.event) : eventCandidates(sentences, ctx);
  return mergeWithinArticle(tellings, articleDay(ctx.publishedAt), undefined, objectNames(sentences));
}

/**
 * What the second stage (event-keep.ts) decides on: an article's tellings before restatements are merged, each with
 * its features. What findEvents filters, and what learn/train-keep.ts learns from.
 */
export function eventsWithKeepFeatures(sentences: SentenceInfo[], ctx: EventContext): Array<{ event: EventCandidate; features: Record<string, number> }> {
  const { candidates, prior } = readCandidates(sentences, ctx);
  const context = { sentences, candidates, prior, types: ctx.model.types, mainActor: ctx.mainActor, headlineNames: ctx.headlineNames };
  return candidates.map((event) => ({ event, features: keepFeatures(event, context) }));
}

/** The products and projects the article names: what a happening is about, so two of them tell two happenings. */
export function objectNames(sentences: SentenceInfo[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (m.type === 'product' || m.type === 'project') out.add(m.name);
  return out;
}

/** Every happening each sentence (or clause) tells, before restatements of one happening are merged. */
export function eventCandidates(sentences: SentenceInfo[], ctx: EventContext): EventCandidate[] {
  return readCandidates(sentences, ctx).candidates;
}

/** eventCandidates, with the article's type distribution the first stage read them by (the second stage reads it too). */
function readCandidates(sentences: SentenceInfo[], ctx: EventContext): { candidates: EventCandidate[]; prior: number[] | undefined } {
  const reader = new ArticleReader(ctx.model, sentences);
  const out: EventCandidate[] = [];
  let lastDate: string | null = null;
  let lastDay: string | null = null;
  const carrier = new DateCarrier(ctx.publishedAt);
  const leadDay = leadDayOf(sentences, ctx.publishedAt);
  const newsDay = newsDayOf(sentences, ctx.publishedAt);
  const articlePlaces = new Set(sentences.flatMap((s) => s.mentions.filter((m) => m.type === 'place').map((m) => m.name)));
  for (let i = 0; i < sentences.length; i++) {
    const whole = sentences[i]!;
    const carried = carrier.before(whole);
    const ahead = dateAhead(sentences, i, ctx.publishedAt);
    // The first sentence's own lead day; a later one's, when its only dates say when it was said (saidEarlierOf).
    const sentenceLeadDay = i === 0 ? leadDay : saidEarlierOf(sentences, i);
    const found = out.length;
    // A clause that gives no date of its own shares the one an earlier clause of the sentence gave.
    let clauseDate: string | null = null;
    const clauses = reader.clausesOf(whole);
    for (const s of clauses) {
      const rules = reader.decide(s);
      if (rules.length === 0) continue;
      let actors = actorsOf(s);
      const afterDateline = s.text.slice(s.datelineEnd);
      if (BACK_REFERENCE.test(afterDateline) || (!actors.some((a) => s.mentions.some((m) => m.name === a && m.type === 'org')) && BACK_REFERENCE_ANYWHERE.test(afterDateline))) {
        const central = ctx.centralActors(i);
        const take = PAIR_REFERENCE.test(afterDateline) ? 2 : 1;
        actors = [...new Set([...central.slice(0, take), ...actors])];
      }
      // "after its March IPO": the happening belongs to the company "its" stands for, not to the other names in the sentence.
      const possessed = /\b(?:its|the company[’']s|the firm[’']s)\s+(?:[A-Z][a-z]+\s+)?$/.exec(s.text.slice(0, rules[0]!.cueAt));
      const owner = ctx.centralActors(i)[0];
      if (possessed && owner && !s.mentions.some((m) => m.name === owner) && rules.every((r) => r.type === 'funding')) actors = [owner];
      const body = publicBodyReferred(sentences, i);
      if (body) {
        // The referred body replaces a guess from "it"/"its" (the article's main company).
        const central = ctx.centralActors(i)[0];
        actors = [body, ...actors.filter((a) => a !== body && !(a === central && !s.mentions.some((m) => m.name === a)))];
      }
      const location = locationOf(s) ?? placeOfBody(actors, articlePlaces);
      if (actors.length === 0 && !location) continue;
      // "The Texas campus will draw 1 GW": a sentence that names a place but no party goes on about the article's main actor.
      // Not when the place is itself the subject ("Singapore paused new approvals"): a country or town acting has no other party (extraction.md).
      if (actors.length === 0 && !placeActs(s)) { const central = ctx.centralActors(i)[0]; if (central) actors = [central]; }
      const next = sentences[i + 1]?.text;
      const { certainty, cue } = certaintyOf(s.text, next);
      const seenTypes = new Set<EventType>();
      for (const rule of rules) {
        if (seenTypes.has(rule.type)) continue;
        seenTypes.add(rule.type);
        const ruleCue = rule.cueAt;
        // One happening per counterparty or per place when the sentence lists several.
        const variants: Array<{ actors: string[]; location: string | null; cueAt: number }> = [];
        const places = rule.type === 'buildout' ? sitesByPlace(s) : [];
        if (places.length) for (const p of places) variants.push({ actors, location: p.place, cueAt: p.at });
        else if (rule.type === 'partnership') for (const a of splitByCounterparty(actors, s)) variants.push({ actors: a, location, cueAt: ruleCue });
        else variants.push({ actors, location, cueAt: ruleCue });
        for (const variant of variants) {
          const { date, explicit, why } = dateOf(s, { publishedAt: ctx.publishedAt, previous: lastDate, previousDay: lastDay, leadDay: sentenceLeadDay, ahead, carried: clauseDate ?? carried, newsDay, cueAt: variant.cueAt, type: rule.type, certainty });
          const ev: EventCandidate = {
            type: rule.type,
            alt_types: rule.alt,
            actors: variant.actors,
            location: variant.location,
            date,
            certainty,
            summary: '',
            sentence: whole.text,
            rule: cue ? `${rule.name}; certainty ${cue}` : rule.name,
            sentenceIndex: i,
            dateExplicit: explicit,
            daysNamed: daysNamedIn(whole),
            dateWhy: why,
            evidence: clauses.length > 1 ? { ...rule.evidence, clause: true } : rule.evidence,
          };
          ev.summary = summarise(ev, s);
          out.push(ev);
          if (explicit) { lastDate = date; clauseDate = date; if (date.length === 10) lastDay = date; }
        }
      }
    }
    carrier.after(whole, out.length > found);
  }
  return { candidates: out, prior: reader.prior };
}

function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** "a separate agreement", "another deal", "X also signed", "Separately, ...": the text says this is not the one before. */
const ANOTHER = /\b(?:a separate|another|a second|a third|an additional|a further|also|separately)\b/i;

/** Happenings defined by their parties: a deal with another counterparty is another deal. */
export const PARTY_DEFINED_TYPES: ReadonlySet<EventType> = new Set<EventType>(['partnership', 'acquisition', 'energy']);

const NO_OBJECTS: ReadonlySet<string> = new Set();

/** Each side names a product or project the other does not ("shut Sora", "dropped a ChatGPT mode"): two things, two happenings. */
export function aboutOtherThings(a: EventCandidate, b: EventCandidate, objects: ReadonlySet<string>): boolean {
  return a.actors.some((x) => objects.has(x) && !b.actors.includes(x)) && b.actors.some((x) => objects.has(x) && !a.actors.includes(x));
}

/** The actors of a telling to compare with another's: all but the products and projects only it names (when that leaves any). */
function partiesOf(e: EventCandidate, other: EventCandidate, objects: ReadonlySet<string>): string[] {
  const parties = e.actors.filter((x) => !objects.has(x) || other.actors.includes(x));
  return parties.length ? parties : e.actors;
}

/** The check of whyApart that sets two tellings apart (the diagnostics count them: test/eval/events-by-type.ts, --restated). */
export type ApartReason =
  | 'later says another'
  | 'places differ in one sentence'
  | 'types differ'
  | 'dates differ'
  | 'no parties to compare'
  | 'each about another thing'
  | 'parties differ'
  | 'later dated, shares under half the parties';

/**
 * Why a later telling `b` is not a restatement of the earlier `a` inside one article: the first check that fails, or
 * null when `b` restates `a`. It restates when the types agree (or, in one sentence or undated, are each other's
 * alternative), the dates agree (an undated restatement agrees with any date), and one telling's parties contain the
 * other's with at least half in common.
 */
export function whyApart(a: EventCandidate, b: EventCandidate, bSaysAnother = ANOTHER.test(b.sentence), objects: ReadonlySet<string> = NO_OBJECTS): ApartReason | null {
  if (a.sentenceIndex !== b.sentenceIndex && bSaysAnother) return 'later says another';
  const altOk = a.alt_types.includes(b.type) || b.alt_types.includes(a.type);
  // Two readings of one sentence (a moratorium ended by new siting rules) are one happening.
  const typeOk = a.type === b.type || ((!b.dateExplicit || a.sentenceIndex === b.sentenceIndex) && altOk);
  if (a.location && b.location && a.location !== b.location && a.sentenceIndex === b.sentenceIndex) return 'places differ in one sentence';
  if (!typeOk) return 'types differ';
  if (a.dateExplicit && b.dateExplicit && !datesCompatible(a.date, b.date)) return 'dates differ';
  if (a.actors.length === 0 || b.actors.length === 0) return a.actors.length === b.actors.length && a.location !== null && a.location === b.location ? null : 'no parties to compare';
  // Who did it decides, not what it was about: products and projects named by one telling only are left out of the count
  // (aboutOtherThings keeps two things apart), so "Contoso's deal with Fabrikam" and "Contoso's deal with Fabrikam for Ultra-9" agree.
  if (aboutOtherThings(a, b, objects)) return 'each about another thing';
  let pa = partiesOf(a, b, objects), pb = partiesOf(b, a, objects);
  // A deal is defined by its parties: leaving products out may not turn another counterparty's deal into a restatement.
  if ((PARTY_DEFINED_TYPES.has(a.type) || PARTY_DEFINED_TYPES.has(b.type)) && !(pa.length === pb.length && pa.every((x) => pb.includes(x)))) { pa = a.actors; pb = b.actors; }
  let shared = 0;
  for (const x of pa) if (pb.includes(x)) shared++;
  const A = pa.length, B = pb.length;
  // One telling may name parties the other leaves out ("the commission" here, "the utility and its rate class" there):
  // a happening of one type sharing at least half its parties is the same one, unless the parties define it (a deal)
  // or each names a product the other does not (one company closing two products).
  const halfShared = a.type === b.type && !PARTY_DEFINED_TYPES.has(a.type) && shared * 2 >= Math.max(A, B);
  if (shared !== Math.min(A, B) && !halfShared) return 'parties differ';
  // An undated restatement may name just one of the parties; two dated mentions must share at least half.
  return b.dateExplicit && shared * 2 < Math.max(A, B) ? 'later dated, shares under half the parties' : null;
}

/** Whether the later telling `b` restates the earlier `a` (whyApart finds nothing that sets them apart). */
export function sameHappening(a: EventCandidate, b: EventCandidate, bSaysAnother = ANOTHER.test(b.sentence), objects: ReadonlySet<string> = NO_OBJECTS): boolean {
  return whyApart(a, b, bSaysAnother, objects) === null;
}

/**
 * A telling as mergeWithinArticle compares it: one giving only a future date ("the plant will open in 2027") tells when
 * the announced happening completes, not another happening, so for matching its date does not set it apart.
 */
export function asCompared(ev: EventCandidate, today: string): EventCandidate {
  return ev.dateExplicit && ev.date.slice(0, today.length) > today.slice(0, ev.date.length) ? { ...ev, dateExplicit: false } : ev;
}

/** Merges restatements into the first telling; `into`, when given, records which kept event each merged candidate joined (for diagnostics). */
export function mergeWithinArticle(events: EventCandidate[], today: string, into?: Map<EventCandidate, EventCandidate>, objects: ReadonlySet<string> = NO_OBJECTS): EventCandidate[] {
  const kept: EventCandidate[] = [];
  for (const ev of events) {
    const probe = asCompared(ev, today);
    // Read once per candidate, not once per kept event it is compared with.
    const another = ANOTHER.test(ev.sentence);
    const same = kept.find((k) => sameHappening(k, probe, another, objects));
    if (!same) { kept.push(ev); continue; }
    into?.set(ev, same);
    for (const a of ev.actors) if (!same.actors.includes(a)) same.actors.push(a);
    if (!same.location) same.location = ev.location;
    // The more precise date wins; certainty stays with the first (fullest) statement unless a later one denies it.
    // A telling the text left undated is the article's news: a later sentence dated well before the article
    // ("the board approved the rezoning in March 2024") recalls an earlier step, and does not redate it.
    const recalled = !same.dateExplicit && ev.dateExplicit && isRecalledDate(ev.date, today);
    if ((ev.dateExplicit && !same.dateExplicit && !recalled) || (ev.dateExplicit && ev.date.length > same.date.length && ev.date.startsWith(same.date))) { same.date = ev.date; same.dateExplicit = true; same.dateWhy = `${ev.dateWhy}, from a restatement`; }
    if (ev.certainty === 'denied' && CERTAINTY_RANK[ev.certainty] > CERTAINTY_RANK[same.certainty]) same.certainty = 'denied';
  }
  return kept;
}
