/**
 * `npm run bench:memory`: peak resident memory of one `tracker ingest` (the
 * real CLI in a child process) over one large feed served on loopback, as
 * a multiple of the feed's size. BENCH_FEED_MB sets the size (default 8).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startFixtureServer } from '../support/fixture-server.ts';
import { REPO_ROOT, runCli, tempDir } from '../support/cli.ts';
import { LONG_PARAGRAPHS } from '../support/feeds.ts';

const MB = Number(process.env.BENCH_FEED_MB ?? 8);
const server = await startFixtureServer();
const tmp = tempDir('tracker-membench-');
const items: string[] = [];
let size = 0;
for (let i = 0; size < MB * 1024 * 1024; i++) {
  const item = `<item><title>Story ${i}</title><link>${server.url}/s/${i}</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate><description>${LONG_PARAGRAPHS.join(' ')} (${i})</description></item>`;
  items.push(item);
  size += item.length;
}
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
server.route('/big.xml', { body: feed });
const db = join(tmp.dir, 'mem.db');
await runCli(['sources', 'add', `${server.url}/big.xml`, '--name', 'big', '--type', 'feed', '--db', db]);

// GNU time is not everywhere; the child reports its own peak RSS (threads included) as it exits.
const probe = "process.on('exit', () => process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS}\\n`));";
const child = spawn(process.execPath, ['--eval', `${probe} await import(${JSON.stringify(join(REPO_ROOT, 'bin', 'tracker.js'))});`, '--input-type=module', '--', 'tracker', 'ingest', '--no-full-text', '--db', db], {
  cwd: REPO_ROOT,
  env: { ...process.env, TRACKER_ALLOW_PRIVATE_HOSTS: '1', TRACKER_MAX_BYTES: String(64 * 1024 * 1024) },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
let stdout = '';
child.stderr.on('data', (d) => (stderr += d));
child.stdout.on('data', (d) => (stdout += d));
const started = performance.now();
const code = await new Promise<number | null>((r) => child.on('close', r));
const kb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
const feedMb = Buffer.byteLength(feed) / 1024 / 1024;
console.log(stdout.trim().split('\n').slice(-4).join('\n'));
console.log(`feed ${feedMb.toFixed(1)} MB, ${items.length} items: peak RSS ${(kb / 1024).toFixed(0)} MB (${(kb / 1024 / feedMb).toFixed(0)}x the feed), ${((performance.now() - started) / 1000).toFixed(1)} s, exit ${code}`);
await server.close();
tmp.cleanup();
