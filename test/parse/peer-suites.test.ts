/**
 * A sample of the peer suites (../shared/peers) as a regression guard; the
 * full run with figures is `npm run eval:feeds`. Needs ../shared beside the
 * checkout and fails loudly without it.
 */
import { describe, expect, it } from 'vitest';
import { runDatesSuite } from '../eval/feeds/dates-suite.ts';
import { runFeedparserSuite } from '../eval/feeds/feedparser-suite.ts';
import { runRssParserSuite } from '../eval/feeds/rss-parser-suite.ts';
import { sharedDir } from '../eval/feeds/shared-dir.ts';

sharedDir('peers');

const SAMPLE = (e: { suite: string; group: string | null; path: string }) =>
  e.suite === 'illformed' || e.group === 'amp' || (e.suite === 'entities' && /\/[a-e]/.test(e.path));

describe('peer suites (sample)', () => {
  it('feedparser: entity, ampersand and ill-formed feeds all pass with the lenient fallback, fewer without it', async () => {
    const lenient = await runFeedparserSuite({ lenientFallback: true }, SAMPLE);
    const strictOnly = await runFeedparserSuite({ lenientFallback: false }, SAMPLE);
    expect(lenient.run).toBeGreaterThan(50);
    expect(lenient.failures).toEqual([]);
    expect(lenient.passed).toBeGreaterThan(strictOnly.passed);
  });

  it('feedparser dates: at least 70 of 73 strings read exactly', () => {
    expect(runDatesSuite().passed).toBeGreaterThanOrEqual(70);
  });

  it("rss-parser's real-world feeds: every item's title, link and date agree", async () => {
    const { result, fields } = await runRssParserSuite({ lenientFallback: true });
    expect(result.failures).toEqual([]);
    expect(result.run).toBe(31);
    expect(fields.title.matched).toBe(fields.title.compared);
    expect(fields.link.matched).toBe(fields.link.compared);
    expect(fields.date.matched).toBe(fields.date.compared);
  });
});
