/**
 * The whole flow as a user runs it, through the real CLI: a hostile feed
 * ingested from a loopback server and the seed articles imported, then
 * `tracker build`, then the site in Debian's chromium. Checks the issue's
 * "done when": the Sora shutdown, the Kentucky land dispute, Anthropic's
 * injunction and the $600 billion and $630 billion figures are on the
 * timeline and the spend dashboard with their sources; and nothing from the
 * hostile feed runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { runCli, tempDir, requireShared } from '../support/cli.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';

const INJECT = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">`;

let feeds: FixtureServer;
let site: StaticServer;
let browser: Browser;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  const shared = requireShared();
  tmp = tempDir('tracker-e2e-');
  const db = join(tmp.dir, 'tracker.db');
  feeds = await startFixtureServer();
  feeds.route('/hostile.xml', {
    body: rssFeed('Hostile', [
      {
        title: `Utility ${INJECT} signs grid deal`,
        link: `javascript:window.__pwned=1`,
        guid: `${feeds.url}/h/1`,
        date: '2026-03-20T10:00:00Z',
        content: `<p>Meta said on Friday it signed a power purchase agreement for 300 megawatts ${INJECT} with a utility in Kentucky.</p><p>${LONG_PARAGRAPHS.join('</p><p>')}</p><iframe src="javascript:window.__pwned=1"></iframe>`,
      },
      {
        title: `Second ${INJECT} story`,
        link: `${feeds.url}/h/2"><script>window.__pwned=1</script>`,
        date: '2026-03-21T10:00:00Z',
        content: `<p onclick="window.__pwned=1">Residents protested a ${INJECT} data center rezoning in Ohio.</p><p>${LONG_PARAGRAPHS[1]}</p>`,
      },
    ]),
  });
  const steps: string[][] = [
    ['sources', 'add', `${feeds.url}/hostile.xml`, '--name', `hostile`, '--type', 'feed'],
    ['ingest'],
    ['import', join(shared, 'seeds'), '--published-at', '2026-03-27T12:00:00Z'],
    ['build', '--out', join(tmp.dir, 'out')],
  ];
  for (const args of steps) {
    const r = await runCli([...args, '--db', db], { TRACKER_HOST_DELAY_MS: '0' });
    if (r.code !== 0) throw new Error(`tracker ${args.join(' ')} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  site = await serveStatic(join(tmp.dir, 'out'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await feeds?.close();
  tmp?.cleanup();
});

describe('ingest, import, build, browse', () => {
  it('the timeline shows the seed happenings with their sources', async () => {
    const { page, problems } = await openPage(browser, `${site.url}/timeline/`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Sora/);
    expect(text).toMatch(/Kentucky/);
    expect(text).toMatch(/Anthropic/);
    for (const type of ['Shutdown', 'Land dispute', 'Legal', 'Spend plan']) expect(text).toContain(type);
    expect(problems).toEqual([]);

    // the Sora shutdown is reported by two seeds: one confirmed event with both as sources, each with its evidence.
    // (Seed 002's speculative Sora sentence is, by the gold, another happening; whether the rumour rule joins it is
    // measured by eval:merge, not fixed here.)
    const links = await page.locator('main a[href^="/events/"]').evaluateAll((as) =>
      as.filter((a) => /Sora/.test(a.textContent ?? '')).map((a) => a.getAttribute('href')!),
    );
    const pages = await Promise.all([...new Set(links)].map(async (href) => (await openPage(browser, site.url + href)).page.locator('main').innerText()));
    const shutdown = pages.filter((t) => /Shutdown/.test(t) && /Confirmed/.test(t));
    expect(shutdown).toHaveLength(1);
    expect(shutdown[0]).toMatch(/shut down Sora/);
    expect(shutdown[0]).toMatch(/shutdown of OpenAI’s video model Sora/);
  });

  it('the spend dashboard carries the $600 billion and $630 billion figures, linked to their evidence', async () => {
    const { page, problems } = await openPage(browser, `${site.url}/spend/`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\$600(\.0)? ?(billion|bn|B)/i);
    expect(text).toMatch(/\$630(\.0)? ?(billion|bn|B)/i);
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    const evidence = page.locator('main a[href^="/articles/"]');
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('nothing from a hostile feed runs or becomes a link, on any page that shows it', async () => {
    for (const path of ['/', '/timeline/', '/spend/', '/sources/', '/entities/meta/', '/articles/1/']) {
      const { page, problems } = await openPage(browser, site.url + path);
      expect(problems, path).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h)), path).toEqual([]);
      const external = await page.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''));
      for (const rel of external) expect(rel).toMatch(/noopener/);
    }
    // markup in a feed's title is dropped at the edge: the words remain, as text
    const { page } = await openPage(browser, `${site.url}/articles/1/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Utility signs grid deal');
    expect(text).not.toMatch(/__pwned|onerror/);
  });
});
