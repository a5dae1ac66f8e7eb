/** Local files for `extract` and `import`: every format interface.md lists, with titles and dates decided the documented way. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, expandPaths } from '../../ingest/importer/read-file.ts';
import { tempDir } from '../support/cli.ts';
import { articlePage, rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';

let tmp: ReturnType<typeof tempDir>;
const NOW = '2026-03-27T12:00:00.000Z';
const write = (name: string, text: string) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('readArticleFile', () => {
  it('reads plain text: first line is the title, a relative date line under it resolves against the import time', async () => {
    const path = write('story.txt', `Utility pauses new hookups\n- 16 hours ago\n- 3 min read\n${LONG_PARAGRAPHS[3]}`);
    const [a] = await readArticleFile(path, { now: NOW });
    expect(a.title).toBe('Utility pauses new hookups');
    expect(a.publishedAt).toBe('2026-03-26T20:00:00.000Z');
    expect(a.dateFromFallback).toBe(false);
    expect(a.body).toContain('large-load tariff');
    const [given] = await readArticleFile(path, { now: NOW, publishedAt: '2026-01-01T00:00:00Z' });
    expect(given.publishedAt).toBe('2026-01-01T00:00:00Z');
  });

  it('reads Markdown headings and falls back to the import time when no date is given', async () => {
    const [a] = await readArticleFile(write('note.md', `# Council approves campus\n\n${LONG_PARAGRAPHS[0]}`), { now: NOW });
    expect(a.title).toBe('Council approves campus');
    expect(a.publishedAt).toBe(NOW);
    expect(a.dateFromFallback).toBe(true);
  });

  it('reads a news-API JSON record in a .txt file, with its own date, canonical link and Markdown body as text', async () => {
    const record = {
      title: 'Grid operator caps new loads',
      summary: 'A short summary.',
      body_md: `The operator [said](https://example.org/x) it will **cap** new loads.\n\n${LONG_PARAGRAPHS[1]}`,
      url: 'https://news.example.org/a/123?utm_source=api',
      canonical_source: 'https://publisher.example.com/grid-caps',
      published_at: '2026-07-01T09:00:52Z',
    };
    // Imported after the record's date: a date after the import time would be clamped to it.
    const [a] = await readArticleFile(write('record.txt', JSON.stringify(record)), { now: '2026-08-01T00:00:00.000Z', publishedAt: '2026-03-27T12:00:00Z' });
    expect(a.title).toBe('Grid operator caps new loads');
    expect(a.publishedAt).toBe('2026-07-01T09:00:52.000Z');
    expect(a.canonicalUrl).toBe('https://publisher.example.com/grid-caps');
    expect(a.body).toMatch(/^The operator said it will cap new loads\./);
  });

  it('reads an HTML page through main-text extraction, and a feed file as several articles', async () => {
    const [page] = await readArticleFile(write('page.html', articlePage('Campus opens', LONG_PARAGRAPHS, { published: '2026-02-03T04:05:06Z' })), { now: NOW });
    expect(page.title).toBe('Campus opens');
    expect(page.publishedAt).toBe('2026-02-03T04:05:06.000Z');
    expect(page.body).not.toMatch(/Subscribe to our newsletter/);
    const feed = rssFeed('F', [
      { title: 'One', link: 'https://a.example/1', date: '2026-01-01T00:00:00Z', content: `<p>${LONG_PARAGRAPHS[0]}</p>` },
      { title: 'Two', link: 'https://a.example/2', date: '2026-01-02T00:00:00Z', content: `<p>${LONG_PARAGRAPHS[1]}</p>` },
    ]);
    const items = await readArticleFile(write('feed.xml', feed), { now: NOW });
    expect(items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(items[1].url).toBe('https://a.example/2');
  });

  it('names the file in its errors, and expands folders to importable files only', async () => {
    await expect(readArticleFile(write('empty.txt', '   \n'), { now: NOW })).rejects.toThrow(/empty\.txt: the file is empty/);
    await expect(readArticleFile(join(tmp.dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: cannot read file \(ENOENT\)/);
    const dir = join(tmp.dir, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'A\nx');
    writeFileSync(join(dir, 'sub', 'b.json'), '{}');
    writeFileSync(join(dir, 'image.png'), 'x');
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    expect((await expandPaths([dir])).map((p) => p.slice(dir.length))).toEqual(['/a.txt', '/sub/b.json']);
  });
});
