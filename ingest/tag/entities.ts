/**
 * Entity mentions in cleaned article text: gazetteer names first (longest
 * alias wins), then names the gazetteer does not know (entity-discovery.ts),
 * then partial mentions resolved to the full names seen in the same text
 * ("Altman" -> Sam Altman, "the City Council" -> Vineland City Council).
 * A discovered person's name the article uses as only a company's ("analysts
 * at X", "X's shares", "X, which") is an org at every mention: one name, one
 * type per article (Morgan Stanley under the gazetteer ablation).
 * Tried and left out (wt-ents 2e61a39): a known company then a body's head
 * ("Salesforce Ventures", "Amazon Data Services") as one org, its arm, in
 * place of the company: CV entities F1 89.7 -> 90.1 (ablation 87.8 -> 88.0),
 * but CV events 66.2/66.0/66.2 -> 65.7/65.9/66.0 over seeds default/7/42
 * (one event lost in a changed article, two through the retrained model).
 */
import type { EntityType, ExtractedEntity } from './types.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import { lookupPlaces, nameKey } from '../places/index.ts';
import { boundedMemo } from '../common/bounded-memo.ts';
import { AliasMatcher, tokenize, type Token } from './entity-tokens.ts';
import { isCommonWordOrName, isEverydayWord, isFirstName } from './person-names.ts';
import { lexiconTags } from './nlp.ts';
import { readScaleAt } from './numbers.ts';
import { CLOSING_FORM, STRIPPED_FORMS } from './legal-forms.ts';
import { OTHER_PLACE_BODIES, PLACE_COUNCILS, REFERRED_BODIES, REGIONAL_GOVERNMENTS, alternatives } from './local-bodies.ts';
import {
  MONTHS_AND_DAYS, ORG_HEAD, capitalisedSpans, classifySpan, headingLines, isAllCaps, isCapitalised, isSentenceInitial, personTags, titleCase,
  type Candidate, type PersonTags, type RealPlace, type Span, MAJOR_CITY,
} from './entity-discovery.ts';

/** A word wink's English lexicon lists ("data", "digital"; not "Morgan"). */
const isEnglishWord = (w: string) => lexiconTags(w).length > 0;

export interface EntityMention {
  /** Canonical name. */
  name: string;
  type: EntityType;
  start: number;
  end: number;
  surface: string;
  origin: 'gazetteer' | 'discovered';
}

/** The most prominent real place of a name, remembered: the same names recur across articles. */
export const realPlace: (name: string) => RealPlace | null = boundedMemo(100_000, (name: string) => {
  const places = lookupPlaces(name);
  const top = places[0];
  if (!top || top.kind === 'locality') return top ?? null;
  // Only a region found by its short form ("Fukushima" for "Fukushima Prefecture") leaves a large town its standing: a
  // region listed under the bare name ("Batman", a Turkish province) is the likelier reading, and a foreign one needs a cue.
  const town = nameKey(top.name) !== nameKey(name) ? places.find((p) => p.kind === 'locality') : undefined;
  return town ? { ...top, townPopulation: town.population } : top;
});

const matchers = new WeakMap<Gazetteer, AliasMatcher>();
function matcherFor(gaz: Gazetteer): AliasMatcher {
  let m = matchers.get(gaz);
  if (!m) matchers.set(gaz, (m = new AliasMatcher(gaz)));
  return m;
}

/** The legal forms that close a registered name ("Acme Inc.", "Harmony Group LLC", "Brightwell Pte. Ltd."), taken off it. */
const LEGAL_TAIL = new RegExp(`(?:,?\\s+(?:${STRIPPED_FORMS}))+$`);

/** One legal suffix at the end of a name ("Holding Corp." is two). */
const ONE_LEGAL_TAIL = new RegExp(`,?\\s+(?:${STRIPPED_FORMS})$`);

/**
 * "Kaito Holdings ... Kaito said": a holding company's name keeps its last word, which other writers treat as part of
 * the name rather than a legal form (the held-out and written articles name all 12 such firms in full).
 */
const HOLDINGS_NAME = /\s+Holdings?$/;

/** Heads that a later, shorter mention may use alone ("the Council", "the Commission"). */
const SHORT_HEADS = /^(Council|Commission|Board|Authority|Ministry|Department|Agency|Court|Fund|Bureau|Parliament|Legislature|Assembly|Cooperative|Institute|Foundation|Coalition)$/;

/** Lower-case bodies that act for a named county or city ("Jones County commissioners"). */
const BODY_AFTER_PLACE = /^\s+(commissioners|board of commissioners|board of supervisors|supervisors|city council|council|commission)\b/i;
/**
 * Bodies written in lower case after their place that keep their own words as their name ("the Hanau town council",
 * "the Saline Township board", "the Johor state government"): the name is the place and the body, capitalised; the
 * scorer and the store compare names without case.
 */
const OWN_WORDS_BODY_AFTER_PLACE = new RegExp(`^\\s+(${alternatives([...PLACE_COUNCILS, ...OTHER_PLACE_BODIES, ...REGIONAL_GOVERNMENTS])})\\b(?!\\s+of\\b)`);

/** The same bodies before their place: "the municipal council in Norrvik", "the town board of Alder Creek". */
const BODY_BEFORE_PLACE = new RegExp(`\\b[Tt]he (${alternatives([...PLACE_COUNCILS, 'city council', ...REGIONAL_GOVERNMENTS])}) (?:in|of) $`);

