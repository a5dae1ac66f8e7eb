/**
 * The tracker's SQLite schema: a documented public interface (README, "The
 * database"). Power users query these tables directly, so columns are only
 * ever added, never renamed. Dates are ISO 8601 UTC text; booleans are 0/1.
 *
 * The FTS5 table `articles_fts`, its triggers and the views `timeline` and
 * `spend` are not expressible in drizzle and live in a hand-written migration
 * (db/migrations/0001_fts_and_views.sql).
 */
import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';

/** A feed, page or JSON endpoint the ingester polls, with its health. */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  url: text('url').notNull().unique(),
  /** feed | page | json */
  type: text('type').notNull().default('feed'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Allows fetching loopback/private addresses for this source only. */
  allowPrivate: integer('allow_private', { mode: 'boolean' }).notNull().default(false),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastFetchedAt: text('last_fetched_at'),
  /** ok | not_modified | error */
  lastStatus: text('last_status'),
  /** "<code>: <message>", e.g. "http_404: ..." */
  lastError: text('last_error'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** One article, stored once however many URLs or feeds it was seen at. */
export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    url: text('url').notNull(),
    canonicalUrl: text('canonical_url').notNull().unique(),
    title: text('title').notNull(),
    author: text('author'),
    publishedAt: text('published_at').notNull(),
    fetchedAt: text('fetched_at').notNull(),
    summary: text('summary'),
    bodyText: text('body_text').notNull(),
    /** sha256 of the normalised body text: catches syndicated copies under other URLs. */
    contentHash: text('content_hash').notNull(),
    promotional: integer('promotional', { mode: 'boolean' }).notNull().default(false),
    /** When the tagger last ran over this article (null: never). */
    taggedAt: text('tagged_at'),
  },
  (t) => [index('articles_published_at').on(t.publishedAt), index('articles_content_hash').on(t.contentHash)],
);

/** Every URL an article was seen at (syndicated copies, redirects, feed links). */
export const articleUrls = sqliteTable(
  'article_urls',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    firstSeenAt: text('first_seen_at').notNull(),
    /** The title the item had at this URL (a syndicated copy may retitle it); null for rows stored before it was kept. */
    title: text('title'),
  },
  (t) => [uniqueIndex('article_urls_url').on(t.url), index('article_urls_article').on(t.articleId)],
);

/** A canonical real-world thing: org, person, place, product or project. */
export const entities = sqliteTable('entities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** org | person | place | product | project */
  type: text('type').notNull(),
  /** gazetteer | discovered */
  origin: text('origin').notNull().default('gazetteer'),
  /** Places only: locality | county | region | country (from the gazetteer of real places, ingest/places/). */
  placeKind: text('place_kind'),
  /** Places only: the place this one lies in (town -> county -> state or region -> country). */
  parentId: integer('parent_id'),
  /** Places only: ISO 3166-1 alpha-2 country code. */
  countryCode: text('country_code'),
  /** Places only: WGS84 degrees. */
  lat: real('lat'),
  lon: real('lon'),
  /** Places only: the gazetteer's stable key ('US-KY', 'US-C51153', 'GN123456'), so a place is stored once however it is named. */
  placeKey: text('place_key'),
}, (t) => [index('entities_parent').on(t.parentId), index('entities_place_key').on(t.placeKey)]);

export const entityAliases = sqliteTable(
  'entity_aliases',
  {
    entityId: integer('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.alias] }), index('entity_aliases_alias').on(t.alias)],
);

export const articleEntities = sqliteTable(
  'article_entities',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    entityId: integer('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
    mentions: integer('mentions').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityId] }), index('article_entities_entity').on(t.entityId)],
);

/** A money expression found in an article (extraction.md, "Amounts"). */
export const amounts = sqliteTable(
  'amounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** Upper bound for ranges, in `currency` units. */
    value: real('value').notNull(),
    valueMin: real('value_min'),
    currency: text('currency').notNull(),
    /** USD value: the value itself for USD, else converted by data/fx-rates.json; null when no rate. */
    valueUsd: real('value_usd'),
    category: text('category').notNull(),
    entityId: integer('entity_id').references(() => entities.id, { onDelete: 'set null' }),
    period: text('period'),
    estimate: integer('estimate', { mode: 'boolean' }).notNull().default(false),
    /** A conversion of the preceding figure ("€1.6bn ($1.8bn)"): never sum it. */
    conversion: integer('conversion', { mode: 'boolean' }).notNull().default(false),
    sentence: text('sentence').notNull(),
    /** Which rule or cue produced the category/entity, so users can see why. */
    rule: text('rule'),
  },
  (t) => [index('amounts_article').on(t.articleId), index('amounts_entity').on(t.entityId)],
);

