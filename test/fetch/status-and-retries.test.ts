import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchUrl, parseRetryAfter } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { expectFetchError, testOptions } from './helpers.ts';

let server: FixtureServer;
beforeEach(async () => { server = await startFixtureServer(); });
afterEach(async () => { await server.close(); });

describe('HTTP error statuses', () => {
  it('turns 404 and 410 into http_404 / http_410 without retrying them', async () => {
    server.route('/gone', { status: 410, body: 'gone' });
    const notFound = await expectFetchError(fetchUrl(`${server.url}/missing`, testOptions()), 'http_404');
    expect(notFound.status).toBe(404);
    expect(notFound.url).toBe(`${server.url}/missing`);
    expect(notFound.message).toContain(`${server.url}/missing`);
    const gone = await expectFetchError(fetchUrl(`${server.url}/gone`, testOptions()), 'http_410');
    expect(gone.message).toMatch(/remove the source/);
    expect(server.hits('/missing')).toBe(1);
    expect(server.hits('/gone')).toBe(1);
  });
});

describe('retries', () => {
  it('retries a 500 and returns the success that follows', async () => {
    let calls = 0;
    server.route('/flaky', (_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(500);
        res.end('boom');
      } else {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('ok now');
      }
    });
    const res = await fetchUrl(`${server.url}/flaky`, testOptions());
    expect(res.text).toBe('ok now');
    expect(server.hits('/flaky')).toBe(2);
  });

  it('gives up after the configured retries with the last status as the code', async () => {
    server.route('/down', { status: 503, body: 'maintenance' });
    const err = await expectFetchError(fetchUrl(`${server.url}/down`, testOptions({ retries: 2 })), 'http_503');
    expect(err.status).toBe(503);
    expect(server.hits('/down')).toBe(3);
    await expectFetchError(fetchUrl(`${server.url}/down`, testOptions({ retries: 0 })), 'http_503');
    expect(server.hits('/down')).toBe(4);
  });

  it('retries after a connection reset', async () => {
    let calls = 0;
    server.route('/reset', (req, res) => {
      calls++;
      if (calls === 1) req.socket.destroy();
      else res.end('second time lucky');
    });
    const res = await fetchUrl(`${server.url}/reset`, testOptions());
    expect(res.text).toBe('second time lucky');
    expect(server.hits('/reset')).toBe(2);
  });

  it('waits as long as a 429 Retry-After asks before trying again', async () => {
    const arrivals: number[] = [];
    server.route('/limited', (_req, res) => {
      arrivals.push(Date.now());
      if (arrivals.length === 1) {
        res.writeHead(429, { 'Retry-After': '1' });
        res.end();
      } else {
        res.end('welcome back');
      }
    });
    const res = await fetchUrl(`${server.url}/limited`, testOptions({ retryBaseMs: 1 }));
    expect(res.text).toBe('welcome back');
    expect(arrivals).toHaveLength(2);
    // The back-off alone would have waited 1 ms; the header asked for a second.
    expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(950);
  });

  it('caps a long Retry-After at maxRetryWaitMs, and reports it when retries run out', async () => {
    let calls = 0;
    server.route('/slow-down', (_req, res) => {
      calls++;
      res.writeHead(calls === 1 ? 429 : 200, calls === 1 ? { 'Retry-After': '3600' } : {});
      res.end(calls === 1 ? '' : 'fine');
    });
    const res = await fetchUrl(`${server.url}/slow-down`, testOptions({ maxRetryWaitMs: 20 }));
    expect(res.text).toBe('fine');

    server.route('/always-429', { status: 429, headers: { 'Retry-After': '120' } });
    const err = await expectFetchError(fetchUrl(`${server.url}/always-429`, testOptions({ retries: 0 })), 'http_429');
    expect(err.retryAfterMs).toBe(120_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-04-01T10:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 01 Apr 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Apr 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
