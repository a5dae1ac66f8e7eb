/**
 * `npm run fuzz`: a bounded run (FUZZ_SECONDS, default 180 s of batches plus
 * one site build) that serves generated hostile feeds and pages over
 * loopback to the real `tracker ingest`, next to healthy sources. After each
 * batch it checks that the run finished (the process exited by itself and
 * no run is left `running`), the database passes integrity and foreign-key
 * checks, and no healthy source lost an article. At the end it builds the
 * site once and checks that nothing injected became live markup. Prints how
 * many inputs it tried and how many held; exits non-zero on any failure.
 *
 * Inputs: mutated fixture feeds (byte flips, cuts, repeats, splices),
 * random nesting, wrong and exotic encodings, huge and tiny bodies,
 * backtracking bait, injected markup and hostile article pages.
 * FUZZ_SEED reproduces a run.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { load } from 'cheerio';
import { startFixtureServer } from '../support/fixture-server.ts';
import { runCli, startCli } from '../support/cli.ts';
import { rssFeed, LONG_PARAGRAPHS } from '../support/feeds.ts';
import { seededRandom } from '../../ingest/common/seeded-random.ts';

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 180);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const PER_BATCH = Number(process.env.FUZZ_BATCH ?? 14);
const RUN_GUARD_MS = 150_000;
const MARK = '__pwned';
/** Article pages the fuzz feeds link to (/page/0 ... /page/N-1), each a fresh hostile page per request. */
const PAGE_ROUTES = 8;

const rng = seededRandom;
const rand = rng(SEED);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: T[]): T => xs[int(xs.length)];

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const seeds = readdirSync(join(FIXTURES, 'feeds'))
  .filter((f) => /\.(xml|rdf|json)$/.test(f))
  .map((f) => readFileSync(join(FIXTURES, 'feeds', f), 'utf8'));
const pages = readdirSync(join(FIXTURES, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(join(FIXTURES, 'pages', f), 'utf8'));

const INJECTIONS = [
  `<script>window.${MARK}=1</script>`,
  `<img src=x onerror="window.${MARK}=1">`,
  `<a href="javascript:window.${MARK}=1">click</a>`,
  `<svg onload="window.${MARK}=1"></svg>`,
  `"><script>window.${MARK}=1</script>`,
  `<iframe src="javascript:window.${MARK}=1"></iframe>`,
  `&lt;script&gt;window.${MARK}=1&lt;/script&gt;`,
  `<![CDATA[<script>window.${MARK}=1</script>]]>`,
];

interface Input { kind: string; body: Buffer; headers: Record<string, string> }

function feedWithItems(base: string, n: number, extra: (i: number) => string = () => ''): string {
  const items = Array.from({ length: n }, (_, i) =>
    `<item><title>Fuzz ${i} ${extra(i)}</title><link>${base}/page/${int(PAGE_ROUTES)}</link><description>${LONG_PARAGRAPHS[i % 4]} ${extra(i)}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fuzz</title>${items}</channel></rss>`;
}

/** One hostile input; `base` is the server URL (for links to hostile pages). */
function generate(base: string): Input {
  const xml = { 'content-type': 'application/rss+xml' };
  const seed = pick(seeds).replaceAll('https://news.example.com', base);
  const kinds: (() => Input)[] = [
    () => {
      const bytes = Buffer.from(seed);
      for (let i = 0, n = 1 + int(20); i < n; i++) bytes[int(bytes.length)] = int(256);
      return { kind: 'byte-flips', body: bytes, headers: xml };
    },
    () => ({ kind: 'truncated', body: Buffer.from(seed.slice(0, int(seed.length))), headers: xml }),
    () => {
      const at = int(seed.length);
      return { kind: 'injected-markup', body: Buffer.from(seed.slice(0, at) + pick(INJECTIONS) + seed.slice(at)), headers: xml };
    },
    () => {
      const a = int(seed.length);
      const b = a + int(seed.length - a);
      return { kind: 'repeated-slice', body: Buffer.from(seed.slice(0, b) + seed.slice(a, b).repeat(1 + int(200)) + seed.slice(b)), headers: xml };
    },
    () => {
      const depth = pick([50, 1000, 20_000, 200_000]);
      const tag = pick(['b', 'div', 'x:y', 'item', 'channel']);
      return { kind: `nesting-${depth}`, body: Buffer.from(feedWithItems(base, 2, (i) => (i === 1 ? `${`<${tag}>`.repeat(depth)}deep${`</${tag}>`.repeat(depth)}` : ''))), headers: xml };
    },
    () => {
      const declared = pick(['utf-16', 'shift_jis', 'windows-1252', 'koi8-r', 'x-unknown-charset', 'utf-7', 'iso-2022-jp', 'gb18030']);
      const actual = pick(['utf16le', 'shift_jis', 'win1252', 'koi8-r', 'utf8', 'gb18030']);
      const text = feedWithItems(base, 3, (i) => ['Zürich “quotes” — ✓', '日本語のタイトル', 'Ünïcödé €'][i]).replace('<?xml version="1.0"?>', `<?xml version="1.0" encoding="${declared}"?>`);
      return { kind: `encoding-${declared}-as-${actual}`, body: iconv.encode(text, actual), headers: { 'content-type': `application/xml; charset=${pick([declared, actual, 'bogus'])}` } };
    },
    () => ({ kind: 'huge', body: Buffer.from(feedWithItems(base, 2000 + int(6000))), headers: xml }),
    () => ({ kind: 'tiny', body: Buffer.from(pick(['', '<', '<?xml', '<rss', '{', '[', '\u0000', '\uFEFF', '<rss/>', '<feed></feed>'])), headers: xml }),
    () => ({ kind: 'backtracking-bait', body: Buffer.from(`${'<!---->'.repeat(20 + int(60))}junk${feedWithItems(base, 1).replace('<?xml version="1.0"?>', '')}`), headers: xml }),
    () => ({ kind: 'doctype-bait', body: Buffer.from(`<?xml version="1.0"?>${'<!DOCTYPE ['.repeat(1000 + int(30_000))}<rss><channel><title>x</title></channel></rss>`), headers: xml }),
    () => ({ kind: 'control-bytes', body: Buffer.from(feedWithItems(base, 3, () => String.fromCharCode(...Array.from({ length: 8 }, () => int(32))))), headers: xml }),
    () => ({ kind: 'gzip-lie', body: gzipSync(Buffer.from(seed)).subarray(0, 10 + int(200)), headers: { ...xml, 'content-encoding': 'gzip' } }),
    () => ({
      kind: 'json-feed',
      body: Buffer.from(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: pick(INJECTIONS), items: Array.from({ length: 3 }, (_, i) => ({ id: `${i}`, url: `${base}/page/${int(PAGE_ROUTES)}`, title: `${pick(INJECTIONS)} json ${i}`, content_html: pick(INJECTIONS) + LONG_PARAGRAPHS[i] })) })),
      headers: { 'content-type': 'application/feed+json' },
    }),
    () => ({ kind: 'html-instead', body: Buffer.from(pick(pages)), headers: { 'content-type': 'text/html' } }),
    () => ({ kind: 'secret-links', body: Buffer.from(feedWithItems(base, 2).replace(/<link>[^<]*/g, '<link>?api_key=FUZZSECRET&id=1')), headers: xml }),
  ];
  return pick(kinds)();
}

