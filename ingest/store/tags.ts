/**
 * Stores one article's tags and merges its events with events other articles
 * already reported. Runs inside the caller's transaction; retagAll wraps each
 * article in its own.
 *
 * Event merging: a new event joins a stored one when they are the same
 * real-world happening — compatible types, a shared actor (or, with no
 * actors on either side, the same place), dates within ~10 days (month or
 * year precision: overlapping periods), and figures that do not contradict
 * (when both evidence sentences carry figures, one must be within 15%).
 */
import type { Database } from 'better-sqlite3';
import type { TrackerDb } from '../../db/open.ts';
import type { Certainty, EventType, Extraction, ExtractedEvent, TagInput } from '../tag/types.ts';
import { findMoney } from '../tag/money.ts';
import { findQuantities } from '../tag/quantities.ts';

export interface StoreOptions { publishedAt: string; now?: string }

/** Pairs of types the corpus conventions treat as one happening seen two ways (extraction.md alt types). */
const COMPATIBLE_TYPES: Array<[EventType, EventType]> = [
  ['land_dispute', 'regulation'], ['energy', 'partnership'], ['buildout', 'spend_plan'], ['shutdown', 'buildout'],
  ['partnership', 'funding'], ['buildout', 'partnership'], ['regulation', 'buildout'], ['energy', 'land_dispute'],
];
function compatibleTypes(t: EventType): EventType[] {
  const out = new Set<EventType>([t]);
  for (const [a, b] of COMPATIBLE_TYPES) { if (a === t) out.add(b); if (b === t) out.add(a); }
  return [...out];
}

/**
 * Certainty of a merged event: the strongest evidence any source gives.
 * A confirmation outweighs a denial, a denial outweighs reports, reports outweigh speculation.
 */
const CERTAINTY_STRENGTH: Record<Certainty, number> = { confirmed: 4, denied: 3, reported: 2, speculative: 1 };

const DAY_MS = 86_400_000;
const MERGE_WINDOW_DAYS = 10;

/** A date of any precision as the span of days it covers. */
export function dateSpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined || Number.isNaN(m)) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  const t = Date.UTC(y, m - 1, d);
  return [t, t];
}

/** Day dates within the window; a month or year date overlapping the other's span (same month for month precision). */
export function datesClose(a: string, b: string): boolean {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  const slack = a0 === a1 && b0 === b1 ? MERGE_WINDOW_DAYS * DAY_MS : a.length >= 7 && b.length >= 7 ? 3 * DAY_MS : 0;
  return a0 - slack <= b1 && b0 - slack <= a1;
}

function figuresOf(sentence: string): number[] {
  return [...findMoney(sentence).map((m) => m.value), ...findQuantities(sentence).map((q) => q.value)];
}

/** Figures agree when either side has none, or some pair is within 15% (rounded restatements). */
function figuresCompatible(a: string, b: string): boolean {
  const fa = figuresOf(a);
  const fb = figuresOf(b);
  if (fa.length === 0 || fb.length === 0) return true;
  return fa.some((x) => fb.some((y) => Math.abs(x - y) <= 0.15 * Math.max(Math.abs(x), Math.abs(y))));
}