interface Found extends EntityMention {
  first: number;
  last: number;
  /** A body named by its kind alone, in lower case (addReferredLocalBodies): dropped unless its place is found. */
  referred?: boolean;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** `title`, when given, is read only to count how the article names things (the headline often uses the short name). */
export function findEntities(text: string, gaz: Gazetteer, title = ''): EntityMention[] {
  const tokens = tokenize(text);
  const headings = headingLines(text);
  const isKnownPlace = (s: string) => gaz.lookup(s)?.type === 'place' || (realPlace(s)?.kind ?? 'locality') !== 'locality';

  const matched: Found[] = matcherFor(gaz).matchAll(text, tokens)
    .filter((m) => !(gaz.isReference(m.entry) && insideLongerName(text, tokens, m.first, m.last)))
    .filter((m) => !(m.entry.type === 'org' && m.last > m.first && afterUnknownName(text, tokens, m.first, gaz)))
    .filter((m) => !(m.entry.type === 'org' && beforePlaceHead(text, tokens, m.last)))
    .filter((m) => !(m.entry.type === 'place' && tailOfLongerName(text, tokens, m.first, m.last)))
    .map((m) => ({ name: m.entry.name, type: m.entry.type, start: m.start, end: m.end, surface: m.surface, origin: 'gazetteer' as const, first: m.first, last: m.last }));
  const persons = personTags(text, tokens);
  let found = [...matched.filter((m) => !placeInsidePersonName(m, tokens, persons, gaz)), ...makersOfProducts(matched, tokens, gaz)];

  // Discovery runs over every capitalised run; a discovered org or site wins
  // over the places inside it ("Prince William County Board of Supervisors").
  const gazStarts = new Set(found.map((f) => f.first));
  const gazOrgStarts = new Set(found.filter((f) => f.type === 'org').map((f) => f.first));
  // Spans are disjoint, so a span the gazetteer names exactly stays named by it whatever discovery says.
  // Keyed by one number (exact while offsets stay below 2^26), not a string made per span and per question.
  const spanKey = text.length < 2 ** 26 ? (start: number, end: number): number | string => start * 2 ** 26 + end : (start: number, end: number): number | string => `${start}:${end}`;
  const gazSpans = new Set(found.map((f) => spanKey(f.start, f.end)));
  const isGazetteerSpan = (start: number, end: number) => gazSpans.has(spanKey(start, end));
  const discovered: Found[] = [];
  const untyped: Span[] = [];
  const orgHeads = gaz.orgHeads(isEnglishWord);
  for (const whole of capitalisedSpans(text, tokens, new Uint8Array(tokens.length))) {
    for (const span of splitSpan(tokens, whole, gazStarts, gazOrgStarts, persons)) {
      const cand = classifySpan(text, tokens, span, { persons, headings, isKnownPlace, realPlace, isGazetteerSpan, orgHeads });
      if (!cand) { untyped.push(span); continue; }
      const inner = found.filter((f) => overlaps(f, cand));
      if (inner.some((f) => f.start === cand.start && f.end === cand.end)) continue;
      const resolved = resolveAgainstGazetteer(cand, gaz);
      if (resolved) {
        if (inner.every((f) => f.start >= cand.start && f.end <= cand.end)) {
          found = found.filter((f) => !inner.includes(f));
          discovered.push(toFound(resolved, tokens));
        }
        continue;
      }
      if (inner.length === 0) {
        discovered.push(toFound(cand, tokens));
      } else if ((cand.type === 'org' || cand.type === 'project' || cand.type === 'place') &&
        inner.every((f) => f.type === 'place' && f.start >= cand.start && f.end <= cand.end) &&
        cand.end - cand.start > Math.max(...inner.map((f) => f.end - f.start))) {
        found = found.filter((f) => !inner.includes(f));
        discovered.push(toFound(cand, tokens));
      } else if (cand.type === 'org' && placeQualifiesBody(inner, cand)) {
        // "the New Mexico Department of Justice", "the Florida Supreme Court": a place before a body's name names that
        // place's body, not the national one the gazetteer lists under the bare name.
        found = found.filter((f) => !inner.includes(f));
        discovered.push(toFound(cand, tokens));
      }
    }
  }
  // A site named after its town ("the Vineland data center campus") is the town when the text names the town.
  const places = new Set([...found, ...discovered].filter((f) => f.type === 'place').map((f) => f.name));
  for (const d of discovered) if (d.type === 'project' && places.has(d.name)) d.type = 'place';
  found = sortMentions([...found, ...discovered]);
  found = retypeOrgsNamedLikePeople(text, found);
  found = addListedOrgs(text, tokens, found, untyped, headings);
  found = dropPlacesThatModifyNames(text, tokens, found);
  found = addMakerProducts(text, tokens, found, gaz);
  found = addDomainProducts(text, tokens, found);
  found = addVersionedProducts(text, tokens, found, gaz);
  found = addBodiesAfterPlaces(text, tokens, found, gaz);
  found = addReferredLocalBodies(text, tokens, found);
  found = addParentheticalAcronyms(text, tokens, found);
  found = addFullNamesOfShortOrgs(text, tokens, found, untyped);
  found = shortNamesOfOrgsNotPlaces(found, gaz);
  found = addBareLegalNames(text, tokens, found, title);
  found = mergeLegalNames(found);
  found = mergeShortBodies(text, found, gaz);
  // A body named by its kind alone whose place the text does not settle names nobody.
  found = found.filter((f) => !(f.referred && GENERIC_BODY.test(f.name)));
  found = mergeSurnamePersons(found);
  found = addPartialMentions(text, tokens, found, gaz);
  found = addRepeatMentions(text, tokens, found);
  return sortMentions(found).map(({ name, type, start, end, surface, origin }) => ({ name, type, start, end, surface, origin }));
}

/** The names inside a discovered org: a place opening it, then only known organisations ("Florida" + "Supreme Court"). */
function placeQualifiesBody(inner: Found[], cand: Candidate): boolean {
  const [head, ...rest] = [...inner].sort((a, b) => a.start - b.start);
  return !!head && head.type === 'place' && head.start === cand.start && rest.length > 0 &&
    rest.every((f) => f.type === 'org' && f.start > head.end && f.end <= cand.end);
}

function toFound(c: Candidate | (Candidate & { origin: 'gazetteer' }), tokens: Token[]): Found {
  const first = tokens.findIndex((t) => t.start === c.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= c.end) last++;
  return { name: c.name, type: c.type, start: c.start, end: c.end, surface: c.surface, origin: 'origin' in c ? c.origin : 'discovered', first, last };
}

/** Around a name, what only an organisation has: "analysts at X", "X analysts", "X's shares", "X, which", "shares of X". */
const ORG_ONLY_BEFORE = /\b(?:analysts?|economists?|strategists?|bankers?|research|researchers?|executives?|officials?|head|director|spokes\w+|employees?|staff) at\s+$|\bshares (?:of|in)\s+$/i;
const ORG_ONLY_AFTER = /^(?:\s+(?:analysts?|economists?|strategists?|bankers?|shares|stock)\b|['’]s\s+(?:analysts?|economists?|strategists?|bankers?|shares|stock|board|funds?|unit|subsidiary|chief executive|ceo|research)\b|,\s+which\b)/i;
/**
 * The next sentence goes on about "the bank" or "the firm", and no other name stands between: the name was one
 * ("X ran the books. The bank said"; not "Jane Roe, an analyst at X, said. The bank ...").
 */
const ORG_ANAPHOR_NEXT = /^[^.!?\n\p{Lu}]*[.!?:]\s+(?:The|the) (?:bank|firm|lender|company|group|broker|brokerage|insurer|investor)(?:['’]s)?\b/u;
/** What only a person has: "X, who", "X, 54,". */
const PERSON_ONLY_AFTER = /^(?:,\s+who\b|,\s+\d{2},)/;

/** A word that closes an organisation's name: a head word or a legal form. */
const ORG_HEAD_OR_FORM = new RegExp(`${ORG_HEAD.source}|^(?:${STRIPPED_FORMS})$`);

/**
 * "Morgan Stanley", "Goldman Sachs": a given name and a surname that name a bank. A discovered person whose name
 * the article uses, anywhere, as only an organisation's is ("analysts at X", "X's shares", "X, which"), and
 * never as only a person's ("X, who"), is that organisation at every mention: one name, one type per article. So are
 * the opening words of an organisation the text names in full ("Polaris Peak" of "Polaris Peak Development").
 */
function retypeOrgsNamedLikePeople(text: string, found: Found[]): Found[] {
  const names = new Set(found.filter((f) => f.type === 'person' && f.origin === 'discovered' && f.first < f.last).map((f) => f.name));
  if (!names.size) return found;
  const orgs = new Set<string>();
  const fullNames = new Map<string, string>();
  for (const name of names) {
    let org = false;
    let person = false;
    for (let i = text.indexOf(name); i >= 0 && !person; i = text.indexOf(name, i + name.length)) {
      const before = text.slice(Math.max(0, i - 40), i);
      const after = text.slice(i + name.length, i + name.length + 30);
      if (/^[\p{L}\p{N}]/u.test(after)) continue;
      if (PERSON_ONLY_AFTER.test(after)) person = true;
      else if (ORG_ONLY_BEFORE.test(before) || ORG_ONLY_AFTER.test(after) || ORG_ANAPHOR_NEXT.test(text.slice(i + name.length, i + name.length + 160))) org = true;
    }
    if (!person && !org) org = shortenedLikeAFirm(text, name);
    if (org && !person) orgs.add(name);
    // "Polaris Peak Development ... Polaris Peak said", "Lone Cedar Digital ... Lone Cedar had": the opening words of an
    // organisation the text names, closed by a head word or a legal form, or short of it by one word, are its short name.
    else if (!person) {
      const full = found.find((f) => {
        if (f.type !== 'org' || !f.name.startsWith(`${name} `)) return false;
        const rest = f.name.slice(name.length + 1);
        return !rest.includes(' ') || ORG_HEAD_OR_FORM.test(rest.slice(rest.lastIndexOf(' ') + 1));
      });
      if (full) fullNames.set(name, full.name);
    }
  }
  if (!orgs.size && !fullNames.size) return found;
  return found.map((f) => (f.type !== 'person' ? f : orgs.has(f.name) ? { ...f, type: 'org' } : fullNames.has(f.name) ? { ...f, type: 'org', name: fullNames.get(f.name)! } : f));
}

/**
 * "Lumenfield Fiber said ... . Lumenfield did not break out its value.": news shortens a person to the surname and a
 * firm to its first word, dropping a word of its trade. A two-word name no given name opens, closed by an English word
 * ("Fiber", not "Jae-won" of "Park Jae-won", family name first), whose first word stands alone later and whose last
 * word never does, is a firm's.
 */
function shortenedLikeAFirm(text: string, name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return false;
  const first = name.slice(0, space), last = name.slice(space + 1);
  if (isFirstName(first) || lexiconTags(last.toLowerCase()).length === 0) return false;
  const alone = (word: string, unless: (at: number) => boolean) => bareOccurrences(text, word).some((at) => !unless(at));
  return alone(first, (at) => text.startsWith(` ${last}`, at + first.length)) &&
    !alone(last, (at) => text.slice(Math.max(0, at - first.length - 1), at) === `${first} `);
}

/** Between two items of a list: ", ", ", and ", " and ", " or " (", or" mostly brings in another name for the same thing). */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Items of one list are things of one kind: "Halvard, Brenwick and Nvidia
 * signed up" makes the unknown names organisations when the names beside
 * them in the list are. A name the discovery rules left untyped becomes an
 * org only when a neighbour in its list is one, and the list holds no person
 * or place next to it (which would make the kind unclear).
 */
function addListedOrgs(text: string, tokens: Token[], found: Found[], untyped: Span[], headings: Array<[number, number]>): Found[] {
  // "Orange, SNCF, Thales and Veolia": each name typed makes its neighbour's list known, so a few passes.
  for (let pass = 0; pass < 4; pass++) {
    const next = listedOrgsOnce(text, tokens, found, untyped, headings);
    if (next.length === found.length) return found;
    found = next;
  }
  return found;
}

function listedOrgsOnce(text: string, tokens: Token[], found: Found[], untyped: Span[], headings: Array<[number, number]>): Found[] {
  const added: Found[] = [];
  for (const span of untyped) {
    let { first, last } = span;
    while (first <= last && /^(?:the|The)$/.test(tokens[first]!.text)) first++;
    if (first > last || last - first > 3) continue;
    // "Tallyflow, Inc.": a legal form after a comma closes the name before it; it is no item of a list.
    if (first === last && ONE_LEGAL_TAIL.test(` ${tokens[first]!.text}`)) continue;
    // The span's tokens read in place (this runs for every untyped span, a few passes per article).
    let nameLike = true;
    for (let k = first; k <= last && nameLike; k++) nameLike = /^\p{Lu}/u.test(tokens[k]!.text) || /^(?:&|of|de|dos|da|del)$/.test(tokens[k]!.text);
    if (!nameLike) continue;
    let dated = false;
    for (let k = first; k <= last && !dated; k++) dated = MONTHS_AND_DAYS.test(tokens[k]!.text);
    if (dated) continue;
    // (Letting a sentence-initial word English does not know be an item, "Kestrelwyn and Halden Capital led", was tried:
    // one org more under the gazetteer ablation, BNP Paribas, and one product typed org, Snapchat; left out.)
    if (isSentenceInitial(text, tokens, first)) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    if (headings.some(([a, b]) => start >= a && end <= b)) continue;
    const item = { start, end };
    if (found.some((f) => overlaps(f, item))) continue;
    // "Brenwick's", "Brenwick-based": a possessive or compound is no list item of its own.
    if (/^(?:['’]|-\p{L})/u.test(text.slice(end, end + 2))) continue;
    // The last mention (in list order) that ends before the name: read backwards, not from a reversed copy per span.
    let prev: Found | undefined;
    for (let j = found.length - 1; j >= 0; j--) if (found[j]!.end <= start) { prev = found[j]; break; }
    const next = found.find((f) => f.start >= end);
    const prevJoined = prev && LIST_JOIN.test(text.slice(prev.end, start)) ? prev : null;
    const nextJoined = next && LIST_JOIN.test(text.slice(end, next.start)) ? next : null;
    const neighbours = [prevJoined, nextJoined].filter((f): f is Found => f != null);
    if (neighbours.length === 0 || neighbours.some((f) => f.type !== 'org')) continue;
    // "Argentine energy developer Sur Energy", "AI start-up Mistral": a word that modifies the next name is no item.
    const following = found.find((f) => f.start >= end);
    if (following && /^\s+(?!(?:and|or)\s)(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(end, following.start))) continue;
    const surface = text.slice(start, end);
    added.push({ name: surface, type: 'org', start, end, surface, origin: 'discovered', first, last });
  }
  return added.length ? sortMentions([...found, ...added]) : found;
}


/**
 * "Nvidia H100", "Nvidia Blackwell": a product whose name the text gives with its maker's in front names the maker too,
 * as "Nvidia's H100" does; unless the maker's name is part of the product's own ("Amazon Bedrock").
 */
function makersOfProducts(matched: Found[], tokens: Token[], gaz: Gazetteer): Found[] {
  const out: Found[] = [];
  for (const m of matched) {
    // "Amazon Bedrock", "Microsoft Teams": a maker inside the product's own name is part of the name, not named beside it.
    if ((m.type !== 'product' && m.type !== 'project') || m.last === m.first || m.name.startsWith(`${tokens[m.first]!.text} `)) continue;
    for (let k = m.last - 1; k >= m.first; k--) {
      const surface = tokens.slice(m.first, k + 1).map((t) => t.text).join(' ');
      const maker = gaz.lookup(surface);
      if (maker?.type !== 'org') continue;
      out.push({ name: maker.name, type: 'org', start: tokens[m.first]!.start, end: tokens[k]!.end, surface, origin: 'gazetteer', first: m.first, last: k });
      break;
    }
  }
  return out;
}

/** A known name starts right after token k, or after a "the" there. */
function knownNameAfter(tokens: Token[], k: number, starts: Set<number>): boolean {
  return starts.has(k + 1) || (k + 2 < tokens.length && /^the$/i.test(tokens[k + 1].text) && starts.has(k + 2));
}

/**
 * "Erik Gjesdal of Schneider Electric", "CIPCO and Corn Belt Power
 * Cooperative": a connector followed by a known name separates two names.
 */

/**
 * "New South Wales and Queensland", "Faribault and Pine Island": both sides of the "and" are real places. A town named
 * by one word counts only when that word is no everyday word or person's name ("Chandler and Gilbert" may be two people),
 * or the town is a major city ("Sapporo and Chiba").
 */
function twoRealPlaces(tokens: Token[], from: number, k: number, last: number): boolean {
  const name = (a: number, b: number) => tokens.slice(a, b + 1).map((t) => t.text).join(' ');
  const place = (a: number, b: number) => {
    const p = realPlace(name(a, b));
    return p != null && (p.kind !== 'locality' || b > a || !isCommonWordOrName(tokens[a]!.text) || (p.population ?? 0) >= MAJOR_CITY);
  };
  return place(from, k - 1) && place(k + 1, last);
}

/** "Hokkaido and Kyushu": a state, province or country named by one word is a name by itself, whatever follows its "and". */
function isRegionOrCountry(word: string): boolean {
  const kind = realPlace(word)?.kind;
  return kind === 'region' || kind === 'country';
}

function splitSpan(tokens: Token[], span: Span, gazStarts: Set<number>, gazOrgStarts: Set<number>, persons?: PersonTags): Span[] {
  const out: Span[] = [];
  let from = span.first;
  // Inside "Department of X and Y", "Center for X": the body's remit, which may itself coordinate nouns.
  let inRemit = false;
  for (let k = span.first + 1; k < span.last; k++) {
    const w = tokens[k].text;
    if (!/^(of|and|&|for|on)$/.test(w)) continue;
    // "Pell & Voss": two names joined by an ampersand are one firm's name.
    if (w === '&' && k - from === 1 && span.last - k === 1) continue;
    const leftWords = k - from;
    const rightWords = span.last - k;
    const rightKnown = knownNameAfter(tokens, k, gazStarts);
    const rightOrg = knownNameAfter(tokens, k, gazOrgStarts);
    const leftKnown = gazStarts.has(from) || /^\p{Lu}{2,}$/u.test(tokens[from].text);
    // "Jane Roe of the Center for ...": a person's name, then where she works.
    if (w === 'of' && leftWords >= 2 && leftWords <= 3 && persons?.covers(tokens[from].start, tokens[k - 1].end)) {
      out.push({ first: from, last: k - 1 });
      from = k + 1;
      inRemit = false;
      continue;
    }
    // A body's head word then "of", "for" or "on" opens its remit: one name, unless another known organisation follows.
    if (w !== 'and' && w !== '&' && (ORG_HEAD.test(tokens[k - 1].text) || (/^(?:Center|Centre)$/.test(tokens[k - 1].text) && w !== 'of'))) {
      if (!rightOrg) { inRemit = true; continue; }
    }
    if (inRemit && (w === 'and' || w === '&') && !rightOrg) continue;
    // "and" joins two names when the left one is complete by itself (known, a person, or closed by a head word);
    // otherwise it coordinates modifiers of one head ("Planning and Zoning Commission").
    const leftComplete = leftKnown || !!persons?.covers(tokens[from].start, tokens[k - 1].end) || HEAD_WORD.test(tokens[k - 1].text) || !HEAD_WORD.test(tokens[span.last].text);
    const split = w === 'of' || w === 'on'
      ? rightKnown && leftWords >= 2 && leftWords <= 3
      : rightKnown || (leftWords === 1 && (leftKnown || (w === 'and' && isBrandWord(tokens[from].text)))) || (leftWords >= 2 && rightWords >= 2 && leftComplete) ||
        (w === 'and' && (twoRealPlaces(tokens, from, k, span.last) || (leftWords === 1 && isRegionOrCountry(tokens[from]!.text))));
    if (split) {
      out.push({ first: from, last: k - 1 });
      from = k + 1;
      inRemit = false;
    }
  }
  out.push({ first: from, last: span.last });
  return out;
}

/**
 * "Greenoaks and Sequoia Capital", "EirGrid and ESB Networks": one word that English does not know as a word or
 * a name (or a CamelCase one) is a name by itself, so the "and" after it joins two names, as after a known one.
 * "Planning and Zoning Commission" opens with an everyday word and stays one name.
 */
function isBrandWord(word: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(word)) return false;
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return true;
  // "Identity", "Communications": derived and plural words the lexicon may not list are words all the same.
  if (ORG_HEAD.test(word) || /(?:tion|sion|ment|ness|ity|ism|ance|ence|ing|ics|ship)s?$/.test(word)) return false;
  return !isCommonWordOrName(word) && !(word.endsWith('s') && isCommonWordOrName(word.slice(0, -1))) && lexiconTags(word.toLowerCase()).length === 0 && !realPlace(word);
}

/** Words that close a name: an organisation's, a site's or a place's head, or a legal suffix. */
const HEAD_WORD = new RegExp(`${ORG_HEAD.source}|${CLOSING_FORM.source}|^(?:County|Parish|Township|Park|Campus|Plant|Station|Center|Centre)$`);

/** "Vienna State Opera", "Dallas Cowboys": a place that starts a longer name is not mentioned as a place. */
function dropPlacesThatModifyNames(text: string, tokens: Token[], found: Found[]): Found[] {
  const starts = new Set(found.map((f) => f.first));
  return found.filter((f) => {
    if (f.type !== 'place' || f.origin !== 'gazetteer') return true;
    const next = tokens[f.last + 1];
    if (!next || !isCapitalised(next) || next.start - f.end !== 1 || starts.has(f.last + 1)) return true;
    if (/^(Gov|Sen|Rep|Mayor|President|Governor|Senator|Attorney|Lt|Premier|Prime|Minister|Secretary|Chief|CEO)\b/.test(next.text)) return true;
    if (isAllCaps(f.surface)) return true;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    // Headlines capitalise every word; a place there still names the place.
    const line = text.slice(lineStart, text.indexOf('\n', f.end) < 0 ? undefined : text.indexOf('\n', f.end));
    const words = line.split(/\s+/).filter(Boolean);
    if (words.length && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6) return true;
    return false;
  });
}

/** "the ChatGPT maker" names OpenAI and, inside it, ChatGPT. */
function addMakerProducts(text: string, tokens: Token[], found: Found[], gaz: Gazetteer): Found[] {
  const out = [...found];
  for (const f of found) {
    if (f.type !== 'org' || f.first === f.last || !/\b(maker|developer|parent|owner|creator)$/i.test(f.surface)) continue;
    for (let i = f.first; i < f.last; i++) {
      const entry = gaz.lookup(tokens[i].text);
      if (entry && entry.type === 'product') {
        out.push({ ...f, name: entry.name, type: entry.type, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      }
    }
  }
  return out;
}

/** A version number: "3", "3.2", "2402", "4o". */
const VERSION = String.raw`\d+(?:\.\d+)*[a-z]?`;

/** Kinds of organisation in the gazetteer that make no products. */
const NOT_MAKERS = new Set(['government', 'media', 'advocacy', 'investor']);

/**
 * "Quillon-3", "Mistral Small 3.2": a company's name, or its first word, joined to a version number (by a hyphen, or
 * after a capitalised tier word) names one of its products (models, chips), as written.
 */
function addVersionedProducts(text: string, tokens: Token[], found: Found[], gaz: Gazetteer): Found[] {
  // Companies make products; a public body's name before a number is a bill, a region or a district ("House Bill 1040").
  const maker = (f: Found) => f.type === 'org' && !PUBLIC_BODY_HEAD.test(f.name.slice(f.name.lastIndexOf(' ') + 1)) && !NOT_MAKERS.has(gaz.lookup(f.name)?.kind ?? '');
  const makers = new Set<string>();
  for (const f of found) if (maker(f)) { makers.add(f.name); makers.add(f.name.split(' ')[0]!); }
  if (!makers.size) return found;
  const taken = coverage(tokens.length, found);
  const out = [...found];
  const version = new RegExp(`^${VERSION}$`);
  const hyphenated = new RegExp(`^(\\p{Lu}\\p{L}+)-${VERSION}$`, 'u');
  // A one-word company mention may open the product's name ("Mistral Small 3.2").
  const oneWordOrgAt = new Map<number, Found>();
  for (const f of found) if (maker(f) && f.first === f.last) oneWordOrgAt.set(f.first, f);
  for (let i = 0; i < tokens.length; i++) {
    if ((taken[i] && !oneWordOrgAt.has(i)) || !isCapitalised(tokens[i]!)) continue;
    const t = tokens[i]!.text;
    const hyphen = hyphenated.exec(t);
    let last = -1;
    if (hyphen && makers.has(hyphen[1]!) && !taken[i]) last = i;
    else if (makers.has(t) || oneWordOrgAt.has(i)) {
      // "Mistral Small 3.2": up to two capitalised tier words, then the version, each word right after the last.
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && isCapitalised(tokens[k]!) && !taken[k] && tokens[k]!.start - tokens[k - 1]!.end === 1 && !ORG_HEAD_OR_FORM.test(tokens[k]!.text)) k++;
      // Not a sum: "fined Fjellnett AS 2.4 million kroner".
      const scaled = k < tokens.length && (readScaleAt(text, tokens[k]!.end) !== null || /^\s*(?:%|per\s?cent\b)/.test(text.slice(tokens[k]!.end, tokens[k]!.end + 10)));
      if (k > i + 1 && k < tokens.length && !taken[k] && tokens[k]!.start - tokens[k - 1]!.end === 1 && version.test(tokens[k]!.text) && !scaled) last = k;
    }
    if (last < 0) continue;
    const surface = text.slice(tokens[i]!.start, tokens[last]!.end);
    // The one-word company mention the product's name opens gives way to it.
    const opener = oneWordOrgAt.get(i);
    if (opener && last > i) out.splice(out.indexOf(opener), 1);
    else if (opener) continue;
    out.push({ name: surface, type: 'product', start: tokens[i]!.start, end: tokens[last]!.end, surface, origin: 'discovered', first: i, last });
    for (let k = i; k <= last; k++) taken[k] = 1;
    i = last;
  }
  return out;
}

/** "n1n.ai" named again and again in running text is a product; one mention may be a link. */
function addDomainProducts(text: string, tokens: Token[], found: Found[]): Found[] {
  const taken = coverage(tokens.length, found);
  const seen = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    // Only a token ending ".ai" or ".io" can be one: the suffix test spares the regex for every other token.
    if (taken[i] || !(t.text.endsWith('.ai') || t.text.endsWith('.io')) || !/^[a-z0-9][a-z0-9-]*\.(ai|io)$/.test(t.text)) return;
    if (/[/@.]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return;
    seen.set(t.text, [...(seen.get(t.text) ?? []), i]);
  });
  const out = [...found];
  for (const [name, idx] of seen) {
    if (idx.length < 2) continue;
    for (const i of idx) out.push({ name, type: 'product', start: tokens[i].start, end: tokens[i].end, surface: name, origin: 'discovered', first: i, last: i });
  }
  return out;
}

/**
 * "City Council" alone is the council of the place the story is about: the
 * fuller name seen elsewhere in the text, else the place whose other bodies
 * the text names ("Chandler City Council" makes a bare "Planning Commission"
 * Chandler's), else the dateline's town.
 */
function mergeShortBodies(text: string, found: Found[], gaz: Gazetteer): Found[] {
  // Twice: a body named in the first pass ("City Council" -> the dateline's town's) names its town's other bodies in the
  // second. A first pass that named none leaves the second the same input, so the same output: it is skipped.
  const once = qualifyShortBodies(text, found, gaz);
  return once === found ? found : qualifyShortBodies(text, once, gaz);
}

/** The generic bodies named after their place or fuller name; `found` itself when none could be. */
function qualifyShortBodies(text: string, found: Found[], gaz: Gazetteer): Found[] {
  if (!found.some((f) => f.type === 'org' && f.origin === 'discovered' && GENERIC_BODY.test(f.name))) return found;
  const orgs = found.filter((f) => f.type === 'org');
  const dateline = found.find((f) => f.type === 'place' && f.start < 200 && isAllCaps(f.surface) && gaz.lookup(f.name)?.kind !== 'country');
  const placeOf = localPlaces(text, found, dateline?.name ?? null);
  let named = false;
  const out = found.map((f) => {
    if (f.type !== 'org' || f.origin !== 'discovered' || !GENERIC_BODY.test(f.name)) return f;
    const fuller = orgs.find((o) => o.name !== f.name && o.name.endsWith(' ' + f.name));
    if (fuller) { named = true; return { ...f, name: fuller.name, origin: fuller.origin }; }
    const place = placeOf(bodyLevel(f.name, text.slice(Math.max(0, f.start - 12), f.start)));
    if (!place) return f;
    named = true;
    return { ...f, name: qualifyBody(place, f.name) };
  });
  return named ? out : found;
}

/** A body's name that says what it is but not whose: it belongs to a place named elsewhere. */
const GENERIC_BODY = /^(City Council|Town Council|Village Council|Village Board|Municipal Council|City Commission|County Commission|County Council|County Board|Township Board|Board of Commissioners|Board of Supervisors|Planning Commission|Plan Commission|Planning and Zoning Commission|Zoning Commission|General Assembly|State Senate|State Legislature)$/;
/** "Chandler City Council", "Pike County Board of Supervisors": what follows the place in a local body's name. */
const LOCAL_BODY_TAIL = /^(?:(?:City|Town|Village)\s+)?(?:Council|Board|Commission|Plan Commission|Planning Commission|Planning and Zoning Commission|Zoning Commission|Board of Supervisors|Board of Commissioners|Commissioners|Supervisors)$/;

type BodyLevel = 'city' | 'county' | 'township' | 'state' | 'country' | 'any';

/** Whose body a generic name is: its own first word says, else a lower-case word before it ("the county Planning Commission"). */
function bodyLevel(name: string, before: string): BodyLevel {
  if (/^(City|Town|Village|Municipal)\b/.test(name)) return 'city';
  if (/^County\b|^Board of (Supervisors|Commissioners)$/.test(name)) return 'county';
  if (/^Township\b/.test(name)) return 'township';
  if (name === 'General Assembly' || name.startsWith('State ')) return 'state';
  const word = /\b(city|town|village|county|township)\s*$/.exec(before)?.[1];
  return word === 'county' ? 'county' : word === 'township' ? 'township' : word ? 'city' : 'any';
}

/** The level a place name is at: "Pike County" a county, "Saline Township" a township, a state, else a town. */
function placeLevel(name: string): BodyLevel {
  if (/ (County|Parish)$/.test(name)) return 'county';
  if (/ Township$/.test(name)) return 'township';
  const kind = realPlace(name)?.kind;
  return kind === 'region' ? 'state' : kind === 'country' ? 'country' : 'city';
}

/**
 * The one place of each level whose bodies the text names in full, else the
 * one place of that level the text names (a state, a county, a township), else
 * for a town's body the dateline's town, else the one town the text names (a
 * company's seat, "Oslo-based", left out). Two candidates: none, except for a
 * state's body, which is the first state the text names (the lead's).
 */
function localPlaces(text: string, found: Found[], dateline: string | null): (level: BodyLevel) => string | null {
  const places = new Set(found.filter((f) => f.type === 'place').map((f) => f.name));
  const ordered = [...found].sort((a, b) => a.start - b.start).filter((f) => f.type === 'place' && text[f.end] !== '-').map((f) => f.name);
  const owners = new Set<string>();
  for (const o of found) {
    if (o.type !== 'org' || GENERIC_BODY.test(o.name)) continue;
    const words = o.name.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      if (places.has(head) && LOCAL_BODY_TAIL.test(words.slice(k).join(' '))) { owners.add(head); break; }
    }
  }
  const only = (xs: Iterable<string>) => { const u = [...new Set(xs)]; return u.length === 1 ? u[0]! : null; };
  return (level) => {
    const named = [...owners].filter((p) => level === 'any' || placeLevel(p) === level);
    if (named.length) return only(named);
    if (level === 'state') return ordered.find((p) => placeLevel(p) === 'state') ?? null;
    if (level === 'county' || level === 'township') return only([...places].filter((p) => placeLevel(p) === level));
    return level === 'city' ? dateline ?? only(ordered.filter((p) => placeLevel(p) === 'city')) : null;
  };
}

/** "Pike County" + "County Board" -> "Pike County Board"; "Chandler" + "Planning Commission" -> "Chandler Planning Commission". */
function qualifyBody(place: string, body: string): string {
  // "State Senate" -> "Maryland Senate": the state's name says it.
  if (body.startsWith('State ')) return `${place} ${body.slice('State '.length)}`;
  const lastOfPlace = place.split(' ').pop()!;
  return body.startsWith(lastOfPlace + ' ') ? `${place}${body.slice(lastOfPlace.length)}` : `${place} ${body}`;
}

/** Later occurrences of a discovered name ("Vineland" after "Vineland, N.J.") are mentions too. */
function addRepeatMentions(text: string, tokens: Token[], found: Found[]): Found[] {
  const taken = coverage(tokens.length, found);
  const byFirstWord = new Map<string, Found[]>();
  for (const f of found) {
    if (f.origin !== 'discovered' || f.surface.includes('\n')) continue;
    const w = tokens[f.first].text;
    byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), f]);
  }
  const out = [...found];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const cands = byFirstWord.get(tokens[i].text);
    if (!cands) continue;
    for (const f of [...cands].sort((a, b) => (b.last - b.first) - (a.last - a.first))) {
      const n = f.last - f.first;
      if (i + n >= tokens.length) continue;
      if (tokens.slice(i, i + n + 1).some((t, k) => taken[i + k] || t.text !== tokens[f.first + k].text)) continue;
      const next = tokens[i + n + 1];
      // "Vineland Municipal Electric Utility" is not a mention of Vineland.
      if (next && isCapitalised(next) && next.start - tokens[i + n].end === 1) continue;
      out.push({ ...f, start: tokens[i].start, end: tokens[i + n].end, surface: text.slice(tokens[i].start, tokens[i + n].end), first: i, last: i + n });
      for (let k = 0; k <= n; k++) taken[i + k] = 1;
      break;
    }
  }
  return out;
}

function coverage(n: number, found: Found[]): Uint8Array {
  const c = new Uint8Array(n);
  for (const f of found) for (let i = f.first; i <= f.last; i++) c[i] = 1;
  return c;
}

function sortMentions<T extends { start: number; end: number }>(list: T[]): T[] {
  return list.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "Nebius Group N.V." and "Meta Platforms, Inc." are the gazetteer's entities. */
function resolveAgainstGazetteer(c: Candidate, gaz: Gazetteer): (Candidate & { origin: 'gazetteer' }) | null {
  const stripped = c.surface.replace(LEGAL_TAIL, '').trim();
  if (stripped === c.surface) return null;
  const entry = gaz.lookup(stripped);
  if (!entry) return null;
  return { ...c, name: entry.name, type: entry.type, origin: 'gazetteer' };
}

/** A known place as the first name of a person ("Austin Smith") is not the place. */
function placeInsidePersonName(m: Found, tokens: Token[], persons: PersonTags, gaz: Gazetteer): boolean {
  if (m.type !== 'place' || m.first !== m.last) return false;
  const next = tokens[m.last + 1];
  if (!next || !isCapitalised(next) || next.start - m.end !== 1 || gaz.lookup(next.text)) return false;
  return persons.covers(m.start, next.end);
}

/**
 * Tokens first..last sit inside a longer capitalised run, so they are part of another name. Asked of the reference
 * list's names (data/org-names.json): "Ohio Power Siting Board", "Grange Castle Business Park". The curated
 * gazetteer's names are left to the rules that already weigh them ("the Microsoft Azure team"); discovery reads the
 * whole run. A capitalised English word opening its sentence ("The", "When", "Shares") does not join the name.
 */
function insideLongerName(text: string, tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && next.start - tokens[last]!.end === 1 && isCapitalised(next)) return true;
  const prev = tokens[first - 1];
  if (!prev || tokens[first]!.start - prev.end !== 1 || !isCapitalised(prev)) return false;
  // A sentence's first word joins the name only when English does not know it as a word ("When", "Shares").
  return !isSentenceInitial(text, tokens, first - 1) || lexiconTags(prev.text.toLowerCase()).length === 0;
}

/**
 * "Silver Mesa Energy Campus ... called Silver Mesa": a known place's name after a capitalised word, when the two open
 * a longer name elsewhere in the text, are that name cut short, not the place.
 */
function tailOfLongerName(text: string, tokens: Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || tokens[first]!.start - prev.end !== 1 || !isCapitalised(prev) || isSentenceInitial(text, tokens, first - 1)) return false;
  const phrase = text.slice(prev.start, tokens[last]!.end);
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (/^ \p{Lu}/u.test(text.slice(i + phrase.length, i + phrase.length + 2))) return true;
  }
  return false;
}

