/**
 * Prepared statements compiled once per connection. Storing runs for every
 * article, and compiling the same SQL each time dominated its cost.
 */
import type { Database, Statement } from 'better-sqlite3';

const statementCache = new WeakMap<Database, Map<string, Statement>>();

/** The prepared statement for `sql` on this connection, compiled on first use. */
export function stmt(sqlite: Database, sql: string): Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = sqlite.prepare(sql)));
  return st;
}
