/**
 * A cross-process run lock kept in the database itself, so two `ingest`
 * or `watch` processes on one file never overlap. A lock whose process is
 * gone (crashed, killed -9) is taken over instead of staying stuck.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { hostname } from 'node:os';
import { ormOf } from '../../db/open.ts';
import { locks } from '../../db/schema.ts';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  acquiredAt: string;
}

/** Returns null when acquired, or who holds it. */
export function tryAcquireLock(sqlite: Database.Database, name: string): LockHolder | null {
  const me = { name, pid: process.pid, host: hostname(), acquiredAt: new Date().toISOString() };
  const db = ormOf(sqlite);
  const take = sqlite.transaction((): LockHolder | null => {
    const row = db.select({ pid: locks.pid, host: locks.host, acquiredAt: locks.acquiredAt }).from(locks).where(eq(locks.name, name)).get();
    if (row) {
      const stale = row.host === me.host && (row.pid === me.pid ? false : !processAlive(row.pid));
      if (!stale) return row;
    }
    db.insert(locks).values(me).onConflictDoUpdate({ target: locks.name, set: { pid: me.pid, host: me.host, acquiredAt: me.acquiredAt } }).run();
    return null;
  });
  return take.immediate();
}

export function releaseLock(sqlite: Database.Database, name: string): void {
  ormOf(sqlite).delete(locks).where(and(eq(locks.name, name), eq(locks.pid, process.pid), eq(locks.host, hostname()))).run();
}
