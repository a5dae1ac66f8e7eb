/**
 * Site build benchmark (`npm run bench:site`): for generated databases of
 * 1,000, 10,000 and 50,000 articles, builds the site in a fresh child
 * process (so peak RSS is per build) and prints build time, CPU time, peak
 * RSS, pages, output size and the home page's transfer size (gzip).
 *
 * Method: one database per size (seed 1), generated before timing; one build
 * per size, smallest first; wall time is noisy on a shared machine, so CPU
 * time (user + system of the child) is printed beside it.
 * Sizes can be overridden: npm run bench:site -- 1000 5000
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { generateDb } from '../support/generate-db.ts';

interface ChildResult { pages: number; bytes: number; ms: number; maxRssMb: number; cpuS: number; phases: Record<string, number> }

const SELF = fileURLToPath(import.meta.url);
// Inside the checkout (git-ignored .bench/), on the same filesystem as the build's staging folder in .tmp/,
// so the finished site is swapped in with a rename, as `build --out dist` does; .tmp itself is refused as an output.
const WORK_PARENT = join(dirname(SELF), '..', '..', '.bench');

async function child(dbPath: string, outDir: string): Promise<void> {
  const { buildSite } = await import('../../ingest/publish/build.ts');
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let last = t0;
  let lastMsg = 'setup';
  const r = await buildSite({
    dbPath, outDir, siteUrl: 'https://tracker.example.org/',
    onProgress: (msg) => { const now = performance.now(); phases[lastMsg] = Math.round(now - last); last = now; lastMsg = msg.split(' ')[0].toLowerCase(); },
  });
  const usage = process.resourceUsage();
  const result: ChildResult = { ...r, maxRssMb: Math.round(usage.maxRSS / 1024), cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6, phases };
  process.send!(result);
}

async function buildInChild(dbPath: string, outDir: string): Promise<ChildResult> {
  return new Promise((resolveResult, reject) => {
    const p = fork(SELF, ['--child', dbPath, outDir], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: ChildResult | undefined;
    p.on('message', (m) => { result = m as ChildResult; });
    p.on('exit', (code) => (result ? resolveResult(result) : reject(new Error(`site build child exited with code ${code} and no result`))));
  });
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const runSizes = sizes.length ? sizes : [1_000, 10_000, 50_000];
  mkdirSync(WORK_PARENT, { recursive: true });
  const work = mkdtempSync(join(WORK_PARENT, 'site-bench-'));
  console.log(`site build benchmark: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`);
  console.log('articles | build s | cpu s | peak RSS MB | pages | output MB | home KB (gzip) | phases (s)');
  const rows: { n: number; r: ChildResult }[] = [];
  try {
    for (const n of runSizes) {
      const dbPath = join(work, `bench-${n}.db`);
      const outDir = join(work, `out-${n}`);
      const g0 = performance.now();
      generateDb(dbPath, { articles: n, seed: 1 });
      const genS = (performance.now() - g0) / 1000;
      const r = await buildInChild(dbPath, outDir);
      const home = readFileSync(join(outDir, 'index.html'));
      const homeKb = gzipSync(home).length / 1024;
      const phases = Object.entries(r.phases).map(([k, v]) => `${k}: ${(v / 1000).toFixed(1)}`).join(', ');
      console.log(`${n} | ${(r.ms / 1000).toFixed(1)} | ${r.cpuS.toFixed(1)} | ${r.maxRssMb} | ${r.pages} | ${(r.bytes / 1e6).toFixed(1)} | ${homeKb.toFixed(1)} (raw ${(home.length / 1024).toFixed(0)}) | ${phases}; generate ${genS.toFixed(1)}`);
      rows.push({ n, r });
      rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (rows.length > 1) {
    const [a, b] = [rows[0], rows[rows.length - 1]];
    console.log(`scaling ${a.n} -> ${b.n} articles (x${(b.n / a.n).toFixed(0)}): build time x${(b.r.ms / a.r.ms).toFixed(1)}, cpu x${(b.r.cpuS / a.r.cpuS).toFixed(1)}`);
  }
  console.log('targets: 10,000 articles < 60 s, peak RSS < 2048 MB, time no worse than linear, home page < 150 KB transferred');
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((e) => { console.error(e); process.exit(1); });
} else {
  main().catch((e) => { console.error(e); process.exit(1); });
}
