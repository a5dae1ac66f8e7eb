/**
 * `watch --build` as a user runs it: a real process on a one-second schedule
 * against a loopback feed. The first tick builds the site, an idle tick does
 * not, a new feed item rebuilds and shows up in /events.xml, --after-build
 * runs once per build, and SIGTERM during a build leaves the previous site.
 * Builds take tens of seconds here, so every wait is generous and nothing is timed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { REPO_ROOT, runCli, startCli, tempDir } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';
import { rssFeed, type FeedItem } from '../support/feeds.ts';
import { exited, waitFor } from '../support/wait.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir('tracker-watch-build-');
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const story = (n: number, title: string, text: string): FeedItem => ({
  title,
  link: `${server.url}/wb/${n}`,
  guid: `wb-${n}`,
  date: `2026-03-0${n}T09:00:00Z`,
  content: `<p>${text}</p>`,
});
const FIRST = () => story(1, 'Harbor County halts Larkspur data center over water fears',
  'Harbor County commissioners voted on Monday to halt the proposed Larkspur data center campus after residents objected to its water use. The developer said it would appeal the decision.');
const SECOND = () => story(2, 'Pinecrest township sues to stop Quarry Ridge server farm',
  'Pinecrest Township filed a lawsuit on Tuesday to stop the Quarry Ridge data center, saying the rezoning of 600 acres of farmland broke state law. Neighbours packed the hearing to oppose the project.');
const THIRD = () => story(3, 'Ashford council rejects Millbrook data center rezoning',
  'The Ashford town council rejected the rezoning for the Millbrook data center on Wednesday after farmers protested the loss of 300 acres of cropland and the noise of the cooling plant.');

function query<T>(dbPath: string, sql: string, ...args: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try { return db.prepare(sql).all(...args) as T[]; } finally { db.close(); }
}
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Leftover staging folders of builds whose process is gone (other suites' live builds are not ours to judge). */
function deadStagingFolders(): string[] {
  const root = join(REPO_ROOT, '.tmp');
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((name) => {
    const m = /^site-build-(\d+)-/.exec(name);
    if (!m) return false;
    try { process.kill(Number(m[1]), 0); return false; } catch { return true; }
  });
}

describe('watch --build', () => {
  it('builds on the first tick, skips idle ticks, rebuilds when the feed changes, runs --after-build once per build and survives SIGTERM mid-build', async () => {
    const dbPath = join(tmp.dir, 'watch.db');
    const out = join(tmp.dir, 'site');
    const afterLog = join(tmp.dir, 'after-build.log');
    server.route('/wb/feed.xml', { body: rssFeed('Watch build', [FIRST()]) });
    addFeedSources(dbPath, [{ url: `${server.url}/wb/feed.xml`, name: 'wb' }]);

    const child = startCli(
      ['watch', '--cron', '* * * * * *', '--build', '--out', out, '--site-url', 'https://tracker.example.org/', '--after-build', `echo "$TRACKER_SITE_DIR" >> '${afterLog}'`, '--db', dbPath],
      { TRACKER_FULL_TEXT: '0' },
    );
    const stdout = () => child.output().stdout;
    try {
      // 1. The first tick stores the article and builds the site.
      await waitFor(() => /site rebuilt: build #1\b/.test(stdout()), 'the first build', 240_000);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(readFileSync(afterLog, 'utf8').trim().split('\n')).toEqual([out]);

      // 2. Ticks with nothing new do not rebuild.
      await waitFor(() => count(stdout(), /site unchanged: no build/g) >= 2, 'two idle ticks', 120_000);
      expect(count(stdout(), /site changed: building/g)).toBe(1);

      // 3. The feed gains an item: the next tick rebuilds and the new event is in /events.xml.
      server.route('/wb/feed.xml', { body: rssFeed('Watch build', [SECOND(), FIRST()]) });
      await waitFor(() => /site rebuilt: build #2\b/.test(stdout()), 'the rebuild after a new item', 240_000);
      const newEvents = query<{ slug: string }>(dbPath,
        `SELECT DISTINCT e.slug FROM events e JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id WHERE a.title LIKE 'Pinecrest%'`);
      expect(newEvents.length).toBeGreaterThan(0);
      const feed = readFileSync(join(out, 'events.xml'), 'utf8');
      for (const { slug } of newEvents) expect(feed).toContain(`https://tracker.example.org/events/${slug}/`);
      expect(readFileSync(afterLog, 'utf8').trim().split('\n')).toEqual([out, out]);

      // 4. SIGTERM while the third build runs: watch stops, the second build's site stays whole.
      const before = { index: readFileSync(join(out, 'index.html'), 'utf8'), feed };
      server.route('/wb/feed.xml', { body: rssFeed('Watch build', [THIRD(), SECOND(), FIRST()]) });
      await waitFor(() => /build: Building pages from/.test(stdout().split('site rebuilt: build #2')[1] ?? ''), 'the third build to start', 240_000);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(stdout()).toMatch(/watch stopped \(SIGTERM\)/);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before.index);
      expect(readFileSync(join(out, 'events.xml'), 'utf8')).toBe(before.feed);
      for (const page of ['timeline/index.html', 'sources/index.html', 'pagefind/pagefind.js', 'data/tracker.db']) expect(existsSync(join(out, page)), page).toBe(true);
      expect(readdirSync(tmp.dir).filter((n) => n.startsWith('.site.'))).toEqual([]);
      expect(deadStagingFolders()).toEqual([]);

      const builds = query<{ id: number; status: string; after_build_status: number | null }>(dbPath, 'SELECT id, status, after_build_status FROM builds ORDER BY id');
      expect(builds).toEqual([
        { id: 1, status: 'ok', after_build_status: 0 },
        { id: 2, status: 'ok', after_build_status: 0 },
        { id: 3, status: 'interrupted', after_build_status: null },
      ]);
      expect(readFileSync(afterLog, 'utf8').trim().split('\n')).toHaveLength(2);
      expect(query(dbPath, 'SELECT name FROM locks')).toEqual([]);

      // The health a scheduler reads says the live site is still build #2.
      const stats = await runCli(['stats', '--json', '--db', dbPath]);
      expect(stats.code).toBe(0);
      const health = JSON.parse(stats.stdout);
      expect(health.lastBuild).toMatchObject({ id: 3, status: 'interrupted' });
      expect(health.lastGoodBuild).toMatchObject({ id: 2, status: 'ok', outDir: out });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 900_000);
});