/** A hostile article page for full-text fetches of fuzz items. */
function hostilePage(): Buffer {
  const page = pick(pages);
  const at = int(page.length);
  return Buffer.from(pick([
    page.slice(0, at) + pick(INJECTIONS) + page.slice(at),
    `<html><body>${'<div>'.repeat(50_000)}${LONG_PARAGRAPHS.join(' ')}</body></html>`,
    '',
    `<html><body><main><p>We and our partners use cookies. Accept all or reject all cookies to continue reading.</p></main></body></html>`,
    page.replace(/<\/p>/g, `${pick(INJECTIONS)}</p>`),
  ]));
}

function check(db: string): { integrity: string; fkeys: number; running: number; counts: Map<string, number>; internal: string[] } {
  const sqlite = new Database(db, { readonly: true });
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join(',');
  const fkeys = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  const running = (sqlite.prepare("SELECT count(*) AS n FROM runs WHERE status = 'running'").get() as { n: number }).n;
  const counts = new Map((sqlite.prepare("SELECT s.name, count(a.id) AS n FROM sources s LEFT JOIN articles a ON a.source_id = s.id WHERE s.name LIKE 'healthy-%' GROUP BY s.name").all() as { name: string; n: number }[]).map((r) => [r.name, r.n]));
  const internal = (sqlite.prepare("SELECT name, last_error FROM sources WHERE last_error LIKE 'internal:%'").all() as { name: string; last_error: string }[]).map((r) => `${r.name}: ${r.last_error}`);
  sqlite.close();
  return { integrity, fkeys, running, counts, internal };
}

