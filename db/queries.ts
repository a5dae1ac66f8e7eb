/**
 * Read-only queries the static site (and CLI) share. Raw SQL over
 * better-sqlite3: the site build runs thousands of these, so statements are
 * prepared once and lists every page needs are computed once per build
 * (module-level cache keyed by database path and build id), never per page.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config } from '../ingest/config.ts';
import { isIndependentCity } from '../ingest/places/names.ts';

export const EVENT_TYPE_LIST = [
  'shutdown', 'land_dispute', 'legal', 'regulation', 'partnership', 'funding',
  'spend_plan', 'buildout', 'energy', 'outage', 'pricing', 'acquisition',
] as const;
export const CERTAINTY_LIST = ['confirmed', 'reported', 'speculative', 'denied'] as const;

/** Entities get their own page when they have an event or an amount, or at least this many article mentions. */
export const ENTITY_PAGE_MIN_MENTIONS = 3;

export interface EntityRef { id: number; slug: string; name: string; type: string }
export interface EventRow {
  id: number; slug: string; type: string; summary: string; date: string; certainty: string;
  location: string | null; firstSeenAt: string; sourceCount: number; actors: EntityRef[];
  /** The place entity the event is located in (events.location_entity_id). */
  locationEntityId: number | null;
}
export interface ArticleRef {
  id: number; title: string; url: string; outlet: string | null; publishedAt: string; excerpt: string;
}
export interface AmountRow {
  id: number; articleId: number; text: string; value: number; valueMin: number | null; currency: string;
  valueUsd: number | null; category: string; entity: EntityRef | null; period: string | null; estimate: boolean;
  sentence: string; articleTitle: string; publishedAt: string;
  /** Set for figures (facts): their id, status, how many articles reported them, and whether sums count them. */
  figureId?: number; status?: 'current' | 'superseded' | 'disputed'; sources?: number; counted?: boolean;
  revisesId?: number | null; disputeOf?: number | null;
}
export interface QuantityRow {
  id: number; articleId: number; text: string; kind: string; value: number; unit: string;
  entity: EntityRef | null; sentence: string; articleTitle: string; publishedAt: string;
  /** Articles reporting the figure (quantities read from figures). */
  sources?: number;
}

interface Cache {
  key: string;
  /** Opened by openSiteDb for one build: used as is, without re-reading the settings on every query. */
  pinned?: boolean;
  db: Database.Database;
  stmts: Map<string, Database.Statement>;
  memo: Map<string, unknown>;
}
// On globalThis so the copy bundled into Astro's build and the one buildSite imports share one connection.
const CACHE_KEY = Symbol.for('ai-infra-tracker.site-db');
const store = globalThis as unknown as { [CACHE_KEY]?: Cache };

// Resolved once per value of TRACKER_DB: every query goes through conn(), and resolving a path each time showed in the build profile.
let resolvedPath: { env: string | undefined; build: string | undefined; path: string; key: string } | undefined;

/** The database the site reads: TRACKER_DB, else data/tracker.db. */
export function siteDbPath(): string {
  return connKey().path;
}

function connKey(): { path: string; key: string } {
  const env = config().TRACKER_DB;
  const build = config().TRACKER_BUILD_ID;
  if (!resolvedPath || resolvedPath.env !== env || resolvedPath.build !== build) {
    const path = resolve(env);
    resolvedPath = { env, build, path, key: `${path}\u0000${build ?? ''}` };
  }
  return resolvedPath;
}

