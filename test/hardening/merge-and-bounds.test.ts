/**
 * Issue 10, items 3 and 4: a text hash merges only real copies of one
 * article (not consent walls, not unrelated titles), and one source's work
 * in a run is bounded and stored progressively, with the event loop free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { ArticleWriter } from '../../ingest/run/persist.ts';
import { toArticleInput } from '../../ingest/run/article-input.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { startCli, tempDir } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

const CONSENT_WALL = `<!doctype html><html><head><title>Before you continue</title></head><body><main><div class="consent">
<h1>Before you continue</h1>
<p>We and our partners use cookies and data to deliver and maintain our services, track outages and protect against spam, fraud and abuse, measure audience engagement and site statistics to understand how our services are used and enhance their quality.</p>
<p>If you choose to accept all, we will also use cookies and data to develop and improve new services, deliver and measure the effectiveness of ads, and show personalised content depending on your settings. Select reject all to decline these additional uses, or manage preferences to see more options at any time.</p>
<p><button>Accept all</button> <button>Reject all</button> <a href="/privacy">Cookie policy</a></p>
</div></main></body></html>`;

const fast = { retries: 0, limiter: new HostLimiter({ perHost: 8, minDelayMs: 0 }) };
const itemXml = (i: number) =>
  `<item><title>Bulk story ${i}</title><link>http://127.0.0.1/bulk/${i}</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate><description>${LONG_PARAGRAPHS[i % 4]} Item number ${i}.</description></item>`;
const bulkFeed = (n: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Bulk</title>${Array.from({ length: n }, (_, i) => itemXml(i)).join('')}</channel></rss>`;

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir();
  const s = server.url;
  server.route('/walled.xml', {
    body: rssFeed('Walled', [1, 2, 3].map((i) => ({ title: `Walled story ${i}`, link: `${s}/walled/${i}`, date: '2026-02-02T10:00:00Z', description: `Short summary ${i} of a story about a new substation.` }))),
  });
  for (const i of [1, 2, 3]) server.route(`/walled/${i}`, { headers: { 'content-type': 'text/html' }, body: CONSENT_WALL });
  server.route('/bulk.xml', { body: bulkFeed(1200) });
  server.route('/progressive.xml', { body: bulkFeed(300) });
  const giantItem = `<?xml version="1.0"?><rss version="2.0"><channel><title>Giant item</title><item><title>One giant item</title><link>${s}/giant-item</link><description>${`${LONG_PARAGRAPHS[0]} `.repeat(5000)}</description></item></channel></rss>`;
  server.route('/giant-item.xml', { body: giantItem });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('text-hash merge', () => {
  it('items whose pages are one consent wall stay separate articles, each with its title and summary', async () => {
    const opened = openDb(join(tmp.dir, 'walled.db'));
    addSource(opened.sqlite, { url: `${server.url}/walled.xml`, name: 'walled', type: 'feed', allowPrivate: true });
    await runIngest(opened, { tagger: null, fetch: fast });
    const rows = opened.sqlite.prepare('SELECT title, body_text FROM articles ORDER BY title').all() as { title: string; body_text: string }[];
    opened.close();
    expect(rows.map((r) => r.title)).toEqual(['Walled story 1', 'Walled story 2', 'Walled story 3']);
    for (const r of rows) expect(r.body_text).not.toMatch(/cookies/);
  });

  it('the same long text merges only when the titles agree, and every URL keeps the title it had', () => {
    const opened = openDb(join(tmp.dir, 'hash.db'));
    const writer = new ArticleWriter(opened, null);
    const at = '2026-02-03T00:00:00.000Z';
    const body = LONG_PARAGRAPHS.join('\n\n');
    const draft = (url: string, title: string) => toArticleInput({ url, originUrl: url, title, author: null, publishedAt: at, summary: null, bodyText: body }, at)!;
    const ids = [
      writer.write(draft('https://a.example/story', 'County postpones vote on 900-acre data center campus'), null, at),
      writer.write(draft('https://b.example/syndicated', 'County postpones vote on data center campus'), null, at),
      writer.write(draft('https://c.example/other', 'Quarterly earnings call transcript'), null, at),
    ].map((r) => r.articleId);
    const urlTitles = opened.sqlite.prepare('SELECT url, title FROM article_urls ORDER BY url').all();
    opened.close();
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(urlTitles).toEqual([
      { url: 'https://a.example/story', title: 'County postpones vote on 900-acre data center campus' },
      { url: 'https://b.example/syndicated', title: 'County postpones vote on data center campus' },
      { url: 'https://c.example/other', title: 'Quarterly earnings call transcript' },
    ]);
  });
});

describe('bounded work per source', () => {
  it('takes at most maxItems items of a feed and at most maxItemChars of an item', async () => {
    const opened = openDb(join(tmp.dir, 'bounded.db'));
    addSource(opened.sqlite, { url: `${server.url}/bulk.xml`, name: 'bulk', type: 'feed', allowPrivate: true });
    addSource(opened.sqlite, { url: `${server.url}/giant-item.xml`, name: 'giant-item', type: 'feed', allowPrivate: true });
    const lines: string[] = [];
    const run = await runIngest(opened, { tagger: null, fullText: false, fetch: fast, limits: { maxItems: 300, maxItemChars: 20_000 }, log: (l) => lines.push(l) });
    const bulk = opened.sqlite.prepare("SELECT count(*) AS n FROM articles WHERE title LIKE 'Bulk story %'").get() as { n: number };
    const giant = opened.sqlite.prepare("SELECT length(body_text) AS n FROM articles WHERE title = 'One giant item'").get() as { n: number };
    opened.close();
    expect(run.errors).toBe(0);
    expect(bulk.n).toBe(300);
    expect(giant.n).toBeLessThanOrEqual(20_000);
    expect(lines.join('\n')).toMatch(/lists 1200 items; took the first 300/);
  });

  it('tags with the event loop free: other callbacks run between articles', async () => {
    const opened = openDb(join(tmp.dir, 'loop.db'));
    const real = createTagger();
    const order: string[] = [];
    const writer = new ArticleWriter(opened, { tag: (input) => (order.push('tag'), real.tag(input)) });
    const at = '2026-02-03T00:00:00.000Z';
    const inputs = Array.from({ length: 6 }, (_, i) =>
      toArticleInput({ url: `https://loop.example/${i}`, originUrl: 'https://loop.example/', title: `Loop story ${i}`, author: null, publishedAt: at, summary: null, bodyText: `${LONG_PARAGRAPHS[i % 4]} Number ${i}.` }, at)!);
    let ticking = true;
    const tick = () => { order.push('tick'); if (ticking) setImmediate(tick); };
    setImmediate(tick);
    const added = await writer.writeAll(inputs, null, at);
    ticking = false;
    opened.close();
    expect(added).toBe(6);
    const firstTag = order.indexOf('tag');
    const lastTag = order.lastIndexOf('tag');
    expect(order.slice(firstTag, lastTag).filter((e) => e === 'tick').length).toBeGreaterThanOrEqual(5);
  });

  it('stores a large feed progressively: articles are visible while the run is still going', async () => {
    const db = join(tmp.dir, 'progressive.db');
    addFeedSources(db, [{ url: `${server.url}/progressive.xml`, name: 'progressive' }]);
    const child = startCli(['ingest', '--no-full-text', '--db', db]);
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    let done = false;
    void closed.then(() => (done = true));
    const partial: number[] = [];
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const sqlite = new Database(db, { readonly: true, fileMustExist: true });
        const running = sqlite.prepare("SELECT count(*) AS n FROM runs WHERE status = 'running'").get() as { n: number };
        const stored = sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
        sqlite.close();
        if (running.n === 1 && stored.n > 0 && stored.n < 300) partial.push(stored.n);
      } catch {
        // the database may be mid-migration for the first few polls
      }
    }
    expect(await closed).toBe(0);
    expect(partial.length, 'no poll saw a partly stored feed').toBeGreaterThan(0);
  }, 120_000);
});
