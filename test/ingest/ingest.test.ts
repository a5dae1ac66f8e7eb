/**
 * The ingest run end to end, in process, against a real HTTP server on
 * 127.0.0.1 and a real SQLite file: every article once, clean text, right
 * dates, idempotent re-runs, and bad sources that never stop a run.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { tempDir } from '../support/cli.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { rssFeed, articlePage, LONG_PARAGRAPHS } from '../support/feeds.ts';

// Loopback needs no politeness delay; timeouts and retries are set small so failures are quick.
const FAST = { timeoutMs: 3000, connectTimeoutMs: 1000, retries: 1, retryBaseMs: 10, maxRetryWaitMs: 50, limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }) };

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let dbCount = 0;

beforeAll(async () => {
  process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
  server = await startFixtureServer();
  tmp = tempDir();
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});
beforeEach(() => {
  opened?.close();
  opened = openDb(join(tmp.dir, `t${++dbCount}.db`));
});

const count = (sql: string, ...args: unknown[]) => (opened.sqlite.prepare(sql).get(...args) as { n: number }).n;

function ingest(extra: Partial<Parameters<typeof runIngest>[1]> = {}) {
  return runIngest(opened, { tagger: null, fetch: FAST, concurrency: 2, ...extra });
}

describe('ingest', () => {
  it('stores every item once, fetches full text for summary-only items, keeps dates, and re-runs idempotently', async () => {
    const base = server.url;
    server.route('/a/feed.xml', {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      etag: '"v1"',
      body: rssFeed('Grid Weekly', [
        { title: 'County delays vote on 900-acre campus', link: `${base}/a/p1?utm_source=rss&utm_medium=feed`, date: 'Tue, 03 Mar 2026 14:30:00 GMT', description: 'Short teaser only.' },
        { title: 'Utility signs power deal', link: `${base}/a/p2`, date: '2026-03-04T08:00:00Z', content: `<p>${LONG_PARAGRAPHS.join('</p><p>')}</p><script>alert(1)</script>` },
      ]),
    });
    server.route('/a/p1', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePage('County delays vote on 900-acre campus', LONG_PARAGRAPHS) });
    addSource(opened.sqlite, { url: `${base}/a/feed.xml`, name: 'grid', type: 'feed' });

    const first = await ingest();
    expect(first.itemsNew).toBe(2);
    expect(first.errors).toBe(0);
    const rows = opened.sqlite.prepare('SELECT * FROM articles ORDER BY published_at').all() as Record<string, string>[];
    expect(rows.map((r) => r.published_at)).toEqual(['2026-03-03T14:30:00.000Z', '2026-03-04T08:00:00.000Z']);
    // tracking parameters are not part of an article's identity
    expect(rows[0].canonical_url).toBe(`${base.replace('http:', 'https:')}/a/p1`);
    // the teaser was replaced by the page's main text, without its navigation or scripts
    expect(rows[0].body_text).toContain(LONG_PARAGRAPHS[1]);
    expect(rows[0].body_text).not.toMatch(/Subscribe to our newsletter|Home \| Markets/);
    expect(rows[1].body_text).not.toMatch(/<|alert\(/);
    expect(server.hits('/a/p1')).toBe(1);

    const second = await ingest();
    expect(second.outcomes[0].status).toBe('not_modified');
    expect(count('SELECT count(*) n FROM articles')).toBe(2);
    expect(server.hits('/a/p1')).toBe(1);
    const src = opened.sqlite.prepare("SELECT last_status, consecutive_failures, etag FROM sources WHERE name = 'grid'").get() as Record<string, unknown>;
    expect(src).toEqual({ last_status: 'not_modified', consecutive_failures: 0, etag: '"v1"' });
    expect(count("SELECT count(*) n FROM runs WHERE status = 'ok'")).toBe(2);
  });

  it('treats a syndicated copy under another URL as one article that remembers both URLs', async () => {
    const body = LONG_PARAGRAPHS.join('</p><p>');
    server.route('/b/one.xml', { body: rssFeed('Wire', [{ title: 'Chipmaker opens plant', link: `${server.url}/wire/plant`, date: '2026-02-01T10:00:00Z', content: `<p>${body}</p>` }]) });
    server.route('/b/two.xml', { body: rssFeed('Local', [{ title: 'Chipmaker opens plant (wire copy)', link: `${server.url}/local/plant-copy`, date: '2026-02-01T12:00:00Z', content: `<p>${body}</p>` }]) });
    addSource(opened.sqlite, { url: `${server.url}/b/one.xml`, name: 'wire', type: 'feed' });
    addSource(opened.sqlite, { url: `${server.url}/b/two.xml`, name: 'local', type: 'feed' });
    const run = await ingest({ concurrency: 1 });
    expect(run.itemsSeen).toBe(2);
    expect(count('SELECT count(*) n FROM articles')).toBe(1);
    expect(count('SELECT count(*) n FROM article_urls')).toBe(2);
  });

  it('goes on past broken sources, naming each source and cause, and keeps what was stored', async () => {
    server.route('/c/good.xml', { body: rssFeed('Good', [{ title: 'Regulator opens review of data center tariffs', link: `${server.url}/c/g1`, date: '2026-01-05T00:00:00Z', content: `<p>${LONG_PARAGRAPHS[0]}</p>` }]) });
    server.route('/c/gone.xml', { status: 410, body: 'gone' });
    server.route('/c/html.xml', { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>' });
    // truncated XML: what can be read is kept, with a warning naming the problem
    server.route('/c/broken.xml', {
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Salvaged item</title><link>${server.url}/c/b1</link><description>${LONG_PARAGRAPHS[3]}</description></item><item><title>Cut off`,
    });
    server.route('/c/garbage.xml', { body: 'this is not xml at all, just an error message from a proxy' });
    server.route('/c/empty.xml', { body: rssFeed('Empty', []) });
    for (const name of ['good', 'gone', 'html', 'broken', 'garbage', 'empty']) addSource(opened.sqlite, { url: `${server.url}/c/${name}.xml`, name, type: 'feed' });

    const lines: string[] = [];
    const run = await ingest({ log: (l) => lines.push(l) });
    expect(run.itemsNew).toBe(2);
    expect(run.errors).toBe(3);
    expect(run.status).toBe('partial');
    const errors = Object.fromEntries(
      (opened.sqlite.prepare("SELECT name, last_error FROM sources WHERE last_status = 'error'").all() as { name: string; last_error: string }[]).map((r) => [r.name, r.last_error]),
    );
    expect(errors.gone).toMatch(/^http_410: /);
    expect(errors.html).toMatch(/^not_a_feed: /);
    expect(errors.garbage).toMatch(/^not_a_feed: .*garbage\.xml/);
    expect(lines.find((l) => l.startsWith('✗ gone'))).toMatch(/failed.*http_410/);
    expect(lines.join('\n')).toMatch(/broken: warning: .*not well-formed XML/);
    expect(count("SELECT count(*) n FROM articles WHERE title = 'Salvaged item'")).toBe(1);
    expect(count("SELECT count(*) n FROM run_sources WHERE status = 'error'")).toBe(3);

    // the next run counts consecutive failures and still loses nothing
    await ingest();
    expect(count("SELECT consecutive_failures n FROM sources WHERE name = 'gone'")).toBe(2);
    expect(count('SELECT count(*) n FROM articles')).toBe(2);
  });

  it('stores items without link, title or date, and keeps only the first of duplicate GUIDs', async () => {
    server.route('/d/feed.xml', {
      body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Odd</title><link>${server.url}/d/</link>
        <item><guid isPermaLink="false">odd-1</guid><title>No link here</title><description>Commissioners in Fayette County approved rules for large data centers on Monday.</description><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
        <item><link>${server.url}/d/untitled</link><description>An item with no title about a 300 MW campus.</description></item>
        <item><guid isPermaLink="false">odd-1</guid><title>Duplicate guid</title><description>Second copy.</description></item>
      </channel></rss>`,
    });
    server.route('/d/untitled', { status: 404, body: 'nope' });
    addSource(opened.sqlite, { url: `${server.url}/d/feed.xml`, name: 'odd', type: 'feed' });
    const run = await ingest();
    expect(run.errors).toBe(0);
    const rows = opened.sqlite.prepare('SELECT title, url, published_at, fetched_at FROM articles ORDER BY id').all() as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0].title).toBe('No link here');
    expect(rows[0].url).toContain('/d/feed.xml#item-');
    expect(rows[1].title).toMatch(/^An item with no title/);
    // no date in the item: the fetch time stands in
    expect(rows[1].published_at).toBe(rows[1].fetched_at);
    await ingest();
    expect(count('SELECT count(*) n FROM articles')).toBe(2);
  });

  it('tags what it stores: entities, amounts and events land in their tables', async () => {
    server.route('/e/feed.xml', {
      body: rssFeed('Tagged', [
        {
          title: 'Microsoft signs $17.4 billion GPU deal with Nebius',
          link: `${server.url}/e/1`,
          date: '2025-09-09T06:00:00Z',
          content:
            '<p>Microsoft signed a $17.4 billion contract with Nebius for five years of GPU time, the two firms announced on Monday.</p><p>Nebius will serve it from a 300 megawatt site it is building in Vineland, New Jersey.</p>',
        },
      ]),
    });
    addSource(opened.sqlite, { url: `${server.url}/e/feed.xml`, name: 'tagged', type: 'feed' });
    await ingest({ tagger: createTagger() });
    const names = (opened.sqlite.prepare('SELECT e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id').all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Microsoft', 'Nebius']));
    expect(count("SELECT count(*) n FROM amounts WHERE value = 17400000000 AND currency = 'USD'")).toBe(1);
    expect(count("SELECT count(*) n FROM quantities WHERE kind = 'power' AND value = 300")).toBe(1);
    expect(count('SELECT count(*) n FROM events')).toBeGreaterThan(0);
    expect(count('SELECT count(*) n FROM articles WHERE tagged_at IS NULL')).toBe(0);
  });
});
