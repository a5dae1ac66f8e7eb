/**
 * Short copies of a gold article (learn/short-copies.ts), as the second stage learns from and the short-item eval
 * scores: the title and the first n sentences, with only the gold events told inside them. Articles written here.
 */
import { describe, expect, it } from 'vitest';
import { shortCopies, shortCopy } from '../../ingest/tag/learn/short-copies.ts';

const article = {
  id: 'test/one',
  title: 'Brightwater Compute pauses its Oregon campus',
  body: [
    'Brightwater Compute paused work on its Oregon campus on Friday. The company blamed a shortage of transformers.',
    '',
    'Separately, the county approved a new substation for the site in March.',
  ].join('\n'),
  publishedAt: '2025-06-02T12:00:00Z',
  gold: {
    events: [
      { type: 'shutdown', sentence: 'Brightwater Compute paused work on its Oregon campus on Friday.' },
      { type: 'energy', sentence: 'the county approved a new substation for the site in March' },
      { type: 'buildout' },
    ],
  },
};

describe('short copies', () => {
  it('cut the body to its first sentences and keep the gold events told inside them', () => {
    const one = shortCopy(article, 1);
    expect(one.body).toBe('Brightwater Compute paused work on its Oregon campus on Friday.');
    expect(one.title).toBe(article.title);
    expect(one.gold.events.map((e) => e.type)).toEqual(['shutdown']);
    expect(shortCopy(article, 3).gold.events.map((e) => e.type)).toEqual(['shutdown', 'energy']);
  });
  it('make no copy that would not cut the article', () => {
    expect(shortCopies(article, [1, 2, 3, 5]).map((c) => c.gold.events.length)).toEqual([1, 1]);
  });
});