function conn(): Cache {
  const cache = store[CACHE_KEY];
  // Every statement and memo goes through here (hundreds of thousands of times a build); reading the settings each
  // time cost seconds in the build profile, so a build pins its connection once (openSiteDb) and skips that.
  if (cache?.pinned) return cache;
  const { path, key } = connKey();
  if (cache?.key === key) return cache;
  cache?.db.close();
  store[CACHE_KEY] = undefined;
  if (!existsSync(path)) {
    throw new Error(`Site build: database ${path} not found. Run \`npx tracker ingest\` first or pass --db PATH (TRACKER_DB).`);
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const fresh: Cache = { key, db, stmts: new Map(), memo: new Map() };
  store[CACHE_KEY] = fresh;
  return fresh;
}

/** A statement prepared once per build (shared with the other query modules in db/). */
export function stmt(sql: string): Database.Statement {
  const c = conn();
  let s = c.stmts.get(sql);
  if (!s) { s = c.db.prepare(sql); c.stmts.set(sql, s); }
  return s;
}

/** A value computed once per build (shared with the other query modules in db/). */
export function memo<T>(name: string, compute: () => T): T {
  const c = conn();
  if (!c.memo.has(name)) c.memo.set(name, compute());
  return c.memo.get(name) as T;
}

/**
 * Opens the database every site query reads until closeSiteDb() (buildSite brackets Astro's build with the two).
 * Pages rendered outside a build (astro dev) find their database through TRACKER_DB instead.
 */
export function openSiteDb(path: string): void {
  closeSiteDb();
  const abs = resolve(path);
  if (!existsSync(abs)) throw new Error(`Site build: database ${abs} not found. Run \`npx tracker ingest\` first or pass --db PATH (TRACKER_DB).`);
  store[CACHE_KEY] = { key: abs, db: new Database(abs, { readonly: true, fileMustExist: true }), stmts: new Map(), memo: new Map(), pinned: true };
}

/** Closes the cached connection (the build calls this when Astro is done). */
export function closeSiteDb(): void {
  store[CACHE_KEY]?.db.close();
  store[CACHE_KEY] = undefined;
}

export const excerptOf = (summary: string | null, body: string) => {
  const text = (summary && summary.trim()) || body;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 280 ? `${flat.slice(0, 277).replace(/\s+\S*$/, '')}…` : flat;
};

// ---------------------------------------------------------------- entities

export function allEntities(): Map<number, EntityRef> {
  return memo('entities', () => {
    const m = new Map<number, EntityRef>();
    for (const r of stmt('SELECT id, slug, name, type FROM entities').all() as EntityRef[]) m.set(r.id, r);
    return m;
  });
}

// Places where events happened get pages, and so do the places containing them (a county official follows the county).
const ENTITY_PAGE_IDS_SQL = `WITH RECURSIVE located(id) AS (SELECT location_entity_id FROM events WHERE location_entity_id IS NOT NULL
    UNION SELECT e.parent_id FROM entities e JOIN located l ON e.id = l.id WHERE e.parent_id IS NOT NULL)
  SELECT entity_id AS id FROM event_actors
  UNION SELECT entity_id FROM amounts WHERE entity_id IS NOT NULL
  UNION SELECT entity_id FROM quantities WHERE entity_id IS NOT NULL
  UNION SELECT id FROM located
  UNION SELECT entity_id FROM article_entities GROUP BY entity_id HAVING sum(mentions) >= ?`;

/** Ids of entities that get a page (see ENTITY_PAGE_MIN_MENTIONS); links to others render as plain text. */
export function entityPageIds(): Set<number> {
  return memo('entityPageIds', () => new Set((stmt(ENTITY_PAGE_IDS_SQL).all(ENTITY_PAGE_MIN_MENTIONS) as { id: number }[]).map((r) => r.id)));
}

export function hasEntityPage(id: number): boolean {
  return entityPageIds().has(id);
}

export function entityBySlug(slug: string): EntityRef | undefined {
  return stmt('SELECT id, slug, name, type FROM entities WHERE slug = ?').get(slug) as EntityRef | undefined;
}

export function entityAliases(id: number): string[] {
  return (stmt('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias').all(id) as { alias: string }[]).map((r) => r.alias);
}

/** Article counts per month (YYYY-MM) that mention the entity. */
export function entityMentionsByMonth(id: number): { month: string; articles: number }[] {
  return stmt(`SELECT substr(a.published_at, 1, 7) AS month, count(*) AS articles FROM article_entities ae
    JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? GROUP BY month ORDER BY month`).all(id) as { month: string; articles: number }[];
}

/** Entities most often named in the same articles. */
export function relatedEntities(id: number, limit = 12): (EntityRef & { shared: number })[] {
  const rows = stmt(`SELECT other.entity_id AS id, count(*) AS shared FROM article_entities mine
    JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id != mine.entity_id
    WHERE mine.entity_id = ? GROUP BY other.entity_id ORDER BY shared DESC LIMIT ?`).all(id, limit) as { id: number; shared: number }[];
  const ents = allEntities();
  return rows.flatMap((r) => { const e = ents.get(r.id); return e ? [{ ...e, shared: r.shared }] : []; });
}

export function entityLatestArticles(id: number, limit = 10): ArticleRef[] {
  // The newest ids first, then the rows: sorting whole rows read every article's excerpt for a much-named entity.
  return (stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body
    FROM (SELECT ae.article_id AS id FROM article_entities ae JOIN articles x ON x.id = ae.article_id
      WHERE ae.entity_id = ? ORDER BY x.published_at DESC LIMIT ?) newest
    JOIN articles a ON a.id = newest.id LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.published_at DESC`).all(id, limit) as RawArticle[]).map(toArticleRef);
}

/** Events an entity is an actor in, newest first. The map is built once per build: filtering every event for every entity page was quadratic. */
export function entityEvents(id: number): EventRow[] {
  return memo('eventsByActor', () => {
    const m = new Map<number, EventRow[]>();
    for (const e of allEvents()) {
      for (const a of e.actors) {
        const list = m.get(a.id);
        if (list) list.push(e); else m.set(a.id, [e]);
      }
    }
    return m;
  }).get(id) ?? [];
}

/** An entity's money figures (facts, each once), largest first; superseded and disputed ones carry their status. */
export function entityAmounts(id: number, limit = 50): AmountRow[] {
  // The largest ids first, by index (figures_owner), then their rows (CROSS JOIN keeps that order): each row looks up
  // its first report, and filtering the view on the entity made SQLite do that for every figure of the database.
  return (stmt(`${FIGURE_COLUMNS} FROM (SELECT id FROM figures WHERE kind = 'amount' AND entity_id = ?
      ORDER BY coalesce(value_usd, 0) DESC, id LIMIT ?) largest
    CROSS JOIN spend f ON f.figure_id = largest.id JOIN figures fg ON fg.id = f.figure_id
    ORDER BY coalesce(f.value_usd, 0) DESC, f.figure_id`).all(id, limit) as RawFigure[]).map(toFigure);
}

// ---------------------------------------------------------------- events

/** Every event with its actors, newest first; computed once per build. */
export function allEvents(): EventRow[] {
  return memo('events', () => {
    const ents = allEntities();
    const actors = new Map<number, EntityRef[]>();
    for (const r of stmt('SELECT event_id, entity_id FROM event_actors ORDER BY event_id, position').all() as { event_id: number; entity_id: number }[]) {
      const e = ents.get(r.entity_id);
      if (!e) continue;
      const list = actors.get(r.event_id);
      if (list) list.push(e); else actors.set(r.event_id, [e]);
    }
    return (stmt(`SELECT id, slug, type, summary, date, certainty, location, first_seen_at AS firstSeenAt, source_count AS sourceCount,
        location_entity_id AS locationEntityId
      FROM events ORDER BY date DESC, first_seen_at DESC, id DESC`).all() as Omit<EventRow, 'actors'>[])
      .map((e) => ({ ...e, actors: actors.get(e.id) ?? [] }));
  });
}

export function eventYears(): string[] {
  return memo('eventYears', () => [...new Set(allEvents().map((e) => e.date.slice(0, 4)))].sort().reverse());
}

export function eventTypeCounts(): Map<string, number> {
  return memo('eventTypeCounts', () => {
    const m = new Map<string, number>();
    for (const e of allEvents()) m.set(e.type, (m.get(e.type) ?? 0) + 1);
    return m;
  });
}

export function eventBySlug(slug: string): EventRow | undefined {
  return memo('eventsBySlug', () => new Map(allEvents().map((e) => [e.slug, e]))).get(slug);
}

/** "Reported by N outlets, M independent": outlets are sources (an article with none counts as its own); a copy is not independent. */
export function eventReach(eventId: number): { outlets: number; articles: number; independent: number } {
  return stmt(`SELECT count(DISTINCT coalesce('s' || a.source_id, 'a' || a.id)) AS outlets, count(*) AS articles,
      sum(NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.independent = 0)) AS independent
    FROM (SELECT DISTINCT article_id FROM event_mentions WHERE event_id = ?) m JOIN articles a ON a.id = m.article_id`)
    .get(eventId) as { outlets: number; articles: number; independent: number };
}

export interface EventSource extends ArticleRef { sentence: string; certainty: string }

export function eventSources(eventId: number): EventSource[] {
  return (stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body,
      m.sentence, m.certainty
    FROM event_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id
    WHERE m.event_id = ? ORDER BY a.published_at`).all(eventId) as (RawArticle & { sentence: string; certainty: string })[])
    .map((r) => ({ ...toArticleRef(r), sentence: r.sentence, certainty: r.certainty }));
}

