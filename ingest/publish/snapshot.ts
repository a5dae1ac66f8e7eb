/**
 * The public snapshot of the database (`/data/tracker.db` on the site):
 * built from an allow-list of tables and columns, so a column added later
 * stays private until someone decides to publish it (interface.md, "/data/").
 *
 * Left out: article body text (title, link and a short excerpt stay), local
 * file paths (an imported file keeps only its name), private, loopback and
 * credentialed URLs, secret-looking query parameters, HTTP cache
 * validators, the run lock, and the text of internal errors (their code
 * stays). A user's own database keeps everything.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { isIP } from 'node:net';
import { openDb } from '../../db/open.ts';
import { isPrivateAddress, bareHostname } from '../fetch/private-address.ts';
// One definition of a secret-looking parameter, shared with what the fetcher redacts from stored URLs and errors.
import { publicUrl } from '../fetch/redact.ts';

/** A column is copied as is (true) or through an SQL expression over the source row (aliased `s`). */
type ColumnRule = true | string;

/**
 * What the snapshot publishes, table by table. Tables not named here (locks, and any table added later) are
 * left out; so are columns not named. Tables a given database lacks (the facts tables before they land) are skipped.
 */
export const SNAPSHOT_POLICY: Record<string, Record<string, ColumnRule>> = {
  sources: {
    id: true, name: true, url: "unique_url('source', s.url, s.id)", type: true, enabled: true,
    allow_private: '0', last_fetched_at: true, last_status: true, last_error: 'error_code(s.last_error)',
    consecutive_failures: true, created_at: true,
  },
  articles: {
    id: true, source_id: true, url: "unique_url('url', s.url, s.id)", canonical_url: "unique_url('canonical', s.canonical_url, s.id)",
    title: true, author: true, published_at: true, fetched_at: true, summary: 'excerpt(s.summary, substr(s.body_text, 1, 2000))',
    body_text: "''", content_hash: true, promotional: true, tagged_at: true,
  },
  article_urls: { article_id: true, url: "unique_url('seen', s.url, s.article_id)", source_id: true, first_seen_at: true },
  entities: {
    id: true, slug: true, name: true, type: true, origin: true, place_kind: true, parent_id: true, country_code: true,
    lat: true, lon: true, place_key: true,
  },
  entity_aliases: { entity_id: true, alias: true },
  article_entities: { article_id: true, entity_id: true, mentions: true },
  amounts: {
    id: true, article_id: true, text: true, value: true, value_min: true, currency: true, value_usd: true, category: true,
    entity_id: true, period: true, estimate: true, conversion: true, sentence: true, rule: true,
  },
  quantities: {
    id: true, article_id: true, text: true, kind: true, value: true, value_min: true, unit: true, entity_id: true,
    conversion: true, sentence: true, rule: true,
  },
  events: {
    id: true, slug: true, type: true, summary: true, date: true, certainty: true, location: true, location_entity_id: true,
    first_seen_at: true, source_count: true, rule: true,
  },
  event_actors: { event_id: true, entity_id: true, position: true },
  event_mentions: { event_id: true, article_id: true, sentence: true, certainty: true, rule: true },
  // The facts tables (interface.md, "Figures", "Stories"): published once they exist.
  figures: {
    id: true, kind: true, category: true, entity_id: true, period: true, value: true, value_min: true, unit: true,
    value_usd: true, estimate: true, status: true, revises_id: true, dispute_of: true, first_seen_at: true, last_seen_at: true, source_count: true,
  },
  figure_mentions: { figure_id: true, article_id: true, amount_id: true, quantity_id: true, sentence: true },
  stories: { id: true, title: true, first_published_at: true, last_published_at: true, article_count: true, independent_count: true },
  story_articles: { story_id: true, article_id: true, independent: true, copy_of: true, similarity: true },
  runs: { id: true, kind: true, started_at: true, finished_at: true, status: true, items_seen: true, items_new: true, errors: true },
  run_sources: {
    run_id: true, source_id: true, source_name: 'CASE WHEN s.source_id IS NULL THEN file_name(s.source_name) ELSE s.source_name END',
    status: true, items_seen: true, items_new: true, error: 'error_code(s.error)', duration_ms: true,
  },
};

function isPrivateHost(hostname: string): boolean {
  const host = bareHostname(hostname).toLowerCase();
  if (isIP(host)) return isPrivateAddress(host);
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan') || !host.includes('.');
}

/**
 * A URL fit to publish: http(s) on a public host, without user or password or secret-looking parameters; an
 * imported file becomes `imported:<file name>`; anything else (private hosts, javascript:, data:) is null.
 */
