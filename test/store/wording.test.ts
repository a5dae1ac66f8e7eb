/** How alike two sentences are worded (ingest/store/wording.ts): lemmas, so inflections meet. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { wordingSimilarity } from '../../ingest/store/wording.ts';

describe('wordingSimilarity', () => {
  it('reads inflected forms of one word as the same word', () => {
    // "voted"/"votes", "rejecting"/"rejected", "councils"/"council", "plans"/"plan": every content word meets.
    expect(wordingSimilarity(['The councils voted, rejecting the warehouse plans.'], ['The council votes: warehouse plan rejected.'])).toBe(1);
  });

  it('must not merge: different words stay apart, and numbers and stop words never count', () => {
    expect(wordingSimilarity(['The council rejected the warehouse plan.'], ['A utility approved the battery tariff.'])).toBe(0);
    expect(wordingSimilarity(['It was 40 in 2027.'], ['It was 40 in 2027 and more.'])).toBe(0);
  });
});
