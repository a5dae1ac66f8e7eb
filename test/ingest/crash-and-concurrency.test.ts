/**
 * The promises that only real processes can test: a run killed with -9 at
 * any moment leaves a consistent database, two runs never overlap, a dead
 * run's lock does not stay stuck, and `watch` stops gracefully.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDb } from '../../db/open.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { runCli, startCli, tempDir } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir();
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

function waitFor(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

function readCount(dbPath: string, sql: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Checks every invariant a killed run must leave intact. */
function assertConsistent(dbPath: string) {
  const { sqlite, close } = openDb(dbPath);
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    sqlite.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const q = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    // no half-stored article: each has its URL row, its FTS row, and its tags
    expect(q('SELECT count(*) n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_urls u WHERE u.article_id = a.id)')).toBe(0);
    expect(q('SELECT count(*) n FROM articles_fts')).toBe(q('SELECT count(*) n FROM articles'));
    expect(q('SELECT count(*) n FROM articles WHERE tagged_at IS NULL')).toBe(0);
  } finally {
    close();
  }
}

describe('crash safety and concurrency', () => {
  it('a run killed with -9 mid-import leaves a consistent database, and re-running completes it without duplicates', async () => {
    const dir = join(tmp.dir, 'many');
    mkdirSync(dir);
    const files = 400;
    for (let i = 0; i < files; i++) {
      const text = `Data center story ${i}\n\n${LONG_PARAGRAPHS.map((p) => `${p} (story ${i})`).join('\n\n')}`;
      writeFileSync(join(dir, `story-${String(i).padStart(4, '0')}.txt`), text);
    }
    const dbPath = join(tmp.dir, 'kill.db');
    const child = startCli(['import', dir, '--db', dbPath]);
    await waitFor(() => readCount(dbPath, 'SELECT count(*) n FROM articles') >= 20, 'the import to store some articles');
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const stored = readCount(dbPath, 'SELECT count(*) n FROM articles');
    expect(stored).toBeGreaterThanOrEqual(20);
    expect(stored).toBeLessThan(files);
    assertConsistent(dbPath);

    // the dead process's lock is taken over, and the import finishes the job
    const again = await runCli(['import', dir, '--db', dbPath]);
    expect(again.stderr).not.toMatch(/another run/);
    expect(again.code).toBe(0);
    expect(readCount(dbPath, 'SELECT count(*) n FROM articles')).toBe(files);
    expect(readCount(dbPath, "SELECT count(*) n FROM runs WHERE status = 'interrupted'")).toBe(1);
    assertConsistent(dbPath);
  });

  it('two ingest processes on one database never overlap: one runs, the other says why it did not', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      title: `Substation story ${i}`,
      link: `${server.url}/conc/${i}`,
      date: '2026-01-10T10:00:00Z',
      content: `<p>${LONG_PARAGRAPHS[i % 4]} Item ${i}.</p><p>${LONG_PARAGRAPHS[(i + 1) % 4]}</p><p>${LONG_PARAGRAPHS[(i + 2) % 4]}</p>`,
    }));
    server.route('/conc/feed.xml', { body: rssFeed('Slow', items), delayMs: 2000 });
    const dbPath = join(tmp.dir, 'conc.db');
    addFeedSources(dbPath, [{ url: `${server.url}/conc/feed.xml`, name: 'slow' }]);
    const [a, b] = await Promise.all([runCli(['ingest', '--db', dbPath]), runCli(['ingest', '--db', dbPath])]);
    const results = [a, b].sort((x, y) => (x.code ?? 9) - (y.code ?? 9));
    expect(results[0].code).toBe(0);
    expect(results[0].stdout).toMatch(/30 new/);
    expect(results[1].code).toBe(1);
    expect(results[1].stderr).toMatch(/another run \(pid \d+/);
    expect(readCount(dbPath, 'SELECT count(*) n FROM articles')).toBe(30);
    const rerun = await runCli(['ingest', '--db', dbPath]);
    expect(rerun.code).toBe(0);
    expect(readCount(dbPath, 'SELECT count(*) n FROM articles')).toBe(30);
  });

  it('watch runs on its schedule and stops gracefully on SIGTERM', async () => {
    server.route('/watch/feed.xml', { body: rssFeed('Watched', [{ title: 'One story', link: `${server.url}/watch/1`, date: '2026-01-01T00:00:00Z', content: `<p>${LONG_PARAGRAPHS.join('</p><p>')}</p>` }]) });
    const dbPath = join(tmp.dir, 'watch.db');
    addFeedSources(dbPath, [{ url: `${server.url}/watch/feed.xml`, name: 'w' }]);
    const child = startCli(['watch', '--cron', '*/2 * * * * *', '--db', dbPath]);
    await waitFor(() => (child.output().stdout.match(/^run \d+ /gm) ?? []).length >= 2, 'two scheduled runs', 60_000);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(child.output().stdout).toMatch(/watch stopped \(SIGTERM\)/);
    expect(readCount(dbPath, 'SELECT count(*) n FROM articles')).toBe(1);
    expect(readCount(dbPath, "SELECT count(*) n FROM runs WHERE status = 'running'")).toBe(0);
    expect(readCount(dbPath, 'SELECT count(*) n FROM locks')).toBe(0);
  });
});
