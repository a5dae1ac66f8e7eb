/**
 * Golden pairs: each page in test/fixtures/pages/ beside the body text
 * (.expected.txt) and metadata (.expected.json) it must give.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/extract/index.ts';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
const read = (name: string) => readFileSync(path.join(pagesDir, name), 'utf8');

interface Case {
  name: string;
  url: string;
  why: string;
}

const cases: Case[] = [
  { name: 'news-with-furniture', url: 'https://valleyledger.example/2025/09/rezoning', why: 'nav, share bar, caption, inline "Related:" link, newsletter box, related rail, sidebar, comments and footer are all dropped' },
  { name: 'jsonld-date', url: 'https://powerdesk.example/queue-rules', why: 'date, author and site name only in JSON-LD @graph' },
  { name: 'time-only', url: 'https://blog.example/cooling', why: 'date only in <time datetime>, author from rel=author' },
  { name: 'canonical', url: 'https://www.wirereview.example/news/item?ref=home', why: 'rel=canonical (relative) wins over og:url' },
  { name: 'amp', url: 'https://news.sunbelt.example/amp/solar-farm-supply-deal', why: 'AMP components (sidebar, ads, share, analytics) are not text' },
  { name: 'injection', url: 'https://status.example/outage', why: 'script in title, meta and body never reaches the text' },
];

describe('extractArticle on golden pages', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.why}`, () => {
      const page = extractArticle(read(`${c.name}.html`), c.url);
      expect(page.bodyText).toBe(read(`${c.name}.expected.txt`).trim());
      const metaFile = `${c.name}.expected.json`;
      if (existsSync(path.join(pagesDir, metaFile))) {
        const expected = JSON.parse(read(metaFile)) as Record<string, unknown>;
        for (const [key, value] of Object.entries(expected)) {
          expect(page[key as keyof typeof page], `${c.name}: ${key}`).toEqual(value);
        }
      }
    });
  }

  it('keeps markup and script content out of every field of an injected page', () => {
    const page = extractArticle(read('injection.html'), 'https://status.example/outage');
    for (const [key, value] of Object.entries(page)) {
      if (typeof value !== 'string') continue;
      expect(value, key).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(value, key).not.toMatch(/alert|steal|evil|cookie|onerror/);
    }
    expect(page.title).toBe('Outage report');
    expect(page.author).toBe('Lena Park');
    expect(page.description).toBe('Two hours of errors');
  });

  it('keeps headings as their own paragraphs', () => {
    const page = extractArticle(read('news-with-furniture.html'), 'https://valleyledger.example/x');
    expect(page.bodyText.split('\n\n')).toContain('Water questions linger');
  });

  it('returns an empty body, not an error, for a page with no article', () => {
    const page = extractArticle('<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/');
    expect(page.title).toBe('Empty');
    expect(page.bodyText).toBe('');
    expect(page.publishedAt).toBeNull();
  });
});
