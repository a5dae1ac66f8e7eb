/**
 * SQLite failures a person can act on, in words: which file, what is wrong,
 * what to do. better-sqlite3 throws SqliteError with the SQLite result code
 * (SQLITE_BUSY, SQLITE_FULL...) and SQLite's terse message.
 */

export interface DbProblem {
  /** Stable code for sources.last_error and scripts. */
  code: 'db_locked' | 'disk_full' | 'db_read_only' | 'db_corrupt';
  message: string;
}

/** A readable cause and advice for a SQLite error, or null when the error is not one of these. */
export function describeDbError(err: unknown, dbPath?: string): DbProblem | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const file = dbPath ? ` ${dbPath}` : ' the database';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'db_locked',
      message: `database is locked: another process (a run, a site build, an open sqlite3 shell or a backup) held a write lock on${file} for longer than 15 s. Wait for it to finish or close it, then run again; nothing was half-written.`,
    };
  }
  if (code.startsWith('SQLITE_FULL')) {
    return {
      code: 'disk_full',
      message: `database or disk is full: the disk holding${file} has no space left (check with \`df -h\`). Free some space and run again; the interrupted transaction was rolled back, so nothing was half-written.`,
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'db_read_only',
      message: `cannot write to${file}: the file or its folder is read-only (check permissions and free space, or pass --db with a writable path).`,
    };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return {
      code: 'db_corrupt',
      message: `${file.trim()} is damaged or not a tracker database (${code}); restore it from a backup, or move it aside so a fresh one is created.`,
    };
  }
  return null;
}
