import { describe, expect, it } from 'vitest';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startFixtureServer } from '../support/fixture-server.ts';

/** A bare node:http GET, so the fixture server is tested independently of the fetcher. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('fixture server', () => {
  it('serves declared routes, 404s unknown paths, and counts hits and headers', async () => {
    const server = await startFixtureServer();
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      server.route('/feed.xml', { body: '<rss/>', headers: { 'Content-Type': 'application/rss+xml' } });
      const ok = await get(`${server.url}/feed.xml?page=2`, { 'X-Test': 'yes' });
      expect(ok.status).toBe(200);
      expect(ok.body.toString()).toBe('<rss/>');
      expect(ok.headers['content-type']).toBe('application/rss+xml');
      expect((await get(`${server.url}/nope`)).status).toBe(404);
      expect(server.hits('/feed.xml')).toBe(1);
      expect(server.requests[0]).toMatchObject({ path: '/feed.xml?page=2', headers: { 'x-test': 'yes' } });
    } finally {
      await server.close();
    }
  });

  it('gzips only for clients that accept it', async () => {
    const server = await startFixtureServer();
    try {
      server.route('/z', { body: 'zipped text', gzip: true });
      const zipped = await get(`${server.url}/z`, { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(zipped.body).toString()).toBe('zipped text');
      const plain = await get(`${server.url}/z`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe('zipped text');
    } finally {
      await server.close();
    }
  });

  it('answers conditional GETs with 304', async () => {
    const server = await startFixtureServer();
    try {
      server.route('/c', { body: 'v1', etag: '"abc"', lastModified: 'Tue, 01 Apr 2025 10:00:00 GMT' });
      expect((await get(`${server.url}/c`, { 'If-None-Match': '"abc"' })).status).toBe(304);
      expect((await get(`${server.url}/c`, { 'If-None-Match': 'W/"abc", "zzz"' })).status).toBe(304);
      expect((await get(`${server.url}/c`, { 'If-None-Match': '"old"' })).status).toBe(200);
      expect((await get(`${server.url}/c`, { 'If-Modified-Since': 'Tue, 01 Apr 2025 10:00:00 GMT' })).status).toBe(304);
      expect((await get(`${server.url}/c`, { 'If-Modified-Since': 'Mon, 31 Mar 2025 10:00:00 GMT' })).status).toBe(200);
      // If-None-Match takes precedence: a stale ETag means changed, whatever the date says.
      expect((await get(`${server.url}/c`, { 'If-None-Match': '"old"', 'If-Modified-Since': 'Wed, 02 Apr 2025 10:00:00 GMT' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('closes promptly even with requests still hanging', async () => {
    const server = await startFixtureServer();
    server.route('/hang', () => { /* never answer */ });
    server.route('/later', { body: 'late', delayMs: 60_000 });
    const hanging = get(`${server.url}/hang`).catch((err: Error) => err);
    const delayed = get(`${server.url}/later`).catch((err: Error) => err);
    while (server.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    await server.close();
    expect(await hanging).toBeInstanceOf(Error);
    expect(await delayed).toBeInstanceOf(Error);
  });
});
