import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fetchUrl } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { expectFetchError, testOptions } from './helpers.ts';

let server: FixtureServer;
beforeEach(async () => { server = await startFixtureServer(); });
afterEach(async () => { await server.close(); });

describe('timeouts', () => {
  it('fails with timeout when the server accepts and never answers', async () => {
    server.route('/hang', () => { /* never respond */ });
    const err = await expectFetchError(fetchUrl(`${server.url}/hang`, testOptions({ timeoutMs: 300 })), 'timeout');
    expect(err.message).toContain('/hang');
    // A stuck server is not retried: the caller would wait retries × timeout for nothing.
    expect(server.hits('/hang')).toBe(1);
  });

  it('fails with timeout when the body trickles in forever, even though headers came fast', async () => {
    const timers: NodeJS.Timeout[] = [];
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 20);
      timers.push(timer);
      res.on('close', () => clearInterval(timer));
    });
    await expectFetchError(fetchUrl(`${server.url}/trickle`, testOptions({ timeoutMs: 400 })), 'timeout');
    timers.forEach(clearInterval);
  });

  it('fails with aborted when the caller aborts', async () => {
    server.route('/hang', () => { /* never respond */ });
    const controller = new AbortController();
    const pending = fetchUrl(`${server.url}/hang`, testOptions({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expectFetchError(pending, 'aborted');
  });
});

describe('size limits', () => {
  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    server.route('/big', { body: Buffer.alloc(2 * 1024 * 1024, 0x61) });
    const err = await expectFetchError(fetchUrl(`${server.url}/big`, testOptions({ maxBytes: 1024 * 1024 })), 'too_large');
    expect(err.message).toMatch(/declares 2097152 bytes/);
  });

  it('stops a chunked body without a length once it passes the limit', async () => {
    let written = 0;
    server.route('/stream', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x62);
      const pump = () => {
        while (written < 3 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const err = await expectFetchError(fetchUrl(`${server.url}/stream`, testOptions({ maxBytes: 1024 * 1024 })), 'too_large');
    expect(err.message).toMatch(/runs past/);
  });

  it('accepts a body exactly at the limit', async () => {
    server.route('/exact', { body: Buffer.alloc(1000, 0x63) });
    const res = await fetchUrl(`${server.url}/exact`, testOptions({ maxBytes: 1000 }));
    expect(res.body.length).toBe(1000);
  });

  it('stops a gzip bomb with too_large instead of inflating it into memory', async () => {
    // 32 gzip members of 64 MiB of zeros each: 2 GiB once inflated, about 2 MB on the wire.
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 32 }, () => member));
    server.route('/bomb', (_req, res) => {
      // No Content-Length: the wire size alone must not be what stops it.
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip' });
      res.end(bomb);
    });
    const before = process.memoryUsage().arrayBuffers;
    const err = await expectFetchError(fetchUrl(`${server.url}/bomb`, testOptions({ maxBytes: 1024 * 1024 })), 'too_large');
    expect(err.message).toMatch(/inflates past/);
    // Inflating it all would have held 2 GiB of buffers; stopping at the limit holds a few MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('also catches a 50 MB zero bomb in a single gzip member under a 1 MB limit', async () => {
    server.route('/bomb50', { body: Buffer.alloc(50 * 1024 * 1024), gzip: true, headers: { 'Content-Type': 'text/plain' } });
    await expectFetchError(fetchUrl(`${server.url}/bomb50`, testOptions({ maxBytes: 1024 * 1024 })), 'too_large');
  });
});
