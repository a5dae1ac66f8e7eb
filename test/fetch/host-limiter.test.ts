import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchUrl, HostLimiter } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testOptions } from './helpers.ts';

let server: FixtureServer;
beforeEach(async () => { server = await startFixtureServer(); });
afterEach(async () => { await server.close(); });

/** A route that holds each request open a little and records how many overlap. */
function overlapCounter(holdMs: number) {
  const stats = { active: 0, max: 0, arrivals: [] as number[] };
  const handler = (_req: unknown, res: import('node:http').ServerResponse) => {
    stats.active++;
    stats.max = Math.max(stats.max, stats.active);
    stats.arrivals.push(Date.now());
    setTimeout(() => {
      stats.active--;
      res.end('ok');
    }, holdMs);
  };
  return { stats, handler };
}

describe('HostLimiter', () => {
  it('runs perHost requests to one host at once, and never more', async () => {
    // Each request waits for a partner (or 2 s): a limiter that serialised would show max 1, one that leaked would show more than 2.
    const stats = { active: 0, max: 0 };
    let waiting: Array<() => void> = [];
    server.route('/pair', (_req, res) => {
      stats.active++;
      stats.max = Math.max(stats.max, stats.active);
      const respond = () => {
        stats.active--;
        res.end('ok');
      };
      if (stats.active >= 2) {
        const partners = waiting;
        waiting = [];
        partners.forEach((p) => p());
        respond();
      } else {
        const timer = setTimeout(() => {
          waiting = waiting.filter((p) => p !== go);
          respond();
        }, 2000);
        const go = () => {
          clearTimeout(timer);
          respond();
        };
        waiting.push(go);
      }
    });
    const limiter = new HostLimiter({ perHost: 2, minDelayMs: 0 });
    const results = await Promise.all(Array.from({ length: 8 }, () => fetchUrl(`${server.url}/pair`, testOptions({ limiter }))));
    expect(results.every((r) => r.text === 'ok')).toBe(true);
    expect(stats.max).toBe(2);
    expect(server.hits('/pair')).toBe(8);
  });

  it('limits each host separately', async () => {
    const other = await startFixtureServer();
    try {
      const a = overlapCounter(40);
      const b = overlapCounter(40);
      server.route('/slow', a.handler);
      other.route('/slow', b.handler);
      const limiter = new HostLimiter({ perHost: 1, minDelayMs: 0 });
      await Promise.all([
        ...Array.from({ length: 3 }, () => fetchUrl(`${server.url}/slow`, testOptions({ limiter }))),
        ...Array.from({ length: 3 }, () => fetchUrl(`${other.url}/slow`, testOptions({ limiter }))),
      ]);
      expect(a.stats.max).toBe(1);
      expect(b.stats.max).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('spaces the starts of requests to one host by at least minDelayMs', async () => {
    // Fake timers make the clock move only when the limiter's own timers fire, so the gaps measured are
    // the limiter's schedule, not how late a busy machine ran the continuations.
    vi.useFakeTimers();
    try {
      const limiter = new HostLimiter({ perHost: 4, minDelayMs: 80 });
      const granted: number[] = [];
      const all = Promise.all(
        Array.from({ length: 4 }, async () => {
          const release = await limiter.acquire('example.org');
          granted.push(Date.now());
          release();
        }),
      );
      await vi.advanceTimersByTimeAsync(1000);
      await all;
      granted.sort((x, y) => x - y);
      expect(granted).toHaveLength(4);
      for (let i = 1; i < granted.length; i++) expect(granted[i] - granted[i - 1]).toBeGreaterThanOrEqual(80);
      // Another host is not held back by the first host's spacing.
      const before = Date.now();
      const other = await limiter.acquire('example.com');
      expect(Date.now()).toBe(before);
      other();
    } finally {
      vi.useRealTimers();
    }
  });

  it('releases a slot when a request fails, so later requests still run', async () => {
    server.route('/ok', { body: 'fine' });
    const limiter = new HostLimiter({ perHost: 1, minDelayMs: 0 });
    const outcomes = await Promise.allSettled([
      fetchUrl(`${server.url}/missing`, testOptions({ limiter })),
      fetchUrl(`${server.url}/missing`, testOptions({ limiter })),
      fetchUrl(`${server.url}/ok`, testOptions({ limiter })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
  });
});
