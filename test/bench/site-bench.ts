/**
 * Site build benchmark (`npm run bench:site`): for generated databases of
 * 1,000, 10,000 and 50,000 articles, builds the site in a fresh child
 * process (so peak RSS is per build) and prints build time, CPU time, peak
 * RSS, pages, output size and the home page's transfer size (gzip).
 *
 * Method: one database per size (seed 1), generated before timing; one build
 * per size, smallest first; wall time is noisy on a shared machine, so CPU
 * time is printed beside it: the build process's own ("cpu s"), and with the
 * processes it starts ("all cpu s": Pagefind indexes in its own process while
 * the pages render, esbuild transforms; sampled from /proc on Linux).
 * Sizes can be overridden: npm run bench:site -- 1000 5000
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { generateDb } from '../support/generate-db.ts';

interface ChildResult { pages: number; bytes: number; ms: number; maxRssMb: number; cpuS: number; phases: Record<string, number>; treeCpuS?: number }

const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * CPU seconds of a process and everything it started, sampled from /proc while it runs: the largest reading of each
 * process is kept, so one that ended between samples still counts up to its last reading. Null off Linux.
 */
function treeCpuSampler(root: number): { stop(): number | null } {
  if (!existsSync('/proc/self/stat')) return { stop: () => null };
  const seen = new Map<number, number>();
  const stat = (pid: number) => {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
    } catch { return null; }
  };
  const sample = () => {
    const parents = new Map<number, number>();
    const ticks = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!pid) continue;
      const st = stat(pid);
      if (st) { parents.set(pid, st.ppid); ticks.set(pid, st.ticks); }
    }
    for (const [pid, t] of ticks) {
      for (let p: number | undefined = pid; p; p = parents.get(p)) {
        if (p === root) { seen.set(pid, Math.max(seen.get(pid) ?? 0, t)); break; }
      }
    }
  };
  const timer = setInterval(sample, 250);
  return { stop: () => { clearInterval(timer); return [...seen.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS; } };
}

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
    const tree = treeCpuSampler(p.pid!);
    let result: ChildResult | undefined;
    p.on('message', (m) => { result = m as ChildResult; const all = tree.stop(); if (all != null) result.treeCpuS = Math.max(all, result.cpuS); });
    p.on('exit', (code) => (result ? resolveResult(result) : reject(new Error(`site build child exited with code ${code} and no result`))));
  });
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const runSizes = sizes.length ? sizes : [1_000, 10_000, 50_000];
  mkdirSync(WORK_PARENT, { recursive: true });
  const work = mkdtempSync(join(WORK_PARENT, 'site-bench-'));
  console.log(`site build benchmark: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  console.log('articles | build s | cpu s | all cpu s | peak RSS MB | pages | output MB | home KB (gzip) | phases (s)');
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
      console.log(`${n} | ${(r.ms / 1000).toFixed(1)} | ${r.cpuS.toFixed(1)} | ${r.treeCpuS?.toFixed(1) ?? 'n/a'} | ${r.maxRssMb} | ${r.pages} | ${(r.bytes / 1e6).toFixed(1)} | ${homeKb.toFixed(1)} (raw ${(home.length / 1024).toFixed(0)}) | ${phases}; generate ${genS.toFixed(1)}`);
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
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  console.log('targets: 10,000 articles <= 35 s (goal 30 s, issue 9), peak RSS < 2048 MB, time no worse than linear, home page < 150 KB transferred');
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((e) => { console.error(e); process.exit(1); });
} else {
  main().catch((e) => { console.error(e); process.exit(1); });
}
