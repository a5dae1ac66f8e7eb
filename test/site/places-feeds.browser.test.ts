/**
 * Places, feeds, downloads and phones in a real browser (Debian chromium through playwright-core): the map and
 * its list, place pages with the events of the places inside them, per-entity feeds dated by the event, the public
 * snapshot and downloads, the timeline's shareable filters, "this week" on the home page, and no sideways scrolling
 * at 390 px. Built without a site URL, so the build's warning is checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { csvParse } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSitePage, seriousAxeViolations, type OpenOptions } from '../support/browser.ts';
import { generateDb } from '../support/generate-db.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildSite } from '../../ingest/publish/build.ts';
import { addScenarioArticles } from './fixtures.ts';

const ARTIFACTS = resolve('test-artifacts');
const SECRET = 'hunter2-secret-token';
const PRIVATE_DIR = '/home/someone/private-notes';
const PRIVATE_BODY = 'A long private body sentence that must never be published in full. '.repeat(20);

let dir: string;
let out: string;
let dbPath: string;
let server: StaticServer;
let browser: Browser;
const warnings: string[] = [];

function query<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try { return db.prepare(sql).all(...args) as T[]; } finally { db.close(); }
}

/** What the public snapshot must not publish: an imported file's path, credentials, a lock, internal error text. */
function addPrivateScenario(path: string): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      db.prepare(`INSERT INTO sources (name, url, type, last_status, last_error, consecutive_failures) VALUES (?, ?, 'feed', 'error', ?, 1)`)
        .run('Members feed', `https://reader:${SECRET}@members.example.com/rss?api_key=${SECRET}&edition=us`, `internal: TypeError at ${PRIVATE_DIR}/x.ts:12`);
      db.prepare(`INSERT INTO sources (name, url, type) VALUES ('Intranet', 'http://10.1.2.3/feed.xml', 'feed')`).run();
      const id = Number(db.prepare(`INSERT INTO articles (source_id, url, canonical_url, title, published_at, fetched_at, summary, body_text, content_hash)
        VALUES (NULL, ?, ?, 'Notes from the county meeting', '2026-03-11T09:00:00Z', '2026-03-11T09:00:00Z', NULL, ?, 'private-1')`)
        .run(`file://${PRIVATE_DIR}/meeting.txt`, `file://${PRIVATE_DIR}/meeting.txt`, PRIVATE_BODY).lastInsertRowid);
      db.prepare('INSERT INTO article_urls (article_id, url, source_id, first_seen_at) VALUES (?, ?, NULL, ?)').run(id, `file://${PRIVATE_DIR}/meeting.txt`, '2026-03-11T09:00:00Z');
      const run = Number(db.prepare(`INSERT INTO runs (kind, started_at, status) VALUES ('import', '2026-03-11T09:00:00Z', 'partial')`).run().lastInsertRowid);
      db.prepare(`INSERT INTO run_sources (run_id, source_id, source_name, status, error) VALUES (?, NULL, ?, 'error', ?)`)
        .run(run, `${PRIVATE_DIR}/broken.html`, `internal: cannot parse ${PRIVATE_DIR}/broken.html`);
      db.prepare(`INSERT INTO locks (name, pid, host, acquired_at) VALUES ('ingest', 4242, 'build-host', '2026-03-11T09:00:00Z')`).run();
    })();
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'site-places-'));
  dbPath = join(dir, 'tracker.db');
  out = join(dir, 'out');
  generateDb(dbPath, { articles: 240, seed: 5 });
  addScenarioArticles(dbPath, '2026-03-12');
  addPrivateScenario(dbPath);
  const savedUrl = process.env.TRACKER_SITE_URL;
  const savedNow = process.env.TRACKER_NOW;
  delete process.env.TRACKER_SITE_URL;
  process.env.TRACKER_NOW = '2026-03-12T12:00:00Z';
  try {
    await buildSite({ dbPath, outDir: out, pageSize: 10, onWarning: (m) => warnings.push(m) });
  } finally {
    if (savedUrl === undefined) delete process.env.TRACKER_SITE_URL; else process.env.TRACKER_SITE_URL = savedUrl;
    if (savedNow === undefined) delete process.env.TRACKER_NOW; else process.env.TRACKER_NOW = savedNow;
  }
  server = await serveStatic(out);
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const open = (path: string, opts?: OpenOptions) => openSitePage(browser, server.url, path, opts);

