/**
 * Credentials and API keys in a source URL stay on the machine (issue 10,
 * item 2): a loopback server that demands them serves a feed with relative
 * links and a page; a failing source carries a key too. Nothing stored for
 * the public (article URLs, canonical URLs, errors) and nothing in the built
 * site holds them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { publicUrl, redactSecrets } from '../../ingest/fetch/redact.ts';
import { canonicalizeUrl } from '../../ingest/store/canonical.ts';
import { buildSite } from '../../ingest/publish/build.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { tempDir } from '../support/cli.ts';
import { articlePage, LONG_PARAGRAPHS } from '../support/feeds.ts';

const SECRETS = ['hunter2pass', 'SECRETKEY123', 'PAGETOKEN456', 'MISSINGKEY789'];

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir();
  const authorised = (auth: string | undefined) => auth === `Basic ${Buffer.from('reader:hunter2pass').toString('base64')}`;
  server.route('/private/feed.xml', (req, res) => {
    if (!authorised(req.headers.authorization) || !req.url?.includes('api_key=SECRETKEY123')) return void res.writeHead(401).end('no');
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Private</title><link>story-index</link>
<item><title>Relative link story</title><link>story-1</link><description>${LONG_PARAGRAPHS[0]}</description></item>
<item><title>Fragment link story</title><link>#part-2</link><description>${LONG_PARAGRAPHS[1]}</description></item>
</channel></rss>`);
  });
  server.route('/private/page.html', (req, res) => {
    if (!authorised(req.headers.authorization)) return void res.writeHead(401).end('no');
    res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('A page behind a token', LONG_PARAGRAPHS));
  });
  const host = server.url.replace('http://', '');
  opened = openDb(join(tmp.dir, 'secrets.db'));
  addSource(opened.sqlite, { url: `http://reader:hunter2pass@${host}/private/feed.xml?api_key=SECRETKEY123&lang=en`, name: 'private-feed', type: 'feed', allowPrivate: true });
  addSource(opened.sqlite, { url: `http://reader:hunter2pass@${host}/private/page.html?token=PAGETOKEN456`, name: 'private-page', type: 'page', allowPrivate: true });
  addSource(opened.sqlite, { url: `${server.url}/gone.xml?apikey=MISSINGKEY789`, name: 'gone', type: 'feed', allowPrivate: true });
});
afterAll(async () => {
  opened?.close();
  await server.close();
  tmp.cleanup();
});

describe('secrets in source URLs', () => {
  it('redaction: userinfo and secret parameters leave URLs and text, other parameters stay', () => {
    expect(publicUrl('https://u:p@example.com/feed?api_key=k&lang=en&sig=x')).toBe('https://example.com/feed?lang=en');
    expect(publicUrl('https://example.com/feed?page=2')).toBe('https://example.com/feed?page=2');
    expect(canonicalizeUrl('https://u:p@example.com/a?token=t&id=3')).toBe('https://example.com/a?id=3');
    expect(redactSecrets('https://u:p@example.com/f.xml?key=abc answered HTTP 404.')).toBe('https://REDACTED:REDACTED@example.com/f.xml?key=REDACTED answered HTTP 404.');
  });

  it('fetches with them, stores and publishes without them', async () => {
    const run = await runIngest(opened, { tagger: null, fullText: false, fetch: { retries: 0, limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }) } });
    const status = Object.fromEntries(run.outcomes.map((o) => [o.sourceName, o.status]));
    expect(status).toEqual({ 'private-feed': 'ok', 'private-page': 'ok', gone: 'error' });

    const stored = [
      ...opened.sqlite.prepare('SELECT url, canonical_url FROM articles').all(),
      ...opened.sqlite.prepare('SELECT url FROM article_urls').all(),
      ...opened.sqlite.prepare('SELECT last_error FROM sources').all(),
      ...opened.sqlite.prepare('SELECT error FROM run_sources').all(),
    ].map((row) => JSON.stringify(row)).join('\n');
    for (const secret of SECRETS) expect(stored).not.toContain(secret);
    // the relative link resolves against the feed's public URL
    expect(stored).toContain(`${server.url}/private/story-1`);
    const gone = opened.sqlite.prepare("SELECT last_error FROM sources WHERE name = 'gone'").get() as { last_error: string };
    expect(gone.last_error).toMatch(/^http_404: .*apikey=REDACTED/);

    const out = join(tmp.dir, 'site');
    await buildSite({ dbPath: opened.path, outDir: out });
    const sourcesPage = readFileSync(join(out, 'sources', 'index.html'), 'utf8');
    expect(sourcesPage).toContain('private-feed');
    // Pages, feeds and search data; the downloadable database is the public snapshot's (allow-listed columns, publicUrl()).
    for (const file of allFiles(out).filter((f) => !f.endsWith('.db'))) {
      const text = readFileSync(file).toString('latin1');
      for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  }, 240_000);
});
