/**
 * What a scheduler reads (issue 10 item 8, issue 11 item 3): exit codes that
 * tell ok / partial / failed apart, `ingest --json` and `stats --json` with
 * nothing but JSON on stdout, and no EPIPE stack trace when a reader such
 * as `head` closes the pipe early.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDb } from '../../db/open.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { runCli, startCli, tempDir } from '../support/cli.ts';
import { addFeedSources } from '../support/sources.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';
import { exited } from '../support/wait.ts';

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  server = await startFixtureServer();
  tmp = tempDir('tracker-exit-');
  server.route('/ok/feed.xml', {
    body: rssFeed('Healthy', [{ title: 'County board delays vote on data center', link: `${server.url}/ok/1`, date: '2026-02-01T00:00:00Z', content: `<p>${LONG_PARAGRAPHS.join('</p><p>')}</p>` }]),
    etag: '"v1"',
  });
  server.route('/gone/feed.xml', { status: 404, body: 'not here' });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const env = { TRACKER_FULL_TEXT: '0' };
const add = (dbPath: string, path: string, name: string) => addFeedSources(dbPath, [{ url: `${server.url}${path}`, name }]);

describe('ingest exit codes and --json', () => {
  it('0 when every source answered (new items or none), 3 when some failed, 1 when all failed', async () => {
    const dbPath = join(tmp.dir, 'codes.db');
    await add(dbPath, '/ok/feed.xml', 'healthy');

    const first = await runCli(['ingest', '--json', '--db', dbPath], env);
    expect(first.code, first.stderr).toBe(0);
    const run = JSON.parse(first.stdout);
    expect(run).toMatchObject({ status: 'ok', exitCode: 0, sources: 1, itemsNew: 1, errors: 0 });
    expect(run.outcomes).toEqual([expect.objectContaining({ source: 'healthy', status: 'ok', itemsNew: 1, error: null })]);
    expect(first.stderr).toMatch(/run \d+ ok/);

    // nothing new (304): still 0, and the JSON says nothing was new
    const again = await runCli(['ingest', '--json', '--db', dbPath], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'ok', itemsNew: 0, outcomes: [expect.objectContaining({ status: 'not_modified' })] });

    await add(dbPath, '/gone/feed.xml', 'gone');
    const partial = await runCli(['ingest', '--json', '--db', dbPath], env);
    expect(partial.code).toBe(3);
    const p = JSON.parse(partial.stdout);
    expect(p).toMatchObject({ status: 'partial', exitCode: 3, errors: 1 });
    expect(p.outcomes.find((o: { source: string }) => o.source === 'gone').error).toMatch(/^http_404/);

    // without --json the same run prints its lines on stdout and exits the same way
    const text = await runCli(['ingest', '--db', dbPath], env);
    expect(text.code).toBe(3);
    expect(text.stdout).toMatch(/1 source\(s\) failed/);

    const allFailedDb = join(tmp.dir, 'failed.db');
    await add(allFailedDb, '/gone/feed.xml', 'gone');
    const failed = await runCli(['ingest', '--json', '--db', allFailedDb], env);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'failed', exitCode: 1, errors: 1 });
  }, 300_000); // six CLI runs, each loading the tagger, on a shared machine

  it('prints JSON even when the run cannot start', async () => {
    const r = await runCli(['ingest', '--json', '--source', 'nowhere', '--db', join(tmp.dir, 'nosource.db')], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ status: 'failed', exitCode: 1, error: expect.stringMatching(/no source named "nowhere"/) });
  });

  it('2 for usage errors', async () => {
    const r = await runCli(['watch', '--out', join(tmp.dir, 'x'), '--db', join(tmp.dir, 'usage.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out needs --build/);
  });
});

describe('stats --json', () => {
  it('gives counts, the last run, the last build and the failing sources as JSON', async () => {
    const dbPath = join(tmp.dir, 'stats.db');
    await add(dbPath, '/ok/feed.xml', 'healthy');
    await add(dbPath, '/gone/feed.xml', 'gone');
    expect((await runCli(['ingest', '--db', dbPath], env)).code).toBe(3);
    const r = await runCli(['stats', '--json', '--db', dbPath]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.counts).toMatchObject({ sources: 2, articles: 1, builds: 0 });
    expect(s.lastRun).toMatchObject({ kind: 'ingest', status: 'partial', itemsNew: 1, errors: 1 });
    expect(s.lastBuild).toBeNull();
    expect(s.sourceHealth).toEqual({ ok: 1, error: 1 });
    expect(s.failingSources).toEqual([expect.objectContaining({ name: 'gone', consecutiveFailures: 1, lastError: expect.stringMatching(/^http_404/) })]);
  }, 180_000);
});

describe('a closed pipe', () => {
  it('ends `sources list | head` quietly, without an EPIPE stack trace', async () => {
    const dbPath = join(tmp.dir, 'pipe.db');
    const opened = openDb(dbPath);
    const insert = opened.sqlite.prepare("INSERT INTO sources (name, url, type, created_at) VALUES (?, ?, 'feed', '2026-01-01T00:00:00Z')");
    opened.sqlite.transaction(() => { for (let i = 0; i < 3000; i++) insert.run(`source-${i}`, `https://feeds.example.org/${i}/${'x'.repeat(80)}.xml`); })();
    opened.close();
    const child = startCli(['sources', 'list', '--db', dbPath]);
    // like `head -1`: read the first chunk, then close the pipe
    child.stdout!.once('data', () => child.stdout!.destroy());
    const code = await exited(child);
    expect(child.output().stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(code).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    try { expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(3000); } finally { db.close(); }
  });
});