/** An infrastructure quantity: power (MW), land (acre), floor_area (sq ft), water (gallons/day), chips (count). */
export const quantities = sqliteTable(
  'quantities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    value: real('value').notNull(),
    valueMin: real('value_min'),
    unit: text('unit').notNull(),
    entityId: integer('entity_id').references(() => entities.id, { onDelete: 'set null' }),
    conversion: integer('conversion', { mode: 'boolean' }).notNull().default(false),
    sentence: text('sentence').notNull(),
    rule: text('rule'),
  },
  (t) => [index('quantities_article').on(t.articleId)],
);

/** A real-world happening; several articles reporting it are several mentions of one event. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    type: text('type').notNull(),
    summary: text('summary').notNull(),
    /** YYYY, YYYY-MM or YYYY-MM-DD */
    date: text('date').notNull(),
    /** confirmed | reported | speculative | denied: the strongest among its mentions */
    certainty: text('certainty').notNull(),
    location: text('location'),
    /** The place entity the event happened in (from the sentence, the dateline or the article); `location` keeps the text. */
    locationEntityId: integer('location_entity_id').references(() => entities.id, { onDelete: 'set null' }),
    firstSeenAt: text('first_seen_at').notNull(),
    sourceCount: integer('source_count').notNull().default(0),
    rule: text('rule'),
    /**
     * False while no mention stated when the happening was (every date so far is an article's day standing in):
     * such a date does not keep the event apart from another telling of it (event-merge.ts).
     */
    dateStated: integer('date_stated', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('events_date').on(t.date), index('events_type').on(t.type), index('events_location').on(t.location), index('events_location_entity').on(t.locationEntityId)],
);

export const eventActors = sqliteTable(
  'event_actors',
  {
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    entityId: integer('entity_id').notNull().references(() => entities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.entityId] }), index('event_actors_entity').on(t.entityId), index('event_actors_entity_event').on(t.entityId, t.eventId)],
);

export const eventMentions = sqliteTable(
  'event_mentions',
  {
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    sentence: text('sentence').notNull(),
    certainty: text('certainty').notNull(),
    rule: text('rule'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.articleId] }), index('event_mentions_article').on(t.articleId)],
);

/** One ingest/import/retag run. Per-source detail is in run_sources. */
export const runs = sqliteTable('runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** ingest | import | retag */
  kind: text('kind').notNull().default('ingest'),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  /** running | ok | partial | failed | interrupted */
  status: text('status').notNull(),
  itemsSeen: integer('items_seen').notNull().default(0),
  itemsNew: integer('items_new').notNull().default(0),
  /** Number of sources (or files) that failed. */
  errors: integer('errors').notNull().default(0),
});

export const runSources = sqliteTable(
  'run_sources',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    sourceName: text('source_name').notNull(),
    /** ok | not_modified | error */
    status: text('status').notNull(),
    itemsSeen: integer('items_seen').notNull().default(0),
    itemsNew: integer('items_new').notNull().default(0),
    error: text('error'),
    durationMs: integer('duration_ms').notNull().default(0),
  },
  (t) => [index('run_sources_run').on(t.runId)],
);

/**
 * One site build (`tracker build`, or `watch --build` after a run that changed something).
 * A failed or interrupted build leaves the previous site in place; this journal says so.
 */
export const builds = sqliteTable(
  'builds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    /** running | ok | failed | interrupted */
    status: text('status').notNull(),
    /** Absolute path of the folder the site was built into (a local path: not for a public snapshot). */
    outDir: text('out_dir').notNull(),
    /** Fingerprint of the published tables when the build started; equal fingerprints need no rebuild. */
    contentVersion: text('content_version'),
    pages: integer('pages'),
    bytes: integer('bytes'),
    durationMs: integer('duration_ms'),
    /** Why the build failed, in one line. */
    error: text('error'),
    /** Exit status of the --after-build command (null when there was none or the build failed). */
    afterBuildStatus: integer('after_build_status'),
  },
  (t) => [index('builds_out_dir').on(t.outDir, t.id)],
);

/** Cross-process lock so scheduled runs never overlap; stale when its pid is gone. */
export const locks = sqliteTable('locks', {
  name: text('name').primaryKey(),
  pid: integer('pid').notNull(),
  host: text('host').notNull(),
  acquiredAt: text('acquired_at').notNull(),
});

/**
 * Stories: articles that tell the same news (one wire copy syndicated, or
 * several outlets covering one announcement), clustered as they are stored
 * (ingest/store/stories.ts). Events and figures find each other through them.
 */
