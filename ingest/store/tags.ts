/**
 * Stores one article's tags and merges its events with events other articles
 * already reported. Runs inside the caller's transaction; retagAll wraps each
 * article in its own.
 *
 * Event merging: a new event joins the stored event that is the same
 * real-world happening (the rule is in event-merge.ts). Each stored event
 * takes at most one event of an article: the tagger already told the
 * article's happenings apart.
 */
import type { Database } from 'better-sqlite3';
import { stmt } from './statements.ts';
import type { TrackerDb } from '../../db/open.ts';
import type { Certainty, EventType, Extraction, ExtractedEvent, TagInput } from '../tag/types.ts';
import { compareFigures, compatibleTypes, dateSpan, datesClose, mergeScore, ruleNameOf, type EventView } from './event-merge.ts';
import { locateArticle } from './places.ts';
import { assignStory, clearStoryIndex, joinStoriesOf, storyMates } from './stories.ts';
import { clearArticleFigures, storeFigures, type FigureMentionInput } from './figures.ts';
import { onePerFact } from './one-per-fact.ts';

export { dateSpan, datesClose } from './event-merge.ts';

export interface StoreOptions {
  publishedAt: string;
  /** Time of this run (tagged_at). */
  now?: string;
  /** When the tracker first saw this article: new events' first_seen_at (default: the article's fetched_at). */
  seenAt?: string;
}


/**
 * Certainty of a merged event: the strongest evidence any source gives.
 * A confirmation outweighs a denial, a denial outweighs reports, reports outweigh speculation.
 */
const CERTAINTY_STRENGTH: Record<Certainty, number> = { confirmed: 4, denied: 3, reported: 2, speculative: 1 };

