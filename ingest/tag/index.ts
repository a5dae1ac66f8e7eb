/**
 * The tagger: cleaned body -> sentences -> entities, money, quantities,
 * dates per sentence -> amounts, quantities and events with the rule that
 * produced each. Deterministic: same input and gazetteer, same output.
 */
import type { Extraction, ExtractedAmount, ExtractedQuantity, TagInput } from './types.ts';
import { Gazetteer } from './gazetteer.ts';
import { findEntities, realPlace, summariseEntities, type EntityMention } from './entities.ts';
import { findMoney } from './money.ts';
import { mayNameCurrency } from './currency-names.ts';
import { findQuantities } from './quantities.ts';
import { cleanBody } from './clean.ts';
import { splitSentences } from './sentences.ts';
import { findDates } from './dates.ts';
import { datelineEnd, isAdjectival, isOutlet, publicBodyReferred, type SentenceInfo } from './context.ts';
import { attributeAmounts, forecastersBySentence, type AmountContext } from './attribute-amounts.ts';
import { attributeQuantities } from './attribute-quantities.ts';
import { findEvents, type EventContext } from './events.ts';
import { detectPromotional } from './promo.ts';
import { loadAmountModel, type AmountModel } from './amount-model.ts';
import { loadEventModel, type EventModel } from './event-model.ts';

export type { TagInput, Extraction } from './types.ts';

export interface Tagger {
  tag(input: TagInput): Extraction;
  readonly gazetteer: Gazetteer;
}

/** What the per-sentence finders read from one article, before amounts and events are decided. */
export interface ArticleReading {
  infos: SentenceInfo[];
  entities: ReturnType<typeof summariseEntities>;
  /** Per sentence: who "the company" most likely means, most likely first. */
  central: string[][];
  /** The organisation the article mentions most, its title's mentions of names the body names counted too (the amount rules read it). */
  subject: string | null;
  /**
   * The organisation the body's sentences name most, ties the first named (the head of centralActorsBySentence's
   * ranking after the last sentence): the events' second stage reads it. Not `subject`: read there instead, CV events
   * F1 fell from 66.0/66.6/66.1 to 65.9/66.3/66.0 (seeds 20251129/7/42; power fold -0.9 on each).
   */
  mostNamedOrg: string | null;
  /** Names in the headline: the parties the article is about. */
  headlineNames: Set<string>;
  /** How often the article names each entity. */
  mentionCounts: Map<string, number>;
}

/** Cleans, splits and reads one article: the shared first half of tagging (and of training the amount model). */
export function readArticle(input: TagInput, gazetteer: Gazetteer): ArticleReading {
  const cleaned = cleanBody(input.body).text;
  const mentions = findEntities(cleaned, gazetteer, input.title);
  const sentences = splitSentences(cleaned);
  const infos = buildSentenceInfos(sentences, mentions, input.publishedAt);
  // Mentions in the title count towards entities the body also names (the title repeats the body).
  const titleMentions = input.title ? findEntities(input.title, gazetteer) : [];
  const bodyNames = new Set(mentions.map((m) => m.name));
  const entities = summariseEntities([...mentions, ...titleMentions.filter((m) => bodyNames.has(m.name))]);
  const { central, mostNamedOrg } = centralActorsBySentence(infos);
  // The organisation the article is about: who "it" raises money or is valued when no one else is named.
  const subject = entities.filter((e) => e.type === 'org' && !isOutlet(e.name)).sort((a, b) => b.mentions - a.mentions)[0]?.name ?? null;
  return {
    infos, entities, central, subject, mostNamedOrg,
    headlineNames: new Set(titleMentions.map((m) => m.name)),
    mentionCounts: new Map(entities.map((e) => [e.name, e.mentions])),
  };
}

/** What event extraction reads of an article beyond its sentences (the same for tagging, training and diagnostics). */
export function eventContext(reading: ArticleReading, publishedAt: string, model: EventModel): EventContext {
  return { publishedAt, centralActors: (i) => reading.central[i] ?? [], model, headlineNames: reading.headlineNames, mainActor: reading.mostNamedOrg };
}