describe('places, feeds and downloads', () => {
  it('warns when built without a site URL, and says how to fix it', () => {
    expect(warnings.join('\n')).toMatch(/no site URL given \(--site-url or TRACKER_SITE_URL\)/);
    expect(warnings.join('\n')).toMatch(/localhost/);
  });

  it('the map draws a mark per located place, sized by its events, and its list links each place', async () => {
    const located = query<{ slug: string; n: number; land: number }>(`SELECT p.slug, count(*) AS n, sum(e.type = 'land_dispute') AS land FROM events e
      JOIN entities p ON p.id = e.location_entity_id WHERE p.lat IS NOT NULL GROUP BY p.id`);
    expect(located.length).toBeGreaterThan(5);
    const { page, problems } = await open('/places/', { js: false });
    const marks = await page.locator('#map-world svg circle.map-mark').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-events'))));
    expect(marks.length).toBe(located.length);
    expect(marks.reduce((a, b) => a + b, 0)).toBe(located.reduce((a, r) => a + r.n, 0));
    // US places also get the detailed US map.
    const us = query<{ n: number }>(`SELECT count(DISTINCT p.id) AS n FROM events e JOIN entities p ON p.id = e.location_entity_id WHERE p.country_code = 'US'`)[0].n;
    await expect(page.locator('#map-us svg circle.map-mark').count()).resolves.toBe(us);
    const rows = await page.locator('#place-list tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      slug: tr.getAttribute('data-place'), href: tr.querySelector('td a')?.getAttribute('href'), land: Number(tr.children[2].textContent),
    })));
    expect(rows.map((r) => r.slug).sort()).toEqual(located.map((r) => r.slug).sort());
    for (const r of rows) expect(r.href).toBe(`/entities/${r.slug}/`);
    // Land disputes first.
    const land = rows.map((r) => r.land);
    expect(land).toEqual([...land].sort((a, b) => b - a));
    for (const r of rows.slice(0, 5)) expect((await fetch(server.url + r.href!)).status).toBe(200);
    await page.screenshot({ path: join(ARTIFACTS, 'places.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('a place page lists an event located in a town inside it, links its feed and shows where it is', async () => {
    const [inTown] = query<{ slug: string; town: string }>(`SELECT e.slug, p.name AS town FROM events e JOIN entities p ON p.id = e.location_entity_id
      WHERE p.name = 'Abilene' AND p.place_kind = 'locality' ORDER BY e.date DESC LIMIT 1`);
    expect(inTown, 'the generated data has an event in Abilene, Texas').toBeTruthy();
    const { page, problems } = await open('/entities/texas/');
    await expect(page.locator(`#events ~ .events a[href="/events/${inTown.slug}/"]`).count()).resolves.toBe(1);
    await expect(page.locator('link[rel="alternate"][href="/entities/texas.xml"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/entities/texas.xml"]').count()).resolves.toBe(1);
    await expect(page.locator('svg.map-locator circle').count()).resolves.toBe(1);
    await expect(page.locator('#inside + .tags a[href="/entities/taylor-county/"]').count()).resolves.toBe(1);
    // The town's page names the places containing it.
    const town = await open('/entities/abilene/');
    await expect(town.page.locator('.place-facts a[href="/entities/texas/"]').count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'place-texas.png'), fullPage: true });
    expect([...problems, ...town.problems]).toEqual([]);
  });

  it('every feed parses, its items carry the event dates, outlets and evidence, and GUIDs never contain the site URL', async () => {
    const dates = new Map(query<{ slug: string; date: string }>('SELECT slug, date FROM events').map((r) => [r.slug, r.date]));
    const parser = new XMLParser({ ignoreAttributes: false });
    const entityFeeds = readdirSync(join(out, 'entities')).filter((f) => f.endsWith('.xml')).map((f) => `/entities/${f}`);
    expect(entityFeeds).toContain('/entities/texas.xml');
    expect(entityFeeds).toContain('/entities/openai.xml');
    let items = 0;
    for (const path of ['/events.xml', '/events/land_dispute.xml', '/digest.xml', ...entityFeeds]) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      const doc = parser.parse(await res.text());
      expect(doc.rss['@_version'], path).toBe('2.0');
      for (const item of [doc.rss.channel.item ?? []].flat()) {
        const guid = String(item.guid['#text']);
        expect(guid, path).not.toMatch(/https?:|localhost/);
        if (path === '/digest.xml') { expect(guid).toMatch(/^ai-infra-tracker:digest:\d{4}-W\d{2}$/); continue; }
        items++;
        const slug = guid.replace('ai-infra-tracker:event:', '');
        const date = dates.get(slug);
        expect(date, `${path}: ${guid} is an event`).toBeTruthy();
        const pub = new Date(item.pubDate).toISOString();
        expect(pub.startsWith(date!.length === 4 ? `${date}-01-01` : date!.length === 7 ? `${date}-01` : date!), `${path}: ${slug} dated ${date}, not ${pub}`).toBe(true);
        expect(item.description, path).toMatch(/<blockquote>/);
      }
    }
    expect(items).toBeGreaterThan(100);
    // A place's feed holds the events of the places inside it.
    const texas = parser.parse(await (await fetch(`${server.url}/entities/texas.xml`)).text());
    const abilene = query<{ slug: string }>(`SELECT e.slug FROM events e JOIN entities p ON p.id = e.location_entity_id WHERE p.name = 'Abilene'`);
    const guids = [texas.rss.channel.item ?? []].flat().map((i: { guid: { '#text': string } }) => i.guid['#text']);
    for (const { slug } of abilene) expect(guids).toContain(`ai-infra-tracker:event:${slug}`);
    const land = parser.parse(await (await fetch(`${server.url}/events/land_dispute.xml`)).text());
    expect([land.rss.channel.item].flat().some((i: { description: string }) => /Reported by /.test(i.description))).toBe(true);
  });

  it('the public snapshot holds no article text, file paths, credentials, private URLs, locks or internal error text', () => {
    const snap = new Database(join(out, 'data', 'tracker.db'), { readonly: true });
    try {
      const texts: string[] = [];
      const tables = (snap.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'`).all() as { name: string }[]).map((t) => t.name);
      for (const t of tables) for (const row of snap.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]) for (const v of Object.values(row)) if (typeof v === 'string') texts.push(v);
      const all = texts.join('\n');
      expect(all).not.toContain(SECRET);
      expect(all).not.toContain(PRIVATE_DIR);
      expect(all).not.toMatch(/file:\/\//);
      expect(all).not.toContain('10.1.2.3');
      expect(all).not.toMatch(/TypeError|cannot parse/);
      // An excerpt of at most 280 characters may stay; more of the text may not.
      expect(all).not.toContain(PRIVATE_BODY.slice(0, 300).trim());
      expect((snap.prepare("SELECT count(*) AS n FROM articles WHERE body_text != ''").get() as { n: number }).n).toBe(0);
      expect((snap.prepare('SELECT max(length(summary)) AS n FROM articles').get() as { n: number }).n).toBeLessThanOrEqual(280);
      expect((snap.prepare('SELECT count(*) AS n FROM locks').get() as { n: number }).n).toBe(0);
      // What is public survives: titles, the imported file's name, error codes, places with coordinates.
      expect((snap.prepare("SELECT url FROM articles WHERE title = 'Notes from the county meeting'").get() as { url: string }).url).toBe('imported:meeting.txt');
      expect((snap.prepare("SELECT url FROM sources WHERE name = 'Members feed'").get() as { url: string }).url).toBe('https://members.example.com/rss?edition=us');
      expect((snap.prepare("SELECT last_error FROM sources WHERE name = 'Members feed'").get() as { last_error: string }).last_error).toBe('internal');
      expect((snap.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(query<{ n: number }>('SELECT count(*) AS n FROM articles')[0].n);
      expect((snap.prepare("SELECT count(*) AS n FROM entities WHERE type = 'place' AND lat IS NOT NULL").get() as { n: number }).n).toBeGreaterThan(5);
    } finally {
      snap.close();
    }
  });

  it('offers events, figures and entities as CSV and JSON with every column explained on /data/', async () => {
    const events = csvParse(readFileSync(join(out, 'data', 'events.csv'), 'utf8'));
    expect(events.length).toBe(query<{ n: number }>('SELECT count(*) AS n FROM events')[0].n);
    expect(events.columns).toEqual(expect.arrayContaining(['date', 'type', 'place_slug', 'lat', 'lon', 'outlets']));
    expect(events.some((e) => e.place_slug === 'abilene' && Number(e.lat) > 32)).toBe(true);
    const figures = JSON.parse(readFileSync(join(out, 'data', 'figures.json'), 'utf8')) as Record<string, unknown>[];
    expect(figures.length).toBeGreaterThan(0);
    expect(figures[0]).toHaveProperty('value_usd');
    const entities = csvParse(readFileSync(join(out, 'data', 'entities.csv'), 'utf8'));
    expect(entities.find((e) => e.slug === 'taylor-county')?.parent_slug).toBe('texas');
    const { page, problems } = await open('/data/');
    for (const f of ['events.csv', 'events.json', 'figures.csv', 'figures.json', 'entities.csv', 'entities.json', 'tracker.db']) {
      await expect(page.locator(`a[href="/data/${f}"]`).count(), f).resolves.toBe(1);
    }
    const undescribed = await page.locator('#events + p + .table-wrap tbody tr, #entities + p + .table-wrap tbody tr')
      .evaluateAll((trs) => trs.filter((tr) => tr.textContent?.includes('not described yet')).map((tr) => tr.querySelector('code')?.textContent));
    expect(undescribed).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the timeline keeps its filter in the URL, so a filtered view (with a place) can be shared', async () => {
    const { page, problems } = await open('/timeline/?type=land_dispute&place=Virginia');
    await page.waitForSelector('#live-results .events > li');
    const metas = await page.locator('#live-results .events > li .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) {
      expect(m).toMatch(/^Land dispute/);
      expect(m).toMatch(/Virginia|Prince William County|Loudoun County/);
    }
    await page.selectOption('select[name="certainty"]', 'confirmed');
    await expect.poll(() => new URL(page.url()).searchParams.get('certainty')).toBe('confirmed');
    expect(new URL(page.url()).searchParams.get('place')).toBe('Virginia');
    expect(problems).toEqual([]);
  });

  it('home lists the events dated this week, then older events newly reported, labelled; each figure once', async () => {
    const { page, problems } = await open('/');
    const thisWeek = await page.locator('section:has(> h2:text-matches("This week|Latest week")) .grid .events > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(thisWeek.length).toBeGreaterThan(0);
    for (const d of thisWeek) expect(d! >= '2026-03-09' && d! < '2026-03-16', `dated ${d}`).toBe(true);
    const older = await page.locator('#newly-reported .events > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    for (const d of older) expect(d! < '2026-03-09', `older event dated ${d}`).toBe(true);
    if (older.length) await expect(page.locator('#newly-reported .label-older').count()).resolves.toBe(1);
    const amounts = await page.locator('section:has(> h2:text("Biggest new amounts")) .events > li').allTextContents();
    expect(new Set(amounts).size).toBe(amounts.length);
    expect(problems).toEqual([]);
  });

  it('the map, a place page and the data page have no serious or critical accessibility violations', async () => {
    for (const path of ['/places/', '/entities/texas/', '/entities/abilene/', '/data/']) {
      // axe is injected as an inline script, which the site's CSP rightly refuses: this check alone bypasses it.
      const { page } = await open(path, { bypassCSP: true });
      expect(await seriousAxeViolations(page), path).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('no page scrolls sideways on a 390 px phone', async () => {
    const [event] = query<{ slug: string }>("SELECT slug FROM events WHERE type = 'land_dispute' ORDER BY date DESC LIMIT 1");
    for (const path of ['/', '/timeline/', '/timeline/type/land_dispute/', '/places/', '/spend/', '/entities/', '/entities/openai/', '/entities/texas/',
      `/events/${event.slug}/`, '/sources/', '/data/', '/search/', '/articles/1/']) {
      const { page } = await open(path, { width: 390 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      if (path === '/places/' || path === '/spend/') await page.screenshot({ path: join(ARTIFACTS, `phone-${path.replace(/\W+/g, '')}.png`) });
      await page.close();
    }
  }, 120_000);
});
