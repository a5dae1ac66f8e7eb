/** The small helpers the pages and feeds trust for safety and clarity. */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { safeHttpUrl, formatEventDate, formatUsd, weekStart, articleHref, countOf } from '../../site/lib/format.ts';
import { renderRss } from '../../site/lib/rss.ts';

describe('safeHttpUrl', () => {
  it('keeps http(s) links and drops every other scheme', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', '/relative', '', null]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe('formatting', () => {
  it('shows event dates at the precision they are known', () => {
    expect(formatEventDate('2026')).toBe('2026');
    expect(formatEventDate('2026-03')).toBe('Mar 2026');
    expect(formatEventDate('2026-03-05')).toBe('5 Mar 2026');
    expect(formatEventDate('not a date')).toBe('not a date');
  });
  it('writes money in words a reader scans quickly', () => {
    expect(formatUsd(600e9)).toBe('$600 billion');
    expect(formatUsd(1.25e9)).toBe('$1.3 billion');
    expect(formatUsd(26e6)).toBe('$26 million');
    expect(formatUsd(null)).toBe('n/a');
  });
  it('writes a count with its noun, singular for one', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(1204, 'source')).toBe('1,204 sources');
  });

  it('starts weeks on Monday, UTC', () => {
    expect(weekStart(new Date('2026-03-15T23:00:00Z')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(weekStart(new Date('2026-03-09T00:00:00Z')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });
  it('links an article to its section on a stable page', () => {
    expect(articleHref(1)).toBe('/articles/1/#a1');
    expect(articleHref(26)).toBe('/articles/2/#a26');
  });
});

describe('renderRss', () => {
  it('escapes hostile text so it parses back as the same text', () => {
    const title = 'A & B <script>alert("x")</script> \u0001';
    const xml = renderRss({
      title: 'T', link: 'https://x.test/', selfUrl: 'https://x.test/f.xml', description: 'D',
      items: [{ title, link: 'https://x.test/e/1/', guid: 'https://x.test/e/1/', guidIsPermaLink: true, pubDate: new Date('2026-03-01T00:00:00Z'), description: '<p>hi</p>' }],
    });
    expect(xml).not.toContain('<script>');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss.channel.item.title).toBe('A & B <script>alert("x")</script>'); // control character dropped, parser trims
    expect(doc.rss.channel.item.description).toBe('<p>hi</p>');
    expect(doc.rss.channel.item.pubDate).toBe('Sun, 01 Mar 2026 00:00:00 GMT');
  });
});