/** "Juniper County", "Oracle Township": a company's name that a place's head word follows names the place, not the company. */
function beforePlaceHead(text: string, tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && next.start - tokens[last]!.end === 1 && /^(?:County|Parish|Township|Borough)$/.test(next.text);
}

/**
 * "Tarrant Digital Realty": a known company's two-word name after a capitalised word that English, the gazetteer and the
 * place lists do not know is the tail of another company's name.
 */
function afterUnknownName(text: string, tokens: Token[], first: number, gaz: Gazetteer): boolean {
  const prev = tokens[first - 1];
  if (!prev || tokens[first]!.start - prev.end !== 1 || !isCapitalised(prev) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  if (lexiconTags(prev.text.toLowerCase()).length > 0 || gaz.lookup(prev.text) || (realPlace(prev.text)?.kind ?? 'locality') !== 'locality') return false;
  return !isFirstName(prev.text);
}

/** "the Pike County commissioners voted", "Millbrook council": the place's governing body acting. */
function addBodiesAfterPlaces(text: string, tokens: Token[], found: Found[], gaz: Gazetteer): Found[] {
  const out = [...found];
  for (const f of found) {
    if (f.type !== 'place') continue;
    // "the municipal council in Norrvik", "the town board of Alder Creek": the place's body, named as news names it
    // when it writes the place first ("the Norrvik municipal council"). The mention spans the body's words and the place.
    const before = BODY_BEFORE_PLACE.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (before && !found.some((o) => o.type === 'org' && o.end > f.start - before[0].length && o.start < f.start)) {
      const start = f.start - before[0].length + before[0].indexOf(before[1]!);
      out.push({ ...f, name: `${f.name} ${titleCase(before[1]!)}`, type: 'org', start, surface: text.slice(start, f.end), origin: 'discovered', first: tokens.findIndex((t) => t.start >= start) });
      continue;
    }
    const kind = gaz.lookup(f.name)?.kind;
    const after = text.slice(f.end, f.end + 60);
    const own = kind === 'country' ? null : OWN_WORDS_BODY_AFTER_PLACE.exec(after);
    if (own) {
      const end = f.end + own[0].length;
      const name = `${f.name} ${titleCase(own[1]!)}`;
      if (!found.some((o) => o.type === 'org' && o.start === f.start)) out.push({ ...f, name, type: 'org', end, surface: text.slice(f.start, end), origin: 'discovered', last: lastTokenBefore(tokens, end) });
      continue;
    }
    if (kind && !/^(city|county)$/.test(kind)) continue;
    const m = BODY_AFTER_PLACE.exec(after);
    if (!m) continue;
    const place = f.name;
    const isCounty = / (County|Parish)$/.test(place);
    const existing = found.find((o) => o.type === 'org' && o.name.startsWith(place + ' ') && /(Commission|Board|Council|Supervisors)/.test(o.name));
    const body = m[1].toLowerCase();
    if (!isCounty && !body.includes('council')) continue;
    const name = existing?.name ?? (
      body.includes('supervisors') ? `${place} Board of Supervisors`
        : body.includes('council') ? (isCounty ? `${place} Council` : `${place} City Council`)
          : body === 'commission' ? `${place} Commission`
            : `${place} Board of Commissioners`);
    const end = f.end + m[0].length;
    // The place itself is still named; the body is a second, overlapping mention.
    out.push({ ...f, name, type: 'org', end, surface: text.slice(f.start, end), origin: 'discovered', last: lastTokenBefore(tokens, end) });
  }
  return out;
}

/**
 * A place's body named by its kind alone, in lower case: "the city council", "the township board", "the state Senate",
 * "state lawmakers". Group 1: a town's or county's body; group 2: a state's, group 3 its kind.
 */
const REFERRED_BODY = new RegExp(String.raw`\b[Tt]he\s+(${alternatives(REFERRED_BODIES)})\b|\b(?:[Tt]he\s+)?(state\s+([Ss]enate|[Ll]egislature|lawmakers|legislators))\b`, 'g');

/**
 * "NORTH BRANCH FALLS, Minn. - ... the city council put a hold ...": a body the text names only by its kind, in lower
 * case, is named as its capitalised generic name would be ("City Council", "Senate"; state lawmakers are the
 * "Legislature"), so that mergeShortBodies names it after its place ("North Branch Falls City Council", "Maryland
 * Senate") or after the fuller name the text gives it. Marked `referred`: one no place can be found for is dropped there.
 */
function addReferredLocalBodies(text: string, tokens: Token[], found: Found[]): Found[] {
  let out: Found[] | null = null;
  for (const m of text.matchAll(REFERRED_BODY)) {
    const phrase = (m[1] ?? m[2])!;
    const start = m.index! + m[0].length - phrase.length;
    const end = m.index! + m[0].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const stateBody = m[3];
    const name = stateBody ? (/^l(?:awmakers|egislators)$/i.test(stateBody) ? 'State Legislature' : `State ${titleCase(stateBody)}`) : titleCase(phrase);
    (out ??= [...found]).push({ name, type: 'org', start, end, surface: text.slice(start, end), origin: 'discovered', first: tokens.findIndex((t) => t.start >= start), last: lastTokenBefore(tokens, end), referred: true });
  }
  return out ?? found;
}

function lastTokenBefore(tokens: Token[], end: number): number {
  let i = tokens.findIndex((t) => t.end >= end);
  if (i < 0) i = tokens.length - 1;
  return i;
}

/** "Central Iowa Power Cooperative (CIPCO)": the bracketed short form names the same entity. */
function addParentheticalAcronyms(text: string, tokens: Token[], found: Found[]): Found[] {
  const acronyms = new Map<string, Found>();
  for (const f of found) {
    const open = tokens[f.last + 1];
    const abbr = tokens[f.last + 2];
    const close = tokens[f.last + 3];
    if (open?.text !== '(' || close?.text !== ')' || !abbr?.word) continue;
    if (!/^\p{Lu}[\p{L}\d&]{1,9}$/u.test(abbr.text) || f.name.split(' ').length < 2) continue;
    if (abbr.text[0].toUpperCase() !== f.name[0].toUpperCase()) continue;
    acronyms.set(abbr.text, f);
  }
  if (!acronyms.size) return found;
  const taken = coverage(tokens.length, found);
  const out = [...found];
  tokens.forEach((t, i) => {
    const f = acronyms.get(t.text);
    if (!f || taken[i]) return;
    out.push({ ...f, start: t.start, end: t.end, surface: t.text, first: i, last: i });
  });
  return out;
}

/**
 * "Zentrix LLC filed ... Zentrix said": the name without its legal suffix is
 * the same company. One canonical name per thing (extraction.md): the form
 * the article uses more often, the short one on a tie, so a registered name
 * given once yields to the name the story uses, and a name always written
 * with its suffix keeps it.
 */
function addBareLegalNames(text: string, tokens: Token[], found: Found[], title: string): Found[] {
  const legal = [...new Set(found.filter((f) => f.type === 'org' && f.origin === 'discovered' && ONE_LEGAL_TAIL.test(f.name)).map((f) => f.name))];
  let out = found;
  for (const name of legal) {
    // Shorter forms, longest first: "Harmony Group LLC" -> "Harmony Group" -> "Harmony".
    const forms: string[] = [];
    for (let cur = name, m = ONE_LEGAL_TAIL.exec(cur); m; m = ONE_LEGAL_TAIL.exec(cur)) {
      cur = cur.slice(0, m.index).trim();
      if (cur.length >= 3 && /^\p{Lu}/u.test(cur)) forms.push(cur);
    }
    for (const form of forms) {
      const at = bareOccurrences(text, form);
      const inTitle = bareOccurrences(title, form).length;
      if (at.length + inTitle === 0) continue;
      const full = out.filter((f) => f.name === name).length + bareOccurrences(title, name).length;
      const canonical = at.length + inTitle >= full && !HOLDINGS_NAME.test(name) ? form : name;
      const next: Found[] = out.map((f) => (f.name === name || (f.name === form && f.type === 'org') ? { ...f, name: canonical, type: 'org' } : f));
      for (const pos of at) {
        const end = pos + form.length;
        const over = next.filter((f) => f.start < end && pos < f.end);
        // Inside a longer name, or already a place or person of that name: left alone.
        if (over.some((f) => f.start < pos || f.end > end || (f.start === pos && f.end === end && f.type !== 'org'))) continue;
        const first = tokens.findIndex((t) => t.start === pos);
        if (first < 0) continue;
        for (const f of over) next.splice(next.indexOf(f), 1);
        next.push({ name: canonical, type: 'org', start: pos, end, surface: form, origin: 'discovered', first, last: lastTokenBefore(tokens, end) });
      }
      out = sortMentions(next);
      break;
    }
  }
  return out;
}

/**
 * "Sonoran Valley Electric ... Sonoran Valley said": a name found as a place only by its own head word ("Valley"), which
 * no list of places knows, is the short name of the article's organisation it opens when the rest of that name is an
 * organisation's head words ("Electric", "Power").
 */
/** A place named by its administrative unit ("Kessick County") is a place whatever bodies it has. */
const ADMINISTRATIVE_UNIT = /\s(?:County|Township|Parish|City|Town|Village|Borough|District|Municipality|Shire|Province|State|Region)$/;
/** The head words of a public body: a place's council or commission is the place's, not a firm named after it. */
const PUBLIC_BODY_HEAD = /^(?:Council|Commission|Board|Authority|Department|Court|Agency|District|Ministry|Assembly|Legislature|Government|Office|Committee|Supervisors|Commissioners|Trustees|Schools?)$/;

function shortNamesOfOrgsNotPlaces(found: Found[], gaz: Gazetteer): Found[] {
  const orgs = found.filter((f) => f.type === 'org' && f.name.includes(' '));
  if (!orgs.length) return found;
  return found.map((f) => {
    if (f.type !== 'place' || f.origin !== 'discovered' || ADMINISTRATIVE_UNIT.test(f.name) || gaz.lookup(f.name) || realPlace(f.name)) return f;
    const full = new Set(orgs.filter((o) => o.name.startsWith(`${f.name} `) && o.name.slice(f.name.length + 1).split(' ').every((w) => ORG_HEAD.test(w) && !PUBLIC_BODY_HEAD.test(w))).map((o) => o.name));
    return full.size === 1 ? { ...f, type: 'org' as const, name: [...full][0]! } : f;
  });
}

/**
 * "Hoshizora Denshi ordered ... Hoshizora said": a firm the text names by one word, and once in full by that word and
 * one or two more that no rule could type (a firm's head word or words English does not know), is one firm under the
 * full name (other writers name such a firm in full).
 */
function addFullNamesOfShortOrgs(text: string, tokens: Token[], found: Found[], untyped: Span[]): Found[] {
  // A one-word name that is already the short form of a longer name in the text ("Vantor AI" ... "Vantor") is that firm.
  const longNames = found.filter((f) => f.type === 'org' && f.name.includes(' '));
  const shortOrgs = new Set(found.filter((f) => f.type === 'org' && f.origin === 'discovered' && !f.name.includes(' ') &&
    !longNames.some((l) => l.name.startsWith(`${f.name} `))).map((f) => f.name));
  if (!shortOrgs.size) return found;
  const full = new Map<string, string | null>();
  const added: Found[] = [];
  for (const span of untyped) {
    const { first, last } = span;
    const head = tokens[first]!.text;
    if (!shortOrgs.has(head) || last === first || last - first > 2) continue;
    const rest = tokens.slice(first + 1, last + 1);
    if (!rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !notPartOfName(t.text) && !MONTHS_AND_DAYS.test(t.text))) continue;
    // "Lumo Notes", "Shepaug River": an English word after a firm's name names its product or a place; a firm's head
    // word ("Systems") or a word English does not know ("Denshi") is part of the firm's name.
    if (!rest.every((t) => ORG_HEAD.test(t.text) || !isEnglishWord(t.text.toLowerCase()))) continue;
    const item = { start: tokens[first]!.start, end: tokens[last]!.end };
    if (found.some((f) => overlaps(f, item) && !(f.name === head && f.start === item.start))) continue;
    const name = text.slice(item.start, item.end);
    const prev = full.get(head);
    full.set(head, prev === undefined || prev === name ? name : null);
    added.push({ name, type: 'org', start: item.start, end: item.end, surface: name, origin: 'discovered', first, last });
  }
  if (!added.length) return found;
  const keep = added.filter((a) => full.get(tokens[a.first]!.text));
  const out = found
    .filter((f) => !keep.some((a) => f.start === a.start && f.name === tokens[a.first]!.text))
    .map((f) => (f.type === 'org' && f.origin === 'discovered' && full.get(f.name) ? { ...f, name: full.get(f.name)! } : f));
  return sortMentions([...out, ...keep]);
}

