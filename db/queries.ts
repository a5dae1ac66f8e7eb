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
}
export interface ArticleRef {
  id: number; title: string; url: string; outlet: string | null; publishedAt: string; excerpt: string;
}
export interface AmountRow {
  id: number; articleId: number; text: string; value: number; valueMin: number | null; currency: string;
  valueUsd: number | null; category: string; entity: EntityRef | null; period: string | null; estimate: boolean;
  sentence: string; articleTitle: string; publishedAt: string;
}
export interface QuantityRow {
  id: number; articleId: number; text: string; kind: string; value: number; unit: string;
  entity: EntityRef | null; sentence: string; articleTitle: string; publishedAt: string;
}

interface Cache {
  key: string;
  db: Database.Database;
  stmts: Map<string, Database.Statement>;
  memo: Map<string, unknown>;
}
// On globalThis so the copy bundled into Astro's build and the one buildSite imports share one connection.
const CACHE_KEY = Symbol.for('ai-infra-tracker.site-db');
const store = globalThis as unknown as { [CACHE_KEY]?: Cache };

/** The database the site reads: TRACKER_DB, else data/tracker.db. */
export function siteDbPath(): string {
  return resolve(config().TRACKER_DB);
}

function conn(): Cache {
  const path = siteDbPath();
  const key = `${path}\u0000${config().TRACKER_BUILD_ID ?? ''}`;
  const cache = store[CACHE_KEY];
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

function stmt(sql: string): Database.Statement {
  const c = conn();
  let s = c.stmts.get(sql);
  if (!s) { s = c.db.prepare(sql); c.stmts.set(sql, s); }
  return s;
}

function memo<T>(name: string, compute: () => T): T {
  const c = conn();
  if (!c.memo.has(name)) c.memo.set(name, compute());
  return c.memo.get(name) as T;
}

/** Closes the cached connection (the build calls this when Astro is done). */
export function closeSiteDb(): void {
  store[CACHE_KEY]?.db.close();
  store[CACHE_KEY] = undefined;
}

const excerptOf = (summary: string | null, body: string) => {
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

/** Ids of entities that get a page (see ENTITY_PAGE_MIN_MENTIONS); links to others render as plain text. */
export function entityPageIds(): Set<number> {
  return memo('entityPageIds', () => new Set(
    (stmt(`SELECT entity_id AS id FROM event_actors
      UNION SELECT entity_id FROM amounts WHERE entity_id IS NOT NULL
      UNION SELECT entity_id FROM quantities WHERE entity_id IS NOT NULL
      UNION SELECT entity_id FROM article_entities GROUP BY entity_id HAVING sum(mentions) >= ?`)
      .all(ENTITY_PAGE_MIN_MENTIONS) as { id: number }[]).map((r) => r.id)));
}

export function hasEntityPage(id: number): boolean {
  return entityPageIds().has(id);
}

export interface EntitySummary extends EntityRef { events: number; articles: number }

/** Entities with pages, with counts, most covered first. */
export function entityDirectory(): EntitySummary[] {
  return memo('entityDirectory', () => {
    const events = new Map((stmt('SELECT entity_id, count(*) n FROM event_actors GROUP BY entity_id').all() as { entity_id: number; n: number }[]).map((r) => [r.entity_id, r.n]));
    const arts = new Map((stmt('SELECT entity_id, count(*) n FROM article_entities GROUP BY entity_id').all() as { entity_id: number; n: number }[]).map((r) => [r.entity_id, r.n]));
    const ents = allEntities();
    return [...entityPageIds()].map((id) => ents.get(id)).filter((e): e is EntityRef => !!e)
      .map((e) => ({ ...e, events: events.get(e.id) ?? 0, articles: arts.get(e.id) ?? 0 }))
      .sort((a, b) => b.events - a.events || b.articles - a.articles || a.name.localeCompare(b.name));
  });
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
  return (stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body
    FROM article_entities ae JOIN articles a ON a.id = ae.article_id LEFT JOIN sources s ON s.id = a.source_id
    WHERE ae.entity_id = ? ORDER BY a.published_at DESC LIMIT ?`).all(id, limit) as RawArticle[]).map(toArticleRef);
}

export function entityEvents(id: number): EventRow[] {
  const ids = new Set((stmt('SELECT event_id FROM event_actors WHERE entity_id = ?').all(id) as { event_id: number }[]).map((r) => r.event_id));
  return allEvents().filter((e) => ids.has(e.id));
}

export function entityAmounts(id: number, limit = 50): AmountRow[] {
  return (stmt(`${AMOUNT_SELECT} WHERE a.entity_id = ? AND a.conversion = 0 ORDER BY coalesce(a.value_usd, 0) DESC LIMIT ?`).all(id, limit) as RawAmount[]).map(toAmount);
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
    return (stmt(`SELECT id, slug, type, summary, date, certainty, location, first_seen_at AS firstSeenAt, source_count AS sourceCount
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

export interface EventSource extends ArticleRef { sentence: string; certainty: string }

export function eventSources(eventId: number): EventSource[] {
  return (stmt(`SELECT a.id, a.title, a.url, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body,
      m.sentence, m.certainty
    FROM event_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id
    WHERE m.event_id = ? ORDER BY a.published_at`).all(eventId) as (RawArticle & { sentence: string; certainty: string })[])
    .map((r) => ({ ...toArticleRef(r), sentence: r.sentence, certainty: r.certainty }));
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
  id: r.id, title: r.title, url: r.url, outlet: r.outlet, publishedAt: r.publishedAt, excerpt: excerptOf(r.summary, r.body),
});

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

/** Biggest amounts (USD) reported in articles published on or after `sinceIso`. */
export function biggestAmountsSince(sinceIso: string, limit = 8): AmountRow[] {
  return (stmt(`${AMOUNT_SELECT} WHERE ar.published_at >= ? AND a.conversion = 0 AND a.value_usd IS NOT NULL
    ORDER BY a.value_usd DESC LIMIT ?`).all(sinceIso, limit) as RawAmount[]).map(toAmount);
}

export function biggestAmounts(limit = 25): AmountRow[] {
  return memo(`biggest:${limit}`, () => (stmt(`${AMOUNT_SELECT} WHERE a.conversion = 0 AND a.value_usd IS NOT NULL
    ORDER BY a.value_usd DESC LIMIT ?`).all(limit) as RawAmount[]).map(toAmount));
}

export interface SpendCell { entity: string; entitySlug: string | null; year: string; kind: 'announced' | 'estimate'; usd: number; amounts: number }

/**
 * Announced and forecast spend (capex + compute_spend) by spender and year.
 * The year is the amount's period when it names one, else the year it was reported.
 * Spenders beyond the top `topN` are folded into "Others".
 */
export function spendByEntityYear(topN = 8): SpendCell[] {
  return memo(`spendEntityYear:${topN}`, () => {
    const rows = stmt(`SELECT a.entity_id AS entityId, coalesce(substr(a.period, 1, 4), substr(ar.published_at, 1, 4)) AS year,
        a.estimate, sum(a.value_usd) AS usd, count(*) AS n
      FROM amounts a JOIN articles ar ON ar.id = a.article_id
      WHERE a.category IN ('capex', 'compute_spend') AND a.conversion = 0 AND a.value_usd IS NOT NULL
      GROUP BY entityId, year, a.estimate`).all() as { entityId: number | null; year: string; estimate: number; usd: number; n: number }[];
    const totals = new Map<number | null, number>();
    for (const r of rows) totals.set(r.entityId, (totals.get(r.entityId) ?? 0) + r.usd);
    const top = new Set([...totals].filter(([id]) => id != null).sort((a, b) => b[1] - a[1]).slice(0, topN).map(([id]) => id));
    const ents = allEntities();
    const cells = new Map<string, SpendCell>();
    for (const r of rows) {
      if (!/^\d{4}$/.test(r.year)) continue;
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

export interface CategoryTotal { category: string; kind: 'announced' | 'estimate'; usd: number; amounts: number }

export function spendByCategory(): CategoryTotal[] {
  return memo('spendByCategory', () => (stmt(`SELECT category, CASE WHEN estimate THEN 'estimate' ELSE 'announced' END AS kind,
      sum(value_usd) AS usd, count(*) AS amounts FROM amounts WHERE conversion = 0 AND value_usd IS NOT NULL
      GROUP BY category, kind ORDER BY usd DESC`).all() as CategoryTotal[]));
}

/** Power (MW) or land (acres) announced per month, by article date. */
export function quantityByMonth(kind: 'power' | 'land'): { month: string; total: number; items: number }[] {
  return memo(`qty:${kind}`, () => stmt(`SELECT substr(ar.published_at, 1, 7) AS month, sum(q.value) AS total, count(*) AS items
    FROM quantities q JOIN articles ar ON ar.id = q.article_id WHERE q.kind = ? AND q.conversion = 0
    GROUP BY month ORDER BY month`).all(kind) as { month: string; total: number; items: number }[]);
}

export function biggestQuantities(kind: 'power' | 'land', limit = 10): QuantityRow[] {
  return memo(`bigqty:${kind}:${limit}`, () => (stmt(`${QUANTITY_SELECT} WHERE q.kind = ? AND q.conversion = 0 ORDER BY q.value DESC LIMIT ?`)
    .all(kind, limit) as RawQuantity[]).map(toQuantity));
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

export function tableCounts(): Record<string, number> {
  return memo('counts', () => {
    const out: Record<string, number> = {};
    for (const t of ['sources', 'articles', 'entities', 'entity_aliases', 'article_entities', 'amounts', 'quantities', 'events', 'event_actors', 'event_mentions', 'runs']) {
      out[t] = (stmt(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
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
    const rows = db.prepare(`SELECT a.id, a.title, s.name AS outlet, a.published_at AS publishedAt, a.summary, substr(a.body_text, 1, 400) AS body
      FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id`).iterate() as IterableIterator<RawArticle>;
    for (const r of rows) {
      const sentences = evidence.all(r.id, r.id) as string[];
      yield { id: r.id, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt, text: [excerptOf(r.summary, r.body), ...sentences].join(' ') };
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
