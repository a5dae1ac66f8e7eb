/**
 * Is the article mainly marketing? (extraction.md: calls to action, sign-up
 * links, "get a free API key"). A short pitch closing an editorial piece is
 * an ad, not a promotional article: we look for the push *outside* the
 * closing pitch (first-person product talk, the same brand pushed again and
 * again).
 */

const CALL_TO_ACTION = /(?:👉|\b(?:get a free (?:api key|trial|account)|start (?:free|your free trial)|sign up (?:free|today|now|at)|book a (?:\d+-minute )?demo|use code [A-Z0-9]+|\d+% off|free trial|try (?:it )?(?:free|for free|now)|get your [\w -]+:|subscribe now|buy now|contact (?:our )?sales)\b)/i;
const FIRST_PERSON_PRODUCT = /\b(?:our (?:gateway|platform|product|service|tool|api|router|team can|solution|customers)|we (?:built|offer|help you|provide|route)|is what [A-Z][\w.]* is for)\b/gi;
const BRAND_PUSH = /\b(?:platforms? like|providers? like|aggregators? like|(?:available|accessible) via|by relying on|(?:sign up|register) (?:at|on)|using a unified provider like|with a robust [\w ]+ like)\s+([A-Za-z0-9][\w.-]*)/gi;

export interface PromoResult { promotional: boolean; reason: string }

export function detectPromotional(body: string): PromoResult {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  const ctaIdx = lines.map((l, i) => (CALL_TO_ACTION.test(l) ? i : -1)).filter((i) => i >= 0);
  if (ctaIdx.length === 0) return { promotional: false, reason: 'no call to action' };
  // The closing pitch: the call to action plus up to three short lines before it.
  let pitchStart = ctaIdx[ctaIdx.length - 1]!;
  while (pitchStart > 0 && lines[pitchStart - 1]!.length < 200 && ctaIdx[ctaIdx.length - 1]! - pitchStart < 3) pitchStart--;
  const editorial = lines.slice(0, pitchStart).join('\n');
  const firstPerson = (editorial.match(FIRST_PERSON_PRODUCT) ?? []).length;
  const brands = new Map<string, number>();
  // A brand pushed again and again counts wherever it is pushed.
  for (const m of body.matchAll(BRAND_PUSH)) brands.set(m[1]!.toLowerCase(), (brands.get(m[1]!.toLowerCase()) ?? 0) + 1);
  const pushes = Math.max(0, ...brands.values());
  const ctaOutsidePitch = ctaIdx.filter((i) => i < pitchStart).length;
  if (firstPerson >= 1) return { promotional: true, reason: `call to action and first-person product talk (${firstPerson})` };
  if (pushes >= 2) return { promotional: true, reason: `call to action and a brand pushed ${pushes} times` };
  if (ctaOutsidePitch >= 2) return { promotional: true, reason: 'calls to action throughout' };
  return { promotional: false, reason: 'only a closing pitch' };
}