/** Words after a firm's name that are not part of it: a title or role ("Hoshizora President Kenji ..."), or a legal form. */
const ROLE_AFTER_NAME = /^(?:President|Chairman|Chairwoman|Chair|Chief|Executive|Founder|Director|Secretary|Spokesman|Spokeswoman|Spokesperson|Officials?|Shares?|Stock|Plc|BV)$/;
const notPartOfName = (word: string) => ROLE_AFTER_NAME.test(word) || ONE_LEGAL_TAIL.test(` ${word}`);

/** Where `form` stands alone in the text: not inside a longer word or a longer capitalised name. */
function bareOccurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text.slice(i + form.length, i + form.length + 30);
    if (/[\p{L}\p{N}&-]/u.test(before)) continue;
    if (/^[\p{L}\p{N}&-]/u.test(after)) continue;
    // "Zentrix LLC", "Zentrix Data": the legal name itself, or another name.
    if (/^,?\s+(?:\p{Lu}|&)/u.test(after) && !/^,\s+(?:the|a|an|which|who|whose|said|says)\b/.test(after)) continue;
    out.push(i);
  }
  return out;
}

/**
 * One company, two spellings: "DataOne Vineland LLC" is the registered name of
 * "DataOne" (a legal suffix: the short name is canonical), while "EagleRock"
 * is short for "EagleRock Partners" (a descriptive head: the full name is).
 */
