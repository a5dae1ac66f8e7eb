/**
 * Figures: the facts behind amounts and quantities (interface.md, "Figures:
 * one fact, one row"). Each mention an article gives joins the figure it
 * restates, or starts a new one:
 *
 * - the same figure: same kind (money or a quantity kind), unit, category,
 *   owner, period and estimate flag, value within rounding ("$17bn" is
 *   "$17.4 billion"; "$38bn" is not "$40bn"). A figure whose owner is not
 *   named matches only within the article's story: "1 GW" said of nobody in
 *   two unrelated articles is two facts. Through a story, a mention with no
 *   owner or period also joins a figure that has them (and vice versa).
 *   A join that rests on the value needs more: a sum in the same news also
 *   agrees on category or owner or a party both sentences name, and no join
 *   on the value crosses countries ("1 GW in India" is not "1 GW in Abu
 *   Dhabi"). A sum read as a company's funding that equals its valuation is
 *   the valuation (a company never raises its whole worth).
 * - a revision: a later figure for the same owner, category and period
 *   (guidance raised or cut) supersedes the current one; `revises_id`
 *   chains them. "raised it to $85bn from $75bn" revises within one article.
 * - a dispute: outlets giving different values for the same owner,
 *   category and period at the same time; both rows stay, marked disputed,
 *   and `dispute_of` points at the first so sums count the dispute once.
 *
 * Conversions never become figures (they restate the figure before them).
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from 'better-sqlite3';
import type { TrackerDb } from '../../db/open.ts';
import { figureMentions, figures } from '../../db/schema.ts';
import { stmt } from './statements.ts';
import { wordingSimilarity } from './wording.ts';
import { tellingOf, toldOfOthers, type Party, type Telling } from './figure-clause.ts';
import { namedIn } from '../common/named-in.ts';

export interface FigureMentionInput {
  amountId?: number;
  quantityId?: number;
  /** 'amount' or a quantity kind */
  kind: string;
  category: string | null;
  entityId: number | null;
  period: string | null;
  value: number;
  valueMin: number | null;
  unit: string;
  valueUsd: number | null;
  estimate: boolean;
  text: string;
  sentence: string;
}

/** Guidance is revised or disputed; a deal's or a round's different values are different deals. */
const REVISABLE = new Set(['capex', 'compute_spend', 'revenue']);
/** Two reports this close (days) give a figure "at the same time": a different value then is a dispute, later a revision. */
const SAME_TIME_DAYS = 3;
/** Rounding never stretches further than this share of the value ("$38bn" and "$40bn" stay apart). */
const MAX_ROUNDING = 0.03;

/** Half a unit of the last significant digit: the precision a written figure claims ("17" -> 0.5, "17.4" -> 0.05). */
function halfUnit(v: number): number {
  if (v === 0) return 0;
  const digits = Number(Math.abs(v).toPrecision(6)).toString().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  return 0.5 * 10 ** (magnitude - Math.max(1, digits.length) + 1);
}

/** Same value within the rounding of the less precise of the two, capped at MAX_ROUNDING. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const tol = Math.min(Math.max(halfUnit(a), halfUnit(b)), MAX_ROUNDING * Math.max(Math.abs(a), Math.abs(b)));
  return Math.abs(a - b) <= tol + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

interface FigureRow {
  id: number; kind: string; category: string | null; entity_id: number | null; period: string | null;
  value: number; value_min: number | null; unit: string; estimate: number; status: string;
  dispute_of: number | null; first_seen_at: string; last_seen_at: string;
}

/**
 * Same value or range. A range's bounds are limits, not roundings: "$7 billion to $9 billion" is not "$9.17
 * billion", so a single value restates a range only when it names one of its bounds exactly.
 */
function sameRange(f: FigureRow, m: FigureMentionInput): boolean {
  if ((f.value_min === null) === (m.valueMin === null)) {
    return sameValue(f.value, m.value) && (f.value_min === null || sameValue(f.value_min, m.valueMin!));
  }
  const [point, low, high] = f.value_min === null ? [f.value, m.valueMin!, m.value] : [m.value, f.value_min, f.value];
  return point === low || point === high;
}