export function publishableUrl(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try { u = new URL(url); } catch { return null; }
  if (u.protocol === 'file:') return `imported:${fileName(u.pathname)}`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (isPrivateHost(u.hostname)) return null;
  // Credentials and secret parameters go the same way as everywhere else the tracker shows a URL.
  return publicUrl(u.href);
}

/** The last segment of a path or file URL path ("/home/me/news/a.txt" -> "a.txt"). */
export function fileName(path: string | null): string | null {
  if (!path) return path;
  let p = path;
  try { if (/^file:/i.test(p)) p = new URL(p).pathname; p = decodeURIComponent(p); } catch { /* keep as is */ }
  return p.split(/[\\/]/).filter(Boolean).pop() ?? p;
}

/** "http_503: the server said..." -> "http_503": the code is public, the message may hold internals. */
export function errorCode(text: string | null): string | null {
  if (!text) return text;
  const m = /^([a-z][a-z0-9_]*):/.exec(text);
  return m ? m[1] : 'error';
}

const EXCERPT_CHARS = 280;
export function excerpt(summary: string | null, body: string | null): string | null {
  const flat = ((summary && summary.trim()) || body || '').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 3).replace(/\s+\S*$/, '')}…` : flat;
}

export interface SnapshotResult { tables: Record<string, number>; omittedTables: string[] }

/**
 * Writes the public snapshot of `srcPath` to `destPath`: the current schema (migrations), then the allowed
 * columns copied in one transaction, which also reads the source as one consistent state while ingest writes.
 */
export function writePublicSnapshot(srcPath: string, destPath: string): SnapshotResult {
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(destPath + suffix)) rmSync(destPath + suffix);
  const opened = openDb(destPath);
  const db = opened.sqlite;
  try {
    const seen = new Map<string, Set<string>>();
    db.function('file_name', { deterministic: true }, (p: unknown) => fileName(p as string | null));
    db.function('error_code', { deterministic: true }, (t: unknown) => errorCode(t as string | null));
    db.function('excerpt', { deterministic: true }, (s: unknown, b: unknown) => excerpt(s as string | null, b as string | null));
    // URL columns are unique: two private URLs both redacted, or two files of one name, must not collide.
    db.function('unique_url', (space: unknown, u: unknown, id: unknown) => {
      const set = seen.get(String(space)) ?? new Set<string>();
      seen.set(String(space), set);
      const owner = space === 'source' ? 'source' : 'article';
      let out = publishableUrl(u as string | null) ?? `redacted:${owner}-${id}`;
      if (set.has(out)) out = `${out}#${owner}-${id}`;
      for (let n = 2; set.has(out); n++) out = `${out}-${n}`;
      set.add(out);
      return out;
    });
    db.prepare('ATTACH DATABASE ? AS src').run(srcPath);
    const tablesIn = (schema: string) => new Set((db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    const srcTables = tablesIn('src');
    const destTables = tablesIn('main');
    const columnsOf = (schema: string, table: string) =>
      db.prepare(`SELECT name, "notnull" AS required, dflt_value AS dflt, pk FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string; required: number; dflt: string | null; pk: number }[];
    const counts: Record<string, number> = {};
    db.transaction(() => {
      for (const [table, rules] of Object.entries(SNAPSHOT_POLICY)) {
        if (!srcTables.has(table) || !destTables.has(table)) continue;
        const srcCols = new Set(columnsOf('src', table).map((c) => c.name));
        const destCols = columnsOf('main', table);
        const cols = destCols.filter((c) => c.name in rules && (rules[c.name] !== true || srcCols.has(c.name)));
        const missing = destCols.filter((c) => c.required && c.dflt === null && !c.pk && !cols.some((x) => x.name === c.name));
        if (missing.length) {
          throw new Error(`public snapshot: table ${table} has required column(s) ${missing.map((c) => c.name).join(', ')} that SNAPSHOT_POLICY (ingest/publish/snapshot.ts) does not publish; decide whether each is public and add it`);
        }
        const exprs = cols.map((c) => (rules[c.name] === true ? `s."${c.name}"` : String(rules[c.name])));
        counts[table] = db.prepare(`INSERT INTO main."${table}" (${cols.map((c) => `"${c.name}"`).join(', ')}) SELECT ${exprs.join(', ')} FROM src."${table}" s`).run().changes;
      }
    })();
    db.prepare('DETACH DATABASE src').run();
    // One self-contained file for download: no -wal beside it.
    db.pragma('journal_mode = DELETE');
    const omittedTables = [...srcTables].filter((t) => !(t in SNAPSHOT_POLICY) && !t.startsWith('sqlite_') && !t.startsWith('__drizzle') && !t.startsWith('articles_fts'));
    return { tables: counts, omittedTables };
  } finally {
    opened.close();
  }
}

/** Opens a snapshot read-only (downloads are generated from it, so they can never hold more than it does). */
export function openSnapshot(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}
