/** The CLI verbs as a user types them: exit codes, messages, and what lands in the database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir, requireShared } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

function query<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('tracker CLI', () => {
  it('explains usage errors with exit code 2 and a one-line reason', async () => {
    const r = await runCli(['frobnicate', '--db', join(tmp.dir, 'u.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('tracker: unknown verb "frobnicate"');
    const bad = await runCli(['extract', 'x.txt', '--published-at', 'yesterday-ish']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published-at "yesterday-ish" is not an ISO 8601 date/);
  });

  it('manages sources: add, list with health, OPML import, remove; rejects what is not a URL', async () => {
    const db = join(tmp.dir, 's.db');
    expect((await runCli(['sources', 'add', 'https://example.com/feed.xml', '--type', 'feed', '--name', 'ex', '--db', db])).code).toBe(0);
    const again = await runCli(['sources', 'add', 'https://example.com/feed.xml', '--type', 'feed', '--db', db]);
    expect(again.stdout).toMatch(/already there: ex/);
    const notUrl = await runCli(['sources', 'add', 'not a url', '--type', 'feed', '--db', db]);
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toMatch(/"not a url" is not a URL/);

    const opml = join(tmp.dir, 'list.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
        <outline text="Energy"><outline text="Grid news" type="rss" xmlUrl="https://grid.example.org/rss"/>
        <outline text="Chips" type="rss" xmlUrl="https://chips.example.net/atom.xml"/></outline></body></opml>`,
    );
    const imp = await runCli(['sources', 'import', opml, '--db', db]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/imported 2 new source/);
    const list = await runCli(['sources', 'list', '--db', db]);
    expect(list.stdout).toMatch(/Grid news/);
    expect(list.stdout).toMatch(/never fetched/);
    expect((await runCli(['sources', 'remove', 'ex', '--db', db])).code).toBe(0);
    expect(query<{ name: string }>(db, 'SELECT name FROM sources ORDER BY name').map((r) => r.name)).toEqual(['Chips', 'Grid news']);
    const missing = await runCli(['sources', 'remove', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no source named "nope"/);
  });

  it('a source that cannot be reached fails with a clear line and the run still ends cleanly', async () => {
    const db = join(tmp.dir, 'n.db');
    addFeedSources(db, [{ url: 'http://feeds.nonexistent.invalid/rss', name: 'nowhere' }]);
    const r = await runCli(['ingest', '--db', db], { TRACKER_RETRIES: '0', TRACKER_TIMEOUT_MS: '3000' });
    // Every source failed: exit 1, so a scheduler notices (README, "Exit codes"); still one line, no stack trace.
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/✗ nowhere\s+failed\s+\w+: .*nonexistent\.invalid/);
    expect(r.stdout).toMatch(/run \d+ failed: 1 sources, 0 items seen, 0 new, 1 failed/);
    const stats = await runCli(['stats', '--db', db]);
    expect(stats.stdout).toMatch(/1 error/);
  });

  it('imports the seed articles once and extracts them as JSON with their file names', async () => {
    const shared = requireShared();
    const seeds = join(shared, 'seeds');
    const db = join(tmp.dir, 'seeds.db');
    const first = await runCli(['import', seeds, '--db', db, '--published-at', '2026-03-27T12:00:00Z']);
    expect(first.code).toBe(0);
    const second = await runCli(['import', seeds, '--db', db]);
    expect(second.stdout).toMatch(/0 new/);
    const rows = query<{ title: string; published_at: string; url: string }>(db, 'SELECT title, published_at, url FROM articles ORDER BY id');
    expect(rows).toHaveLength(readdirSync(seeds).length);
    // the news-API record keeps its own date and canonical link
    const record = rows.find((r) => r.published_at.startsWith('2026-07-01T09:00:52'));
    expect(record?.url).toMatch(/^https?:\/\//);

    const ex = await runCli(['extract', join(seeds, readdirSync(seeds).sort()[0]), '--published-at', '2026-03-27T12:00:00Z']);
    expect(ex.code).toBe(0);
    const obj = JSON.parse(ex.stdout.trim());
    expect(obj.file).toMatch(/000_/);
    expect(Object.keys(obj)).toEqual(expect.arrayContaining(['promotional', 'entities', 'amounts', 'quantities', 'events']));
    expect(obj.events.some((e: { type: string; actors: string[] }) => e.type === 'shutdown' && e.actors.includes('OpenAI'))).toBe(true);
  });
});

describe('tracker retag', () => {
  it('rebuilds tags after a user extends the gazetteer, without duplicating anything', async () => {
    const db = join(tmp.dir, 'retag.db');
    const article = join(tmp.dir, 'plant.txt');
    writeFileSync(
      article,
      'Quillmark Dynamics picks Ohio for a data center\n\nQuillmark Dynamics said on Monday it will build a 200 megawatt data center campus in Ohio. ' +
        'The Qmark plant will open in 2027, Quillmark Dynamics said.',
    );
    expect((await runCli(['import', article, '--db', db, '--published-at', '2026-03-02T12:00:00Z'])).code).toBe(0);
    const before = query<{ n: number }>(db, 'SELECT count(*) AS n FROM events')[0].n;

    // a user file renames the company and teaches the tagger its alias, without code
    const extra = join(tmp.dir, 'my-gazetteer.json');
    writeFileSync(extra, JSON.stringify({ version: 1, entries: [{ name: 'Quillmark', type: 'org', aliases: ['Quillmark Dynamics', 'Qmark'] }] }));
    const r = await runCli(['retag', '--db', db], { TRACKER_GAZETTEER: extra });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/retagged 1 articles/);
    const names = query<{ name: string; type: string }>(
      db,
      'SELECT e.name, e.type FROM article_entities ae JOIN entities e ON e.id = ae.entity_id ORDER BY e.name',
    );
    expect(names).toContainEqual({ name: 'Quillmark', type: 'org' });
    expect(names.map((n) => n.name)).not.toContain('Quillmark Dynamics');
    expect(query<{ n: number }>(db, 'SELECT count(*) AS n FROM events')[0].n).toBe(before);
    expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM event_actors ea JOIN entities e ON e.id = ea.entity_id WHERE e.name = 'Quillmark'")[0].n).toBeGreaterThan(0);

    const bad = join(tmp.dir, 'bad-gazetteer.json');
    writeFileSync(bad, JSON.stringify({ version: 1, entries: [{ name: 'X', type: 'planet' }] }));
    const failed = await runCli(['retag', '--db', db], { TRACKER_GAZETTEER: bad });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bad-gazetteer\.json/);
  });
});