/** Figures of the same kind, unit and value range: the only ones a mention can restate (indexed on kind, unit, value). */
function byValue(sqlite: Database, m: FigureMentionInput): FigureRow[] {
  const slack = MAX_ROUNDING * Math.abs(m.value);
  // Raw SQL: a range scan on the (kind, unit, value) index reads clearer here than the builder's operators.
  return stmt(sqlite, 'SELECT * FROM figures WHERE kind = ? AND unit = ? AND value BETWEEN ? AND ? LIMIT 200')
    .all(m.kind, m.unit, m.value - slack, m.value + slack) as FigureRow[];
}

/** Figures read per value, and articles per figure (the latest), when looking for articles that state the same figures. */
const FIGURES_PER_VALUE = 10;
const ARTICLES_PER_FIGURE = 20;
/** An article that states this many of the same figures (one of them distinctive) and names a party this one names tells the same facts. */
const SHARED_FIGURES = 3;

/**
 * Articles that state several of the figures this article states, one of them distinctive, and name a party this
 * one names: they report the same facts, whatever story their wording put them in ("60 GW of requests against a 7 GW
 * peak, 14 GW of it data centres" told twice, two months apart). One equal number is a coincidence; several are not.
 */
function figureMates(sqlite: Database, articleId: number, mentions: FigureMentionInput[], articleEntities: Set<number>): Set<number> {
  const shared = new Map<number, { values: Set<string>; distinctive: boolean }>();
  // Indexed reads only, each bounded: the figures of the same value as written (a point is not a range that ends on
  // it, within the rounding the mention's own digits claim), then each one's latest mentions (rowid order follows
  // the figure index, so a figure told by thousands of articles costs no more than one told by two).
  const sameWritten = stmt(sqlite, `SELECT id FROM figures WHERE kind = ? AND unit = ? AND value BETWEEN ? AND ? AND (value_min IS NULL) = ?
    LIMIT ${FIGURES_PER_VALUE}`);
  const latest = stmt(sqlite, `SELECT article_id FROM figure_mentions WHERE figure_id = ? ORDER BY rowid DESC LIMIT ${ARTICLES_PER_FIGURE}`);
  for (const m of mentions) {
    const key = `${m.kind}:${m.unit}:${m.value}:${m.valueMin ?? ''}`;
    const tol = Math.min(halfUnit(m.value), MAX_ROUNDING * Math.abs(m.value));
    for (const f of sameWritten.all(m.kind, m.unit, m.value - tol, m.value + tol, m.valueMin === null ? 1 : 0) as Array<{ id: number }>) {
      for (const r of latest.all(f.id) as Array<{ article_id: number }>) {
        if (r.article_id === articleId) continue;
        const s = shared.get(r.article_id) ?? { values: new Set<string>(), distinctive: false };
        s.values.add(key);
        s.distinctive ||= distinctive(m.value);
        shared.set(r.article_id, s);
      }
    }
  }
  const namesAParty = stmt(sqlite, 'SELECT entity_id FROM article_entities WHERE article_id = ?');
  const out = new Set<number>();
  for (const [id, s] of shared) {
    if (s.values.size < SHARED_FIGURES || !s.distinctive) continue;
    if ((namesAParty.all(id) as Array<{ entity_id: number }>).some((r) => articleEntities.has(r.entity_id))) out.add(id);
  }
  return out;
}

/** Figures of the article's story mates (articles telling the same news). */
function mateFigureIds(sqlite: Database, mates: number[]): Set<number> {
  const out = new Set<number>();
  const q = stmt(sqlite, 'SELECT DISTINCT figure_id FROM figure_mentions WHERE article_id = ?');
  for (const a of mates) for (const r of q.all(a) as Array<{ figure_id: number }>) out.add(r.figure_id);
  return out;
}

