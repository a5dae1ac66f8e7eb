/**
 * When two items with the same text are one article. A matching text hash
 * is strong evidence only when the text is the article's own: a consent
 * wall, a paywall or an "enable JavaScript" page served with status 200
 * extracts to the same words for every URL of a site, and merging on it
 * swallows unrelated stories. So a hash merge needs enough text, text that
 * is not such a wall, and titles that agree.
 */

/** Shorter texts are too generic ("Read more...") to identify an article. */
export const MIN_HASHABLE_CHARS = 400;

/** The shapes of interstitials that stand in for an article's text. */
const WALL_PATTERNS: RegExp[] = [
  /\b(?:enable|turn on|activate)\s+javascript\b/i,
  /\bjavascript\s+(?:is\s+)?(?:disabled|required|must be enabled)\b/i,
  /\b(?:we|our partners)\s+(?:and our partners\s+)?use\s+cookies\b/i,
  /\b(?:accept|reject|manage)\s+(?:all\s+)?(?:cookies|consent|preferences)\b/i,
  /\bcookie\s+(?:policy|settings|preferences|consent)\b/i,
  /\b(?:subscribe|sign in|log in|register)\s+(?:now\s+)?to\s+(?:continue|read|keep reading|unlock|access)\b/i,
  /\b(?:this|the)\s+(?:article|content|story)\s+is\s+(?:for|available to|reserved for)\s+(?:subscribers|members|premium)\b/i,
  /\b(?:already a subscriber|subscriber-only|subscribers only|paywall)\b/i,
  /\b(?:are you a robot|verify (?:that )?you are (?:a )?human|checking your browser|access denied|unusual traffic)\b/i,
  /\bplease\s+(?:disable|turn off)\s+(?:your\s+)?ad\s*-?blocker\b/i,
];

/** True when the text reads like an interstitial (consent, paywall, bot check) rather than an article. */
export function looksLikeWall(text: string): boolean {
  // Walls are short; an article that mentions cookies once in 5,000 characters is still an article.
  const head = text.slice(0, 3000);
  const hits = WALL_PATTERNS.filter((re) => re.test(head)).length;
  return hits >= 2 || (hits === 1 && text.length < 1500);
}

function words(title: string): Set<string> {
  return new Set(title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

/** Titles of two copies of one story: equal after folding, one containing the other, or sharing most words. */
export function titlesClose(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return true;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.6;
}

/** A hash match may merge these two only when this holds. */
export function safeToMergeByText(text: string, title: string | null, storedTitle: string | null): boolean {
  return text.length >= MIN_HASHABLE_CHARS && !looksLikeWall(text) && titlesClose(title, storedTitle);
}
