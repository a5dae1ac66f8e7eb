/**
 * Every kind of bad input the ingest issue lists, each served by a real
 * loopback server as one source of one run: the run goes on, each failure
 * is stored with a code naming the cause, and what can be stored is stored
 * once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { tempDir } from '../support/cli.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;

const item = (slug: string, title = `Story ${slug}`) => ({ title, link: `${'URL'}/${slug}`, date: '2026-02-02T10:00:00Z', content: `<p>${LONG_PARAGRAPHS.join('</p><p>')} (${slug})</p>` });
const feedWith = (slug: string) => rssFeed(`Feed ${slug}`, [item(slug)]).replaceAll('URL', server.url);

beforeAll(async () => {
  process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
  server = await startFixtureServer();
  tmp = tempDir();
  opened = openDb(join(tmp.dir, 'bad.db'));
  const s = server.url;

  let flaky = 0;
  server.route('/flaky.xml', (_req, res) => {
    if (++flaky === 1) {
      res.writeHead(500).end('try later');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedWith('flaky'));
  });
  let limited = 0;
  server.route('/limited.xml', (_req, res) => {
    if (++limited === 1) {
      res.writeHead(429, { 'retry-after': '0' }).end('slow down');
      return;
    }
    res.writeHead(200).end(feedWith('limited'));
  });
  server.route('/always-429.xml', { status: 429, headers: { 'retry-after': '1' }, body: 'no' });
  server.route('/hang.xml', () => {
    /* accepts and never answers */
  });
  server.route('/loop-a', { status: 302, headers: { location: `${s}/loop-b` } });
  server.route('/loop-b', { status: 302, headers: { location: `${s}/loop-a` } });
  server.route('/moved.xml', { status: 301, headers: { location: `${s}/new-home.xml` } });
  server.route('/new-home.xml', { body: feedWith('moved') });
  server.route('/huge.xml', { body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${'<item><title>x</title></item>'.repeat(20000)}</channel></rss>` });
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
  server.route('/bomb.xml', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' }).end(bomb);
  });
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  server.route('/laughs.xml', {
    body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lol}]><rss version="2.0"><channel><title>&lol9;</title><item><title>Laughs</title><link>${s}/laughs-item</link><description>${LONG_PARAGRAPHS.join(' ')}</description></item></channel></rss>`,
  });
  // windows-1252 bytes, declared only in the XML prolog
  server.route('/cp1252.xml', {
    headers: { 'content-type': 'application/xml' },
    body: iconv.encode(rssFeed('Café', [{ ...item('cp1252', 'Café owners protest the “mega” data center'), link: `${s}/cp1252` }], { encoding: 'windows-1252' }), 'windows-1252'),
  });
  // UTF-8 bytes with no charset anywhere
  server.route('/nocharset.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: Buffer.from(rssFeed('Plain', [{ ...item('nocharset', 'Zürich grid operator warns on capacity'), link: `${s}/nocharset` }]).replace(' encoding="utf-8"', '')),
  });
  server.route('/dupes.xml', {
    body: rssFeed('Dupes', [
      { ...item('d1'), guid: 'same-guid', link: `${s}/d1` },
      { ...item('d2'), guid: 'same-guid', link: `${s}/d1` },
    ]),
  });

  for (const name of ['flaky', 'limited', 'always-429', 'hang', 'loop-a', 'moved', 'huge', 'bomb', 'laughs', 'cp1252', 'nocharset', 'dupes']) {
    addSource(opened.sqlite, { url: `${s}/${name}${name.startsWith('loop') ? '' : '.xml'}`, name, type: 'feed' });
  }
});
afterAll(async () => {
  opened?.close();
  await server.close();
  tmp.cleanup();
});

describe('bad input during ingest', () => {
  it('handles each case as the issue describes, in one run that goes on', async () => {
    const run = await runIngest(opened, {
      tagger: null,
      concurrency: 6,
      // The timeout is generous so only the hanging source meets it on a loaded machine.
      fetch: { timeoutMs: 8000, retries: 1, retryBaseMs: 10, maxRetryWaitMs: 100, maxBytes: 256 * 1024, limiter: new HostLimiter({ perHost: 8, minDelayMs: 0 }) },
    });
    const status = Object.fromEntries(run.outcomes.map((o) => [o.sourceName, o.error ? o.error.split(':')[0] : o.status]));
    expect(status).toEqual({
      flaky: 'ok', // 500 then success: retried
      limited: 'ok', // 429 with Retry-After then success
      'always-429': 'http_429',
      hang: 'timeout',
      'loop-a': 'redirect_loop',
      moved: 'ok',
      huge: 'too_large',
      bomb: 'too_large',
      laughs: 'ok', // entities not expanded: parsed without the payload
      cp1252: 'ok',
      nocharset: 'ok',
      dupes: 'ok',
    });
    const titles = (opened.sqlite.prepare('SELECT title FROM articles').all() as { title: string }[]).map((r) => r.title);
    expect(titles).toContain('Café owners protest the “mega” data center');
    expect(titles).toContain('Zürich grid operator warns on capacity');
    expect(titles.filter((t) => t.startsWith('Story d'))).toHaveLength(1);
    const laughs = opened.sqlite.prepare("SELECT title, length(body_text) AS n FROM articles WHERE title = 'Laughs'").get() as { n: number } | undefined;
    expect(laughs).toBeDefined();
    expect(laughs!.n).toBeLessThan(5000);
    expect(titles.join(' ')).not.toMatch(/lollollol/);
    // each failure is kept on its source, with a message a person can act on
    const hang = opened.sqlite.prepare("SELECT last_error, consecutive_failures FROM sources WHERE name = 'hang'").get() as { last_error: string; consecutive_failures: number };
    expect(hang.last_error).toMatch(/^timeout: .*hang\.xml/);
    expect(hang.consecutive_failures).toBe(1);
    expect(run.errors).toBe(5);
  });
});
