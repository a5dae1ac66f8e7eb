/**
 * robots.txt for page fetches. Fetched once per origin and kept in memory
 * for a while. Following RFC 9309 §2.3.1.3, a missing robots.txt (4xx)
 * allows everything; unlike the RFC, a robots.txt we cannot fetch at all
 * also allows, because one flaky origin must not hide articles its feed
 * already links to.
 */
import robotsParser from 'robots-parser';
import { FetchError } from './errors.ts';

/** How long a fetched robots.txt is trusted. */
export const ROBOTS_TTL_MS = 60 * 60 * 1000;
/** A failed robots.txt fetch is retried sooner than a successful one. */
const ROBOTS_ERROR_TTL_MS = 5 * 60 * 1000;

type Robot = ReturnType<typeof robotsParser>;

interface CacheEntry {
  /** null means "allow everything". */
  robot: Promise<Robot | null>;
  expiresAt: number;
}

const cache = new Map<string, CacheEntry>();

/** Fetches robots.txt text for an origin; returns null when there is none (4xx). Throws on other failures. */
export type RobotsLoader = (robotsUrl: string) => Promise<string | null>;

export async function isAllowedByRobots(pageUrl: URL, userAgent: string, load: RobotsLoader): Promise<boolean> {
  const origin = pageUrl.origin;
  const now = Date.now();
  let entry = cache.get(origin);
  if (!entry || entry.expiresAt <= now) {
    const robotsUrl = `${origin}/robots.txt`;
    const fresh: CacheEntry = { expiresAt: now + ROBOTS_TTL_MS, robot: Promise.resolve(null) };
    fresh.robot = load(robotsUrl).then(
      (text) => (text === null ? null : robotsParser(robotsUrl, text)),
      () => {
        fresh.expiresAt = Date.now() + ROBOTS_ERROR_TTL_MS;
        return null;
      },
    );
    cache.set(origin, fresh);
    entry = fresh;
  }
  const robot = await entry.robot;
  if (!robot) return true;
  return robot.isAllowed(pageUrl.href, userAgent) !== false;
}

/** Forget every cached robots.txt (tests, or a long-running process told to reload). */
export function clearRobotsCache(): void {
  cache.clear();
}

export function robotsDisallowed(url: string): FetchError {
  return new FetchError('robots_disallowed', url, `${url} is disallowed for this crawler by the site's robots.txt; respect it, or use the feed's own text for this article.`);
}
