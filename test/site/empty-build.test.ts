/** A fresh tracker with no data still builds, and every page says what to do next. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSite } from '../../ingest/publish/build.ts';

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
