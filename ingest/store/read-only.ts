/**
 * Opening a database only to read it, when this user cannot write it. A WAL
 * database needs its -shm file to be writable even for readers, so SQLite
 * refuses a read-only open of a file in a read-only folder; reading a copy
 * (with its -wal, so committed writes are included) answers `stats` and
 * `sources list` without touching the original.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';

const CANNOT_WRITE = /^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|SQLITE_AUTH|EACCES|EROFS|EPERM)/;

export function openForReading(path: string): OpenedDb {
  try {
    return openDb(path);
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (!CANNOT_WRITE.test(code) || !existsSync(path)) throw err;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tracker-read-'));
  const copy = join(dir, 'tracker.db');
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const opened = openDb(copy);
    process.stderr.write(`note: ${path} is read-only for this user; showing what it holds (nothing is written to it)\n`);
    return { ...opened, path, close: () => { opened.close(); rmSync(dir, { recursive: true, force: true }); } };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
