/**
 * Secrets in URLs stay on the user's machine. A source URL may carry
 * credentials (`https://user:pass@host/feed`) or an API key in its query
 * (`?api_key=...`): the fetcher needs them, nothing public may show them.
 *
 * - publicUrl(url): the URL without userinfo and without secret-looking
 *   query parameters: what pages, feeds, the downloadable database,
 *   canonical URLs and relative-link bases use.
 * - redactSecrets(text): free text (error messages) with every URL's
 *   userinfo and secret parameter values replaced by REDACTED.
 *
 * The site and the public database snapshot call these (one module, one rule).
 */

/** Query parameter names that carry credentials rather than identify a page. */
const SECRET_NAME = /^(?:key|apikey|api[-_.]?key|access[-_.]?key|token|access[-_.]?token|auth|auth[-_.]?token|authorization|sig|signature|password|passwd|pwd|pass|secret|client[-_.]?secret|session|session[-_.]?id|sessionid|sid|jwt|bearer|credentials?|private[-_.]?token|x-amz-(?:signature|credential|security-token)|x-goog-(?:signature|credential))$|(?:[-_.](?:key|token|secret|password|sig|signature))$/i;

export const REDACTED = 'REDACTED';

export function isSecretParam(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** True when the URL carries userinfo or a secret-looking query parameter. */
export function hasSecrets(raw: string): boolean {
  const url = parse(raw);
  if (!url) return false;
  return url.username !== '' || url.password !== '' || [...url.searchParams.keys()].some(isSecretParam);
}

/** The URL with userinfo and secret parameters removed; input that is not an absolute URL comes back unchanged. */
export function publicUrl(raw: string): string {
  const url = parse(raw);
  if (!url) return raw;
  if (!url.username && !url.password && ![...url.searchParams.keys()].some(isSecretParam)) return raw;
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !isSecretParam(k));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  return url.href;
}

/** A URL written with its secrets replaced by REDACTED (so a reader still sees that there was one). */
export function redactUrl(raw: string): string {
  const url = parse(raw);
  if (!url) return raw;
  if (!url.username && !url.password && ![...url.searchParams.keys()].some(isSecretParam)) return raw;
  if (url.username) url.username = REDACTED;
  if (url.password) url.password = REDACTED;
  const entries = [...url.searchParams.entries()].map(([k, v]) => [k, isSecretParam(k) ? REDACTED : v] as const);
  url.search = '';
  for (const [k, v] of entries) url.searchParams.append(k, v);
  return url.href;
}

/** URLs inside free text: scheme, then everything up to whitespace, a quote or an angle bracket (one linear pass). */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]{0,15}:\/\/[^\s"'<>`]+/gi;

/** Free text (an error message) with the secrets of every URL in it replaced. */
export function redactSecrets(text: string): string {
  return text.replace(URL_IN_TEXT, (found) => {
    // A sentence may end right after the URL: keep trailing punctuation outside it.
    const trail = /[.,;:)\]]+$/.exec(found)?.[0] ?? '';
    const url = trail ? found.slice(0, -trail.length) : found;
    return redactUrl(url) + trail;
  });
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