/** Significant digits a written value gives ("17.4" -> 3, "40" -> 1, "835" -> 3). */
function significantDigits(v: number): number {
  return Number(Math.abs(v).toPrecision(6)).toString().replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Two or more significant digits ("835 MW", "$4.8 billion", "340 acres"): a number two unrelated reports rarely share. */
export function distinctive(v: number): boolean {
  return significantDigits(v) >= 2;
}

/** Which rule of findSame joined a mention to a stored figure (logged with FIGURE_RULES_LOG=1, for `eval:merge`). */
export type SameRule = 'exact' | 'exact-round' | 'story-precise' | 'story-agree' | 'story-number' | 'distinctive-named' | 'valuation' | 'valuation-not-raised' | 'unowned-period' | 'same-words' | 'same-source';

function findSame(sqlite: Database, m: FigureMentionInput, mates: Set<number>, articleEntities: Set<number>, parties: string[], places: ArticlePlaces, clauses: Clauses): { row: FigureRow; rule: SameRule } | null {
  // Closest value first: "$27 billion" and "$27.3 billion" in one story are two facts, and "$27.3bn" elsewhere is the latter.
  const gap = (f: FigureRow) => Math.abs(f.value - m.value) + (f.value_min !== null && m.valueMin !== null ? Math.abs(f.value_min - m.valueMin) : 0);
  const all = byValue(sqlite, m).filter((f) => sameRange(f, m)).sort((a, b) => gap(a) - gap(b) || a.id - b.id);
  const rows = all.filter((f) => f.category === m.category && !!f.estimate === m.estimate);
  const agree = (x: unknown, y: unknown) => x === null || y === null || x === y;
  // Three rules read candidates' sentences (valuation, same words, same source): each figure's are read once per mention.
  const read = new Map<number, string[]>();
  const sentencesOf = (id: number) => read.get(id) ?? read.set(id, latestSentences(sqlite, id)).get(id)!;
  const valued = valuedIn(sqlite, m, sentencesOf);
  // Joins that rest on the value (rather than an owner read alike) refuse a figure told of another country.
  const here = countriesIn(m.sentence, places.of(null));
  // Read once per candidate: placed() and the rules that test one row both ask.
  const apartOf = new Map<number, boolean>();
  const apart = (f: FigureRow) => {
    if (!here.namesCountry) return false;
    let known = apartOf.get(f.id);
    if (known === undefined) apartOf.set(f.id, known = countriesApart(here, figureCountries(sqlite, f.id, places)));
    return known;
  };
  let placedRows: FigureRow[] | null = null;
  const placed = () => (placedRows ??= all.filter((f) => !apart(f)));
  // A party of this article named both in this mention's sentence and in one of the figure's.
  const besideHere = parties.filter((p) => namedIn(p, m.sentence));
  const namesAPartyOf = (f: FigureRow) => besideHere.length > 0 && sentencesOf(f.id).some((t) => besideHere.some((p) => namedIn(p, t)));
  // Joins that rest on the value refuse a figure whose own clauses tell of other parties than this one's.
  const mine = clauses.tellingHere(m);
  const othersOf = new Map<number, boolean>();
  const others = (f: FigureRow) => {
    let known = othersOf.get(f.id);
    if (known === undefined) {
      const theirs = clauses.tellingsOf(f);
      othersOf.set(f.id, known = theirs.length > 0 && theirs.every((t) => toldOfOthers(mine, t, clauses.names)));
    }
    return known;
  };
  // Two sums read with two owners, each clause telling of its own parties: two facts of one size.
  const ownersApart = (f: FigureRow) => m.kind === 'amount' && m.entityId !== null && f.entity_id !== null && f.entity_id !== m.entityId && others(f);
  const sameOwnerAndPeriod = (f: FigureRow) => m.entityId !== null && f.entity_id === m.entityId && f.period === m.period;
  const exact = (also: (f: FigureRow) => boolean) => rows.find((f) => sameOwnerAndPeriod(f) && also(f) && f.status !== 'superseded')
    ?? rows.find((f) => sameOwnerAndPeriod(f) && also(f));
  const roundElsewhere = (f: FigureRow) => m.kind !== 'amount' && !distinctive(m.value) && !mates.has(f.id);
  const rules: Array<[SameRule, () => FigureRow | null | undefined]> = [
    // Exact owner and period, owner named: the same fact wherever it was reported.
    // A round quantity ("1 GW", "200 acres") has no category or period to pin it: of one owner it is told of several
    // sites, so outside the news at hand it waits until the story's own figures have been tried (exact-round).
    ['exact', () => exact((f) => !roundElsewhere(f))],
    // The same precise number of one owner and category in the same news is one fact, whatever period or estimate
    // flag two outlets' wording let the tagger read ("12.98 billion yuan" in the quarter, in a roundup).
    ['story-precise', () => all.find((f) => mates.has(f.id) && m.entityId !== null && f.entity_id === m.entityId && f.category === m.category
      && f.value === m.value && significantDigits(m.value) >= 3)],
    // Through the story: owner and period agree where both sides give them.
    ['story-agree', () => rows.find((f) => mates.has(f.id) && agree(f.entity_id, m.entityId) && agree(f.period, m.period) && !apart(f))],
    // The same number in the same news, the owner read differently by two outlets (or by the tagger): one fact
    // (the category too: "a $38bn deal" and "$38bn of cloud services" are one figure read two ways). The value alone
    // is not evidence enough: a story tells several sums of one size, so a sum also agrees on its category or
    // owner, or both sentences name one party.
    ['story-number', () => placed().find((f) => mates.has(f.id) && agree(f.period, m.period) && (m.kind !== 'amount' || f.category === m.category
      || (m.entityId !== null && f.entity_id === m.entityId) || namesAPartyOf(f)) && !ownersApart(f))],
    ['exact-round', () => exact(roundElsewhere)],
    // Beyond the story: a distinctive number, owned by someone this article names too ("835 megawatts" of a plant
    // whose owner both articles name, whoever the tagger took the owner to be).
    // Either way round: the owner this mention was read with is named by an article that told the figure.
    ['distinctive-named', () => placed().find((f) => distinctive(m.value) && agree(f.period, m.period) && (f.category === m.category || m.kind !== 'amount')
      && ((f.entity_id !== null && articleEntities.has(f.entity_id)) || (m.entityId !== null && namedByTellers(sqlite, f.id, m.entityId))) && !ownersApart(f))],
    // A valuation is one fact whoever reports it: an investor's article giving "X, recently valued at $500bn" states
    // X's valuation, whatever owner the tagger read there, as does X's own report of its round. Both sides are owned
    // (X, or the investor): an unowned total of the same size ("X's $500bn buildout") is another fact.
    ['valuation', () => all.find((f) => m.kind === 'amount' && (f.category === 'valuation' || m.category === 'valuation') && agree(f.period, m.period)
      && f.entity_id !== null && m.entityId !== null && f.entity_id !== m.entityId && valued(f))],
    // A company never raises its whole valuation: a sum read as X's funding that equals X's valuation is the valuation,
    // misread (storeFigures gives the figure the category valuation).
    ['valuation-not-raised', () => all.find((f) => m.kind === 'amount' && m.entityId !== null && f.entity_id === m.entityId && agree(f.period, m.period)
      && isValuationAndRaise(f.category, m.category))],
    // Owned by nobody named, anywhere: a precise number for one category and one stated period ("$176 billion of
    // spending over 2026-2028") is as specific as an owner would make it.
    ['unowned-period', () => rows.find((f) => f.entity_id === null && m.entityId === null && m.period !== null && f.period === m.period && significantDigits(m.value) >= 3
      && !apart(f))],
    ['same-words', () => sameWords(m, placed().filter((f) => agree(f.period, m.period) && (agree(f.entity_id, m.entityId) || f.category === m.category)), sentencesOf)],
    ['same-source', () => sameSource(m, placed().filter((f) => f.entity_id === null && agree(f.period, m.period)), parties, sentencesOf)],
  ];
  for (const [rule, find] of rules) {
    const row = find();
    if (row) return { row, rule };
  }
  return null;
}

/** The tellings (own clause's parties, sentence) of this article's mentions and of stored figures, each read once per article stored. */
interface Clauses {
  tellingHere(m: FigureMentionInput): Telling;
  tellingsOf(f: FigureRow): Telling[];
  names(id: number): string[];
}

/** An entity an article names, with its type. */
interface Named { id: number; type: string }

/**
 * The entities each article names, with their types: one read of article_entities per article, which serves the
 * article's own entity ids, its party names (partyNames) and each clause's parties (clauseReader).
 */
function namedReader(sqlite: Database): (articleId: number) => Named[] {
  const read = new Map<number, Named[]>();
  const q = stmt(sqlite, 'SELECT e.id, e.type FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ?');
  return (a) => read.get(a) ?? read.set(a, q.all(a) as Named[]).get(a)!;
}

function clauseReader(sqlite: Database, articleId: number, named: (articleId: number) => Named[], namesOfId: (id: number) => string[]): Clauses {
  const partiesOf = new Map<number, Party[]>();
  // Places say where, and a quoted person says who told it: neither is a party a sum belongs to.
  const parties = (a: number) => partiesOf.get(a) ?? partiesOf.set(a, named(a).filter((r) => r.type !== 'place' && r.type !== 'person')
    .map((r) => ({ id: r.id, names: namesOfId(r.id).filter((n) => n.length >= 3) }))).get(a)!;
  const latest = stmt(sqlite, `SELECT fm.article_id, fm.sentence, coalesce(a.text, q.text) AS text FROM figure_mentions fm
    LEFT JOIN amounts a ON a.id = fm.amount_id LEFT JOIN quantities q ON q.id = fm.quantity_id
    WHERE fm.figure_id = ? ORDER BY fm.rowid DESC LIMIT ${SENTENCES_PER_FIGURE}`);
  return {
    tellingHere: (m) => tellingOf(m.sentence, m.text, m.entityId, parties(articleId)),
    tellingsOf: (f) => (latest.all(f.id) as Array<{ article_id: number; sentence: string; text: string | null }>)
      .map((r) => tellingOf(r.sentence, r.text ?? '', f.entity_id, parties(r.article_id))),
    names: namesOfId,
  };
}

/** Money raised and a valuation: the two readings one company's sum of that size can have. */
function isValuationAndRaise(a: string | null, b: string | null): boolean {
  return (a === 'valuation' && b === 'funding') || (a === 'funding' && b === 'valuation');
}

/** A place an article names: its names, its country, and whether it is a country itself. */
interface NamedPlace { names: string[]; country: string; isCountry: boolean }
/** The places of an article, read once per article while its figures are stored (null: the article being stored). */
interface ArticlePlaces { of(articleId: number | null): NamedPlace[] }

function articlePlaces(sqlite: Database, articleId: number): ArticlePlaces {
  const read = new Map<number, NamedPlace[]>();
  const q = stmt(sqlite, `SELECT e.id, e.country_code, e.place_kind FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
    WHERE ae.article_id = ? AND e.type = 'place' AND e.country_code IS NOT NULL`);
  return {
    of(id) {
      const a = id ?? articleId;
      let out = read.get(a);
      if (!out) {
        out = (q.all(a) as Array<{ id: number; country_code: string; place_kind: string | null }>)
          .map((r) => ({ names: namesOf(sqlite, r.id), country: r.country_code, isCountry: r.place_kind === 'country' }));
        read.set(a, out);
      }
      return out;
    },
  };
}

/** The countries of the places a sentence names, and whether it names a country as such ("India", not "Paris"). */
interface Countries { codes: Set<string>; namesCountry: boolean }
function countriesIn(sentence: string, places: NamedPlace[]): Countries {
  const out: Countries = { codes: new Set(), namesCountry: false };
  for (const p of places) {
    if (!p.names.some((n) => namedIn(n, sentence))) continue;
    out.codes.add(p.country);
    out.namesCountry ||= p.isCountry;
  }
  return out;
}

/**
 * Two sentences that each name a country, with no country in common: a figure told of a site in one country and one
 * told of another ("1 GW in India", "1 GW in Abu Dhabi, outside the United States") are two facts, however equal.
 * A country on one side only says nothing ("Paris" and "Mexico" may be anywhere the other sentence left unsaid).
 */
function countriesApart(a: Countries, b: Countries): boolean {
  return a.namesCountry && b.namesCountry && ![...a.codes].some((c) => b.codes.has(c));
}

/** The countries a stored figure's latest mentions name, each sentence read against its own article's places. */
function figureCountries(sqlite: Database, figureId: number, places: ArticlePlaces): Countries {
  const out: Countries = { codes: new Set(), namesCountry: false };
  const rows = stmt(sqlite, `SELECT article_id, sentence FROM figure_mentions WHERE figure_id = ? ORDER BY rowid DESC LIMIT ${SENTENCES_PER_FIGURE}`)
    .all(figureId) as Array<{ article_id: number; sentence: string }>;
  for (const r of rows) {
    const c = countriesIn(r.sentence, places.of(r.article_id));
    for (const code of c.codes) out.codes.add(code);
    out.namesCountry ||= c.namesCountry;
  }
  return out;
}

/** Whether one of the articles behind a figure's latest mentions names the entity (both lookups by primary-key prefix). */
function namedByTellers(sqlite: Database, figureId: number, entityId: number): boolean {
  return !!stmt(sqlite, `SELECT 1 FROM (SELECT article_id FROM figure_mentions WHERE figure_id = ? ORDER BY rowid DESC LIMIT ${SENTENCES_PER_FIGURE}) t
    JOIN article_entities ae ON ae.article_id = t.article_id AND ae.entity_id = ? LIMIT 1`).get(figureId, entityId);
}

/** Name and aliases of an entity (primary key and the aliases' primary key lead with the entity id). */
function namesOf(sqlite: Database, entityId: number): string[] {
  return (stmt(sqlite, 'SELECT name FROM entities WHERE id = ? UNION SELECT alias FROM entity_aliases WHERE entity_id = ?').all(entityId, entityId) as Array<{ name: string }>)
    .map((r) => r.name).filter((n) => n.length >= 2);
}

/**
 * Whether both sides' sentences name the company one of them is read as owning the number: the company whose
 * valuation an investor's article gives ("its stake in X, recently valued at ..."), read there with the investor as
 * owner, and X's own report of its round. A valuation of another company, however equal, names neither.
 */
function valuedIn(sqlite: Database, m: FigureMentionInput, sentencesOf: (figureId: number) => string[]): (f: FigureRow) => boolean {
  // Names this mention's sentence gives, per entity: the mention's own owner is asked about for every candidate.
  const named = new Map<number, string[]>();
  const namedHere = (id: number) => named.get(id) ?? named.set(id, namesOf(sqlite, id).filter((n) => namedIn(n, m.sentence))).get(id)!;
  return (f) => {
    const theirs = sentencesOf(f.id);
    return [f.entity_id, m.entityId].some((id) => id !== null && namedHere(id).some((n) => theirs.some((t) => namedIn(n, t))));
  };
}

/** The sentences of a figure's latest mentions (at most SENTENCES_PER_FIGURE). */
function latestSentences(sqlite: Database, figureId: number): string[] {
  return (stmt(sqlite, `SELECT sentence FROM figure_mentions WHERE figure_id = ? ORDER BY rowid DESC LIMIT ${SENTENCES_PER_FIGURE}`).all(figureId) as Array<{ sentence: string }>)
    .map((r) => r.sentence);
}

/** The candidates last seen most recently (at most WORDING_CANDIDATES), whose sentences are worth reading. */
function latestCandidates(candidates: FigureRow[]): FigureRow[] {
  return [...candidates].sort((a, b) => b.last_seen_at.localeCompare(a.last_seen_at) || a.id - b.id).slice(0, WORDING_CANDIDATES);
}

/** Names (and aliases) of the parties an article names, places left out: a place in two sentences says little. */
function partyNames(named: Named[], namesOfId: (id: number) => string[]): string[] {
  return named.filter((r) => r.type !== 'place').flatMap((r) => namesOfId(r.id)).filter((n) => n.length >= 3);
}

/**
 * A figure nobody owns, said by both sentences beside the same party ("Brookfield estimates ... about $7 trillion",
 * "Brookfield puts the requirement at about $7 trillion"): the party's estimate or claim, told twice, whatever category
 * each wording let the tagger read. Only where neither side has an owner: an owner read on one side is evidence the
 * number is someone else's.
 */
function sameSource(m: FigureMentionInput, candidates: FigureRow[], parties: string[], sentencesOf: (figureId: number) => string[]): FigureRow | null {
  if (m.entityId !== null || candidates.length === 0) return null;
  const beside = parties.filter((p) => namedIn(p, m.sentence));
  if (beside.length === 0) return null;
  for (const f of latestCandidates(candidates)) {
    if (sentencesOf(f.id).some((t) => beside.some((p) => namedIn(p, t)))) return f;
  }
  return null;
}

/** Figures whose sentences are compared per mention (the nearest in time), and sentences read per figure. */
const WORDING_CANDIDATES = 10;
const SENTENCES_PER_FIGURE = 3;
/**
 * Content-word overlap (wording.ts) at which two sentences giving the same number say the same thing: half their
 * words or more in common ("penalties for late filings may reach €12 million or 3% of sales", told twice).
 */
export const SAME_WORDS = 0.5;

/**
 * The same number said in nearly the same words is one fact, in whatever story, whoever the tagger took the owner
 * to be where one outlet names none: a second outlet paraphrasing the first, or one restating a rule's figure.
 */
function sameWords(m: FigureMentionInput, candidates: FigureRow[], sentencesOf: (figureId: number) => string[]): FigureRow | null {
  if (candidates.length === 0) return null;
  for (const f of latestCandidates(candidates)) {
    if (wordingSimilarity([m.sentence], sentencesOf(f.id)) >= SAME_WORDS) return f;
  }
  return null;
}

/** The figure this one may revise or dispute: the latest current (or disputed) one for the same owner, category and period. */
function findRivals(sqlite: Database, m: FigureMentionInput): FigureRow | null {
  if (m.kind !== 'amount' || !m.category || !REVISABLE.has(m.category) || m.entityId === null || m.period === null) return null;
  return (stmt(sqlite, `SELECT * FROM figures WHERE kind = 'amount' AND entity_id = ? AND category = ? AND period = ? AND unit = ? AND estimate = ?
    AND status IN ('current', 'disputed') ORDER BY last_seen_at DESC, id DESC LIMIT 1`)
    .get(m.entityId, m.category, m.period, m.unit, m.estimate ? 1 : 0) as FigureRow | undefined) ?? null;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** "to $85 billion from $75 billion", "from $75 billion to $85 billion": the earlier value a sentence names beside this one. */
function revisedFrom(m: FigureMentionInput, others: FigureMentionInput[]): FigureMentionInput | null {
  for (const o of others) {
    if (o === m || o.sentence !== m.sentence || o.category !== m.category || o.entityId !== m.entityId || sameValue(o.value, m.value)) continue;
    const fromOther = new RegExp(`\\bfrom\\s+(?:the\\s+|its\\s+|a\\s+|an\\s+)?(?:previous\\s+|prior\\s+|earlier\\s+)?(?:guidance\\s+of\\s+)?${escape(o.text)}`, 'i');
    if (fromOther.test(m.sentence)) return o;
  }
  return null;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Joins each of an article's figure mentions to its fact (or a new one). `mentions` are already one per fact of the
 * article (deduplicated and capped by the caller) and never conversions; `mates` are the article's story mates.
 */
export function storeFigures(db: TrackerDb, articleId: number, publishedAt: string, mentions: FigureMentionInput[], mates: number[]): number[] {
  const sqlite = db.$client;
  const named = namedReader(sqlite);
  const names = new Map<number, string[]>();
  const namesOfId = (id: number) => names.get(id) ?? names.set(id, namesOf(sqlite, id)).get(id)!;
  const articleEntities = new Set(named(articleId).map((r) => r.id));
  const parties = partyNames(named(articleId), namesOfId);
  const places = articlePlaces(sqlite, articleId);
  const clauses = clauseReader(sqlite, articleId, named, namesOfId);
  const mateIds = mateFigureIds(sqlite, [...new Set([...mates, ...figureMates(sqlite, articleId, mentions, articleEntities)])]);
  const used = new Set<number>();
  const figureOf = new Map<FigureMentionInput, number>();
  // Earlier values ("from $75bn") first, so the value that replaces them can revise them; "raised its 2026 forecast
  // to $85bn from $75bn" gives the period once, and the earlier value is for the same period.
  const olders = new Set<FigureMentionInput>();
  for (const m of mentions) {
    const o = revisedFrom(m, mentions);
    if (!o) continue;
    if (o.period === null) o.period = m.period;
    olders.add(o);
  }
  const ordered = [...mentions.filter((m) => olders.has(m)), ...mentions.filter((m) => !olders.has(m))];
  for (const m of ordered) {
    const found = findSame(sqlite, m, mateIds, articleEntities, parties, places, clauses);
    // One article gives one fact once; a second mention of an already-joined figure is another fact.
    const same = found && !used.has(found.row.id) ? found.row : null;
    if (same && process.env.FIGURE_RULES_LOG) console.error(`FRULE ${found!.rule} ${articleId} ${same.id} ${m.text} :: m=${m.entityId}/${m.category}/${m.period}/${m.estimate} f=${same.entity_id}/${same.category}/${same.period}/${same.estimate} mates=${mateIds.has(same.id)}`);
    let figureId: number;
    if (same) {
      figureId = same.id;
      db.update(figures).set({
        lastSeenAt: sql`max(${figures.lastSeenAt}, ${publishedAt})`,
        firstSeenAt: sql`min(${figures.firstSeenAt}, ${publishedAt})`,
        entityId: same.entity_id ?? m.entityId,
        period: same.period ?? m.period,
        // The valuation reading wins over the raise it was taken for (valuation-not-raised).
        ...(isValuationAndRaise(same.category, m.category) && m.category === 'valuation' ? { category: 'valuation' } : {}),
      }).where(eq(figures.id, same.id)).run();
    } else {
      const older = revisedFrom(m, mentions);
      const olderId = older ? figureOf.get(older) ?? null : null;
      const rival = olderId === null ? findRivals(sqlite, m) : null;
      let status = 'current';
      let revisesId: number | null = olderId;
      let disputeOf: number | null = null;
      if (rival && !used.has(rival.id)) {
        if (days(publishedAt, rival.last_seen_at) > SAME_TIME_DAYS && publishedAt > rival.last_seen_at) revisesId = rival.id;
        else if (days(publishedAt, rival.last_seen_at) <= SAME_TIME_DAYS) {
          status = 'disputed';
          disputeOf = rival.dispute_of ?? rival.id;
          if (rival.status !== 'disputed') db.update(figures).set({ status: 'disputed' }).where(eq(figures.id, rival.id)).run();
        }
      }
      if (revisesId !== null) db.update(figures).set({ status: 'superseded' }).where(eq(figures.id, revisesId)).run();
      figureId = db.insert(figures).values({
        kind: m.kind, category: m.category, entityId: m.entityId, period: m.period, value: m.value, valueMin: m.valueMin,
        unit: m.unit, valueUsd: m.valueUsd, estimate: m.estimate, status, revisesId, disputeOf,
        firstSeenAt: publishedAt, lastSeenAt: publishedAt, sourceCount: 0,
      }).returning({ id: figures.id }).get().id;
    }
    used.add(figureId);
    figureOf.set(m, figureId);
    db.insert(figureMentions).values({ figureId, articleId, amountId: m.amountId ?? null, quantityId: m.quantityId ?? null, sentence: m.sentence }).run();
    // One mention per figure per article (`used`, and the article's old mentions were cleared): counted as it grows.
    db.update(figures).set({ sourceCount: sql`${figures.sourceCount} + 1` }).where(eq(figures.id, figureId)).run();
  }
  return mentions.map((m) => figureOf.get(m)!);
}

function refreshFigureCount(sqlite: Database, figureId: number): void {
  stmt(sqlite, 'UPDATE figures SET source_count = (SELECT count(DISTINCT article_id) FROM figure_mentions WHERE figure_id = ?) WHERE id = ?').run(figureId, figureId);
}

/**
 * Removes an article's figure mentions before it is tagged again; figures left with no mention go, and a
 * figure they had superseded becomes current again.
 */
export function clearArticleFigures(sqlite: Database, articleId: number): void {
  const touched = (stmt(sqlite, 'SELECT DISTINCT figure_id FROM figure_mentions WHERE article_id = ?').all(articleId) as Array<{ figure_id: number }>).map((r) => r.figure_id);
  stmt(sqlite, 'DELETE FROM figure_mentions WHERE article_id = ?').run(articleId);
  for (const id of touched) {
    const left = (stmt(sqlite, 'SELECT count(*) AS n FROM figure_mentions WHERE figure_id = ?').get(id) as { n: number }).n;
    if (left > 0) { refreshFigureCount(sqlite, id); continue; }
    const f = stmt(sqlite, 'SELECT revises_id FROM figures WHERE id = ?').get(id) as { revises_id: number | null } | undefined;
    if (f?.revises_id) stmt(sqlite, "UPDATE figures SET status = 'current' WHERE id = ? AND status = 'superseded'").run(f.revises_id);
    stmt(sqlite, 'UPDATE figures SET revises_id = NULL WHERE revises_id = ?').run(id);
    stmt(sqlite, 'UPDATE figures SET dispute_of = NULL WHERE dispute_of = ?').run(id);
    stmt(sqlite, 'DELETE FROM figures WHERE id = ?').run(id);
  }
}