export interface MentionRef { articleId: number; outlet: string | null; sentence: string; publishedAt: string; url: string }

/** Every event's reports (outlet, evidence, date), oldest first, loaded in one query for all feeds of a build. */
export function eventMentionIndex(): Map<number, MentionRef[]> {
  return memo('mentionIndex', () => {
    const m = new Map<number, MentionRef[]>();
    for (const r of stmt(`SELECT m.event_id AS eventId, m.article_id AS articleId, s.name AS outlet, m.sentence, a.published_at AS publishedAt, a.url
        FROM event_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id
        ORDER BY m.event_id, a.published_at`).all() as (MentionRef & { eventId: number })[]) {
      const { eventId, ...ref } = r;
      ref.outlet ??= outletFromUrl(ref.url);
      const l = m.get(eventId);
      if (l) l.push(ref); else m.set(eventId, [ref]);
    }
    return m;
  });
}

/** Events first seen in [fromIso, toIso). */
export function eventsSeenBetween(fromIso: string, toIso: string): EventRow[] {
  return allEvents().filter((e) => e.firstSeenAt >= fromIso && e.firstSeenAt < toIso);
}

/** Most recently seen events first (feeds). */
export function eventsBySeen(limit: number, type?: string): EventRow[] {
  const sorted = memo('eventsBySeen', () => [...allEvents()].sort((a, b) => (a.firstSeenAt < b.firstSeenAt ? 1 : a.firstSeenAt > b.firstSeenAt ? -1 : b.id - a.id)));
  const list = type ? sorted.filter((e) => e.type === type) : sorted;
  return list.slice(0, limit);
}

/** Land disputes counted by location, most contested first (the region list). */
export function landDisputesByLocation(): { location: string; events: number; latest: string }[] {
  return memo('landByLocation', () => stmt(`SELECT location, count(*) AS events, max(date) AS latest FROM events
    WHERE type = 'land_dispute' AND location IS NOT NULL GROUP BY location ORDER BY events DESC, location`).all() as { location: string; events: number; latest: string }[]);
}

