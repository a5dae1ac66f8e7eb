import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../ingest/common/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes each key once, null answers included, and starts over past its limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (k: string) => { calls.push(k); return k === 'none' ? null : k.toUpperCase(); });
    expect([upper('a'), upper('a'), upper('none'), upper('none')]).toEqual(['A', 'A', null, null]);
    expect(calls).toEqual(['a', 'none']);
    upper('b');
    upper('c'); // the memo holds three keys, over its limit of two: it is cleared before 'c' goes in
    upper('a');
    expect(calls).toEqual(['a', 'none', 'b', 'c', 'a']);
  });
});
