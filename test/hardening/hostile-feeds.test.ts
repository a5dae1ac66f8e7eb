/**
 * Feeds built to freeze or drop a run (issue 10, item 1), served by a real
 * loopback server to the real CLI in a child process: a frozen event loop
 * would hang the child, which the guard below kills, so these fail (not
 * hang) when the freeze comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { startCli, tempDir } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';
import { parseFeedIsolated, closeParserThread } from '../../ingest/parse/isolated.ts';
import { ParseError } from '../../ingest/parse/index.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

const healthy = (slug: string) =>
  rssFeed(`Feed ${slug}`, [{ title: `Healthy story ${slug}`, link: `http://127.0.0.1/${slug}`, date: '2026-02-02T10:00:00Z', content: `<p>${LONG_PARAGRAPHS.join('</p><p>')} (${slug})</p>` }]);
const itemXml = (slug: string) =>
  `<item><title>Story ${slug}</title><link>http://127.0.0.1/${slug}</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate><description>${LONG_PARAGRAPHS[0]} (${slug})</description></item>`;

/** 40 comments then junk before <rss>: the old junk-before-root pattern backtracked 2^40 times on it (381 bytes). */
const COMMENTS_THEN_JUNK = `${'<!---->'.repeat(40)}junk<rss version="2.0"><channel><title>Junk</title>${itemXml('junk')}</channel></rss>`;
/** A repeated unclosed DOCTYPE: quadratic for the old DOCTYPE pattern (20,000 repeats took 8 s; these 60,000 over a minute). */
const DOCTYPES = `<?xml version="1.0"?>${'<!DOCTYPE ['.repeat(60_000)}<rss version="2.0"><channel><title>Doctype</title>${itemXml('doctype')}</channel></rss>`;
/** 200,000 nested elements inside one item: a recursive text walk overflows the stack and used to drop the whole feed. */
const DEEP = `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title>${itemXml('deep-ok')}<item><title>Deep one</title><link>http://127.0.0.1/deep-2</link><description>${'<b>'.repeat(200_000)}x${'</b>'.repeat(200_000)}</description></item></channel></rss>`;

/** Runs the CLI with a guard: a child still running after guardMs is killed (SIGKILL), so a freeze shows as a failure. */
async function cliWithGuard(args: string[], env: Record<string, string>, guardMs: number) {
  const child = startCli(args, env);
  const guard = setTimeout(() => child.kill('SIGKILL'), guardMs);
  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  clearTimeout(guard);
  return { ...result, ...child.output() };
}

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir();
  server.route('/comments.xml', { body: COMMENTS_THEN_JUNK });
  server.route('/doctypes.xml', { body: DOCTYPES });
  server.route('/deep.xml', { body: DEEP });
  server.route('/healthy.xml', { body: healthy('healthy') });
  const giant = `<?xml version="1.0"?><rss version="2.0"><channel><title>Giant</title>${Array.from({ length: 100_000 }, (_, i) => itemXml(`g${i}`)).join('')}</channel></rss>`;
  server.route('/giant.xml', { body: giant });
});
afterAll(async () => {
  await closeParserThread();
  await server.close();
  tmp.cleanup();
});

