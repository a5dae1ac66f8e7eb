/** Sources the ingester polls, and their health after each run. */
import type Database from 'better-sqlite3';
import { asc, eq, or, sql } from 'drizzle-orm';
import { ormOf } from '../../db/open.ts';
import { sources } from '../../db/schema.ts';

export type SourceType = 'feed' | 'page' | 'json';

export type SourceRow = Omit<typeof sources.$inferSelect, 'type'> & { type: SourceType };

export class SourceError extends Error {}

export function listSources(sqlite: Database.Database, opts: { enabledOnly?: boolean } = {}): SourceRow[] {
  return ormOf(sqlite)
    .select()
    .from(sources)
    .where(opts.enabledOnly ? eq(sources.enabled, true) : undefined)
    .orderBy(asc(sources.name))
    .all() as SourceRow[];
}

export function getSource(sqlite: Database.Database, nameOrUrl: string): SourceRow | null {
  const row = ormOf(sqlite).select().from(sources).where(or(eq(sources.name, nameOrUrl), eq(sources.url, nameOrUrl))).get();
  return (row as SourceRow | undefined) ?? null;
}

/** A readable default name: the host without www, plus the path when the host already has a source. */
export function defaultSourceName(sqlite: Database.Database, url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  if (!getSource(sqlite, host)) return host;
  const path = u.pathname.replace(/\/+$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  let name = path ? `${host}-${path}` : host;
  for (let i = 2; getSource(sqlite, name); i++) name = `${host}-${i}`;
  return name;
}

/**
 * A feed's own title as a source name, unique among sources: "Utility Dive", then "Utility Dive (example.com)"
 * when another source already has that title, then a number.
 */
export function uniqueSourceName(sqlite: Database.Database, title: string, url: string): string {
  if (!getSource(sqlite, title)) return title;
  const host = new URL(url).hostname.replace(/^www\./, '');
  let name = `${title} (${host})`;
  for (let i = 2; getSource(sqlite, name); i++) name = `${title} (${host}) ${i}`;
  return name;
}

export function addSource(
  sqlite: Database.Database,
  src: { url: string; name?: string; type: SourceType; allowPrivate?: boolean },
): { source: SourceRow; added: boolean } {
  const url = httpUrl(src.url);
  const existing = getSource(sqlite, url);
  if (existing) return { source: existing, added: false };
  const name = src.name?.trim() || defaultSourceName(sqlite, url);
  if (getSource(sqlite, name)) throw new SourceError(`a source named "${name}" already exists; pick another with --name`);
  ormOf(sqlite).insert(sources).values({ name, url, type: src.type, allowPrivate: src.allowPrivate ?? false }).run();
  return { source: getSource(sqlite, name)!, added: true };
}

/** The normalised absolute http(s) URL, or a SourceError saying what to give instead. */
function httpUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new SourceError(`"${value}" is not a URL: give an absolute http(s) address, e.g. https://example.com/feed.xml`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SourceError(`"${value}" is not an http(s) URL; for local files use \`tracker import PATH\``);
  }
  return parsed.href;
}

export function removeSource(sqlite: Database.Database, nameOrUrl: string): SourceRow {
  const row = getSource(sqlite, nameOrUrl);
  if (!row) throw new SourceError(`no source named "${nameOrUrl}"; see \`tracker sources list\``);
  // Articles stay: they belong to the record, only their source link is cleared (ON DELETE SET NULL).
  ormOf(sqlite).delete(sources).where(eq(sources.id, row.id)).run();
  return row;
}

export function recordSuccess(
  sqlite: Database.Database,
  id: number,
  r: { at: string; notModified: boolean; etag: string | null; lastModified: string | null },
): void {
  ormOf(sqlite)
    .update(sources)
    .set({
      lastFetchedAt: r.at,
      lastStatus: r.notModified ? 'not_modified' : 'ok',
      lastError: null,
      consecutiveFailures: 0,
      // A 304 or a server that stopped sending validators keeps the ones we have.
      ...(r.etag !== null ? { etag: r.etag } : {}),
      ...(r.lastModified !== null ? { lastModified: r.lastModified } : {}),
    })
    .where(eq(sources.id, id))
    .run();
}

export function recordFailure(sqlite: Database.Database, id: number, at: string, error: string): void {
  ormOf(sqlite)
    .update(sources)
    .set({ lastFetchedAt: at, lastStatus: 'error', lastError: error, consecutiveFailures: sql`${sources.consecutiveFailures} + 1` })
    .where(eq(sources.id, id))
    .run();
}
