/** Debian's chromium driven by playwright-core, with the flags this sandboxed, offline machine needs, and the page helpers the browser tests share. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions {
  /** Viewport width in CSS pixels (default 1200; 390 for a phone). */
  width?: number;
  /** false opens the page with JavaScript off (what works without it). */
  js?: boolean;
  /** Only for injecting test tools (axe) as inline scripts, which the site's Content-Security-Policy refuses. */
  bypassCSP?: boolean;
}

/** One page's collector: the listeners stay on the page, and each opening gives it a fresh list. */
interface Collector { problems: string[] }
const collectors = new WeakMap<Page, Collector>();
/** Per browser: a context per set of options, and the pages a test closed, ready for the next opening with those options. */
const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();
const idlePages = new WeakMap<BrowserContext, Page[]>();

function contextFor(browser: Browser, opts: OpenOptions): Promise<BrowserContext> {
  const key = JSON.stringify([opts.width ?? 1200, opts.js ?? true, opts.bypassCSP ?? false]);
  let byKey = contexts.get(browser);
  if (!byKey) contexts.set(browser, (byKey = new Map()));
  let context = byKey.get(key);
  if (!context) {
    context = browser.newContext({ viewport: { width: opts.width ?? 1200, height: 900 }, javaScriptEnabled: opts.js ?? true, bypassCSP: opts.bypassCSP ?? false });
    byKey.set(key, context);
  }
  return context;
}

/**
 * A page with the problem listeners attached. Starting a page costs the browser far more than loading one of this
 * site's pages, so a page a test closes is not closed: it goes back to about:blank (its document, scripts and globals
 * gone, so nothing of it reaches the next test) and waits for the next opening with the same options.
 */
async function pageIn(context: BrowserContext, js: boolean): Promise<{ page: Page; collector: Collector }> {
  const idle = idlePages.get(context) ?? [];
  idlePages.set(context, idle);
  const reused = idle.pop();
  if (reused) return { page: reused, collector: collectors.get(reused)! };
  const page = await context.newPage();
  const collector: Collector = { problems: [] };
  collectors.set(page, collector);
  if (js) {
    await page.exposeFunction('__cspViolation', (v: string) => collector.problems.push(`csp: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    });
  }
  page.on('console', (m) => { if (m.type() === 'error') collector.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => collector.problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) collector.problems.push(`HTTP ${r.status()} ${r.url()}`); });
  page.close = async () => {
    // The old document is unloaded before the page is handed out again, so its late events land in its own list.
    collector.problems = [];
    await page.goto('about:blank');
    idle.push(page);
  };
  return { page, collector };
}

/**
 * Opens a page and collects what went wrong on it: console errors, page errors, failed requests and every
 * Content-Security-Policy violation (the page's own scripts and styles, Pagefind's WebAssembly).
 * Pages with the same options share a browser context (one cache and storage, like one reader's browser).
 */
export async function openPage(browser: Browser, url: string, opts: OpenOptions = {}): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const { page, collector } = await pageIn(await contextFor(browser, opts), opts.js ?? true);
  const problems: string[] = [];
  collector.problems = problems;
  const res = await page.goto(url);
  return { page, problems, status: res?.status() };
}

/** Opens a page of the site served at `baseUrl` by its path; a page that is not there (not HTTP 200) fails the test. */
export async function openSitePage(browser: Browser, baseUrl: string, path: string, opts: OpenOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const { page, problems, status } = await openPage(browser, baseUrl + path, opts);
  if (status !== 200) {
    await page.close();
    throw new Error(`${path} should exist, but the server answered HTTP ${status ?? 'nothing'}`);
  }
  return { page, problems };
}

let axeSource: string | undefined;

/** axe-core's serious and critical accessibility violations on a page opened with `bypassCSP` (axe is injected inline). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
