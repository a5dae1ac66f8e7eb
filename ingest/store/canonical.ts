/**
 * Canonical URLs and content hashes: the two keys that make "the same item
 * twice is one article" true across feeds, redirects and syndication.
 */
import { createHash } from 'node:crypto';
import { isSecretParam } from '../fetch/redact.ts';

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS = [
  /^utm_/i, /^mc_(cid|eid)$/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^yclid$/i, /^igshid$/i,
  /^ref(_src|_url)?$/i, /^source$/i, /^cmpid$/i, /^icid$/i, /^ito$/i, /^__twitter_impression$/i, /^_hs(enc|mi)$/i,
  /^mkt_tok$/i, /^oly_(anon|enc)_id$/i, /^vero_(conv|id)$/i, /^wt\.mc_id$/i, /^s_kwcid$/i, /^ncid$/i, /^smid$/i, /^partner$/i,
  /^at_(medium|campaign|custom\d)$/i, /^taid$/i, /^cid$/i, /^guccounter$/i, /^rss$/i, /^feed$/i, /^xtor$/i,
];

/**
 * Normalises a URL for identity: lower-case scheme and host, no default
 * port, no fragment, no tracking parameters, sorted remaining parameters,
 * no trailing slash on paths (except the root), and no secrets (userinfo,
 * API keys: a canonical URL is public). Returns the input when it is not an
 * absolute http(s) URL.
 */
export function canonicalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.some((re) => re.test(k)) && !isSecretParam(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  // http and https copies of one page are one article.
  return u.href.replace(/^http:/, 'https:');
}

/** Hash of the text with case, punctuation and whitespace folded, so re-flowed copies match. */
export function contentHash(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}
