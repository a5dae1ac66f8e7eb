import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { fetchUrl } from '../../ingest/fetch/index.ts';
import { expectFetchError, testOptions } from './helpers.ts';

// A throwaway self-signed certificate for localhost, made for this test only.
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));

let server: https.Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = https.createServer({ key: fixture('self-signed-key.pem'), cert: fixture('self-signed-cert.pem') }, (_req, res) => {
    hits++;
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('over tls');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('https', () => {
  it('refuses an untrusted certificate with a network error that says so, without retrying', async () => {
    const err = await expectFetchError(fetchUrl(`${base}/`, testOptions()), 'network');
    expect(err.message).toMatch(/certificate is not trusted/);
    expect(hits).toBe(0);
  });

  it('fetches over TLS once the certificate is accepted', async () => {
    const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    // Stands in for a real CA-signed certificate; the exchange still goes through TLS.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      const res = await fetchUrl(`${base}/`, testOptions());
      expect(res.text).toBe('over tls');
      expect(res.url).toBe(`${base}/`);
    } finally {
      if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
    }
  });
});
