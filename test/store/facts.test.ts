/**
 * Facts, not mentions (issue 8), end to end: feeds served from 127.0.0.1 report one happening and one figure in
 * different words, days apart, with a syndicated copy and a later article that revises the figure. A real ingest
 * into a real SQLite file must give one story, one event, one current figure with its revision chain, and a
 * dashboard total that counts the figure once. Two more outlets report a product closure, first as a rumour and
 * then as news: one event, each mention with its own certainty. The sentences are written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { closeSiteDb, spendByEntityYear, entityGuidance, eventReach } from '../../db/queries.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { tempDir } from '../support/cli.ts';
import { rssFeed } from '../support/feeds.ts';

const FAST = { timeoutMs: 5000, connectTimeoutMs: 2000, retries: 1, retryBaseMs: 10, maxRetryWaitMs: 50, limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }) };

const WIRE = [
  'Meta Platforms said on Monday it expects capital expenditures of $120 billion this year, much of it to add computing capacity for artificial intelligence.',
  'The Menlo Park company told investors that most of the money will go to servers, networking gear and new campuses in Louisiana and Ohio.',
  'Chief financial officer Susan Li said the plan reflects the demand the company sees for its AI models and assistants across its apps.',
  'Shares rose 3% in late trading after the announcement, and suppliers of chips and cooling equipment gained as well.',
];
// The same wire story run by a second outlet, one closing sentence changed: a copy, not an independent report.
const COPY = [...WIRE.slice(0, 3), 'The stock climbed in extended trading, and shares of chip and cooling suppliers followed it higher.'];
const TRADE = [
  'Meta is preparing another enormous outlay on artificial intelligence infrastructure.',
  'The company behind Facebook and Instagram told analysts on Monday that it expects its 2026 capital spending to reach about $120bn, most of it on servers and new data center campuses.',
  'Analysts said the budget was above what they had pencilled in, and makers of chips and power equipment rallied on the news.',
];
const FOLLOW_UP = [
  'Meta Platforms on Wednesday raised its forecast for 2026 capital expenditures to $135 billion from $120 billion, saying it needs more computing capacity for its AI models than it planned in March.',
  'The company said the extra money would pay for servers and two additional data center campuses.',
];

// A rumour, then the news a day later, from two other outlets: one event whose mentions keep their own certainty.
const RUMOUR = [
  'Google is weighing whether to wind down NotebookLM, its research notebook app, two people familiar with the plans said.',
  'A decision could come within days as the company trims products that cost more to run than they bring in.',
];
const CONFIRMED = [
  'Google has closed NotebookLM, the company said on Tuesday.',
  'Users have until the end of May to export their notebooks before the app stops working for good.',
];

let server: FixtureServer;
let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;

const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join('');
const rows = <T>(sql: string, ...args: unknown[]) => opened.sqlite.prepare(sql).all(...args) as T[];

beforeAll(async () => {
  process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
  server = await startFixtureServer();
  tmp = tempDir('facts-');
  opened = openDb(join(tmp.dir, 'tracker.db'));
  const base = server.url;
  const feeds: Array<[string, { title: string; link: string; date: string; content: string }]> = [
    ['wire', { title: 'Meta expects to spend $120 billion on data centers this year', link: `${base}/wire/meta-capex`, date: '2026-03-02T15:00:00Z', content: html(WIRE) }],
    ['daily', { title: 'Meta plans $120 billion for AI data centers', link: `${base}/daily/meta-capex-wire`, date: '2026-03-03T07:00:00Z', content: html(COPY) }],
    ['trade', { title: 'Meta lifts its AI budget', link: `${base}/trade/meta-budget`, date: '2026-03-05T09:00:00Z', content: html(TRADE) }],
    ['gossip', { title: 'Google weighs closing NotebookLM', link: `${base}/gossip/notebooklm`, date: '2026-04-13T08:00:00Z', content: html(RUMOUR) }],
    ['tech', { title: 'NotebookLM is closed', link: `${base}/tech/notebooklm-closed`, date: '2026-04-14T18:00:00Z', content: html(CONFIRMED) }],
    ['markets', { title: 'Meta raises capex forecast to $135 billion', link: `${base}/markets/meta-raise`, date: '2026-06-10T12:00:00Z', content: html(FOLLOW_UP) }],
  ];
  for (const [name, item] of feeds) {
    server.route(`/${name}/feed.xml`, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rssFeed(`${name} news`, [item]) });
    addSource(opened.sqlite, { url: `${base}/${name}/feed.xml`, name, type: 'feed' });
  }
  // Feeds one at a time, oldest news first, as a tracker polling since March would have seen them.
  for (const [name] of feeds) await runIngest(opened, { tagger: createTagger(), fetch: FAST, concurrency: 1, source: name });
}, 60_000);

afterAll(async () => {
  closeSiteDb();
  opened.close();
  await server.close();
  tmp.cleanup();
});

describe('one figure, one event, one story, however many outlets report it', () => {
  it('stores four articles, the copy flagged as not independent, in one story with the reports of the same news', () => {
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM articles')[0]!.n).toBe(6);
    const members = rows<{ story_id: number; url: string; independent: number; copy_of: number | null }>(
      "SELECT sa.story_id, a.url, sa.independent, sa.copy_of FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE a.url LIKE '%meta-%' ORDER BY a.published_at");
    const [wire, copy, trade] = members.filter((m) => !m.url.includes('/markets/'));
    expect(new Set([wire!.story_id, copy!.story_id, trade!.story_id]).size).toBe(1);
    expect(copy).toMatchObject({ independent: 0 });
    expect(wire).toMatchObject({ independent: 1, copy_of: null });
    expect(trade).toMatchObject({ independent: 1 });
    const story = rows<{ article_count: number; independent_count: number }>('SELECT article_count, independent_count FROM stories WHERE id = ?', wire!.story_id)[0]!;
    expect(story.article_count).toBeGreaterThanOrEqual(3);
    expect(story.independent_count).toBe(story.article_count - 1);
  });

  it('merges the March happening into one event reported by three articles, two of them independent', () => {
    const march = rows<{ id: number; source_count: number }>("SELECT id, source_count FROM events WHERE type = 'spend_plan' AND date LIKE '2026-03%'");
    expect(march).toHaveLength(1);
    expect(march[0]!.source_count).toBe(3);
    process.env.TRACKER_DB = opened.path;
    process.env.TRACKER_BUILD_ID = 'facts-test';
    expect(eventReach(march[0]!.id)).toEqual({ outlets: 3, articles: 3, independent: 2 });
  });

  it('merges a rumoured closure and its confirmation a day later into one event that shows both certainties', () => {
    const closures = rows<{ id: number; certainty: string; source_count: number }>("SELECT id, certainty, source_count FROM events WHERE type = 'shutdown'");
    expect(closures).toHaveLength(1);
    expect(closures[0]).toMatchObject({ certainty: 'confirmed', source_count: 2 });
    const mentions = rows<{ certainty: string; url: string }>(
      'SELECT m.certainty, a.url FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.published_at', closures[0]!.id);
    expect(mentions.map((m) => [m.certainty, new URL(m.url).pathname])).toEqual([['speculative', '/gossip/notebooklm'], ['confirmed', '/tech/notebooklm-closed']]);
  });

  it('keeps one current figure whose revision chain leads back to the first guidance', () => {
    const figs = rows<{ id: number; value: number; status: string; revises_id: number | null; source_count: number; period: string | null }>(
      "SELECT id, value, status, revises_id, source_count, period FROM figures WHERE kind = 'amount' AND category = 'capex' ORDER BY id");
    expect(figs.map((f) => [f.value, f.status, f.period])).toEqual([[120e9, 'superseded', '2026'], [135e9, 'current', '2026']]);
    expect(figs[1]!.revises_id).toBe(figs[0]!.id);
    // The $120 billion figure: the wire, its copy, the trade story and the follow-up's "from $120 billion".
    expect(figs[0]!.source_count).toBe(4);
    const mentions = rows<{ n: number }>('SELECT count(*) AS n FROM figure_mentions WHERE figure_id = ?', figs[0]!.id)[0]!.n;
    expect(mentions).toBe(4);
  });

  it('counts the figure once on the dashboard and in the spend view, and shows the guidance history', () => {
    process.env.TRACKER_DB = opened.path;
    process.env.TRACKER_BUILD_ID = 'facts-test';
    const meta = spendByEntityYear(8).filter((c) => c.entity === 'Meta');
    expect(meta).toEqual([expect.objectContaining({ year: '2026', kind: 'estimate', usd: 135e9, amounts: 1 })]);
    const total = rows<{ usd: number }>("SELECT sum(value_usd) AS usd FROM spend WHERE counted = 1 AND entity = 'Meta' AND category = 'capex'")[0]!.usd;
    expect(total).toBe(135e9);
    const metaId = rows<{ id: number }>("SELECT id FROM entities WHERE name = 'Meta'")[0]!.id;
    const [chain] = entityGuidance(metaId);
    expect(chain!.steps.map((s) => [s.value, s.status])).toEqual([[120e9, 'superseded'], [135e9, 'current']]);
  });
});