async function main(): Promise<number> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'tracker-fuzz-'));
  const db = join(dir, 'fuzz.db');
  const server = await startFixtureServer();
  const failures: string[] = [];
  let tried = 0;
  let held = 0;
  console.log(`fuzz: seed ${SEED}, ${SECONDS} s of batches of ${PER_BATCH}, database ${db}`);
  for (let i = 0; i < PAGE_ROUTES; i++) server.route(`/page/${i}`, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostilePage()));
  for (const name of ['a', 'b', 'c']) {
    server.route(`/healthy-${name}.xml`, {
      body: rssFeed(`Healthy ${name}`, LONG_PARAGRAPHS.map((p, i) => ({ title: `Healthy ${name} story ${i}`, link: `${server.url}/healthy/${name}/${i}`, date: '2026-02-02T10:00:00Z', content: `<p>${p} (${name}${i})</p><p>${LONG_PARAGRAPHS[(i + 1) % 4]}</p>` }))),
    });
    const add = await runCli(['sources', 'add', `${server.url}/healthy-${name}.xml`, '--name', `healthy-${name}`, '--type', 'feed', '--db', db]);
    if (add.code !== 0) throw new Error(add.stderr);
  }
  let baseline: Map<string, number> | null = null;
  let batch = 0;
  while ((Date.now() - started) / 1000 < SECONDS) {
    batch++;
    const names: string[] = [];
    const kinds: string[] = [];
    for (let i = 0; i < PER_BATCH; i++) {
      const input = generate(server.url);
      const name = `fuzz-${batch}-${i}`;
      server.route(`/${name}.xml`, { headers: input.headers, body: input.body });
      names.push(name);
      kinds.push(input.kind);
    }
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE sources SET enabled = 0 WHERE name LIKE 'fuzz-%'").run();
    const insert = sqlite.prepare("INSERT INTO sources (name, url, type) VALUES (?, ?, 'feed')");
    for (const name of names) insert.run(name, `${server.url}/${name}.xml`);
    sqlite.close();
    tried += names.length;

    const child = startCli(['ingest', '--db', db], { TRACKER_PARSE_TIMEOUT_MS: '8000', TRACKER_TIMEOUT_MS: '10000', TRACKER_RETRIES: '0', TRACKER_HOST_DELAY_MS: '0', TRACKER_PER_HOST: '8' });
    const guard = setTimeout(() => child.kill('SIGKILL'), RUN_GUARD_MS);
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('close', (c, s) => r({ code: c, signal: s })));
    clearTimeout(guard);
    const c = check(db);
    const problems: string[] = [];
    if (signal) problems.push(`ingest did not finish (killed after ${RUN_GUARD_MS} ms)`);
    else if (code !== 0) problems.push(`ingest exited ${code}: ${child.output().stderr.slice(-300)}`);
    if (c.integrity !== 'ok') problems.push(`integrity_check: ${c.integrity}`);
    if (c.fkeys) problems.push(`${c.fkeys} foreign key violations`);
    if (c.running) problems.push(`${c.running} run(s) left running`);
    if (baseline) for (const [n, k] of baseline) if ((c.counts.get(n) ?? 0) < k) problems.push(`${n} lost articles (${c.counts.get(n)} < ${k})`);
    baseline ??= c.counts;
    const internal = c.internal.filter((e) => names.some((n) => e.startsWith(`${n}:`)));
    for (const e of internal) problems.push(`unexpected error: ${e.slice(0, 200)}`);
    const badNames = new Set(internal.map((e) => e.split(':')[0]));
    const batchHeld = problems.length === internal.length ? names.filter((n) => !badNames.has(n)).length : 0;
    held += batchHeld;
    if (problems.length) failures.push(...problems.map((p) => `batch ${batch} (${kinds.join(', ')}): ${p}`));
    console.log(`batch ${batch}: ${names.length} inputs (${[...new Set(kinds)].join(', ')}), ${batchHeld} held${problems.length ? `; ${problems.length} problem(s)` : ''}  [${Math.round((Date.now() - started) / 1000)} s]`);
  }

  console.log('building the site once to look for injected markup...');
  const out = join(dir, 'site');
  const build = await runCli(['build', '--out', out, '--db', db]);
  if (build.code !== 0) failures.push(`build failed: ${build.stderr.slice(-300)}`);
  else {
    let htmlFiles = 0;
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
      htmlFiles++;
      const $ = load(readFileSync(file, 'utf8'));
      const live = [
        ...$('script').toArray().filter((s) => $(s).text().includes(MARK)).map(() => 'script'),
        ...$('*').toArray().flatMap((el) => Object.entries((el as unknown as { attribs: Record<string, string> }).attribs ?? {})
          .filter(([k, v]) => (/^on/i.test(k) && v.includes(MARK)) || (/^(href|src)$/i.test(k) && /^\s*javascript:/i.test(v)))
          .map(([k]) => `${(el as unknown as { name: string }).name}[${k}]`)),
        ...$('iframe').toArray().map(() => 'iframe'),
      ];
      if (live.length) failures.push(`${file.slice(out.length)}: injected ${[...new Set(live)].join(', ')}`);
      // A link's secret parameter must not be published as a URL (text that quotes one is the feed's own words).
      if ($('[href*="FUZZSECRET"], [src*="FUZZSECRET"]').length) failures.push(`${file.slice(out.length)}: a secret parameter was published in a link`);
    }
    console.log(`  ${htmlFiles} pages checked`);
  }

  await server.close();
  const secs = Math.round((Date.now() - started) / 1000);
  console.log(`fuzz: ${tried} inputs tried, ${held} held, ${failures.length} failure(s), ${batch} batches, ${secs} s, seed ${SEED}`);
  for (const f of failures.slice(0, 30)) console.log(`  ✗ ${f}`);
  if (failures.length === 0) rmSync(dir, { recursive: true, force: true });
  else console.log(`  database and site kept in ${dir}`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
