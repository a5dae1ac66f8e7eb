/** Debian's chromium driven by playwright-core, with the flags this sandboxed, offline machine needs, and the page helpers the browser tests share. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/**
 * Opens a page and collects what went wrong on it: console errors, page errors, failed requests and every
 * Content-Security-Policy violation (the page's own scripts and styles, Pagefind's WebAssembly).
 */
export async function openPage(browser: Browser, url: string, opts: OpenOptions = {}): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1200, height: 900 }, javaScriptEnabled: opts.js ?? true, bypassCSP: opts.bypassCSP ?? false });
  const problems: string[] = [];
  if (opts.js ?? true) {
    await page.exposeFunction('__cspViolation', (v: string) => problems.push(`csp: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
    });
  }
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
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
