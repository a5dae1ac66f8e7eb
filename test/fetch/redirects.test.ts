import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { fetchUrl } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { expectFetchError, testOptions } from './helpers.ts';

let server: FixtureServer;
beforeEach(async () => { server = await startFixtureServer(); });
afterEach(async () => { await server.close(); });

const redirect = (status: number, location: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(status, { Location: location });
  res.end();
};

describe('redirects', () => {
  it('follows a chain of 301, 302, 303, 307 and 308, with relative Locations, and records each hop', async () => {
    server.route('/a', redirect(301, '/b'));
    server.route('/b', redirect(302, `${server.url}/dir/c`));
    server.route('/dir/c', redirect(303, 'd'));
    server.route('/dir/d', redirect(307, '../e?x=1'));
    server.route('/e', redirect(308, '/final#section'));
    server.route('/final', { body: 'arrived', headers: { 'Content-Type': 'text/plain' } });
    const res = await fetchUrl(`${server.url}/a`, testOptions());
    expect(res.text).toBe('arrived');
    expect(res.url).toBe(`${server.url}/final`);
    expect(res.redirects).toEqual([`${server.url}/a`, `${server.url}/b`, `${server.url}/dir/c`, `${server.url}/dir/d`, `${server.url}/e?x=1`]);
  });

  it('detects a redirect loop', async () => {
    server.route('/x', redirect(302, '/y'));
    server.route('/y', redirect(302, '/x'));
    const err = await expectFetchError(fetchUrl(`${server.url}/x`, testOptions()), 'redirect_loop');
    expect(err.message).toContain('/x -> ');
    expect(server.hits('/x')).toBe(1);
  });

  it('gives up after maxRedirects hops', async () => {
    for (let i = 0; i < 10; i++) server.route(`/r${i}`, redirect(302, `/r${i + 1}`));
    server.route('/r10', { body: 'too far' });
    await expectFetchError(fetchUrl(`${server.url}/r0`, testOptions({ maxRedirects: 3 })), 'too_many_redirects');
    expect(server.hits('/r4')).toBe(0);
    const res = await fetchUrl(`${server.url}/r0`, testOptions({ maxRedirects: 10 }));
    expect(res.text).toBe('too far');
    expect(res.redirects).toHaveLength(10);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.route('/to-file', redirect(302, 'file:///etc/passwd'));
    await expectFetchError(fetchUrl(`${server.url}/to-file`, testOptions()), 'bad_url');
  });
});

describe('URLs', () => {
  it('rejects malformed URLs and non-http schemes with bad_url', async () => {
    await expectFetchError(fetchUrl('not a url', testOptions()), 'bad_url');
    await expectFetchError(fetchUrl('ftp://example.com/feed.xml', testOptions()), 'bad_url');
    await expectFetchError(fetchUrl('file:///etc/passwd', testOptions()), 'bad_url');
  });
});
