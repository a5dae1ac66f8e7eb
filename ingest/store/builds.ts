/**
 * The `builds` journal and the content fingerprint that decides whether a
 * rebuild is needed: `watch --build` and `build --if-changed` compare the
 * fingerprint of the published tables with the one of the last good build.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface BuildRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'ok' | 'failed' | 'interrupted';
  out_dir: string;
  content_version: string | null;
  pages: number | null;
  bytes: number | null;
  duration_ms: number | null;
  error: string | null;
  after_build_status: number | null;
}

/**
 * A fingerprint of what the site shows. Events are hashed row by row (a retag
 * can change a type or a date in place); the large tables only by count, last
 * id and last tagging time, which every insert or retag moves. Source health
 * is left out on purpose: it changes on every run and alone is no reason to rebuild.
 */
export function contentVersion(sqlite: Database.Database): string {
  const hash = createHash('sha1');
  const aggregates = [
    'SELECT count(*), max(id), max(tagged_at) FROM articles',
    'SELECT count(*), max(rowid) FROM article_urls',
    'SELECT count(*), max(id), total(length(name)) FROM entities',
    'SELECT count(*), max(rowid) FROM entity_aliases',
    'SELECT count(*), total(mentions), max(rowid) FROM article_entities',
    'SELECT count(*), max(id), total(value_usd) FROM amounts',
    'SELECT count(*), max(id), total(value) FROM quantities',
    'SELECT count(*), total(position * entity_id), max(rowid) FROM event_actors',
    'SELECT count(*), max(rowid), total(article_id * 31 + event_id) FROM event_mentions',
  ];
  for (const sql of aggregates) hash.update(JSON.stringify(sqlite.prepare(sql).raw().get())).update('\n');
  for (const row of sqlite.prepare('SELECT id, slug, type, summary, date, certainty, location, source_count FROM events ORDER BY id').raw().iterate()) {
    hash.update(JSON.stringify(row)).update('\n');
  }
  return hash.digest('hex');
}

/** Earlier builds into outDir still marked running belong to killed processes (the caller holds the build lock). */
export function startBuild(sqlite: Database.Database, outDir: string, version: string, at: string): number {
  return sqlite.transaction(() => {
    sqlite.prepare("UPDATE builds SET status = 'interrupted', finished_at = ? WHERE status = 'running' AND out_dir = ?").run(at, outDir);
    return Number(
      sqlite.prepare("INSERT INTO builds (started_at, status, out_dir, content_version) VALUES (?, 'running', ?, ?)").run(at, outDir, version).lastInsertRowid,
    );
  })();
}

export function finishBuild(
  sqlite: Database.Database,
  id: number,
  result: { status: 'ok' | 'failed' | 'interrupted'; at: string; pages?: number; bytes?: number; durationMs?: number; error?: string },
): void {
  sqlite
    .prepare('UPDATE builds SET status = ?, finished_at = ?, pages = ?, bytes = ?, duration_ms = ?, error = ? WHERE id = ?')
    .run(result.status, result.at, result.pages ?? null, result.bytes ?? null, result.durationMs ?? null, result.error ?? null, id);
}

export function recordAfterBuild(sqlite: Database.Database, id: number, status: number): void {
  sqlite.prepare('UPDATE builds SET after_build_status = ? WHERE id = ?').run(status, id);
}

export function lastBuild(sqlite: Database.Database, opts: { outDir?: string; status?: BuildRow['status'] } = {}): BuildRow | undefined {
  const where: string[] = [];
  const args: string[] = [];
  if (opts.outDir) { where.push('out_dir = ?'); args.push(opts.outDir); }
  if (opts.status) { where.push('status = ?'); args.push(opts.status); }
  return sqlite.prepare(`SELECT * FROM builds ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT 1`).get(...args) as BuildRow | undefined;
}

export function getBuild(sqlite: Database.Database, id: number): BuildRow | undefined {
  return sqlite.prepare('SELECT * FROM builds WHERE id = ?').get(id) as BuildRow | undefined;
}