/** Cheap pre-checks so the costlier finders only run on sentences that can hold a match. */
const MAY_HAVE_QUANTITY = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|dozen)\b/i;
const MAY_HAVE_DATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|week|month|year|ago|today|yesterday|tonight|fall|autumn|spring|summer|winter|recent|days)/i;

/** The money of a sentence the precheck passes over (shared, never changed: SentenceInfo gets a fresh [] of its own). */
const NO_MONEY: ReturnType<typeof findMoney> = Object.freeze([]) as unknown as ReturnType<typeof findMoney>;

const forecasterCache = new WeakMap<ArticleReading, Array<Set<string>>>();

/** Organisations the article quotes, up to sentence i, as forecasting or estimating (read once per article). */
function forecastersUpTo(reading: ArticleReading, i: number): Set<string> {
  let sets = forecasterCache.get(reading);
  if (!sets) forecasterCache.set(reading, (sets = forecastersBySentence(reading.infos, reading.central)));
  return sets[i] ?? new Set();
}

/** What the amount rules and model know of a sentence's surroundings (a new object per call: tag completes it in place). */
export function amountContext(reading: ArticleReading, i: number, gazetteer: Gazetteer): AmountContext {
  const { infos, central, subject } = reading;
  const recent: NonNullable<AmountContext['recent']> = [];
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const orgs = infos[i - back]!.mentions.filter((m) => m.type === 'org' && !isOutlet(m.name));
    orgs.forEach((m, k) => { if (!recent.some((r) => r.name === m.name)) recent.push({ name: m.name, back, first: k === 0 }); });
  }
  // The organisation that opens the sentence before: what a subject "It" most likely stands for.
  const prev = infos[i - 1];
  const opener = prev?.mentions.find((m) => m.type === 'org' && !isOutlet(m.name) && m.start <= prev.datelineEnd + 2 && m.start >= prev.datelineEnd);
  return {
    forecasters: forecastersUpTo(reading, i),
    carry: central[i]?.[0] ?? null,
    previousSubject: opener?.name ?? null,
    central: central[i] ?? [],
    subject,
    publicBody: publicBodyReferred(infos, i),
    mentionCounts: reading.mentionCounts,
    recent,
    kindOf: kindLookup(gazetteer),
    headlineNames: reading.headlineNames,
  };
}

const kindLookups = new WeakMap<Gazetteer, (name: string) => string | undefined>();
/** The gazetteer's kind of a name, as one function per gazetteer rather than a closure per figure. */
function kindLookup(gazetteer: Gazetteer): (name: string) => string | undefined {
  let f = kindLookups.get(gazetteer);
  if (!f) kindLookups.set(gazetteer, (f = (name) => gazetteer.lookup(name)?.kind));
  return f;
}

export function createTagger(opts: { gazetteer?: Gazetteer; amountModel?: AmountModel | null; eventModel?: EventModel } = {}): Tagger {
  const gazetteer = opts.gazetteer ?? Gazetteer.load();
  const eventModel = opts.eventModel ?? loadEventModel();
  // The trained model over a figure's clause; null runs the cue rules alone.
  const amountModel = opts.amountModel === undefined ? loadAmountModel() : opts.amountModel;
  // The gazetteer of real places loads once here, not inside the first article's tagging.
  realPlace('London');

  function tag(input: TagInput): Extraction {
    const promo = detectPromotional(input.body);
    const reading = readArticle(input, gazetteer);
    const { infos, entities, central } = reading;
    const amounts: ExtractedAmount[] = [];
    const quantities: ExtractedQuantity[] = [];
    for (const s of infos) {
      const carry = central[s.index]?.[0] ?? null;
      if (s.money.length) {
        // amountContext makes a new object per call: completed in place rather than copied into another.
        const context = amountContext(reading, s.index, gazetteer);
        context.model = amountModel;
        context.publishedAt = input.publishedAt;
        amounts.push(...attributeAmounts(s, context));
      }
      if (s.quantities.length) quantities.push(...attributeQuantities(s, carry));
    }
    const events = findEvents(infos, eventContext(reading, input.publishedAt, eventModel)).map(
      ({ sentenceIndex: _i, alt_types: _a, dateWhy: _w, evidence: _e, ...ev }) => ev,
    );
    return { promotional: promo.promotional, entities, amounts, quantities, events };
  }

  return { tag, gazetteer };
}

