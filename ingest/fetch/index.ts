/** The HTTP fetcher's public surface: import from here, not from the modules behind it. */
export { fetchUrl, defaultLimiter, parseRetryAfter, DEFAULT_USER_AGENT, type FetchOptions, type FetchResult } from './fetch-url.ts';
export { FetchError, type FetchErrorCode } from './errors.ts';
export { decodeBytes, normaliseCharset } from './charset.ts';
export { HostLimiter, type HostLimiterOptions, type Release } from './host-limiter.ts';
export { isPrivateAddress } from './private-address.ts';
export { publicUrl, redactUrl, redactSecrets, hasSecrets, isSecretParam } from './redact.ts';
export { clearRobotsCache, ROBOTS_TTL_MS } from './robots.ts';
