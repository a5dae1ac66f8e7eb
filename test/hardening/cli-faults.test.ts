/**
 * Issue 10, the low-severity cases: control bytes from a feed, a read-only
 * database, a locked or full database, a closed pipe, and a hyphen in a
 * full-text query. Real CLI processes, real SQLite files, a real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { describeDbError } from '../../ingest/store/db-errors.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REPO_ROOT, runCli, startCli, tempDir } from '../support/cli.ts';
import { LONG_PARAGRAPHS } from '../support/feeds.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir();
  // Others (the unprivileged user of the read-only test) may read the folder, not write it.
  chmodSync(tmp.dir, 0o755);
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function manySources(path: string, n: number): void {
  const opened = openDb(path);
  const insert = opened.sqlite.prepare("INSERT INTO sources (name, url, type) VALUES (?, ?, 'feed')");
  opened.sqlite.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(`source-${i}`, `https://example.com/feed-${i}.xml`);
  })();
  opened.close();
}

describe('faults around the CLI', () => {
  it('control bytes in a feed never reach the database', async () => {
    server.route('/controls.json', {
      headers: { 'content-type': 'application/feed+json' },
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Controls',
        items: [{ id: '1', url: `${server.url}/controls/1`, title: 'Grid\u0000 operator\u0007 warns\u001b[31m', content_text: `${LONG_PARAGRAPHS[0]}\u0000\u0008 ${LONG_PARAGRAPHS[1]}`, date_published: '2026-02-02T10:00:00Z' }],
      }),
    });
    const opened = openDb(join(tmp.dir, 'controls.db'));
    addSource(opened.sqlite, { url: `${server.url}/controls.json`, name: 'controls', type: 'feed', allowPrivate: true });
    await runIngest(opened, { tagger: null, fullText: false, fetch: { retries: 0, limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }) } });
    const row = opened.sqlite.prepare('SELECT title, body_text FROM articles').get() as { title: string; body_text: string };
    opened.close();
    expect(row.title).toBe('Grid operator warns[31m');
    expect(row.body_text).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it('stats and sources list work on a database this user cannot write', async () => {
    const db = join(tmp.dir, 'readonly.db');
    manySources(db, 3);
    const asNobody = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'tracker.js'), ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, HOME: tmp.dir },
          // Root ignores file permissions: drop to the unprivileged user so the file really is read-only.
          ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => resolve({ code, out, err }));
      });
    if (process.getuid?.() !== 0) chmodSync(tmp.dir, 0o555);
    try {
      const stats = await asNobody(['stats', '--db', db]);
      expect(stats.code, stats.err).toBe(0);
      expect(stats.out).toMatch(/sources\s+3/);
      const list = await asNobody(['sources', 'list', '--db', db]);
      expect(list.code, list.err).toBe(0);
      expect(list.out).toContain('source-2');
      const write = await asNobody(['sources', 'add', 'https://example.com/x.xml', '--type', 'feed', '--db', db]);
      expect(write.code).toBe(1);
      expect(write.err).toMatch(/read-only \(check permissions/);
    } finally {
      chmodSync(tmp.dir, 0o755);
    }
  }, 60_000);

  it('a locked database says who may hold it and what to do', async () => {
    const db = join(tmp.dir, 'locked.db');
    manySources(db, 1);
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const run = await runCli(['sources', 'add', 'https://example.com/locked.xml', '--type', 'feed', '--db', db]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/database is locked: another process .* Wait for it to finish or close it/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 60_000);

  it('a full database says the disk is full and that nothing was half-written', () => {
    const sqlite = new Database(join(tmp.dir, 'full.db'));
    sqlite.exec('CREATE TABLE t (x TEXT)');
    sqlite.pragma('max_page_count = 3');
    let err: unknown;
    try {
      sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (e) {
      err = e;
    }
    sqlite.close();
    expect((err as { code: string }).code).toBe('SQLITE_FULL');
    const problem = describeDbError(err, '/data/tracker.db');
    expect(problem?.code).toBe('disk_full');
    expect(problem?.message).toMatch(/disk holding \/data\/tracker\.db has no space left .*df -h.*rolled back/);
  });

  it('a closed pipe (`tracker sources list | head -1`) ends the command quietly', async () => {
    const db = join(tmp.dir, 'pipe.db');
    manySources(db, 3000);
    const child = startCli(['sources', 'list', '--db', db]);
    child.stdout!.once('data', () => child.stdout!.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(child.output().stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('the README explains quoting a hyphenated full-text query, and the quoted form works', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/MATCH '"data-center"'/);
    const opened = openDb(join(tmp.dir, 'fts.db'));
    opened.sqlite.prepare("INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash) VALUES ('https://e.x/1', 'https://e.x/1', 'A data-center moratorium', '2026-01-01', '2026-01-01', 'The county paused data-center approvals.', 'h1')").run();
    expect(() => opened.sqlite.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'data-center'").all()).toThrow(/no such column/);
    const hits = opened.sqlite.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"data-center"'`).all();
    opened.close();
    expect(hits).toHaveLength(1);
  });
});