function mergeLegalNames(found: Found[]): Found[] {
  const orgs = new Map<string, Found>();
  for (const f of found) if (f.type === 'org' && !orgs.has(f.name)) orgs.set(f.name, f);
  return found.map((f) => {
    if (f.origin !== 'discovered' || f.type !== 'org') return f;
    if (HOLDINGS_NAME.test(f.name)) return f;
    const holdings = orgs.get(`${f.name} Holdings`) ?? orgs.get(`${f.name} Holding`);
    if (holdings && !LEGAL_TAIL.test(f.name)) return { ...f, name: holdings.name, origin: holdings.origin };
    if (LEGAL_TAIL.test(f.name)) {
      const words = f.name.replace(LEGAL_TAIL, '').split(' ');
      const target = orgs.get(words.join(' '));
      if (target && target.name !== f.name) return { ...f, name: target.name, type: target.type, origin: target.origin };
      // "Priority Power Management LLC" ... "Priority Power": a name closed by a descriptive head is the company's
      // name, which the short form abbreviates; "DataOne Vineland LLC" (a site's vehicle) is the registered name of "DataOne".
      const headed = ORG_HEAD.test(words[words.length - 1]!);
      for (let n = words.length - 1; n >= 1; n--) {
        const target = orgs.get(words.slice(0, n).join(' '));
        if (target) return headed ? { ...f, name: words.join(' ') } : { ...f, name: target.name, type: target.type, origin: target.origin };
      }
      return f;
    }
    const longer = [...orgs.values()].filter((o) => o.name.startsWith(f.name + ' ') && !LEGAL_TAIL.test(o.name));
    if (longer.length === 1) return { ...f, name: longer[0].name, origin: longer[0].origin };
    const registered = [...new Set([...orgs.values()].filter((o) => LEGAL_TAIL.test(o.name)).map((o) => o.name.replace(LEGAL_TAIL, '')))]
      .filter((n) => n.startsWith(f.name + ' ') && ORG_HEAD.test(n.split(' ').pop()!));
    if (registered.length === 1) return { ...f, name: registered[0]! };
    return f;
  });
}

