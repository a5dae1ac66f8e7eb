/** Debian's chromium driven by playwright-core, with the flags this sandboxed, offline machine needs. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens a page and collects console errors, page errors and failed requests. */
export async function openPage(browser: Browser, url: string, opts: { width?: number } = {}): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  const res = await page.goto(url);
  return { page, problems, status: res?.status() };
}
