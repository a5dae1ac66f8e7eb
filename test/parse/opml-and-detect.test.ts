import { describe, expect, it } from 'vitest';
import { guessSourceType, parseOpml, ParseError } from '../../ingest/parse/index.ts';
import { fixture } from './helpers.ts';

describe('parseOpml', () => {
  it('finds feed outlines at any depth, keeps names, types links as pages and skips folders', () => {
    expect(parseOpml(fixture('subscriptions.opml'))).toEqual([
      { name: 'Grid Weekly', url: 'https://grid.example.com/feed.xml', type: 'feed' },
      { name: 'Deep Feed', url: 'https://deep.example.com/atom', type: 'feed' },
      { name: 'Ledger JSON', url: 'https://ledger.example.com/feed.json', type: 'feed' },
      { name: 'Company newsroom', url: 'https://corp.example.com/news', type: 'page' },
    ]);
  });

  it('refuses a document that is not OPML', () => {
    expect(() => parseOpml(fixture('page.html'))).toThrow(ParseError);
  });
});

describe('guessSourceType', () => {
  it('tells feeds, JSON records and pages apart by content first', () => {
    expect(guessSourceType(fixture('rss2.xml'))).toBe('feed');
    expect(guessSourceType(fixture('atom-base.xml'), 'text/html')).toBe('feed');
    expect(guessSourceType(fixture('rss1.rdf'))).toBe('feed');
    expect(guessSourceType(fixture('jsonfeed.json'), 'application/json')).toBe('feed');
    expect(guessSourceType(fixture('newsapi-record.json'))).toBe('json');
    expect(guessSourceType(fixture('page.html'), 'application/rss+xml')).toBe('page');
  });
});