describe('hostile feeds', () => {
  it('a run over backtracking bait and 200,000-deep nesting finishes, and every source keeps its items', async () => {
    const db = join(tmp.dir, 'hostile.db');
    addFeedSources(db, ['comments', 'doctypes', 'deep', 'healthy'].map((name) => ({ url: `${server.url}/${name}.xml`, name })));
    const run = await cliWithGuard(['ingest', '--no-full-text', '--db', db], {}, 90_000);
    expect(run.signal, `ingest was frozen and killed\n${run.stdout}`).toBeNull();
    // One source (the never-closing prolog) fails by design, so the run is partial (exit 3), not failed.
    expect(run.code, run.stderr).toBe(3);
    const sqlite = new Database(db, { readonly: true });
    const titles = (sqlite.prepare('SELECT title FROM articles ORDER BY title').all() as { title: string }[]).map((r) => r.title);
    const runs = sqlite.prepare('SELECT status FROM runs').all() as { status: string }[];
    const doctypes = sqlite.prepare("SELECT last_error FROM sources WHERE name = 'doctypes'").get() as { last_error: string };
    sqlite.close();
    expect(runs.map((r) => r.status)).not.toContain('running');
    // Junk and deep nesting are read; a prolog that never closes has no root element to read, and says so.
    expect(titles).toEqual(['Deep one', 'Healthy story healthy', 'Story deep-ok', 'Story junk']);
    expect(doctypes.last_error).toMatch(/^broken_xml: .*no root element/);
  }, 120_000);

  it('a feed that takes longer than the parse budget fails its source with parse_timeout while the others are stored', async () => {
    const db = join(tmp.dir, 'budget.db');
    addFeedSources(db, ['giant', 'healthy'].map((name) => ({ url: `${server.url}/${name}.xml`, name })));
    const run = await cliWithGuard(['ingest', '--no-full-text', '--db', db], { TRACKER_PARSE_TIMEOUT_MS: '2000', TRACKER_CONCURRENCY: '1', TRACKER_MAX_BYTES: '100000000' }, 90_000);
    expect(run.signal).toBeNull();
    const sqlite = new Database(db, { readonly: true });
    const giant = sqlite.prepare("SELECT last_status, last_error FROM sources WHERE name = 'giant'").get() as { last_status: string; last_error: string };
    const healthyCount = sqlite.prepare("SELECT count(*) AS n FROM articles WHERE title = 'Healthy story healthy'").get() as { n: number };
    sqlite.close();
    expect(giant.last_status).toBe('error');
    expect(giant.last_error).toMatch(/^parse_timeout: parsing .*giant\.xml took longer than 2000 ms/);
    expect(healthyCount.n).toBe(1);
  }, 120_000);

  it('watch stops on SIGTERM while a hostile feed is being read', async () => {
    const db = join(tmp.dir, 'watch.db');
    server.route('/watch-comments.xml', { body: COMMENTS_THEN_JUNK });
    addFeedSources(db, [{ url: `${server.url}/watch-comments.xml`, name: 'comments' }]);
    const child = startCli(['watch', '--cron', '0 0 1 1 *', '--db', db], { TRACKER_PARSE_TIMEOUT_MS: '5000', TRACKER_FULL_TEXT: '0' });
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // Signal once the feed has been served: the run is then parsing it.
    while (server.hits('/watch-comments.xml') === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const { code, signal } = await closed;
    clearTimeout(guard);
    expect(signal, child.output().stdout).toBeNull();
    expect(code).toBe(0);
    expect(child.output().stdout).toMatch(/watch stopped \(SIGTERM\)/);
  }, 90_000);

  it('an article page nested 20,000 deep is read in full-text fetching without freezing the run', async () => {
    server.route('/deep-page.xml', { body: rssFeed('Deep pages', [{ title: 'Story with a deep page', link: `${server.url}/deep-page`, date: '2026-02-02T10:00:00Z', description: 'Short summary.' }]) });
    server.route('/deep-page', { headers: { 'content-type': 'text/html' }, body: `<html><body>${'<div>'.repeat(20_000)}<p>${LONG_PARAGRAPHS.join('</p><p>')}</p></body></html>` });
    const db = join(tmp.dir, 'deep-page.db');
    addFeedSources(db, [{ url: `${server.url}/deep-page.xml`, name: 'deep-page' }]);
    // 2,000 nested <div>s took the extractor 56 s before; 20,000 would hold the run for hours.
    const run = await cliWithGuard(['ingest', '--db', db], {}, 90_000);
    expect(run.signal, `ingest was frozen and killed\n${run.stdout}`).toBeNull();
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite.prepare('SELECT body_text FROM articles').get() as { body_text: string };
    sqlite.close();
    expect(row.body_text).toContain('County commissioners postponed a vote');
  }, 120_000);

  it('parseFeedIsolated rejects with parse_timeout and the next document parses on a fresh worker', async () => {
    const big = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: 40_000 }, (_, i) => itemXml(`b${i}`)).join('')}</channel></rss>`;
    const opts = { url: 'http://127.0.0.1/big.xml', fetchedAt: '2026-02-03T00:00:00Z' };
    const err = await parseFeedIsolated(big, opts, 100).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).code).toBe('parse_timeout');
    const ok = await parseFeedIsolated(healthy('after'), { ...opts, url: 'http://127.0.0.1/after.xml' }, 30_000);
    expect(ok.items.map((i) => i.title)).toEqual(['Healthy story after']);
  }, 60_000);
});
