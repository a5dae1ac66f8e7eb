/**
 * fetchUrl: the one way the tracker reads the web. Wraps single exchanges
 * (request.ts) with the per-host limiter, retries with back-off, redirects,
 * robots.txt for pages, and charset decoding of the result.
 */
import { decodeBytes } from './charset.ts';
import { FetchError, httpStatusAdvice } from './errors.ts';
import { HostLimiter } from './host-limiter.ts';
import { config } from '../config.ts';
import { exchange, isTransient, type Exchange } from './request.ts';
import { isAllowedByRobots, robotsDisallowed } from './robots.ts';

export const DEFAULT_USER_AGENT = 'ai-infra-tracker/0.1 (+https://github.com/ai-infra-tracker)';

export interface FetchOptions {
  /** Validators from the previous fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** 'page' fetches honour robots.txt; 'feed' and 'robots' do not. Also picks the Accept header. Default 'feed'. */
  kind?: 'feed' | 'page' | 'robots';
  /** Allow loopback/private/link-local addresses. Default: TRACKER_ALLOW_PRIVATE_HOSTS === '1'. */
  allowPrivate?: boolean;
  /** Milliseconds to establish the TCP connection. Default 10 000. */
  connectTimeoutMs?: number;
  /** Milliseconds for one exchange, DNS to last body byte (each redirect hop and retry gets its own). Default 30 000. */
  timeoutMs?: number;
  /** Limit on decoded (decompressed) body bytes. Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Extra attempts after a 5xx, a 429 or a network reset. Default 2. */
  retries?: number;
  /** First back-off wait; doubles each retry. Default 1000. */
  retryBaseMs?: number;
  /** Cap on any single wait, Retry-After included. Default 30 000. */
  maxRetryWaitMs?: number;
  userAgent?: string;
  signal?: AbortSignal;
  /** Per-host politeness; defaults to one limiter shared by the whole process. */
  limiter?: HostLimiter;
}

export interface FetchResult {
  /** 200..299, or 304 when not modified (body empty). */
  status: number;
  notModified: boolean;
  /** Final URL after redirects. */
  url: string;
  /** URLs visited before the final one, in order. */
  redirects: string[];
  /** Media type without parameters, lowercased. */
  contentType: string | null;
  /** The charset actually used to decode `text`. */
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Decoded (decompressed) bytes. */
  body: Buffer;
  text: string;
}

export const defaultLimiter = new HostLimiter();

const ACCEPT: Record<NonNullable<FetchOptions['kind']>, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.3',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  robots: 'text/plain, */*;q=0.5',
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<FetchOptions, 'etag' | 'lastModified' | 'signal'>> & Pick<FetchOptions, 'etag' | 'lastModified' | 'signal'>;

function settingsFrom(opts: FetchOptions): Settings {
  return {
    etag: opts.etag,
    lastModified: opts.lastModified,
    signal: opts.signal,
    kind: opts.kind ?? 'feed',
    allowPrivate: opts.allowPrivate ?? config().TRACKER_ALLOW_PRIVATE_HOSTS,
    connectTimeoutMs: opts.connectTimeoutMs ?? 10_000,
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxBytes: opts.maxBytes ?? 10 * 1024 * 1024,
    maxRedirects: opts.maxRedirects ?? 5,
    retries: Math.max(0, opts.retries ?? 2),
    retryBaseMs: opts.retryBaseMs ?? 1000,
    maxRetryWaitMs: opts.maxRetryWaitMs ?? 30_000,
    userAgent: opts.userAgent ?? DEFAULT_USER_AGENT,
    limiter: opts.limiter ?? defaultLimiter,
  };
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('bad_url', raw, `"${raw}" is not a valid URL${base ? ` (redirect from ${base.href})` : ''}; fix the source URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', url.href, `${url.href} uses ${url.protocol}, but only http: and https: URLs can be fetched.`);
  }
  url.hash = '';
  return url;
}

function requestHeaders(s: Settings): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': s.userAgent,
    'Accept': ACCEPT[s.kind],
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (s.etag) headers['If-None-Match'] = s.etag;
  if (s.lastModified) headers['If-Modified-Since'] = s.lastModified;
  return headers;
}

function header(ex: Exchange, name: string): string | null {
  const value = ex.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value[0] ?? null : value;
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function sleep(ms: number, url: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new FetchError('aborted', url, `Fetching ${url} was cancelled.`));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new FetchError('aborted', url, `Fetching ${url} was cancelled.`));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const isRetryableStatus = (status: number) => status === 429 || status >= 500;

/** One hop, retried on 5xx, 429 and network resets. The last answer is returned even when it is an error status. */
async function exchangeWithRetries(url: URL, s: Settings): Promise<Exchange> {
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < s.retries;
    let ex: Exchange;
    const release = await s.limiter.acquire(url.host, s.signal).catch(() => {
      throw new FetchError('aborted', url.href, `Fetching ${url.href} was cancelled.`);
    });
    try {
      ex = await exchange(url, {
        headers: requestHeaders(s),
        allowPrivate: s.allowPrivate,
        connectTimeoutMs: s.connectTimeoutMs,
        timeoutMs: s.timeoutMs,
        maxBytes: s.maxBytes,
        signal: s.signal,
        wantBody: (status) => status >= 200 && status < 300,
      });
    } catch (err) {
      if (!canRetry || !isTransient(err)) throw err;
      await sleep(Math.min(s.retryBaseMs * 2 ** attempt, s.maxRetryWaitMs), url.href, s.signal);
      continue;
    } finally {
      release();
    }
    if (!canRetry || !isRetryableStatus(ex.status)) return ex;
    const asked = parseRetryAfter(header(ex, 'retry-after'));
    await sleep(Math.min(asked ?? s.retryBaseMs * 2 ** attempt, s.maxRetryWaitMs), url.href, s.signal);
  }
}

