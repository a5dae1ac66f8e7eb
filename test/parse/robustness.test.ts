import { describe, expect, it } from 'vitest';
import { ParseError, parseFeed } from '../../ingest/parse/index.ts';
import { parseFeedWith } from '../../ingest/parse/feed.ts';
import { FETCHED_AT, fixture } from './helpers.ts';

const opts = (url: string) => ({ url, fetchedAt: FETCHED_AT });

async function parseError(promise: Promise<unknown>): Promise<ParseError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    return err as ParseError;
  }
  throw new Error('expected a ParseError, but the document parsed');
}

describe('parseFeed robustness', () => {
  it('refuses an HTML page served where a feed was expected, saying what it found', async () => {
    const err = await parseError(parseFeed(fixture('page.html'), opts('https://site.example.com/feed')));
    expect(err.code).toBe('not_a_feed');
    expect(err.message).toMatch(/expected an RSS\/Atom\/JSON feed .* but got an HTML page/);
  });

  it('reports unsalvageable XML as broken_xml and an empty body as empty', async () => {
    expect((await parseError(parseFeed(fixture('broken.xml'), opts('https://x.example.com/feed')))).code).toBe('broken_xml');
    expect((await parseError(parseFeed('  \n', opts('https://x.example.com/feed')))).code).toBe('empty');
  });

  it('returns a valid feed with zero items as an empty list, not an error', async () => {
    const feed = await parseFeed(fixture('empty-feed.xml'), opts('https://quiet.example.com/rss'));
    expect(feed.title).toBe('Quiet Feed');
    expect(feed.items).toEqual([]);
  });

  it('salvages undeclared HTML entities, bare ampersands and junk before the prolog, only with the lenient fallback', async () => {
    const text = fixture('illformed-entities.xml');
    const feed = await parseFeed(text, opts('http://sloppy.example.com/feed.php'));
    expect(feed.title).toBe('Sloppy & Co News');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0].title).toBe('AT&T and énergie…');
    expect(feed.items[0].url).toBe('http://sloppy.example.com/a?x=1&y=2');
    expect(feed.items[0].publishedAt).toBe('2026-03-25T10:00:00.000Z');
    expect(feed.warnings.join(' ')).toMatch(/not well-formed XML/);
    const strictOnly = parseFeedWith(text, opts('http://sloppy.example.com/feed.php'), { lenientFallback: false });
    await expect(strictOnly).rejects.toMatchObject({ code: 'broken_xml' });
  });

  it('does not expand a billion-laughs DOCTYPE: parses fast, small, without the expansion', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const feed = await parseFeed(fixture('billion-laughs.xml'), opts('http://lol.example.com/rss'));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    const everything = JSON.stringify(feed);
    expect(everything).not.toContain('lollollol');
    expect(everything.length).toBeLessThan(5_000);
    expect(heapGrowth).toBeLessThan(50 * 1024 * 1024);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].url).toBe('http://lol.example.com/1');
    expect(feed.warnings.join(' ')).toMatch(/refused 9 DOCTYPE entity definition/);
  });

  it('still expands a flat entity a feed declares in its DOCTYPE', async () => {
    const text = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY site "https://flat.example.com">]><rss version="2.0"><channel><title>Flat</title><item><title>One</title><link>&site;/one</link></item></channel></rss>';
    const feed = await parseFeed(text, opts('https://flat.example.com/rss'));
    expect(feed.items[0].url).toBe('https://flat.example.com/one');
  });

  it('turns items without link, title or date into warnings and keeps the first of duplicate GUIDs', async () => {
    const feed = await parseFeed(fixture('gaps.xml'), opts('https://gaps.example.com/rss'));
    expect(feed.items.map((i) => i.guid)).toEqual(['g-1', 'g-2', 'g-3']);
    const [bare, badDate, relative] = feed.items;
    expect(bare).toMatchObject({ url: null, title: null, publishedAt: null, summary: 'No title, no link, no date.' });
    expect(bare.warnings).toEqual(expect.arrayContaining(['item has no link', 'item has no title', 'item has no date']));
    expect(badDate.title).toBe('Bad date');
    expect(badDate.publishedAt).toBeNull();
    expect(badDate.warnings.join(' ')).toMatch(/unreadable date "sometime soon-ish"/);
    expect(relative.publishedAt).toBe('2026-03-26T20:00:00.000Z');
    expect(feed.warnings.join(' ')).toMatch(/repeats GUID g-2/);
  });

  it('repairs windows-1252 punctuation that arrived decoded as ISO-8859-1', async () => {
    const feed = await parseFeed(fixture('windows-1252-as-latin1.xml'), opts('https://cp.example.com/rss'));
    expect(feed.title).toBe('“Smart” quotes – dashes');
    expect(feed.items[0].title).toBe('It’s a café € price');
  });

  it('keeps script text out of summaries built from CDATA HTML', async () => {
    const text = '<rss version="2.0"><channel><title>S</title><item><title>T</title><link>https://s.example.com/1</link><description><![CDATA[<p>Visible</p><script>alert("x")</script><style>p{}</style><p>text</p>]]></description></item></channel></rss>';
    const feed = await parseFeed(text, opts('https://s.example.com/rss'));
    expect(feed.items[0].summary).toBe('Visible text');
  });
});
