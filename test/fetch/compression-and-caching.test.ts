import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { DEFAULT_USER_AGENT, fetchUrl } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { expectFetchError, testOptions } from './helpers.ts';

const FEED = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Grid — déjà vu</title></channel></rss>';

let server: FixtureServer;
beforeEach(async () => { server = await startFixtureServer(); });
afterEach(async () => { await server.close(); });

function encodedRoute(encoding: string, bytes: Buffer) {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Content-Encoding': encoding });
    res.end(bytes);
  };
}

describe('content encodings', () => {
  it('decodes gzip and asks for it', async () => {
    server.route('/feed', { body: FEED, gzip: true, headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
    const res = await fetchUrl(`${server.url}/feed`, testOptions());
    expect(res.status).toBe(200);
    expect(res.text).toBe(FEED);
    expect(res.contentType).toBe('application/rss+xml');
    expect(res.charset).toBe('utf-8');
    expect(server.requests[0].headers['accept-encoding']).toMatch(/gzip/);
  });

  it('decodes zlib-wrapped deflate, raw deflate and brotli', async () => {
    const body = Buffer.from(FEED);
    server.route('/zlib', encodedRoute('deflate', deflateSync(body)));
    server.route('/raw', encodedRoute('deflate', deflateRawSync(body)));
    server.route('/br', encodedRoute('br', brotliCompressSync(body)));
    for (const path of ['/zlib', '/raw', '/br']) {
      const res = await fetchUrl(`${server.url}${path}`, testOptions());
      expect(res.text, path).toBe(FEED);
      expect(res.body.equals(body), path).toBe(true);
    }
  });

  it('fails with bad_encoding on a corrupt gzip body or an unknown encoding', async () => {
    const broken = gzipSync(Buffer.from(FEED.repeat(20)));
    broken.fill(0x41, 12, 40);
    server.route('/corrupt', encodedRoute('gzip', broken));
    server.route('/zstd', encodedRoute('zstd', Buffer.from('whatever')));
    await expectFetchError(fetchUrl(`${server.url}/corrupt`, testOptions()), 'bad_encoding');
    await expectFetchError(fetchUrl(`${server.url}/zstd`, testOptions()), 'bad_encoding');
  });
});

describe('conditional GET', () => {
  it('returns the ETag, then 304 with an empty body when it still matches', async () => {
    server.route('/feed', { body: FEED, etag: '"v1"' });
    const first = await fetchUrl(`${server.url}/feed`, testOptions());
    expect(first.etag).toBe('"v1"');
    expect(first.notModified).toBe(false);

    const second = await fetchUrl(`${server.url}/feed`, testOptions({ etag: first.etag }));
    expect(server.requests[1].headers['if-none-match']).toBe('"v1"');
    expect(second.status).toBe(304);
    expect(second.notModified).toBe(true);
    expect(second.body.length).toBe(0);
    expect(second.text).toBe('');
    expect(second.etag).toBe('"v1"');

    server.route('/feed', { body: FEED + ' ', etag: '"v2"' });
    const third = await fetchUrl(`${server.url}/feed`, testOptions({ etag: first.etag }));
    expect(third.status).toBe(200);
    expect(third.etag).toBe('"v2"');
  });

  it('uses Last-Modified / If-Modified-Since', async () => {
    const lastModified = 'Tue, 01 Apr 2025 10:00:00 GMT';
    server.route('/feed', { body: FEED, lastModified });
    const first = await fetchUrl(`${server.url}/feed`, testOptions());
    expect(first.lastModified).toBe(lastModified);
    const second = await fetchUrl(`${server.url}/feed`, testOptions({ lastModified: first.lastModified }));
    expect(second.notModified).toBe(true);
    expect(second.lastModified).toBe(lastModified);
    const older = await fetchUrl(`${server.url}/feed`, testOptions({ lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' }));
    expect(older.status).toBe(200);
    expect(older.text).toBe(FEED);
  });
});

describe('request headers', () => {
  it('sends the tracker User-Agent by default, or the one given', async () => {
    server.route('/feed', { body: FEED });
    await fetchUrl(`${server.url}/feed`, testOptions());
    await fetchUrl(`${server.url}/feed`, testOptions({ userAgent: 'custom-bot/2.0' }));
    expect(server.requests[0].headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(server.requests[1].headers['user-agent']).toBe('custom-bot/2.0');
  });

  it('asks for feeds when fetching a feed and for HTML when fetching a page', async () => {
    server.route('/x', { body: 'x' });
    await fetchUrl(`${server.url}/x`, testOptions({ kind: 'feed' }));
    await fetchUrl(`${server.url}/x`, testOptions({ kind: 'page' }));
    expect(server.requests.find((r) => r.path === '/x')!.headers.accept).toMatch(/application\/rss\+xml/);
    expect(server.requests.filter((r) => r.path === '/x')[1].headers.accept).toMatch(/^text\/html/);
  });
});
