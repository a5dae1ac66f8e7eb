import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  it('never has more than perHost requests in flight to one host', async () => {
    const { stats, handler } = overlapCounter(40);
    server.route('/slow', handler);
    const limiter = new HostLimiter({ perHost: 2, minDelayMs: 0 });
    const results = await Promise.all(Array.from({ length: 8 }, () => fetchUrl(`${server.url}/slow`, testOptions({ limiter }))));
    expect(results.every((r) => r.text === 'ok')).toBe(true);
    expect(stats.max).toBe(2);
    expect(server.hits('/slow')).toBe(8);
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

  it('spaces request starts to one host by at least minDelayMs', async () => {
    const { stats, handler } = overlapCounter(0);
    server.route('/quick', handler);
    const limiter = new HostLimiter({ perHost: 4, minDelayMs: 80 });
    await Promise.all(Array.from({ length: 4 }, () => fetchUrl(`${server.url}/quick`, testOptions({ limiter }))));
    const sorted = [...stats.arrivals].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(75);
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
