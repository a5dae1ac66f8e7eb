/** Sources the ingester polls, and their health after each run. */
import type Database from 'better-sqlite3';

export type SourceType = 'feed' | 'page' | 'json';

export interface SourceRow {
  id: number;
  name: string;
  url: string;
  type: SourceType;
  enabled: number;
  allow_private: number;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_status: string | null;
  last_error: string | null;
  consecutive_failures: number;
}

export class SourceError extends Error {}

export function listSources(sqlite: Database.Database, opts: { enabledOnly?: boolean } = {}): SourceRow[] {
  const where = opts.enabledOnly ? 'WHERE enabled = 1' : '';
  return sqlite.prepare(`SELECT * FROM sources ${where} ORDER BY name`).all() as SourceRow[];
}

export function getSource(sqlite: Database.Database, nameOrUrl: string): SourceRow | null {
  return (sqlite.prepare('SELECT * FROM sources WHERE name = ? OR url = ?').get(nameOrUrl, nameOrUrl) as SourceRow) ?? null;
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
  let parsed: URL;
  try {
    parsed = new URL(src.url);
  } catch {
    throw new SourceError(`"${src.url}" is not a URL: give an absolute http(s) address, e.g. https://example.com/feed.xml`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SourceError(`"${src.url}" is not an http(s) URL; for local files use \`tracker import PATH\``);
  }
  const existing = getSource(sqlite, parsed.href);
  if (existing) return { source: existing, added: false };
  const name = src.name?.trim() || defaultSourceName(sqlite, parsed.href);
  if (getSource(sqlite, name)) throw new SourceError(`a source named "${name}" already exists; pick another with --name`);
  sqlite
    .prepare('INSERT INTO sources (name, url, type, allow_private) VALUES (?, ?, ?, ?)')
    .run(name, parsed.href, src.type, src.allowPrivate ? 1 : 0);
  return { source: getSource(sqlite, name)!, added: true };
}

export function removeSource(sqlite: Database.Database, nameOrUrl: string): SourceRow {
  const row = getSource(sqlite, nameOrUrl);
  if (!row) throw new SourceError(`no source named "${nameOrUrl}"; see \`tracker sources list\``);
  // Articles stay: they belong to the record, only their source link is cleared (ON DELETE SET NULL).
  sqlite.prepare('DELETE FROM sources WHERE id = ?').run(row.id);
  return row;
}

export function recordSuccess(
  sqlite: Database.Database,
  id: number,
  r: { at: string; notModified: boolean; etag: string | null; lastModified: string | null },
): void {
  sqlite
    .prepare(
      `UPDATE sources SET last_fetched_at = ?, last_status = ?, last_error = NULL, consecutive_failures = 0,
       etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) WHERE id = ?`,
    )
    .run(r.at, r.notModified ? 'not_modified' : 'ok', r.etag, r.lastModified, id);
}

export function recordFailure(sqlite: Database.Database, id: number, at: string, error: string): void {
  sqlite
    .prepare(
      `UPDATE sources SET last_fetched_at = ?, last_status = 'error', last_error = ?,
       consecutive_failures = consecutive_failures + 1 WHERE id = ?`,
    )
    .run(at, error, id);
}
