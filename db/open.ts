/**
 * Opens (creating and migrating when needed) the tracker's SQLite file.
 * Every CLI verb goes through here, so a database is always at the current
 * schema before anything reads or writes it.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';
import { config } from '../ingest/config.ts';

export type TrackerDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenedDb {
  db: TrackerDb;
  sqlite: Database.Database;
  path: string;
  close(): void;
}

/** Resolves the database path: explicit flag, then TRACKER_DB, then data/tracker.db. */
export function resolveDbPath(flag?: string): string {
  return resolve(flag ?? config().TRACKER_DB);
}

export function openDb(path: string = resolveDbPath(), opts: { readonly?: boolean } = {}): OpenedDb {
  if (!opts.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent runs wait for each other's write transactions instead of failing at once.
  sqlite.pragma('busy_timeout = 15000');
  sqlite.pragma('synchronous = NORMAL');
  const db = ormOf(sqlite);
  if (!opts.readonly) migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite, path, close: () => sqlite.close() };
}

/**
 * The typed query builder over a connection the caller already holds, made
 * once per connection. Store modules take the raw connection (transactions
 * and pragmas live there) and build their queries with this.
 */
const ormByConnection = new WeakMap<Database.Database, TrackerDb>();
export function ormOf(sqlite: Database.Database): TrackerDb {
  let db = ormByConnection.get(sqlite);
  if (!db) {
    db = drizzle(sqlite, { schema }) as TrackerDb;
    ormByConnection.set(sqlite, db);
  }
  return db;
}

export { schema };
