/**
 * Fetcher figures on loopback: per-request overhead, throughput under the
 * per-host limit, large and bomb bodies, charset decoding speed.
 * Run: node --import tsx test/fetch/bench.ts
 * Method: one process, warm-up rounds discarded, mean ± standard deviation
 * over repeated rounds; the machine is printed with the figures.
 */
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes, fetchUrl, FetchError, HostLimiter } from '../../ingest/fetch/index.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

function stats(samples: number[]): string {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length);
  return `${mean.toFixed(2)} ± ${sd.toFixed(2)}`;
}

async function rounds(warmups: number, count: number, task: () => Promise<void> | void): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await task();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await task();
    out.push(performance.now() - t);
  }
  return out;
}

const server = await startFixtureServer();
const feedItem = '<item><title>Datacenter — 1 GW campus</title><description>Capex of $10bn for a new campus.</description></item>';
const feed = `<?xml version="1.0" encoding="utf-8"?><rss><channel>${feedItem.repeat(150)}</channel></rss>`;
server.route('/feed', { body: feed, gzip: true, headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
const bigPage = Buffer.from('<p>' + 'Lorem ipsum dolor sit amet, grid interconnect queue. '.repeat(160_000) + '</p>');
server.route('/big', { body: bigPage, gzip: true, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
const bomb = Buffer.concat(Array.from({ length: 32 }, () => member));
server.route('/bomb', (_req, res) => {
  res.writeHead(200, { 'Content-Encoding': 'gzip' });
  res.end(bomb);
});

const base = { allowPrivate: true, limiter: new HostLimiter({ perHost: 8, minDelayMs: 0 }) };
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} ×${os.cpus().length}, node ${process.version}, ${os.platform()}`);

const single = await rounds(20, 200, async () => { await fetchUrl(`${server.url}/feed`, base); });
console.log(`one gzipped feed (${(feed.length / 1024).toFixed(0)} KiB decoded), sequential: ${stats(single)} ms per fetch`);

const batches = await rounds(1, 5, async () => {
  await Promise.all(Array.from({ length: 200 }, () => fetchUrl(`${server.url}/feed`, base)));
});
const perSecond = batches.map((ms) => 200 / (ms / 1000));
console.log(`200 fetches at once, 8 per host: ${stats(batches)} ms per batch (${stats(perSecond)} fetches/s)`);

const big = await rounds(1, 5, async () => { await fetchUrl(`${server.url}/big`, { ...base, maxBytes: 16 * 1024 * 1024 }); });
console.log(`${(bigPage.length / 1048576).toFixed(1)} MiB gzipped page: ${stats(big)} ms`);

const rssBefore = process.memoryUsage().rss;
const bombTimes = await rounds(1, 5, async () => {
  try {
    await fetchUrl(`${server.url}/bomb`, { ...base, maxBytes: 1024 * 1024 });
    throw new Error('the bomb was accepted');
  } catch (err) {
    if (!(err instanceof FetchError) || err.code !== 'too_large') throw err;
  }
});
console.log(`2 GiB gzip bomb (${(bomb.length / 1048576).toFixed(1)} MiB on the wire), 1 MiB limit: rejected in ${stats(bombTimes)} ms, RSS grew ${((process.memoryUsage().rss - rssBefore) / 1048576).toFixed(1)} MiB`);

const text = '“Stargate” €500bn — café, naïve façade. '.repeat(120_000);
for (const [label, bytes, header] of [
  ['utf-8 (undeclared)', Buffer.from(text, 'utf8'), null],
  ['windows-1252 (declared)', iconv.encode(text, 'windows-1252'), 'text/html; charset=windows-1252'],
  ['windows-1252 (undeclared, sniffed)', iconv.encode(text, 'windows-1252'), null],
] as const) {
  const times = await rounds(3, 10, () => { decodeBytes(bytes, header); });
  const mbps = times.map((ms) => bytes.length / 1048576 / (ms / 1000));
  console.log(`decodeBytes ${label}, ${(bytes.length / 1048576).toFixed(1)} MiB: ${stats(times)} ms (${stats(mbps)} MiB/s)`);
}

await server.close();
