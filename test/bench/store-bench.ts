/**
 * `npm run bench:store`: the cost of storing one article's tags (storeTags: stories, figures, event merging) as the
 * database grows, apart from fetching and tagging. Each article is tagged first (not timed), then stored in its
 * own transaction (timed). Prints the mean storing time per article for each window of BENCH_WINDOW articles:
 * flat means storing is proportional to the candidates, not to what is stored.
 *
 * Articles: by default the ingest bench's items (50 a feed over four weeks of January, so a larger run is also a
 * denser one, as in bench:ingest; one template, so every item joins one story as a near-copy).
 * BENCH_STORE_ARTICLES=varied takes bench:tag's articles instead, each its own mix of news over a year, about nine
 * events each: stories form and split, and event candidates are searched among many (slower: ~0.13 s an article).
 * Sizes: BENCH_STORE_ITEMS (default 10000), BENCH_WINDOW (default 1000).
 */
import { join } from 'node:path';
import { cpus } from 'node:os';
import { openDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { tempDir } from '../support/cli.ts';
import { pageParagraphs, itemDate, ORGS } from '../support/bench-articles.ts';
import { benchArticles } from '../support/varied-articles.ts';

const ITEMS = Number(process.env.BENCH_STORE_ITEMS ?? 10_000);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 1000);
const PER_FEED = 50;
const VARIED = process.env.BENCH_STORE_ARTICLES === 'varied';
const varied = VARIED ? benchArticles(ITEMS) : [];

const tmp = tempDir('tracker-store-bench-');
const opened = openDb(join(tmp.dir, 'bench.db'));
const tagger = createTagger();
const insert = opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?)`);
const store = opened.sqlite.transaction((id: number, extraction: ReturnType<typeof tagger.tag>, publishedAt: string) =>
  storeTags(opened.db, id, extraction, { publishedAt, now: publishedAt }));

console.log(`bench:store  ${ITEMS} ${VARIED ? 'varied' : 'templated'} articles, windows of ${WINDOW}; storeTags timed alone (wall and CPU ms per article); node ${process.version}, ${cpus().length} cores`);
let wall = 0, cpu = 0;
for (let k = 0; k < ITEMS; k++) {
  const f = Math.floor(k / PER_FEED), i = k % PER_FEED;
  const { title, body, publishedAt } = VARIED ? varied[k]! : {
    title: `Story ${i} from feed ${f}: ${ORGS[(f + i) % ORGS.length]} expands`,
    body: pageParagraphs(f, i).join('\n\n'),
    publishedAt: itemDate(f, i).toISOString(),
  };
  const url = `https://bench.test/p/${f}/${i}`;
  const id = Number(insert.run(url, url, title, publishedAt, publishedAt, body, `hash-${k}`).lastInsertRowid);
  const extraction = tagger.tag({ title, body, publishedAt });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  store(id, extraction, publishedAt);
  wall += performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu += (c.user + c.system) / 1000;
  if ((k + 1) % WINDOW === 0) {
    console.log(`articles ${String(k + 2 - WINDOW).padStart(6)}-${String(k + 1).padEnd(6)}  store ${(wall / WINDOW).toFixed(2).padStart(6)} ms/article wall, ${(cpu / WINDOW).toFixed(2).padStart(6)} ms CPU`);
    wall = 0; cpu = 0;
  }
}
const n = (t: string) => (opened.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
console.log(`stored: ${n('articles')} articles, ${n('events')} events, ${n('figures')} figures, ${n('stories')} stories, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
opened.close();
tmp.cleanup();
