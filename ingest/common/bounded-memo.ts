/**
 * A pure function's answers remembered per key, all forgotten at once past `limit` entries: a long run meets
 * ever more word forms and sentences, so an unbounded cache would grow with it.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    if (memo.size > limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