/**
 * Surnames of people named in full, and the short heads of named bodies
 * ("the Commission", "City Council"), refer to the full name seen in the text.
 */
function addPartialMentions(text: string, tokens: Token[], found: Found[], gaz: Gazetteer): Found[] {
  // A name recurs through an article: what is read off the name alone (its words, lookups, a search of the
  // whole text) is read once per name below, while every mention still updates the maps in order.
  const surnames = new Map<string, Found | null>();
  const surnameOf = new Map<string, string | null>();
  for (const f of found) {
    if (f.type !== 'person') continue;
    let surname = surnameOf.get(f.name);
    if (surname === undefined) {
      const parts = f.name.split(' ');
      const last = parts[parts.length - 1];
      surname = parts.length < 2 || last.length < 3 || gaz.lookup(last) ? null : last;
      surnameOf.set(f.name, surname);
    }
    if (surname === null) continue;
    const prev = surnames.get(surname);
    surnames.set(surname, prev && prev.name !== f.name ? null : f);
  }
  const heads = new Map<string, Found | null>();
  const tailsOf = new Map<string, string[]>();
  for (const f of found) {
    if (f.type !== 'org') continue;
    let tails = tailsOf.get(f.name);
    if (!tails) {
      tails = [];
      const parts = f.name.split(' ');
      for (let k = 1; k < parts.length; k++) {
        const last = parts[parts.length - 1];
        if (!SHORT_HEADS.test(last) || /^(of|and|for|the)$/i.test(parts[k])) continue;
        tails.push(parts.slice(k).join(' '));
      }
      tailsOf.set(f.name, tails);
    }
    for (const tail of tails) {
      const prev = heads.get(tail);
      heads.set(tail, prev && prev.name !== f.name ? null : f);
    }
  }
  // "TWG Global ... TWG runs a fund": a company's distinctive first word alone is the company, when only one
  // organisation of the text opens with it and no person or place is named by it.
  const openers = new Map<string, Found | null>();
  const personWords = new Set<string>();
  // "Austin Energy ... in Austin": a word the text names a place by is that place.
  const placeNames = new Set<string>();
  for (const f of found) {
    if (f.type === 'person') for (const w of f.name.split(' ')) personWords.add(w);
    else if (f.type === 'place') { placeNames.add(f.name); placeNames.add(f.surface); }
  }
  const openerOf = new Map<string, string | null>();
  for (const f of found) {
    if (f.type !== 'org') continue;
    let head = openerOf.get(f.name);
    if (head === undefined) {
      const parts = f.name.split(' ');
      const first = parts[0]!;
      // A word the text also writes in lower case ("business") is a word, not a name.
      const skip = parts.length < 2 || first.length < 3 || !/^\p{Lu}[\p{L}-]*$/u.test(first) || isEverydayWord(first) || personWords.has(first) || gaz.lookup(first) || placeNames.has(first) ||
        writtenAsWord(text, first.toLowerCase());
      head = skip ? null : first;
      openerOf.set(f.name, head);
    }
    if (head === null) continue;
    const prev = openers.get(head);
    openers.set(head, prev === undefined || prev?.name === f.name ? f : null);
  }
  // "Kettle Moraine Power ... Kettle Moraine and AWS signed": a firm's name less its closing head words or legal form,
  // when those opening words name no place ("Ashby Township Board" is Ashby Township's board, not a firm).
  const shortForms = new Map<string, Found | null>();
  for (const f of found) {
    if (f.type !== 'org' || f.origin === 'gazetteer') continue;
    const parts = f.name.split(' ');
    let cut = parts.length;
    while (cut > 2 && ORG_HEAD_OR_FORM.test(parts[cut - 1]!) && !PUBLIC_BODY_HEAD.test(parts[cut - 1]!)) cut--;
    if (cut === parts.length || cut < 2) continue;
    const short = parts.slice(0, cut);
    if (!short.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w)) || ORG_HEAD_OR_FORM.test(short[cut - 1]!)) continue;
    const phrase = short.join(' ');
    if (placeNames.has(phrase) || gaz.lookup(phrase) || realPlace(phrase) || personWords.has(short[0]!)) continue;
    const prev = shortForms.get(phrase);
    shortForms.set(phrase, prev === undefined || prev?.name === f.name ? f : null);
  }
  const taken = coverage(tokens.length, found);
  // "Westgate Data Holdings ... ordered Westgate to halt": a name found on its own that is the short form of one
  // organisation the text names in full (its opening word, or its words less the closing head words) is that one.
  const out = found.map((f) => {
    if (f.type !== 'org' || f.origin !== 'discovered') return f;
    const full = shortForms.get(f.name) ?? (f.name.includes(' ') ? null : openers.get(f.name));
    return full && full.name !== f.name ? { ...f, name: full.name } : f;
  });
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isCapitalised(tokens[i])) continue;
    const short = shortForms.size ? shortFormAt(tokens, i, taken, shortForms) : null;
    if (short) {
      out.push({ ...short.firm, start: tokens[i].start, end: tokens[short.last].end, surface: text.slice(tokens[i].start, tokens[short.last].end), first: i, last: short.last });
      for (let k = i; k <= short.last; k++) taken[k] = 1;
      i = short.last;
      continue;
    }
    const opener = openers.get(tokens[i].text);
    const following = tokens[i + 1];
    // Opening a sentence, a capitalised word ("Business groups ...") may be any word: an acronym is the name, and so
    // is a word that is the whole subject of an auxiliary ("Globex is spending", "Globex has said").
    const subjectOfAuxiliary = following && (/^(?:is|was|has|had|will|would|said|says|plans|expects)$/.test(following.text) || actsAsSubject(tokens, i + 1));
    const initialWord = opener && isSentenceInitial(text, tokens, i) && !((isAllCaps(tokens[i].text) && !isCommonWordOrName(tokens[i].text)) || subjectOfAuxiliary);
    if (opener && !initialWord && !(following && isCapitalised(following) && following.start - tokens[i].end === 1) && !/^['’]?-/.test(text.slice(tokens[i].end, tokens[i].end + 2))) {
      out.push({ ...opener, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      taken[i] = 1;
      continue;
    }
    const person = surnames.get(tokens[i].text);
    const nextTok = tokens[i + 1];
    const nextIsName = nextTok && isCapitalised(nextTok) && nextTok.start - tokens[i].end === 1 && !taken[i + 1];
    if (person && !nextIsName) {
      out.push({ ...person, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      continue;
    }
    // Longest capitalised tail first: "City Council" before "Council".
    for (let n = heads.size ? 3 : 0; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      // The n tokens from i, all free and capitalised, before any array or phrase is made of them.
      let free = true;
      for (let k = 0; k < n && free; k++) free = !taken[i + k] && isCapitalised(tokens[i + k]!);
      if (!free) continue;
      const slice = tokens.slice(i, i + n);
      const phrase = slice.map((t) => t.text).join(' ');
      const body = heads.get(phrase);
      if (!body) continue;
      const after = tokens[i + n];
      const continuesName = after && isCapitalised(after) && after.start - slice[n - 1].end === 1 && n === 1 && !/^(Executive|President|Vice|Chair|Chairman|Commissioner|Secretary|Member)/.test(after.text);
      if (continuesName) continue;
      const prevWord = tokens[i - 1]?.text.toLowerCase();
      if (n === 1 && prevWord !== 'the' && isSentenceInitial(text, tokens, i)) continue;
      out.push({ ...body, start: slice[0].start, end: slice[n - 1].end, surface: text.slice(slice[0].start, slice[n - 1].end), first: i, last: i + n - 1 });
      for (let k = 0; k < n; k++) taken[i + k] = 1;
      i += n - 1;
      break;
    }
  }
  return out;
}

/** The short form of a firm (addPartialMentions) whose words start at token i, free, capitalised and not run on into another name. */
function shortFormAt(tokens: Token[], i: number, taken: Uint8Array, shortForms: Map<string, Found | null>): { firm: Found; last: number } | null {
  let phrase = tokens[i]!.text;
  for (let k = i + 1; k < tokens.length && k - i < 4; k++) {
    const t = tokens[k]!;
    if (taken[k] || !isCapitalised(t) || t.start - tokens[k - 1]!.end !== 1) return null;
    phrase += ` ${t.text}`;
    const firm = shortForms.get(phrase);
    if (!firm) continue;
    const after = tokens[k + 1];
    if (after && isCapitalised(after) && after.start - t.end === 1) return null;
    return { firm, last: k };
  }
  return null;
}

/**
 * The words from token i are a finite verb, a modal or an auxiliary, maybe after one adverb ("must keep", "first
 * agreed", "owns"): what follows a sentence's subject, never a noun it could modify ("Summit must" against "Summit talks").
 */
function actsAsSubject(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const adverb = /^(?:first|once|now|also|then|later|\w+ly)$/.test(word);
  const tags = lexiconTags(adverb ? tokens[i + 1]?.text ?? '' : word);
  // The word's likeliest tag: "talks", "prices" are nouns first, "must", "agreed", "owns" are verbs first.
  return /^(?:MD|VBD|VBZ)$/.test(tags[0] ?? '') || (tags[0] === 'VBN' && tags.includes('VBD'));
}

/**
 * `word` stands in the text with no letter either side, as
 * /(?<!\p{L})word(?!\p{L})/u would find it: a plain substring search (the
 * word is mostly absent), then the code points either side of each hit.
 */
function writtenAsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isLetterBefore(text, i) && !isLetterAt(text, i + word.length)) return true;
  }
  return false;
}