function buildSentenceInfos(sentences: ReturnType<typeof splitSentences>, mentions: EntityMention[], publishedAt: string): SentenceInfo[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  return sentences.map((s, index) => {
    while (k < sorted.length && sorted[k]!.start < s.start) k++;
    const inSentence: SentenceInfo['mentions'] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < s.end; j++) {
      const m = sorted[j]!;
      if (m.end > s.end) continue;
      inSentence.push({ name: m.name, type: m.type, start: m.start - s.start, end: m.end - s.start, surface: m.surface });
    }
    const text = s.text;
    // Read once: quantities skip the money figures, so they reuse this reading. A sentence the money
    // precheck passes over has no figures the tagger reports as money, so none hide a quantity either
    // (without this, findQuantities read the money of such a sentence again for itself).
    const money = mayNameCurrency(text) ? findMoney(text) : NO_MONEY;
    return {
      text,
      index,
      paragraph: s.paragraph,
      mentions: inSentence,
      dates: MAY_HAVE_DATE.test(text) ? findDates(text, publishedAt) : [],
      money: money === NO_MONEY ? [] : money,
      quantities: MAY_HAVE_QUANTITY.test(text) ? findQuantities(text, money) : [],
      datelineEnd: index === 0 || s.paragraph !== 0 ? datelineEnd(text) : 0,
    };
  });
}

/**
 * For each sentence, who "the company" or "they" most likely means: the first
 * organisation of the nearest earlier sentence that names one (within two
 * sentences), then the organisations mentioned so far, most mentioned first; and the most mentioned after the last
 * sentence (ties: the first named).
 */
function centralActorsBySentence(infos: SentenceInfo[]): { central: string[][]; mostNamedOrg: string | null } {
  // Organisations most mentioned first, ties in order of first mention: kept sorted as counts grow, not re-sorted.
  const order: Array<{ name: string; n: number; seen: number }> = [];
  const counts = new Map<string, { name: string; n: number; seen: number }>();
  const out: string[][] = [];
  let recent: { name: string; at: number } | null = null;
  // The ranking changes only when a sentence names an organisation: most sentences reuse the last one.
  let rankedSoFar: string[] = [];
  let changed = false;
  let lastRanked: string[] | null = null;
  let lastLead: string | null = null;
  let lastAnswer: string[] = [];
  for (const s of infos) {
    if (changed) {
      rankedSoFar = order.map((c) => c.name);
      changed = false;
    }
    // Sentences with the same answer share one array (no caller changes it): most repeat the one before.
    const lead = recent && s.index - recent.at <= 2 ? recent.name : null;
    if (rankedSoFar !== lastRanked || lead !== lastLead) {
      lastAnswer = lead === null ? rankedSoFar : [lead, ...rankedSoFar.filter((name) => name !== lead)];
      lastRanked = rankedSoFar;
      lastLead = lead;
    }
    out.push(lastAnswer);
    const firstOrg = s.mentions.find((m) => m.type === 'org' && !isOutlet(m.name) && !isAdjectival(s.text, m.end));
    if (firstOrg) recent = { name: firstOrg.name, at: s.index };
    for (const m of s.mentions) {
      if (m.type !== 'org' || isOutlet(m.name)) continue;
      let c = counts.get(m.name);
      if (!c) {
        c = { name: m.name, n: 0, seen: order.length };
        counts.set(m.name, c);
        order.push(c);
      }
      c.n++;
      // Only c is now out of place: it moves up past those mentioned less often, or as often but first mentioned later.
      for (let k = order.indexOf(c); k > 0 && (order[k - 1]!.n < c.n || (order[k - 1]!.n === c.n && order[k - 1]!.seen > c.seen)); k--) {
        order[k] = order[k - 1]!;
        order[k - 1] = c;
      }
      changed = true;
    }
  }
  return { central: out, mostNamedOrg: order[0]?.name ?? null };
}
