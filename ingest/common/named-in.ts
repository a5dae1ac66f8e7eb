/**
 * Whether a name occurs as whole words of a text: the test the mergers use to ask whether a sentence names a party, and place resolution whether an article names a place's parent.
 * Each name's pattern is compiled once and kept (the cache is emptied past 10,000 names, so a long run stays bounded).
 */
const patterns = new Map<string, RegExp>();

export function namedIn(name: string, text: string): boolean {
  let re = patterns.get(name);
  if (!re) {
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(name, (re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')));
  }
  return re.test(text);
}
