/**
 * `npm run bench:ingest`: a full ingest of generated feeds served from
 * 127.0.0.1 (summary-only items, so every article page is fetched and its
 * text extracted), tagged and stored; then a second run where every feed
 * answers 304. Prints items/s, pages/s and peak RSS.
 *
 * Sizes: BENCH_FEEDS (default 200) x BENCH_ITEMS (default 50).
 * Politeness is set for loopback (8 requests per host, no delay): the
 * default per-host limit would measure the delay, not the ingester.
 */
import { join } from 'node:path';
import { cpus } from 'node:os';
import { openDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';
import { runIngest } from '../../ingest/run/ingest.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { HostLimiter } from '../../ingest/fetch/index.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { tempDir } from '../support/cli.ts';
import { rssFeed, articlePage } from '../support/feeds.ts';
import { ORGS, pageParagraphs, itemDate } from '../support/bench-articles.ts';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 200);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);

process.env.TRACKER_ALLOW_PRIVATE_HOSTS = '1';
const server = await startFixtureServer();
const tmp = tempDir('tracker-bench-');
const opened = openDb(join(tmp.dir, 'bench.db'));

for (let f = 0; f < FEEDS; f++) {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    title: `Story ${i} from feed ${f}: ${ORGS[(f + i) % ORGS.length]} expands`,
    link: `${server.url}/p/${f}/${i}`,
    date: itemDate(f, i).toUTCString(),
    description: `Teaser for story ${i}.`,
  }));
  server.route(`/f/${f}.xml`, { body: rssFeed(`Feed ${f}`, items), etag: `"feed-${f}"`, gzip: true });
  for (let i = 0; i < ITEMS; i++) {
    // Pages are rendered when requested, as a real site would, not held in memory.
    server.route(`/p/${f}/${i}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(`Story ${i} from feed ${f}`, pageParagraphs(f, i)));
    });
  }
  addSource(opened.sqlite, { url: `${server.url}/f/${f}.xml`, name: `feed-${f}`, type: 'feed' });
}
server.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });

const limiter = new HostLimiter({ perHost: 8, minDelayMs: 0 });
const tagger = createTagger();

async function timedRun(label: string) {
  const pagesBefore = server.requests.filter((r) => r.path.startsWith('/p/')).length;
  const t0 = performance.now();
  let warnings = 0;
  const s = await runIngest(opened, { tagger, concurrency: 8, fetch: { limiter, retries: 0 }, log: (line) => void (line.includes('full text not fetched') && warnings++) });
  if (warnings) console.log(`  ${warnings} pages could not be fetched (see ingest warnings)`);
  const secs = (performance.now() - t0) / 1000;
  const pages = server.requests.filter((r) => r.path.startsWith('/p/')).length - pagesBefore;
  const notModified = s.outcomes.filter((o) => o.status === 'not_modified').length;
  console.log(
    `${label.padEnd(14)} ${secs.toFixed(1).padStart(6)} s  ${s.sources} feeds (${(s.sources / secs).toFixed(0)} feeds/s), ${s.itemsSeen} items seen (${(s.itemsSeen / secs).toFixed(0)} items/s), ${s.itemsNew} new, ` +
      `${pages} pages (${(pages / secs).toFixed(0)} pages/s), ${notModified} feeds 304, ${s.errors} failed, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

console.log(`bench:ingest  ${FEEDS} feeds x ${ITEMS} items, summary-only items (full text fetched and extracted), tagging on; node ${process.version}, ${cpus().length} cores`);
await timedRun('full run');
await timedRun('all-304 run');
const stored = opened.sqlite
  .prepare('SELECT count(*) n, avg(length(body_text)) chars, sum(tagged_at IS NOT NULL) tagged, (SELECT count(*) FROM event_mentions) mentions, (SELECT count(*) FROM amounts) amounts FROM articles')
  .get() as { n: number; chars: number; tagged: number; mentions: number; amounts: number };
console.log(`articles stored: ${stored.n} (avg ${Math.round(stored.chars)} chars of text, ${stored.tagged} tagged: ${stored.mentions} event mentions, ${stored.amounts} amounts)`);
opened.close();
await server.close();
tmp.cleanup();