/** The newest moment the data knows about: "this week" on the site is relative to it when the clock is far ahead. */
export function latestSeenAt(): string | null {
  return memo('latestSeen', () => (stmt('SELECT max(first_seen_at) AS t FROM events').get() as { t: string | null }).t);
}

// ---------------------------------------------------------------- articles

interface RawArticle { id: number; title: string; url: string; outlet: string | null; publishedAt: string; summary: string | null; body: string }
const toArticleRef = (r: RawArticle): ArticleRef => ({
  id: r.id, title: r.title, url: r.url, outlet: r.outlet ?? outletFromUrl(r.url), publishedAt: r.publishedAt, excerpt: excerptOf(r.summary, r.body),
});

/**
 * The outlet of an article with no source row: an imported file shows its file name (never its folder: local
 * paths are not published), a web page its host.
 */
export function outletFromUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '') || null;
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.replace(/^www\./, '');
  } catch { /* not a URL: no outlet to show */ }
  return null;
}

export function articleIds(): number[] {
  return (stmt('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

export interface ArticleDetail extends ArticleRef {
  author: string | null; promotional: boolean;
  entities: (EntityRef & { mentions: number })[];
  events: (EventRow & { sentence: string })[];
  amounts: AmountRow[];
  quantities: QuantityRow[];
}

/**
 * Every article with id in [first, last], with its tags: one query per table for the whole page instead of
 * five per article (article pages hold ARTICLES_PER_PAGE articles each).
 */
export function articleDetailsInRange(first: number, last: number): ArticleDetail[] {
  const rows = stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body,
      a.author, a.promotional FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id BETWEEN ? AND ? ORDER BY a.id`)
    .all(first, last) as (RawArticle & { author: string | null; promotional: number })[];
  const ents = allEntities();
  const byId = memo('eventsById', () => new Map(allEvents().map((e) => [e.id, e])));
  const group = <T extends { article_id: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) { const l = m.get(x.article_id); if (l) l.push(x); else m.set(x.article_id, [x]); }
    return m;
  };
  const entityRows = group(stmt('SELECT article_id, entity_id, mentions FROM article_entities WHERE article_id BETWEEN ? AND ? ORDER BY article_id, mentions DESC')
    .all(first, last) as { article_id: number; entity_id: number; mentions: number }[]);
  const eventRows = group(stmt('SELECT article_id, event_id, sentence FROM event_mentions WHERE article_id BETWEEN ? AND ?')
    .all(first, last) as { article_id: number; event_id: number; sentence: string }[]);
  const amountRows = group((stmt(`${AMOUNT_SELECT} WHERE a.article_id BETWEEN ? AND ? ORDER BY a.id`).all(first, last) as RawAmount[])
    .map((r) => ({ ...toAmount(r), article_id: r.articleId })));
  const quantityRows = group((stmt(`${QUANTITY_SELECT} WHERE q.article_id BETWEEN ? AND ? ORDER BY q.id`).all(first, last) as RawQuantity[])
    .map((r) => ({ ...toQuantity(r), article_id: r.articleId })));
  return rows.map((r) => ({
    ...toArticleRef(r), author: r.author, promotional: !!r.promotional,
    entities: (entityRows.get(r.id) ?? []).flatMap((x) => { const e = ents.get(x.entity_id); return e ? [{ ...e, mentions: x.mentions }] : []; }),
    events: (eventRows.get(r.id) ?? []).flatMap((x) => { const e = byId.get(x.event_id); return e ? [{ ...e, sentence: x.sentence }] : []; }),
    amounts: (amountRows.get(r.id) ?? []).map(({ article_id: _, ...a }) => a),
    quantities: (quantityRows.get(r.id) ?? []).map(({ article_id: _, ...q }) => q),
  }));
}

export function articleDetail(id: number): ArticleDetail | undefined {
  const r = stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body,
      a.author, a.promotional FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`).get(id) as (RawArticle & { author: string | null; promotional: number }) | undefined;
  if (!r) return undefined;
  const ents = allEntities();
  const byId = memo('eventsById', () => new Map(allEvents().map((e) => [e.id, e])));
  return {
    ...toArticleRef(r), author: r.author, promotional: !!r.promotional,
    entities: (stmt('SELECT entity_id, mentions FROM article_entities WHERE article_id = ? ORDER BY mentions DESC').all(id) as { entity_id: number; mentions: number }[])
      .flatMap((x) => { const e = ents.get(x.entity_id); return e ? [{ ...e, mentions: x.mentions }] : []; }),
    events: (stmt('SELECT event_id, sentence FROM event_mentions WHERE article_id = ?').all(id) as { event_id: number; sentence: string }[])
      .flatMap((x) => { const e = byId.get(x.event_id); return e ? [{ ...e, sentence: x.sentence }] : []; }),
    amounts: (stmt(`${AMOUNT_SELECT} WHERE a.article_id = ? ORDER BY a.id`).all(id) as RawAmount[]).map(toAmount),
    quantities: (stmt(`${QUANTITY_SELECT} WHERE q.article_id = ? ORDER BY q.id`).all(id) as RawQuantity[]).map(toQuantity),
  };
}

// ---------------------------------------------------------------- money and quantities

const AMOUNT_SELECT = `SELECT a.id, a.article_id AS articleId, a.text, a.value, a.value_min AS valueMin, a.currency, a.value_usd AS valueUsd,
  a.category, a.entity_id AS entityId, a.period, a.estimate, a.sentence, ar.title AS articleTitle, ar.published_at AS publishedAt
  FROM amounts a JOIN articles ar ON ar.id = a.article_id`;
type RawAmount = Omit<AmountRow, 'entity' | 'estimate'> & { entityId: number | null; estimate: number };
const toAmount = (r: RawAmount): AmountRow => {
  const { entityId, ...rest } = r;
  return { ...rest, estimate: !!r.estimate, entity: entityId == null ? null : allEntities().get(entityId) ?? null };
};

const QUANTITY_SELECT = `SELECT q.id, q.article_id AS articleId, q.text, q.kind, q.value, q.unit, q.entity_id AS entityId, q.sentence,
  ar.title AS articleTitle, ar.published_at AS publishedAt FROM quantities q JOIN articles ar ON ar.id = q.article_id`;
type RawQuantity = Omit<QuantityRow, 'entity'> & { entityId: number | null };
const toQuantity = (r: RawQuantity): QuantityRow => {
  const { entityId, ...rest } = r;
  return { ...rest, entity: entityId == null ? null : allEntities().get(entityId) ?? null };
};

/** The largest amounts found in these articles (a place's page: the figures reported with its events). */
export function amountsOfArticles(articleIds: number[], limit = 25): AmountRow[] {
  if (articleIds.length === 0) return [];
  return (stmt(`${AMOUNT_SELECT} WHERE a.article_id IN (SELECT value FROM json_each(?)) AND a.conversion = 0
    ORDER BY coalesce(a.value_usd, 0) DESC LIMIT ?`).all(JSON.stringify(articleIds), limit) as RawAmount[]).map(toAmount);
}

export function quantitiesOfArticles(articleIds: number[], limit = 25): QuantityRow[] {
  if (articleIds.length === 0) return [];
  return (stmt(`${QUANTITY_SELECT} WHERE q.article_id IN (SELECT value FROM json_each(?)) AND q.conversion = 0
    ORDER BY q.kind, q.value DESC LIMIT ?`).all(JSON.stringify(articleIds), limit) as RawQuantity[]).map(toQuantity);
}

// Money and quantity figures below are facts (the `figures` table), never mentions: one row however many
// articles report a figure, so no sum counts it twice (interface.md, "Figures: one fact, one row").

/**
 * A money figure as a row of an amount table: the text, sentence and link come from the first article that
 * reported it; `sources` counts every article; superseded guidance and disputed values carry their status.
 */
const FIGURE_COLUMNS = `SELECT f.figure_id AS figureId, f.amount_id AS id, f.article_id AS articleId, coalesce(f.text, '') AS text, f.value, f.value_min AS valueMin,
  f.currency, f.value_usd AS valueUsd, f.category, fg.entity_id AS entityId, f.period, f.estimate, coalesce(f.sentence, '') AS sentence,
  coalesce(f.article_title, '') AS articleTitle, coalesce(f.published_at, f.first_seen_at) AS publishedAt, f.status, f.source_count AS sources,
  f.counted, f.revises_id AS revisesId, f.dispute_of AS disputeOf`;
const FIGURE_SELECT = `${FIGURE_COLUMNS} FROM spend f JOIN figures fg ON fg.id = f.figure_id`;
type RawFigure = Omit<AmountRow, 'entity' | 'estimate' | 'counted'> & { entityId: number | null; estimate: number; counted: number };
const toFigure = (r: RawFigure): AmountRow => {
  const { entityId, ...rest } = r;
  return { ...rest, articleId: r.articleId ?? 0, estimate: !!r.estimate, counted: !!r.counted, entity: entityId == null ? null : allEntities().get(entityId) ?? null };
};

/** Biggest money figures (USD) first reported on or after `sinceIso`, each counted once. */
export function biggestAmountsSince(sinceIso: string, limit = 8): AmountRow[] {
  return (stmt(`${FIGURE_SELECT} WHERE f.first_seen_at >= ? AND f.counted = 1 AND f.value_usd IS NOT NULL
    ORDER BY f.value_usd DESC LIMIT ?`).all(sinceIso, limit) as RawFigure[]).map(toFigure);
}

/** Biggest figures first reported since `sinceIso` (home page): facts, so each once, with how many articles reported it. */
export function biggestFiguresSince(sinceIso: string, limit = 8): (AmountRow & { reports: number })[] {
  return biggestAmountsSince(sinceIso, limit).map((r) => ({ ...r, reports: r.sources ?? 1 }));
}

export function biggestAmounts(limit = 25): AmountRow[] {
  return memo(`biggest:${limit}`, () => (stmt(`${FIGURE_SELECT} WHERE f.counted = 1 AND f.value_usd IS NOT NULL
    ORDER BY f.value_usd DESC LIMIT ?`).all(limit) as RawFigure[]).map(toFigure));
}

/** Every article that reported a figure, oldest first: a figure links all its sources. */
export function figureSources(figureId: number): (ArticleRef & { sentence: string })[] {
  return (stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body, fm.sentence
    FROM figure_mentions fm JOIN articles a ON a.id = fm.article_id LEFT JOIN sources s ON s.id = a.source_id
    WHERE fm.figure_id = ? GROUP BY a.id ORDER BY a.published_at, a.id`).all(figureId) as (RawArticle & { sentence: string })[])
    .map((r) => ({ id: r.id, title: r.title, url: r.url, outlet: r.outlet, publishedAt: r.publishedAt, excerpt: excerptOf(r.summary, r.body), sentence: r.sentence }));
}

export interface SpendCell { entity: string; entitySlug: string | null; year: string; kind: 'announced' | 'estimate'; usd: number; amounts: number }

/**
 * Announced and forecast spend (capex + compute_spend) by spender and year: the sum of facts (current figures,
 * a dispute counted once). The year is the period a figure applies to; a figure with none is "period unknown",
 * never the year it happened to be reported. Spenders beyond the top `topN` are folded into "Others".
 */
export function spendByEntityYear(topN = 8): SpendCell[] {
  return memo(`spendEntityYear:${topN}`, () => {
    const rows = stmt(`SELECT fg.entity_id AS entityId, coalesce(substr(s.period, 1, 4), '${PERIOD_UNKNOWN}') AS year,
        s.estimate, sum(s.value_usd) AS usd, count(*) AS n
      FROM spend s JOIN figures fg ON fg.id = s.figure_id
      WHERE s.counted = 1 AND s.category IN ('capex', 'compute_spend') AND s.value_usd IS NOT NULL
      GROUP BY entityId, year, s.estimate`).all() as { entityId: number | null; year: string; estimate: number; usd: number; n: number }[];
    const totals = new Map<number | null, number>();
    for (const r of rows) totals.set(r.entityId, (totals.get(r.entityId) ?? 0) + r.usd);
    const top = new Set([...totals].filter(([id]) => id != null).sort((a, b) => b[1] - a[1]).slice(0, topN).map(([id]) => id));
    const ents = allEntities();
    const cells = new Map<string, SpendCell>();
    for (const r of rows) {
      if (!/^\d{4}$/.test(r.year) && r.year !== PERIOD_UNKNOWN) continue;
      const e = r.entityId != null && top.has(r.entityId) ? ents.get(r.entityId) : undefined;
      const entity = e?.name ?? (r.entityId == null ? 'Unattributed' : 'Others');
      const kind = r.estimate ? 'estimate' : 'announced';
      const key = `${entity}\u0000${r.year}\u0000${kind}`;
      const c = cells.get(key) ?? { entity, entitySlug: e && hasEntityPage(e.id) ? e.slug : null, year: r.year, kind, usd: 0, amounts: 0 };
      c.usd += r.usd; c.amounts += r.n;
      cells.set(key, c);
    }
    return [...cells.values()].sort((a, b) => a.year.localeCompare(b.year) || b.usd - a.usd);
  });
}

/** How the site names a figure with no period. */
export const PERIOD_UNKNOWN = 'period unknown';

export interface CategoryTotal { category: string; kind: 'announced' | 'estimate'; usd: number; amounts: number }

export function spendByCategory(): CategoryTotal[] {
  return memo('spendByCategory', () => (stmt(`SELECT category, CASE WHEN estimate THEN 'estimate' ELSE 'announced' END AS kind,
      sum(value_usd) AS usd, count(*) AS amounts FROM spend WHERE counted = 1 AND value_usd IS NOT NULL
      GROUP BY category, kind ORDER BY usd DESC`).all() as CategoryTotal[]));
}

/** Power (MW) or land (acres) figures by the month they were first reported, each figure once. */
export function quantityByMonth(kind: 'power' | 'land'): { month: string; total: number; items: number }[] {
  return memo(`qty:${kind}`, () => stmt(`SELECT substr(first_seen_at, 1, 7) AS month, sum(value) AS total, count(*) AS items
    FROM figures WHERE kind = ? AND status != 'superseded' AND dispute_of IS NULL
    GROUP BY month ORDER BY month`).all(kind) as { month: string; total: number; items: number }[]);
}

export function biggestQuantities(kind: 'power' | 'land', limit = 10): QuantityRow[] {
  return memo(`bigqty:${kind}:${limit}`, () => (stmt(`SELECT fm.quantity_id AS id, fm.article_id AS articleId, q.text, f.kind, f.value, f.unit, f.entity_id AS entityId,
      fm.sentence, ar.title AS articleTitle, ar.published_at AS publishedAt, f.source_count AS sources
    FROM figures f
    JOIN figure_mentions fm ON fm.rowid = (SELECT m.rowid FROM figure_mentions m WHERE m.figure_id = f.id ORDER BY m.article_id LIMIT 1)
    JOIN quantities q ON q.id = fm.quantity_id JOIN articles ar ON ar.id = fm.article_id
    WHERE f.kind = ? AND f.status != 'superseded' AND f.dispute_of IS NULL ORDER BY f.value DESC LIMIT ?`)
    .all(kind, limit) as RawQuantity[]).map(toQuantity));
}

export interface GuidanceChain { category: string; period: string | null; steps: AmountRow[] }

/**
 * Guidance over time: for each category and period of an entity's figures with a revision or a dispute, every
 * value in the order it was reported ("2025 capex: $75bn in February, raised to $85bn in July ..."), each with
 * its first source. Disputed values (two outlets, one time, two values) appear side by side in the same chain.
 */
export function entityGuidance(entityId: number): GuidanceChain[] {
  const rows = (stmt(`${FIGURE_SELECT} WHERE fg.entity_id = ? AND fg.kind = 'amount'
      AND (fg.status IN ('superseded', 'disputed') OR fg.revises_id IS NOT NULL)
    ORDER BY f.category, f.period, f.first_seen_at, f.figure_id`).all(entityId) as RawFigure[]).map(toFigure);
  const chains = new Map<string, GuidanceChain>();
  for (const r of rows) {
    const key = `${r.category}\u0000${r.period ?? ''}`;
    const c = chains.get(key) ?? { category: r.category, period: r.period, steps: [] };
    c.steps.push(r);
    chains.set(key, c);
  }
  return [...chains.values()];
}

// ---------------------------------------------------------------- sources, runs, counts

export interface SourceHealth {
  id: number; name: string; url: string; type: string; enabled: boolean; lastFetchedAt: string | null;
  lastStatus: string | null; lastError: string | null; consecutiveFailures: number; articles: number; latestArticle: string | null;
}

export function sourceHealth(): SourceHealth[] {
  return memo('sources', () => (stmt(`SELECT s.id, s.name, s.url, s.type, s.enabled, s.last_fetched_at AS lastFetchedAt, s.last_status AS lastStatus,
      s.last_error AS lastError, s.consecutive_failures AS consecutiveFailures,
      (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articles,
      (SELECT max(published_at) FROM articles a WHERE a.source_id = s.id) AS latestArticle
    FROM sources s ORDER BY s.name`).all() as (Omit<SourceHealth, 'enabled'> & { enabled: number })[])
    .map((r) => ({ ...r, enabled: !!r.enabled })));
}

export interface RunRow { id: number; kind: string; startedAt: string; finishedAt: string | null; status: string; itemsSeen: number; itemsNew: number; errors: number }

export function recentRuns(limit = 10): RunRow[] {
  return stmt(`SELECT id, kind, started_at AS startedAt, finished_at AS finishedAt, status, items_seen AS itemsSeen, items_new AS itemsNew, errors
    FROM runs ORDER BY started_at DESC LIMIT ?`).all(limit) as RunRow[];
}

/** What the site's empty states need to know: how many sources there are, and what the last ingest run reached. */
export interface CollectionState {
  sources: number;
  enabledSources: number;
  articles: number;
  /** The last finished ingest run, with how many of its sources answered (ok or not modified). */
  lastIngest: { startedAt: string; status: string; sourcesTried: number; sourcesReached: number; itemsSeen: number } | null;
}

export function collectionState(): CollectionState {
  return memo('collection-state', () => {
    const counts = stmt(`SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM sources WHERE enabled = 1) AS enabledSources,
      (SELECT count(*) FROM articles) AS articles`).get() as { sources: number; enabledSources: number; articles: number };
    const run = stmt(`SELECT r.started_at AS startedAt, r.status, r.items_seen AS itemsSeen,
        (SELECT count(*) FROM run_sources rs WHERE rs.run_id = r.id) AS sourcesTried,
        (SELECT count(*) FROM run_sources rs WHERE rs.run_id = r.id AND rs.status IN ('ok', 'not_modified')) AS sourcesReached
      FROM runs r WHERE r.kind = 'ingest' AND r.status NOT IN ('running', 'interrupted') ORDER BY r.started_at DESC, r.id DESC LIMIT 1`).get() as CollectionState['lastIngest'] | undefined;
    return { ...counts, lastIngest: run ?? null };
  });
}

export function tableCounts(): Record<string, number> {
  return memo('counts', () => {
    const out: Record<string, number> = {};
    const present = new Set((stmt("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    for (const t of ['sources', 'articles', 'entities', 'entity_aliases', 'article_entities', 'amounts', 'quantities', 'events', 'event_actors', 'event_mentions', 'runs',
      'figures', 'figure_mentions', 'stories', 'story_articles']) {
      if (present.has(t)) out[t] = (stmt(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    }
    return out;
  });
}

/** Columns of every table and view, read from SQLite itself so the data page never drifts from the schema. */
export function schemaDescription(): { name: string; kind: string; columns: { name: string; type: string }[] }[] {
  return memo('schema', () => (stmt(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')
      AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'articles_fts_%' ORDER BY type, name`).all() as { name: string; type: string }[])
    .map((t) => ({
      name: t.name, kind: t.type,
      columns: (conn().db.prepare(`PRAGMA table_info(${JSON.stringify(t.name)})`).all() as { name: string; type: string }[]).map((c) => ({ name: c.name, type: c.type })),
    })));
}