export const stories = sqliteTable(
  'stories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The title of the story's first article. */
    title: text('title').notNull(),
    firstPublishedAt: text('first_published_at').notNull(),
    lastPublishedAt: text('last_published_at').notNull(),
    articleCount: integer('article_count').notNull().default(0),
    /** Articles that are not copies of another article in the story. */
    independentCount: integer('independent_count').notNull().default(0),
  },
  (t) => [index('stories_last_published').on(t.lastPublishedAt)],
);

export const storyArticles = sqliteTable(
  'story_articles',
  {
    storyId: integer('story_id').notNull().references(() => stories.id, { onDelete: 'cascade' }),
    /** Usually one story an article; a roundup covering several pieces of news is in each of their stories. */
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    /** 0 for a syndicated or lightly rewritten copy of another article in the story. */
    independent: integer('independent', { mode: 'boolean' }).notNull().default(true),
    /** The article this one copies (independent = 0), else null. */
    copyOf: integer('copy_of'),
    /** How alike it is to the closest article it joined on: shingle Jaccard for copies, topical cosine otherwise. */
    similarity: real('similarity'),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.articleId] }), index('story_articles_article').on(t.articleId)],
);

/**
 * The story index: each article's MinHash band keys (near-copies) and most
 * distinctive terms (topical coverage), so a new article meets only its
 * candidates, never every stored article. `weights` is the article's sparse
 * TF-IDF vector as JSON ({term: weight}).
 */
export const storySignatures = sqliteTable('story_signatures', {
  articleId: integer('article_id').primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
  publishedAt: text('published_at').notNull(),
  /** MinHash signature over word 5-shingles, as JSON numbers. */
  minhash: text('minhash').notNull(),
  weights: text('weights').notNull(),
  /**
   * What the article reports, as event type and actor id ("funding:12"), JSON; null for an article stored before
   * this column (read as "unknown": its joins are judged as before). Independent reports of one piece of news
   * share a happening (stories.ts).
   */
  happenings: text('happenings'),
});

export const storyIndex = sqliteTable(
  'story_index',
  {
    /** 'b<band>:<hash>' for a MinHash band, 't:<term>' for a distinctive term. */
    key: text('key').notNull(),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    publishedAt: text('published_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.articleId] }), index('story_index_key_date').on(t.key, t.publishedAt), index('story_index_article').on(t.articleId)],
);

/** Document frequency of terms over stored articles, for TF-IDF weights. */
export const storyTermDf = sqliteTable('story_term_df', {
  term: text('term').primaryKey(),
  df: integer('df').notNull(),
});

/**
 * Figures: the facts behind amounts and quantities (interface.md, "Figures:
 * one fact, one row"). The same figure reported by any number of articles is
 * one row; sums read figures, so no figure is counted twice.
 */
export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'amount', or a quantity kind: power | land | floor_area | water | chips */
    kind: text('kind').notNull(),
    /** Amount category (capex, deal, ...); null for quantities. */
    category: text('category'),
    /** Who the figure belongs to (spends, raises, builds); null for aggregates. */
    entityId: integer('entity_id').references(() => entities.id, { onDelete: 'set null' }),
    /** '2026', '2026-2030', '2026-Q3'; null: period unknown. */
    period: text('period'),
    value: real('value').notNull(),
    valueMin: real('value_min'),
    /** Currency for amounts (ISO 4217), the normalised unit for quantities. */
    unit: text('unit').notNull(),
    valueUsd: real('value_usd'),
    estimate: integer('estimate', { mode: 'boolean' }).notNull().default(false),
    /** current | superseded | disputed */
    status: text('status').notNull().default('current'),
    /** The earlier figure this one revises (guidance raised or cut). */
    revisesId: integer('revises_id'),
    /** For a disputed figure: the first figure of its dispute (null for that first one), so sums count a dispute once. */
    disputeOf: integer('dispute_of'),
    /** Published date of the earliest and latest article reporting it. */
    firstSeenAt: text('first_seen_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** Distinct articles reporting it. */
    sourceCount: integer('source_count').notNull().default(0),
  },
  (t) => [index('figures_owner').on(t.kind, t.entityId, t.category, t.period), index('figures_value').on(t.kind, t.unit, t.value)],
);

export const figureMentions = sqliteTable(
  'figure_mentions',
  {
    figureId: integer('figure_id').notNull().references(() => figures.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    amountId: integer('amount_id').references(() => amounts.id, { onDelete: 'cascade' }),
    quantityId: integer('quantity_id').references(() => quantities.id, { onDelete: 'cascade' }),
    sentence: text('sentence').notNull(),
  },
  (t) => [index('figure_mentions_figure').on(t.figureId), index('figure_mentions_article').on(t.articleId), index('figure_mentions_amount').on(t.amountId), index('figure_mentions_quantity').on(t.quantityId)],
);