function robotsLoader(s: Settings) {
  return async (robotsUrl: string): Promise<string | null> => {
    try {
      const res = await fetchUrl(robotsUrl, {
        kind: 'robots',
        allowPrivate: s.allowPrivate,
        userAgent: s.userAgent,
        connectTimeoutMs: s.connectTimeoutMs,
        timeoutMs: Math.min(s.timeoutMs, 10_000),
        maxBytes: 512 * 1024,
        retries: 0,
        limiter: s.limiter,
        signal: s.signal,
      });
      return res.text;
    } catch (err) {
      if (err instanceof FetchError && err.status !== undefined && err.status >= 400 && err.status < 500) return null;
      throw err;
    }
  };
}

/** Fetches a URL: robots.txt for pages, redirects followed one hop at a time, then the answer as a result or a FetchError. */
export async function fetchUrl(rawUrl: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const s = settingsFrom(opts);
  let url = parseHttpUrl(rawUrl);
  const hops: RedirectTrail = { from: rawUrl, redirects: [], visited: new Set([url.href]) };

  for (;;) {
    if (s.kind === 'page' && !(await isAllowedByRobots(url, s.userAgent, robotsLoader(s)))) throw robotsDisallowed(url.href);
    const ex = await exchangeWithRetries(url, s);
    const location = header(ex, 'location');
    if (REDIRECT_STATUSES.has(ex.status) && location) {
      url = nextHop(url, location, ex.status, hops, s.maxRedirects);
      continue;
    }
    if (ex.status === 304) return notModifiedResult(url, ex, hops.redirects, s);
    if (ex.status < 200 || ex.status >= 300) throw httpStatusError(url, ex);
    return bodyResult(url, ex, hops.redirects);
  }
}

interface RedirectTrail {
  /** The URL the caller asked for, named in loop and limit errors. */
  from: string;
  redirects: string[];
  visited: Set<string>;
}

/** The redirect target, after checking it neither loops back nor exceeds the hop limit. */
function nextHop(url: URL, location: string, status: number, hops: RedirectTrail, maxRedirects: number): URL {
  const next = parseHttpUrl(location, url);
  if (hops.visited.has(next.href)) {
    throw new FetchError('redirect_loop', hops.from, `${hops.from} redirects in a loop (${[...hops.redirects, url.href, next.href].join(' -> ')}); the site is misconfigured, try the final URL in a browser.`, { status });
  }
  hops.redirects.push(url.href);
  if (hops.redirects.length > maxRedirects) {
    throw new FetchError('too_many_redirects', hops.from, `${hops.from} redirected more than ${maxRedirects} times (last to ${next.href}); update the source to the final URL.`, { status });
  }
  hops.visited.add(next.href);
  return next;
}

function notModifiedResult(url: URL, ex: Exchange, redirects: string[], s: Settings): FetchResult {
  return {
    status: 304,
    notModified: true,
    url: url.href,
    redirects,
    contentType: null,
    charset: null,
    // A 304 may omit validators; the ones we sent still hold.
    etag: header(ex, 'etag') ?? s.etag ?? null,
    lastModified: header(ex, 'last-modified') ?? s.lastModified ?? null,
    body: Buffer.alloc(0),
    text: '',
  };
}

function httpStatusError(url: URL, ex: Exchange): FetchError {
  const retryAfterMs = parseRetryAfter(header(ex, 'retry-after')) ?? undefined;
  return new FetchError(`http_${ex.status}`, url.href, `${url.href} answered HTTP ${ex.status}: ${httpStatusAdvice(ex.status)}.`, { status: ex.status, retryAfterMs });
}

function bodyResult(url: URL, ex: Exchange, redirects: string[]): FetchResult {
  const contentTypeHeader = header(ex, 'content-type');
  const { text, charset } = decodeBytes(ex.body, contentTypeHeader);
  return {
    status: ex.status,
    notModified: false,
    url: url.href,
    redirects,
    contentType: contentTypeHeader?.split(';')[0].trim().toLowerCase() || null,
    charset,
    etag: header(ex, 'etag'),
    lastModified: header(ex, 'last-modified'),
    body: ex.body,
    text,
  };
}
