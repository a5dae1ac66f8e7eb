/** `sources add` without --name uses the feed's own title, kept unique and readable; imported files show their file name. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir } from '../support/cli.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { rssFeed } from '../support/feeds.ts';
import { outletFromUrl } from '../../db/queries.ts';
import { cleanTitle } from '../../ingest/run/guess-type.ts';

let tmp: ReturnType<typeof tempDir>;
let server: FixtureServer;
beforeAll(async () => {
  tmp = tempDir();
  server = await startFixtureServer();
  const feed = rssFeed('Grid  and Ground\nWeekly', [{ title: 'A story', link: 'https://example.org/a', description: 'Text.' }]);
  server.route('/trade/atom.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: feed });
  server.route('/mirror/atom.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: feed });
});
afterAll(async () => {
  await server?.close();
  tmp?.cleanup();
});

const names = (db: string) => {
  const d = new Database(db, { readonly: true });
  try { return (d.prepare('SELECT name FROM sources ORDER BY id').all() as { name: string }[]).map((r) => r.name); } finally { d.close(); }
};

describe('source names', () => {
  it('takes the feed title when --name is not given, and keeps names unique', async () => {
    const db = join(tmp.dir, 'names.db');
    const first = await runCli(['sources', 'add', `${server.url}/trade/atom.xml`, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/added Grid and Ground Weekly \(feed\)/);
    // Same title elsewhere: the host tells them apart.
    expect((await runCli(['sources', 'add', `${server.url}/mirror/atom.xml`, '--type', 'feed', '--db', db])).code).toBe(0);
    // --name still wins.
    expect((await runCli(['sources', 'add', `${server.url}/trade/atom.xml?x=1`, '--name', 'Mine', '--type', 'feed', '--db', db])).code).toBe(0);
    expect(names(db)).toEqual(['Grid and Ground Weekly', 'Grid and Ground Weekly (127.0.0.1)', 'Mine']);
  }, 240_000); // three CLI processes, each starting cold on a shared 2-core machine

  it('falls back to the host when the feed cannot be read', async () => {
    const db = join(tmp.dir, 'fallback.db');
    server.route('/gone.xml', { status: 404, body: 'no' });
    const r = await runCli(['sources', 'add', `${server.url}/gone.xml`, '--db', db]);
    expect(r.code).toBe(0);
    expect(names(db)).toEqual(['127.0.0.1']);
  }, 120_000);

  it('names the outlet of an imported file after the file, never its folder', () => {
    expect(outletFromUrl('file:///home/me/clips/county%20meeting.txt')).toBe('county meeting.txt');
    expect(outletFromUrl('https://www.example.com/a')).toBe('example.com');
    expect(outletFromUrl('javascript:alert(1)')).toBeNull();
    expect(cleanTitle('  A\u0000 title\n\twith  breaks ')).toBe('A title with breaks');
  });
});