export function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function uniqueSlug(sqlite: Database, table: 'entities' | 'events', base: string): string {
  const taken = sqlite.prepare(`SELECT 1 FROM ${table} WHERE slug = ?`);
  let slug = base;
  for (let n = 2; taken.get(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Finds or creates the entity row for a canonical name; records the aliases seen. */
function upsertEntity(sqlite: Database, name: string, type: string, origin: string, aliases: string[]): number {
  const byName = sqlite.prepare('SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND type = ?').get(name, type) as { id: number } | undefined;
  let id = byName?.id;
  if (id === undefined) {
    const byAlias = sqlite.prepare('SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ? COLLATE NOCASE AND e.type = ?').get(name, type) as { id: number } | undefined;
    id = byAlias?.id;
  }
  if (id === undefined) {
    const slug = uniqueSlug(sqlite, 'entities', slugify(name));
    id = Number(sqlite.prepare('INSERT INTO entities (slug, name, type, origin) VALUES (?, ?, ?, ?)').run(slug, name, type, origin).lastInsertRowid);
  }
  const addAlias = sqlite.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
  for (const a of aliases) if (a && a !== name) addAlias.run(id, a);
  return id;
}

/** Removes this article's previous tags; events left with no mention go, the others get their counts and certainty recomputed. */
function clearArticleTags(sqlite: Database, articleId: number): void {
  const touched = (sqlite.prepare('SELECT event_id FROM event_mentions WHERE article_id = ?').all(articleId) as Array<{ event_id: number }>).map((r) => r.event_id);
  sqlite.prepare('DELETE FROM event_mentions WHERE article_id = ?').run(articleId);
  sqlite.prepare('DELETE FROM article_entities WHERE article_id = ?').run(articleId);
  sqlite.prepare('DELETE FROM amounts WHERE article_id = ?').run(articleId);
  sqlite.prepare('DELETE FROM quantities WHERE article_id = ?').run(articleId);
  for (const eventId of touched) refreshEvent(sqlite, eventId);
}

/** source_count = distinct articles; certainty = strongest mention; no mention left -> the event goes. */
function refreshEvent(sqlite: Database, eventId: number): void {
  const mentions = sqlite.prepare('SELECT certainty FROM event_mentions WHERE event_id = ?').all(eventId) as Array<{ certainty: Certainty }>;
  if (mentions.length === 0) {
    sqlite.prepare('DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const strongest = mentions.reduce((best, m) => (CERTAINTY_STRENGTH[m.certainty] > CERTAINTY_STRENGTH[best] ? m.certainty : best), mentions[0]!.certainty);
  const count = (sqlite.prepare('SELECT COUNT(DISTINCT article_id) AS n FROM event_mentions WHERE event_id = ?').get(eventId) as { n: number }).n;
  sqlite.prepare('UPDATE events SET certainty = ?, source_count = ? WHERE id = ?').run(strongest, count, eventId);
}

interface StoredEvent { id: number; type: EventType; date: string; location: string | null; actorIds: number[]; sentences: string[] }

function candidateEvents(sqlite: Database, ev: ExtractedEvent): StoredEvent[] {
  const types = compatibleTypes(ev.type);
  const rows = sqlite.prepare(`SELECT id, type, date, location FROM events WHERE type IN (${types.map(() => '?').join(',')}) AND substr(date, 1, 4) BETWEEN ? AND ?`)
    .all(...types, String(Number(ev.date.slice(0, 4)) - 1), String(Number(ev.date.slice(0, 4)) + 1)) as Array<{ id: number; type: EventType; date: string; location: string | null }>;
  const actorsOf = sqlite.prepare('SELECT entity_id FROM event_actors WHERE event_id = ? ORDER BY position');
  const sentencesOf = sqlite.prepare('SELECT sentence FROM event_mentions WHERE event_id = ?');
  return rows.filter((r) => datesClose(r.date, ev.date)).map((r) => ({
    ...r,
    actorIds: (actorsOf.all(r.id) as Array<{ entity_id: number }>).map((a) => a.entity_id),
    sentences: (sentencesOf.all(r.id) as Array<{ sentence: string }>).map((x) => x.sentence),
  }));
}

/** The stored event this one joins, or null: best = most shared actors, then same type, then nearest date. */
function findSameHappening(sqlite: Database, ev: ExtractedEvent, actorIds: number[]): StoredEvent | null {
  let best: { e: StoredEvent; score: number } | null = null;
  for (const e of candidateEvents(sqlite, ev)) {
    const shared = e.actorIds.filter((id) => actorIds.includes(id)).length;
    if (actorIds.length === 0 || e.actorIds.length === 0) {
      if (!(actorIds.length === 0 && e.actorIds.length === 0 && ev.location && e.location === ev.location)) continue;
    } else if (shared === 0) continue;
    if (!e.sentences.every((s) => figuresCompatible(s, ev.sentence))) continue;
    const [a0] = dateSpan(e.date);
    const [b0] = dateSpan(ev.date);
    const score = shared * 10 + (e.type === ev.type ? 5 : 0) - Math.abs(a0 - b0) / DAY_MS / 100;
    if (!best || score > best.score) best = { e, score };
  }
  return best?.e ?? null;
}

function insertEvent(sqlite: Database, ev: ExtractedEvent, actorIds: number[], actorNames: string[], now: string): number {
  const base = slugify([ev.date, ev.type, ...(actorNames.length ? actorNames.slice(0, 3) : [ev.location ?? 'unnamed'])].join(' ')).slice(0, 90);
  const slug = uniqueSlug(sqlite, 'events', base);
  const id = Number(sqlite.prepare('INSERT INTO events (slug, type, summary, date, certainty, location, first_seen_at, source_count, rule) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)')
    .run(slug, ev.type, ev.summary, ev.date, ev.certainty, ev.location, now, ev.rule ?? null).lastInsertRowid);
  const addActor = sqlite.prepare('INSERT OR IGNORE INTO event_actors (event_id, entity_id, position) VALUES (?, ?, ?)');
  actorIds.forEach((a, i) => addActor.run(id, a, i));
  return id;
}

/** A joining mention may add actors and sharpen the date (a day beats the month it falls in). */
function enrichEvent(sqlite: Database, stored: StoredEvent, ev: ExtractedEvent, actorIds: number[]): void {
  const addActor = sqlite.prepare('INSERT OR IGNORE INTO event_actors (event_id, entity_id, position) VALUES (?, ?, ?)');
  let pos = stored.actorIds.length;
  for (const a of actorIds) if (!stored.actorIds.includes(a)) addActor.run(stored.id, a, pos++);
  if (ev.date.length > stored.date.length && ev.date.startsWith(stored.date)) sqlite.prepare('UPDATE events SET date = ? WHERE id = ?').run(ev.date, stored.id);
  if (!stored.location && ev.location) sqlite.prepare('UPDATE events SET location = ? WHERE id = ?').run(ev.location, stored.id);
}

export function storeTags(db: TrackerDb, articleId: number, extraction: Extraction, opts: StoreOptions): void {
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
  const addMention = sqlite.prepare('INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?) ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions');
  for (const e of extraction.entities) {
    const id = upsertEntity(sqlite, e.name, e.type, e.origin ?? 'gazetteer', e.aliases ?? []);
    entityIds.set(e.name.toLowerCase(), id);
    addMention.run(articleId, id, e.mentions);
  }

  const addAmount = sqlite.prepare('INSERT INTO amounts (article_id, text, value, value_min, currency, value_usd, category, entity_id, period, estimate, conversion, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const a of extraction.amounts) {
    addAmount.run(articleId, a.text, a.value, a.value_min ?? null, a.currency, a.value_usd, a.category, idFor(a.entity), a.period, a.estimate ? 1 : 0, a.conversion ? 1 : 0, a.sentence, a.rule ?? null);
  }
  const addQuantity = sqlite.prepare('INSERT INTO quantities (article_id, text, kind, value, value_min, unit, entity_id, conversion, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const q of extraction.quantities) {
    addQuantity.run(articleId, q.text, q.kind, q.value, q.value_min ?? null, q.unit, idFor(q.entity), q.conversion ? 1 : 0, q.sentence, q.rule ?? null);
  }

  const addEventMention = sqlite.prepare('INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence, certainty, rule) VALUES (?, ?, ?, ?, ?)');
  for (const ev of extraction.events) {
    const actorIds = ev.actors.map((a) => idFor(a)).filter((x): x is number => x !== null);
    const stored = findSameHappening(sqlite, ev, actorIds);
    const eventId = stored ? stored.id : insertEvent(sqlite, ev, actorIds, ev.actors, now);
    if (stored) enrichEvent(sqlite, stored, ev, actorIds);
    addEventMention.run(eventId, articleId, ev.sentence, ev.certainty, ev.rule ?? null);
    refreshEvent(sqlite, eventId);
  }
  sqlite.prepare('UPDATE articles SET promotional = ?, tagged_at = ? WHERE id = ?').run(extraction.promotional ? 1 : 0, now, articleId);
}

/** Entities nothing refers to any more (e.g. renamed by a gazetteer change). */
function dropOrphanEntities(sqlite: Database): void {
  sqlite.prepare(`DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)
    AND id NOT IN (SELECT entity_id FROM event_actors)
    AND id NOT IN (SELECT entity_id FROM amounts WHERE entity_id IS NOT NULL)
    AND id NOT IN (SELECT entity_id FROM quantities WHERE entity_id IS NOT NULL)`).run();
}

export interface TaggerLike { tag(input: TagInput): Extraction }

/** Re-runs the tagger over every stored article, oldest first, so events merge as they would have on ingest. */
export function retagAll(db: TrackerDb, tagger: TaggerLike, opts: { onProgress?(done: number, total: number): void } = {}): { articles: number; events: number } {
  const sqlite = db.$client;
  const rows = sqlite.prepare('SELECT id, title, body_text, published_at FROM articles ORDER BY published_at, id').all() as Array<{ id: number; title: string; body_text: string; published_at: string }>;
  const now = new Date().toISOString();
  // Events are rebuilt from scratch: merges depend on the order articles arrive in.
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM event_mentions').run();
    sqlite.prepare('DELETE FROM events').run();
  })();
  const one = sqlite.transaction((r: (typeof rows)[number]) => {
    const extraction = tagger.tag({ title: r.title, body: r.body_text, publishedAt: r.published_at });
    storeTags(db, r.id, extraction, { publishedAt: r.published_at, now });
  });
  rows.forEach((r, i) => { one(r); opts.onProgress?.(i + 1, rows.length); });
  sqlite.transaction(() => dropOrphanEntities(sqlite))();
  const events = (sqlite.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  return { articles: rows.length, events };
}
