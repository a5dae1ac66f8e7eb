/**
 * A cross-process run lock kept in the database itself, so two `ingest`
 * or `watch` processes on one file never overlap. A lock whose process is
 * gone (crashed, killed -9) is taken over instead of staying stuck.
 */
import type Database from 'better-sqlite3';
import { hostname } from 'node:os';

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
  const me = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
  const take = sqlite.transaction((): LockHolder | null => {
    const row = sqlite.prepare('SELECT pid, host, acquired_at FROM locks WHERE name = ?').get(name) as
      | { pid: number; host: string; acquired_at: string }
      | undefined;
    if (row) {
      const stale = row.host === me.host && (row.pid === me.pid ? false : !processAlive(row.pid));
      if (!stale) return { pid: row.pid, host: row.host, acquiredAt: row.acquired_at };
    }
    sqlite.prepare('INSERT OR REPLACE INTO locks (name, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(name, me.pid, me.host, me.at);
    return null;
  });
  return take.immediate();
}

export function releaseLock(sqlite: Database.Database, name: string): void {
  sqlite.prepare('DELETE FROM locks WHERE name = ? AND pid = ? AND host = ?').run(name, process.pid, hostname());
}
