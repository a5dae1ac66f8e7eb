/**
 * Stable error codes for everything that can go wrong while fetching.
 * The code is what callers store (sources.last_error) and branch on; the
 * message is for a person and always names the URL and what to do next.
 */
export type FetchErrorCode =
  | `http_${number}`
  | 'timeout'
  | 'connect_timeout'
  | 'too_large'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'private_address'
  | 'robots_disallowed'
  | 'bad_url'
  | 'network'
  | 'bad_encoding'
  | 'aborted';

export class FetchError extends Error {
  override name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status?: number;
  /** For http_429 / http_503: how long the server asked us to wait, when it said. */
  readonly retryAfterMs?: number;
  override readonly cause?: unknown;

  constructor(
    code: FetchErrorCode,
    url: string,
    message: string,
    extra: { status?: number; cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.code = code;
    this.url = url;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.cause !== undefined) this.cause = extra.cause;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }
}

/** Human advice for an HTTP error status, so messages say what to do next. */
export function httpStatusAdvice(status: number): string {
  if (status === 401 || status === 403) return 'the server refuses us; check the URL is public or remove the source';
  if (status === 404) return 'the page is gone or the URL is wrong; check it in a browser and update the source';
  if (status === 410) return 'the server says it is gone for good; remove the source';
  if (status === 429) return 'the server is rate-limiting us; fetch it less often';
  if (status >= 500) return 'the server is failing; it will be retried on the next run';
  return 'check the URL in a browser';
}

/** Network error codes from node that are worth a retry (the next attempt may well succeed). */
export const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);