export function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function uniqueSlug(sqlite: Database, table: 'entities' | 'events', base: string): string {
  const taken = stmt(sqlite, `SELECT 1 FROM ${table} WHERE slug = ?`);
  let slug = base;
  for (let n = 2; taken.get(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Finds or creates the entity row for a canonical name; records the aliases seen. */
function upsertEntity(sqlite: Database, name: string, type: string, origin: string, aliases: string[]): number {
  const byName = stmt(sqlite, 'SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND type = ?').get(name, type) as { id: number } | undefined;
  let id = byName?.id;
  if (id === undefined) {
    const byAlias = stmt(sqlite, 'SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE AND e.type = ?').get(name, type) as { id: number } | undefined;
    id = byAlias?.id;
  }
  if (id === undefined) {
    const slug = uniqueSlug(sqlite, 'entities', slugify(name));
    id = Number(stmt(sqlite, 'INSERT INTO entities (slug, name, type, origin) VALUES (?, ?, ?, ?)').run(slug, name, type, origin).lastInsertRowid);
  }
  const addAlias = stmt(sqlite, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
  for (const a of aliases) if (a && a !== name) addAlias.run(id, a);
  return id;
}

/** Removes this article's previous tags; events left with no mention go, the others get their counts and certainty recomputed. */
function clearArticleTags(sqlite: Database, articleId: number): void {
  const touched = (stmt(sqlite, 'SELECT event_id FROM event_mentions WHERE article_id = ?').all(articleId) as Array<{ event_id: number }>).map((r) => r.event_id);
  // Figures first: deleting the amounts would cascade to their mentions and leave the figures' counts stale.
  clearArticleFigures(sqlite, articleId);
  clearStoryIndex(sqlite, articleId);
  stmt(sqlite, 'DELETE FROM event_mentions WHERE article_id = ?').run(articleId);
  stmt(sqlite, 'DELETE FROM article_entities WHERE article_id = ?').run(articleId);
  stmt(sqlite, 'DELETE FROM amounts WHERE article_id = ?').run(articleId);
  stmt(sqlite, 'DELETE FROM quantities WHERE article_id = ?').run(articleId);
  for (const eventId of touched) refreshEvent(sqlite, eventId);
}

/** source_count = distinct articles; certainty = strongest mention; no mention left -> the event goes. */
function refreshEvent(sqlite: Database, eventId: number): void {
  const mentions = stmt(sqlite, 'SELECT certainty FROM event_mentions WHERE event_id = ?').all(eventId) as Array<{ certainty: Certainty }>;
  if (mentions.length === 0) {
    stmt(sqlite, 'DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const strongest = mentions.reduce((best, m) => (CERTAINTY_STRENGTH[m.certainty] > CERTAINTY_STRENGTH[best] ? m.certainty : best), mentions[0]!.certainty);
  const count = (stmt(sqlite, 'SELECT COUNT(DISTINCT article_id) AS n FROM event_mentions WHERE event_id = ?').get(eventId) as { n: number }).n;
  stmt(sqlite, 'UPDATE events SET certainty = ?, source_count = ? WHERE id = ?').run(strongest, count, eventId);
}

/** One more article reports the event: counted as it grows (a recount reads every mention of a much-reported event). */
function mentionAdded(sqlite: Database, eventId: number, certainty: Certainty): void {
  const e = stmt(sqlite, 'SELECT certainty, source_count FROM events WHERE id = ?').get(eventId) as { certainty: Certainty; source_count: number };
  const strongest = e.source_count > 0 && CERTAINTY_STRENGTH[e.certainty] >= CERTAINTY_STRENGTH[certainty] ? e.certainty : certainty;
  stmt(sqlite, 'UPDATE events SET certainty = ?, source_count = source_count + 1 WHERE id = ?').run(strongest, eventId);
}

interface StoredEvent extends EventView { id: number }

const OBJECT_TYPES = new Set(['product', 'project']);
/**
 * A happening dated this many days or fewer before an article is its news (older, it is background): a week. Tried
 * at 3, 7 and 14 days on the corpus (`npm run eval:merge`): 14 joined background recaps in the land theme.
 */
const NEWS_DAYS = 7;

/**
 * Only the stored events nearest in date are weighed, so storing stays linear as the database grows: a busy actor
 * (hundreds of events a month) keeps its nearest 50, and merges with a different cast ("the Trump administration"
 * vs "the Commerce Department"), which need the same type and cue, the nearest 50.
 */
const MAX_SHARED_CANDIDATES = 50;
const MAX_UNSHARED_CANDIDATES = 50;
/** Rows read per index lookup (the latest stored): storing an article reads a bounded number of rows. */
const SCAN_LIMIT = 300;
/** Evidence sentences read per candidate event: enough to compare wording and figures, however many outlets reported it. */
const SENTENCES_PER_EVENT = 8;

/**
 * Stored events an event could join, pre-selected the way mergeScore decides (event-merge.ts): a compatible type,
 * a close date, and a shared actor, the same place for an unnamed party, or the same cue for another name of a party.
 */
function candidateEvents(sqlite: Database, ev: ExtractedEvent, view: EventView, articleId: number, mateEvents: Set<number>): StoredEvent[] {
  const types = compatibleTypes(ev.type);
  const [b0] = dateSpan(ev.date);
  type Row = { id: number; type: EventType; date: string; date_stated: number; location: string | null; certainty: Certainty; rule: string | null };
  const here = new Set((stmt(sqlite, 'SELECT event_id FROM event_mentions WHERE article_id = ?').all(articleId) as Array<{ event_id: number }>).map((r) => r.event_id));
  const fits = (r: Row) => types.includes(r.type) && !here.has(r.id) && datesClose(r.date, ev.date);
  const distance = (r: Row) => Math.abs(dateSpan(r.date)[0] - b0);
  // Each row's distance computed once (a sort's comparator would parse the dates again at every comparison).
  const nearest = (list: Row[], n: number) => list.filter(fits).map((r) => ({ r, d: distance(r) }))
    .sort((a, b) => a.d - b.d || b.r.id - a.r.id).slice(0, n).map((x) => x.r);
  const rows = new Map<number, Row>();
  const add = (list: Row[]) => list.forEach((r) => rows.set(r.id, r));
  // Each lookup reads the latest SCAN_LIMIT rows in index order and filters them here: a bounded read whatever the
  // database holds (a window query ordered by date distance had to read and sort every event of a busy actor or type).
  const cols = 'e.id, e.type, e.date, e.date_stated, e.location, e.certainty, e.rule';
  const byActor = stmt(sqlite, `SELECT ${cols} FROM event_actors a JOIN events e ON e.id = a.event_id WHERE a.entity_id = ? ORDER BY a.event_id DESC LIMIT ${SCAN_LIMIT}`);
  const byPlace = stmt(sqlite, `SELECT ${cols} FROM events e WHERE e.location = ? ORDER BY e.id DESC LIMIT ${SCAN_LIMIT}`);
  const hasActors = stmt(sqlite, 'SELECT 1 FROM event_actors WHERE event_id = ? LIMIT 1');
  if (view.actorIds.length > 0) {
    add(nearest(view.actorIds.flatMap((id) => byActor.all(id) as Row[]), MAX_SHARED_CANDIDATES));
    if (ev.location) add(nearest(byPlace.all(ev.location) as Row[], SCAN_LIMIT).filter((r) => !hasActors.get(r.id)));
    if (view.ruleName) {
      const sameCue = (r: Row) => r.type === ev.type && ruleNameOf(r.rule) === view.ruleName;
      add(nearest((stmt(sqlite, `SELECT ${cols} FROM events e WHERE e.type = ? ORDER BY e.id DESC LIMIT ${SCAN_LIMIT}`).all(ev.type) as Row[]).filter(sameCue), MAX_UNSHARED_CANDIDATES));
    }
  } else if (ev.location) {
    add(nearest(byPlace.all(ev.location) as Row[], SCAN_LIMIT));
  }
  // Events the article's story mates report: the same news, so the likeliest to be the same happening.
  const byId = stmt(sqlite, 'SELECT id, type, date, date_stated, location, certainty, rule FROM events WHERE id = ?');
  for (const id of mateEvents) {
    if (rows.has(id)) continue;
    const r = byId.get(id) as Row | undefined;
    if (r && types.includes(r.type)) rows.set(id, r);
  }
  const actorsOf = stmt(sqlite, 'SELECT a.entity_id, e.type, e.name FROM event_actors a JOIN entities e ON e.id = a.entity_id WHERE a.event_id = ? ORDER BY a.position');
  const sentencesOf = stmt(sqlite, `SELECT sentence FROM event_mentions WHERE event_id = ? LIMIT ${SENTENCES_PER_EVENT}`);
  return [...rows.values()].sort((a, b) => a.id - b.id).filter((r) => datesClose(r.date, ev.date)).map((r) => {
    const actors = actorsOf.all(r.id) as Array<{ entity_id: number; type: string; name: string }>;
    return {
      id: r.id, type: r.type, date: r.date, dateStated: r.date_stated !== 0, location: r.location, certainty: r.certainty, ruleName: ruleNameOf(r.rule),
      actorIds: actors.map((a) => a.entity_id),
      actorNames: actors.map((a) => a.name),
      personIds: actors.filter((a) => a.type === 'person').map((a) => a.entity_id),
      objectIds: actors.filter((a) => OBJECT_TYPES.has(a.type)).map((a) => a.entity_id),
      sentences: (sentencesOf.all(r.id) as Array<{ sentence: string }>).map((x) => x.sentence),
    };
  });
}

/**
 * Which stored event each of an article's events joins (null: a new event).
 * Best pairs first, one-to-one: two events of one article never join the same stored event.
 */
function assignStoredEvents(sqlite: Database, articleId: number, views: Array<{ ev: ExtractedEvent; view: EventView }>, mates: number[]): Array<StoredEvent | null> {
  const mateEvents = new Set<number>();
  const eventsOf = stmt(sqlite, 'SELECT event_id FROM event_mentions WHERE article_id = ?');
  for (const a of mates) for (const r of eventsOf.all(a) as Array<{ event_id: number }>) mateEvents.add(r.event_id);
  const options: Array<{ i: number; stored: StoredEvent; score: number; sameFigure: boolean }> = [];
  views.forEach(({ ev, view }, i) => {
    for (const stored of candidateEvents(sqlite, ev, view, articleId, mateEvents)) {
      const score = mergeScore(stored, view, { sameStory: mateEvents.has(stored.id) });
      if (score === null) continue;
      const sharesParty = stored.actorIds.some((id) => view.actorIds.includes(id));
      options.push({ i, stored, score, sameFigure: sharesParty && compareFigures(stored.sentences, view.sentences) === 'shared' });
    }
  });
  // A sum or size both tellings give, with a party in common, marks one deal more surely than more parties in common
  // without it: of two stored happenings a mention could join (a joint venture and the bonds it sold, told with the
  // same parties), the one that gives the mention's figure comes first. Not the figure alone: within a story equal
  // sums of other parties' deals (a roundup) would take the place of a mention's own happening.
  options.sort((a, b) => Number(b.sameFigure) - Number(a.sameFigure) || b.score - a.score || a.i - b.i || a.stored.id - b.stored.id);
  const out: Array<StoredEvent | null> = views.map(() => null);
  const taken = new Set<number>();
  for (const o of options) {
    if (out[o.i] || taken.has(o.stored.id)) continue;
    out[o.i] = o.stored;
    taken.add(o.stored.id);
  }
  return out;
}

function insertEvent(sqlite: Database, ev: ExtractedEvent, actorIds: number[], actorNames: string[], seenAt: string): number {
  const base = slugify([ev.date, ev.type, ...(actorNames.length ? actorNames.slice(0, 3) : [ev.location ?? 'unnamed'])].join(' ')).slice(0, 90);
  const slug = uniqueSlug(sqlite, 'events', base);
  const id = Number(stmt(sqlite, 'INSERT INTO events (slug, type, summary, date, date_stated, certainty, location, first_seen_at, source_count, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)')
    .run(slug, ev.type, ev.summary, ev.date, ev.dateExplicit === false ? 0 : 1, ev.certainty, ev.location, seenAt, ev.rule ?? null).lastInsertRowid);
  const addActor = stmt(sqlite, 'INSERT OR IGNORE INTO event_actors (event_id, entity_id, position) VALUES (?, ?, ?)');
  actorIds.forEach((a, i) => addActor.run(id, a, i));
  return id;
}

/**
 * A joining mention may add actors, sharpen the date (a day beats the month it falls in; a stated date beats an
 * article's day standing in for none) and show the event was seen earlier.
 */
function enrichEvent(sqlite: Database, stored: StoredEvent, ev: ExtractedEvent, actorIds: number[], seenAt: string): void {
  stmt(sqlite, 'UPDATE events SET first_seen_at = ? WHERE id = ? AND first_seen_at > ?').run(seenAt, stored.id, seenAt);
  const addActor = stmt(sqlite, 'INSERT OR IGNORE INTO event_actors (event_id, entity_id, position) VALUES (?, ?, ?)');
  let pos = stored.actorIds.length;
  for (const a of actorIds) if (!stored.actorIds.includes(a)) addActor.run(stored.id, a, pos++);
  // The event's date is the happening's own once a telling states one (talk of what may happen dates only the talk).
  const stated = ev.dateExplicit !== false;
  if (stated && (stored.dateStated === false || (stored.certainty === 'speculative' && ev.certainty !== 'speculative'))) stmt(sqlite, 'UPDATE events SET date = ?, date_stated = 1 WHERE id = ?').run(ev.date, stored.id);
  else if (ev.date.length > stored.date.length && ev.date.startsWith(stored.date)) stmt(sqlite, 'UPDATE events SET date = ? WHERE id = ?').run(ev.date, stored.id);
  if (!stored.location && ev.location) stmt(sqlite, 'UPDATE events SET location = ? WHERE id = ?').run(ev.location, stored.id);
}

/** What storeTags did: the stored event each extracted event went to (same order as extraction.events). */
export interface StoreResult { eventIds: number[] }

export function storeTags(db: TrackerDb, articleId: number, extraction: Extraction, opts: StoreOptions): StoreResult {
  const sqlite = db.$client;
  const now = opts.now ?? new Date().toISOString();
  clearArticleTags(sqlite, articleId);

  const entityIds = new Map<string, number>();
  const idFor = (name: string | null, fallbackType = 'org'): number | null => {
    if (!name) return null;
    const known = entityIds.get(name.toLowerCase());
    if (known !== undefined) return known;
    const id = upsertEntity(sqlite, name, fallbackType, 'discovered', []);
    entityIds.set(name.toLowerCase(), id);
    return id;
  };
  const addMention = stmt(sqlite, 'INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?) ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions');
  for (const e of extraction.entities) {
    const id = upsertEntity(sqlite, e.name, e.type, e.origin ?? 'gazetteer', e.aliases ?? []);
    entityIds.set(e.name.toLowerCase(), id);
    addMention.run(articleId, id, e.mentions);
  }

  // One fact repeated in an article is one mention, and an article gives at most a sane number of figures.
  const { amounts: keptAmounts, quantities: keptQuantities } = onePerFact(extraction);
  const figureInputs: FigureMentionInput[] = [];
  const addAmount = stmt(sqlite, 'INSERT INTO amounts (article_id, text, value, value_min, currency, value_usd, category, entity_id, period, estimate, conversion, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const a of keptAmounts) {
    const entityId = idFor(a.entity);
    const amountId = Number(addAmount.run(articleId, a.text, a.value, a.value_min ?? null, a.currency, a.value_usd, a.category, entityId, a.period, a.estimate ? 1 : 0, a.conversion ? 1 : 0, a.sentence, a.rule ?? null).lastInsertRowid);
    if (!a.conversion) {
      figureInputs.push({ amountId, kind: 'amount', category: a.category, entityId, period: a.period, value: a.value, valueMin: a.value_min ?? null, unit: a.currency, valueUsd: a.value_usd, estimate: a.estimate, text: a.text, sentence: a.sentence });
    }
  }
  const addQuantity = stmt(sqlite, 'INSERT INTO quantities (article_id, text, kind, value, value_min, unit, entity_id, conversion, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const q of keptQuantities) {
    const entityId = idFor(q.entity);
    const quantityId = Number(addQuantity.run(articleId, q.text, q.kind, q.value, q.value_min ?? null, q.unit, entityId, q.conversion ? 1 : 0, q.sentence, q.rule ?? null).lastInsertRowid);
    if (!q.conversion) {
      figureInputs.push({ quantityId, kind: q.kind, category: null, entityId, period: null, value: q.value, valueMin: q.value_min ?? null, unit: q.unit, valueUsd: null, estimate: false, text: q.text, sentence: q.sentence });
    }
  }

  // The article's story first: events and figures merge through it.
  const article = stmt(sqlite, 'SELECT title, body_text, published_at FROM articles WHERE id = ?').get(articleId) as { title: string; body_text: string; published_at: string } | undefined;
  const publishedAt = article?.published_at ?? opts.publishedAt;
  assignStory(sqlite, articleId, {
    title: article?.title ?? '',
    body: article?.body_text ?? '',
    publishedAt,
    entities: extraction.entities.map((e) => ({ id: entityIds.get(e.name.toLowerCase())!, mentions: e.mentions })),
    figures: [...new Set(figureInputs.map((f) => `${f.unit}:${Number(f.value.toPrecision(2))}`))],
    happenings: extraction.events.flatMap((ev) => ev.actors.map((a) => idFor(a)).filter((id) => id !== null).map((id) => `${ev.type}:${id}`)),
  });
  const mates = storyMates(sqlite, articleId);

  const addEventMention = stmt(sqlite, 'INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence, certainty, rule) VALUES (?, ?, ?, ?, ?)');
  const seenAt = opts.seenAt ?? (stmt(sqlite, 'SELECT fetched_at FROM articles WHERE id = ?').get(articleId) as { fetched_at: string } | undefined)?.fetched_at ?? now;
  const entityType = stmt(sqlite, 'SELECT type FROM entities WHERE id = ?');
  const entityName = stmt(sqlite, 'SELECT name FROM entities WHERE id = ?');
  const views = extraction.events.map((ev) => {
    const actorIds = [...new Set(ev.actors.map((a) => idFor(a)).filter((x): x is number => x !== null))];
    const typeOf = (id: number) => (entityType.get(id) as { type: string } | undefined)?.type ?? '';
    const objectIds = actorIds.filter((id) => OBJECT_TYPES.has(typeOf(id)));
    const personIds = actorIds.filter((id) => typeOf(id) === 'person');
    const actorNames = actorIds.map((id) => (entityName.get(id) as { name: string } | undefined)?.name ?? '');
    // The days the sentence names were read by the tagger with its date (ExtractedEvent.daysNamed).
    const view: EventView = { type: ev.type, date: ev.date, dateStated: ev.dateExplicit !== false, location: ev.location, certainty: ev.certainty, ruleName: ruleNameOf(ev.rule), actorIds, actorNames, personIds, objectIds, sentences: [ev.sentence],
      ...(ev.daysNamed ? { daysNamed: ev.daysNamed } : {}) };
    return { ev, view };
  });
  const joins = assignStoredEvents(sqlite, articleId, views, mates);
  const eventIds: number[] = [];
  views.forEach(({ ev, view }, i) => {
    const stored = joins[i] ?? null;
    const eventId = stored ? stored.id : insertEvent(sqlite, ev, view.actorIds, ev.actors, seenAt);
    if (stored) enrichEvent(sqlite, stored, ev, view.actorIds, seenAt);
    const added = addEventMention.run(eventId, articleId, ev.sentence, ev.certainty, ev.rule ?? null).changes > 0;
    if (added) mentionAdded(sqlite, eventId, ev.certainty);
    eventIds.push(eventId);
  });
  // Articles reporting one of the same happenings as news (dated no more than NEWS_DAYS before either) tell the same
  // news: this one joins their stories, whatever its wording.
  const newsMates = stmt(sqlite, `SELECT m.article_id, a.published_at FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ? AND m.article_id != ? ORDER BY m.article_id DESC LIMIT 20`);
  const isNews = (date: string, at: string) => { const gap = (Date.parse(at) - dateSpan(date)[1]) / 86_400_000; return gap >= -1 && gap <= NEWS_DAYS; };
  views.forEach(({ ev }, i) => {
    if (!joins[i] || ev.date.length !== 10 || !isNews(ev.date, publishedAt)) return;
    for (const r of newsMates.all(eventIds[i], articleId) as Array<{ article_id: number; published_at: string }>) {
      if (isNews(ev.date, r.published_at)) joinStoriesOf(sqlite, articleId, r.article_id, publishedAt);
    }
  });
  // Figures after events: articles reporting one of the same happenings tell the same news too, even in another story.
  const eventMates = stmt(sqlite, `SELECT DISTINCT article_id FROM event_mentions WHERE event_id = ? AND article_id != ? ORDER BY article_id DESC LIMIT 20`);
  const figureMates = new Set(mates);
  for (const id of new Set(eventIds)) for (const r of eventMates.all(id, articleId) as Array<{ article_id: number }>) figureMates.add(r.article_id);
  // Places before figures: a figure's sentence is read against the countries of the places it names (figures.ts).
  locateArticle(sqlite, { articleId, extraction, eventIds });
  storeFigures(db, articleId, publishedAt, figureInputs, [...figureMates]);
  stmt(sqlite, 'UPDATE articles SET promotional = ?, tagged_at = ? WHERE id = ?').run(extraction.promotional ? 1 : 0, now, articleId);
  return { eventIds };
}

/** Entities nothing refers to any more (e.g. renamed by a gazetteer change). */
function dropOrphanEntities(sqlite: Database): void {
  stmt(sqlite, `DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)
    AND id NOT IN (SELECT entity_id FROM event_actors)
    AND id NOT IN (SELECT entity_id FROM amounts WHERE entity_id IS NOT NULL)
    AND id NOT IN (SELECT entity_id FROM quantities WHERE entity_id IS NOT NULL)
    AND id NOT IN (SELECT location_entity_id FROM events WHERE location_entity_id IS NOT NULL)
    AND id NOT IN (SELECT parent_id FROM entities WHERE parent_id IS NOT NULL)
    AND id NOT IN (SELECT entity_id FROM figures WHERE entity_id IS NOT NULL)`).run();
}

export interface TaggerLike { tag(input: TagInput): Extraction }

/** Re-runs the tagger over every stored article, oldest first, so events merge as they would have on ingest. */
export function retagAll(db: TrackerDb, tagger: TaggerLike, opts: { onProgress?(done: number, total: number): void } = {}): { articles: number; events: number } {
  const sqlite = db.$client;
  const rows = stmt(sqlite, `SELECT a.id, a.title, a.body_text, a.published_at,
      MIN(a.fetched_at, COALESCE((SELECT MIN(e.first_seen_at) FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = a.id), a.fetched_at)) AS seen_at
    FROM articles a ORDER BY a.published_at, a.id`).all() as Array<{ id: number; title: string; body_text: string; published_at: string; seen_at: string }>;
  const now = new Date().toISOString();
  // Events are rebuilt from scratch (merges depend on the order articles arrive in);
  // each article keeps the earliest time one of its events was first seen, so rebuilt events keep theirs.
  sqlite.transaction(() => {
    stmt(sqlite, 'DELETE FROM event_mentions').run();
    stmt(sqlite, 'DELETE FROM events').run();
    // Stories and figures too: both depend on the order articles arrive in, and the document frequencies start over.
    for (const t of ['figure_mentions', 'figures', 'story_articles', 'stories', 'story_index', 'story_signatures', 'story_term_df']) stmt(sqlite, `DELETE FROM ${t}`).run();
  })();
  const one = sqlite.transaction((r: (typeof rows)[number]) => {
    const extraction = tagger.tag({ title: r.title, body: r.body_text, publishedAt: r.published_at });
    storeTags(db, r.id, extraction, { publishedAt: r.published_at, now, seenAt: r.seen_at });
  });
  rows.forEach((r, i) => { one(r); opts.onProgress?.(i + 1, rows.length); });
  sqlite.transaction(() => dropOrphanEntities(sqlite))();
  const events = (stmt(sqlite, 'SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  return { articles: rows.length, events };
}
