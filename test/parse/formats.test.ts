import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../ingest/parse/index.ts';
import { fixture } from './helpers.ts';

/** Fetched after every fixture's items were published: dates after the fetch time are clamped (tested in dates.test.ts). */
const FETCHED_LATER = '2026-11-01T00:00:00.000Z';
const opts = (url: string, contentType: string | null = null) => ({ url, contentType, fetchedAt: FETCHED_LATER });

describe('parseFeed formats', () => {
  it('reads RSS 2.0: absolute links, zones, content:encoded kept as HTML, description as text', async () => {
    const feed = await parseFeed(fixture('rss2.xml'), opts('https://news.example.com/feed.xml'));
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('Grid & Compute Weekly');
    expect(feed.link).toBe('https://news.example.com/');
    const [first, second] = feed.items;
    expect(first.url).toBe('https://news.example.com/2026/03/utility-deal');
    expect(first.guid).toBe('grid-001');
    expect(first.author).toBe('Dana Reporter');
    expect(first.publishedAt).toBe('2026-03-27T14:30:00.000Z');
    expect(first.summary).toBe('A 300 MW agreement.');
    // Untrusted HTML stays as given: converting and sanitising is downstream's job.
    expect(first.contentHtml).toContain('<script>');
    expect(first.contentHtml).toContain('Construction starts in May.');
    expect(second.publishedAt).toBe('2026-03-26T12:30:00.000Z');
    expect(second.warnings).toEqual([]);
  });

  it('reads RSS 1.0 (RDF) with dc:date and dc:creator', async () => {
    const feed = await parseFeed(fixture('rss1.rdf'), opts('https://science.example.org/rss'));
    expect(feed.format).toBe('rss1');
    expect(feed.title).toBe('Science Briefs');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      url: 'https://science.example.org/a1',
      title: 'Cooling water use at hyperscale sites',
      author: 'Lee, A.',
      publishedAt: '2026-03-20T15:00:00.000Z',
    });
  });

  it('reads Atom 1.0 resolving links against nested xml:base, html titles as text, xhtml content as HTML', async () => {
    const feed = await parseFeed(fixture('atom-base.xml'), opts('https://blog.example.net/feeds/main.atom'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Infra Notes');
    expect(feed.link).toBe('https://blog.example.net/ai/');
    const [first, second] = feed.items;
    expect(first.url).toBe('https://blog.example.net/ai/posts/chips-and-power.html');
    expect(first.title).toBe('Chips and power');
    expect(first.guid).toBe('tag:blog.example.net,2026:1');
    expect(first.publishedAt).toBe('2026-03-25T08:00:00.000Z');
    expect(first.author).toBe('Feed Author');
    expect(first.summary).toBe('Two GW of new demand.');
    expect(first.contentHtml).toMatch(/<p>Two <b>GW<\/b> of demand\.<\/p>/);
    expect(second.url).toBe('https://elsewhere.example.org/abs');
    expect(second.bodyText).toBe('Plain text body.');
    expect(second.contentHtml).toBeNull();
    expect(second.publishedAt).toBe('2026-03-24T00:00:00.000Z');
  });

  it('reads Atom 0.3 with escaped content and issued dates', async () => {
    const feed = await parseFeed(fixture('atom03.xml'), opts('http://old.example.com/atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({
      url: 'http://old.example.com/e1',
      title: 'Legacy entry',
      publishedAt: '2004-01-01T19:48:21.000Z',
    });
    expect(feed.items[0].contentHtml).toBe('<p>Escaped <b>HTML</b></p>');
  });

  it('reads JSON Feed 1.1: content_html to contentHtml, content_text to bodyText, bad dates warned', async () => {
    const feed = await parseFeed(fixture('jsonfeed.json'), opts('https://ledger.example.com/feed.json', 'application/feed+json'));
    expect(feed.format).toBe('jsonfeed');
    expect(feed.title).toBe('Compute Ledger');
    const [first, second] = feed.items;
    expect(first).toMatchObject({ guid: '1', title: 'Lab raises $2 billion', contentHtml: '<p>Funding <em>round</em>.</p>', author: 'Ledger Desk', publishedAt: '2026-03-20T12:00:00.000Z' });
    expect(second.url).toBe('https://ledger.example.com/p/2');
    expect(second.bodyText).toBe('First paragraph.\n\nSecond paragraph.');
    expect(second.author).toBe('Sam Writer');
    expect(second.publishedAt).toBeNull();
    expect(second.warnings.join(' ')).toMatch(/unreadable date "not a date"/);
  });

  it('reads a news-API record: Markdown body to plain text, canonical_source to canonicalUrl', async () => {
    const feed = await parseFeed(fixture('newsapi-record.json'), opts('file:///tmp/record.json', 'application/json'));
    expect(feed.format).toBe('newsapi');
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0];
    expect(item.title).toBe('Utility Power Deal Reshapes Data Center Plans');
    expect(item.url).toBe('https://aggregator.example.com/news/utility-power-deal');
    expect(item.canonicalUrl).toBe('https://original.example.org/utility-power-deal/');
    expect(item.publishedAt).toBe('2026-07-01T09:00:52.000Z');
    expect(item.summary).toBe('A regional utility will supply a new campus.');
    expect(item.bodyText).toBe(
      'Background\n\nThe utility said it would supply power to the campus. Construction starts in May.\n\nphase one\nphase two\n\nUse kubectl later.',
    );
  });

  it('reads arrays and API envelopes of records, and rejects JSON that holds none', async () => {
    const records = [{ title: 'A', url: 'https://a.example.com/1', body: 'Body A', published_at: '2026-01-02' }, { title: 'B', text: 'Body B' }];
    const array = await parseFeed(JSON.stringify(records), opts('https://api.example.com/'));
    expect(array.items.map((i) => i.title)).toEqual(['A', 'B']);
    expect(array.items[0].bodyText).toBe('Body A');
    const envelope = await parseFeed(JSON.stringify({ status: 'ok', articles: records }), opts('https://api.example.com/'));
    expect(envelope.items).toHaveLength(2);
    await expect(parseFeed('{"status":"ok","count":3}', opts('https://api.example.com/'))).rejects.toMatchObject({ code: 'not_a_feed' });
    await expect(parseFeed('{"title": "cut off', opts('https://api.example.com/'))).rejects.toMatchObject({ code: 'bad_json' });
  });
});