const LETTER = /^\p{L}$/u;
/** The code point starting at `at` is a letter. */
function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}
/** The code point ending just before `at` is a letter (a surrogate pair read whole). */
function isLetterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterAt(text, at - 2);
  }
  return isLetterAt(text, at - 1);
}

/** "Commissioner Alvarez" and "Rosa Alvarez" in one text are one person, under the full name. */
function mergeSurnamePersons(found: Found[]): Found[] {
  const full = new Map<string, string | null>();
  for (const f of found) {
    if (f.type !== 'person' || !f.name.includes(' ')) continue;
    const surname = f.name.split(' ').pop()!;
    const prev = full.get(surname);
    full.set(surname, prev === undefined || prev === f.name ? f.name : null);
  }
  return found.map((f) => {
    if (f.type !== 'person' || f.name.includes(' ')) return f;
    const name = full.get(f.name);
    return name ? { ...f, name } : f;
  });
}

/** One entity per canonical name, with mention counts and the surface forms seen, in order of first mention. */
export function summariseEntities(mentions: EntityMention[]): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity & { surfaces: Set<string> }>();
  for (const m of mentions) {
    const key = `${m.name.toLowerCase()}|${m.type}`;
    let e = byKey.get(key);
    if (!e) {
      e = { name: m.name, type: m.type, mentions: 0, origin: m.origin, surfaces: new Set() };
      byKey.set(key, e);
    }
    e.mentions++;
    if (m.origin === 'gazetteer') e.origin = 'gazetteer';
    if (m.surface !== m.name) e.surfaces.add(m.surface);
  }
  return [...byKey.values()].map(({ surfaces, ...e }) => (surfaces.size ? { ...e, aliases: [...surfaces] } : e));
}

export type { GazetteerEntry };
