/** A fresh tracker with no data still builds, and every page says what to do next. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { createServer, type AddressInfo } from 'node:net';
import { buildSite } from '../../ingest/publish/build.ts';
import { openDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';

let dir: string;
let out: string;
let result: { pages: number; bytes: number; ms: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'site-empty-'));
  out = join(dir, 'out');
  result = await buildSite({ dbPath: join(dir, 'missing', 'tracker.db'), outDir: out });
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('building from an empty database', () => {
  it('creates the database, builds the pages and reports what it built', () => {
    expect(result.pages).toBeGreaterThanOrEqual(8);
    expect(result.bytes).toBeGreaterThan(0);
    for (const page of ['index.html', 'timeline/index.html', 'spend/index.html', 'entities/index.html', 'sources/index.html', 'data/index.html', 'search/index.html']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    expect(existsSync(join(out, 'data', 'tracker.db'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('says no news source is added yet', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/tracked\s+from the news sources you add \(none yet\)\s+\(0 articles, 0 events\)/);
  });

  it('shows empty states that say what to do', () => {
    for (const page of ['index.html', 'timeline/index.html', 'spend/index.html', 'entities/index.html', 'sources/index.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html, page).toContain('npx tracker sources add URL');
      expect(html, page).toContain('npx tracker ingest');
    }
  });

  it('writes valid, empty feeds', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const feed of ['digest.xml', 'events.xml', 'events/shutdown.xml']) {
      const doc = parser.parse(readFileSync(join(out, feed), 'utf8'));
      expect(doc.rss['@_version'], feed).toBe('2.0');
      expect(doc.rss.channel.item, feed).toBeUndefined();
    }
  });
});

describe('building when sources are configured but the last run reached none of them (no network)', () => {
  let dir2: string;
  let out2: string;
  const allowPrivate = process.env.TRACKER_ALLOW_PRIVATE_HOSTS;

  beforeAll(async () => {
    // The fetcher refuses loopback addresses unless told otherwise; here the refusal must come from the closed port.
    process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
    dir2 = mkdtempSync(join(tmpdir(), 'site-unreached-'));
    out2 = join(dir2, 'out');
    const dbPath = join(dir2, 'tracker.db');
    // A port nothing listens on: every fetch is refused, as on a machine without network.
    const port = await new Promise<number>((done) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as AddressInfo).port; s.close(() => done(p)); }); });
    const opened = openDb(dbPath);
    addSource(opened.sqlite, { url: `http://127.0.0.1:${port}/one/feed.xml`, name: 'one', type: 'feed' });
    addSource(opened.sqlite, { url: `http://127.0.0.1:${port}/two/feed.xml`, name: 'two', type: 'feed' });
    const run = await runIngest(opened, { tagger: null, fetch: { timeoutMs: 2000, connectTimeoutMs: 1000, retries: 0, retryBaseMs: 10, maxRetryWaitMs: 20 }, concurrency: 2 });
    expect(run.errors).toBe(2);
    opened.close();
    await buildSite({ dbPath, outDir: out2 });
  });
  afterAll(() => {
    if (allowPrivate === undefined) delete process.env.TRACKER_ALLOW_PRIVATE_HOSTS;
    else process.env.TRACKER_ALLOW_PRIVATE_HOSTS = allowPrivate;
    if (dir2) rmSync(dir2, { recursive: true, force: true });
  });

  it('says the sources could not be reached and to check the network, not to add sources', () => {
    for (const page of ['index.html', 'timeline/index.html', 'spend/index.html', 'entities/index.html']) {
      const html = readFileSync(join(out2, page), 'utf8');
      expect(html, page).toMatch(/could not reach any of the 2 sources configured/);
      expect(html, page).toContain('network connection');
      expect(html, page).toContain('npx tracker ingest');
      expect(html, page).not.toContain('add sources with');
    }
    // The sources page lists the two sources and their errors, so it has no empty state.
    expect(readFileSync(join(out2, 'sources', 'index.html'), 'utf8')).not.toContain('could not reach any');
  });
});