// ---------------------------------------------------------------- search records

export interface ArticleSearchRecord { id: number; title: string; outlet: string | null; publishedAt: string; text: string }

/**
 * Articles as search records (title, outlet, excerpt, evidence sentences): the
 * build feeds these to Pagefind directly instead of indexing one page per article.
 * Streams rows so 50,000 articles never sit in memory at once.
 */
export function* articleSearchRecords(dbPath: string): Generator<ArticleSearchRecord> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const evidence = db.prepare(`SELECT sentence FROM event_mentions WHERE article_id = ?
      UNION SELECT sentence FROM amounts WHERE article_id = ?`).pluck();
    const rows = db.prepare(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body
      FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id`).iterate() as IterableIterator<RawArticle>;
    for (const r of rows) {
      const sentences = evidence.all(r.id, r.id) as string[];
      yield { id: r.id, title: r.title, outlet: r.outlet ?? outletFromUrl(r.url), publishedAt: r.publishedAt, text: [excerptOf(r.summary, r.body), ...sentences].join(' ') };
    }
  } finally {
    db.close();
  }
}

export interface EventSearchRecord { slug: string; summary: string; type: string; date: string; text: string }

/** Events as search records (summary, actors, place, evidence), fed to Pagefind like articles: no HTML parsing at scale. */
export function* eventSearchRecords(dbPath: string): Generator<EventSearchRecord> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const actors = db.prepare(`SELECT en.name FROM event_actors ea JOIN entities en ON en.id = ea.entity_id WHERE ea.event_id = ? ORDER BY ea.position`).pluck();
    const sentences = db.prepare('SELECT sentence FROM event_mentions WHERE event_id = ?').pluck();
    const rows = db.prepare('SELECT id, slug, summary, type, date, location FROM events ORDER BY id').iterate() as IterableIterator<{ id: number; slug: string; summary: string; type: string; date: string; location: string | null }>;
    for (const r of rows) {
      const text = [r.summary, r.type.replace(/_/g, ' '), ...(actors.all(r.id) as string[]), r.location ?? '', ...(sentences.all(r.id) as string[])].filter(Boolean).join('. ');
      yield { slug: r.slug, summary: r.summary, type: r.type, date: r.date, text };
    }
  } finally {
    db.close();
  }
}

export interface EntitySearchRecord { slug: string; name: string; text: string }

const TYPE_WORDS: Record<string, string> = { org: 'organisation', person: 'person', place: 'place', product: 'product', project: 'project' };
const PLACE_KIND_WORDS: Record<string, string> = { locality: 'town or city', county: 'county', region: 'state or region', country: 'country' };

/**
 * Entities with pages as search records: name, kind, aliases and, for a place, the places containing it
 * ("Loudoun County, county in Virginia, United States"). Read from the database, so the search index can be
 * built while the pages are (ingest/publish/search-index.ts); each event has a record of its own.
 */
export function* entitySearchRecords(dbPath: string): Generator<EntitySearchRecord> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const ids = new Set((db.prepare(ENTITY_PAGE_IDS_SQL).all(ENTITY_PAGE_MIN_MENTIONS) as { id: number }[]).map((r) => r.id));
    const rows = db.prepare('SELECT id, slug, name, type, place_kind AS placeKind, place_key AS placeKey, parent_id AS parentId FROM entities ORDER BY id')
      .all() as { id: number; slug: string; name: string; type: string; placeKind: string | null; placeKey: string | null; parentId: number | null }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const aliases = new Map<number, string[]>();
    for (const a of db.prepare('SELECT entity_id AS id, alias FROM entity_aliases ORDER BY entity_id, alias').all() as { id: number; alias: string }[]) {
      const l = aliases.get(a.id);
      if (l) l.push(a.alias); else aliases.set(a.id, [a.alias]);
    }
    for (const r of rows) {
      if (!ids.has(r.id)) continue;
      const within: string[] = [];
      const seen = new Set([r.id]);
      for (let p = r.parentId; p != null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
        const parent = byId.get(p);
        if (!parent) break;
        seen.add(p);
        within.push(parent.name);
      }
      const independentCity = r.placeKey?.startsWith('US-C') && isIndependentCity(r.placeKey.slice(4));
      const kind = r.type !== 'place' ? TYPE_WORDS[r.type] ?? r.type : independentCity ? 'independent city' : PLACE_KIND_WORDS[r.placeKind ?? ''] ?? 'place';
      const text = [r.name, within.length ? `${kind} in ${within.join(', ')}` : kind, ...(aliases.get(r.id) ?? []).filter((a) => a !== r.name)].join('. ');
      yield { slug: r.slug, name: r.name, text };
    }
  } finally {
    db.close();
  }
}
