/**
 * `npm run bench:tag:ab [-- --base REF] [--b REF] [--rounds N] [--per-round N]`:
 * paired speed comparison of the tagger at git REF (A, default main) against
 * the working tree (B; or against another ref with --b, e.g. `--base HEAD
 * --b HEAD` for an A/A run that shows the harness's own noise), fair under
 * load. A ref's ingest/ and data/ are copied out with `git archive` to a
 * temporary directory; two child processes (one per build) tag the same
 * bench articles in short rounds, one after the other, the order swapped
 * each round, each timing its own CPU (process.cpuUsage, so waiting for a
 * core shared with other work is not counted). Prints the median of the
 * per-round ratios (A CPU / B CPU: above 1 means B is faster) with its
 * quartiles, the ratio of the total CPU times, articles per CPU-second and
 * peak RSS of each, and whether every round's output was identical.
 */
import { execFileSync } from 'node:child_process';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const base = option('--base', 'main');
const rounds = Number(option('--rounds', '40'));
const perRound = Number(option('--per-round', '60'));
const other = option('--b', '');
const warmupRounds = 3;

const repo = resolve(import.meta.dirname, '..', '..');
/** A checkout of ref's tagger (ingest/, data/) in a temporary directory, sharing the working tree's node_modules. */
function checkout(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tag-ab-'));
  execFileSync('sh', ['-c', `git -C "${repo}" archive "${ref}" ingest data package.json tsconfig.json | tar -x -C "${dir}"`]);
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const baseDir = checkout(base);
const otherDir = other ? checkout(other) : repo;

// The articles cycle: each round tags the next slice, the same slice on both sides.
const articleCount = Math.min(2000, perRound * (rounds + warmupRounds));

type Reply = { cpuSeconds: number; hash: string };
function start(root: string): Promise<{ child: ChildProcess; run: (from: number, to: number) => Promise<Reply>; finish: () => Promise<number> }> {
  const child = fork(join(import.meta.dirname, 'tag-ab-worker.ts'), [root, String(articleCount)], { execArgv: ['--import', 'tsx'] });
  const next = () => new Promise<any>((ok) => child.once('message', ok));
  return next().then(() => ({
    child,
    run: (from, to) => { const p = next(); child.send({ from, to }); return p; },
    finish: () => { const p = next(); child.send('done'); return p.then((m: { rssMb: number }) => m.rssMb); },
  }));
}

try {
  const [a, b] = await Promise.all([start(baseDir), start(otherDir)]); // loading in parallel is not measured
  const ratios: number[] = [];
  let cpuA = 0, cpuB = 0, tagged = 0, differing = 0;
  for (let r = 0; r < warmupRounds + rounds; r++) {
    const from = (r * perRound) % articleCount;
    const to = Math.min(articleCount, from + perRound);
    // Swapping who goes first each round spreads any drift in the machine's load over both.
    const [ra, rb] = r % 2 === 0
      ? [await a.run(from, to), await b.run(from, to)]
      : await b.run(from, to).then(async (y) => [await a.run(from, to), y] as const);
    if (ra.hash !== rb.hash) differing++;
    if (r < warmupRounds) continue;
    ratios.push(ra.cpuSeconds / rb.cpuSeconds);
    cpuA += ra.cpuSeconds; cpuB += rb.cpuSeconds; tagged += to - from;
  }
  const [rssA, rssB] = [await a.finish(), await b.finish()];
  ratios.sort((x, y) => x - y);
  const q = (p: number) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))]!;
  console.log(`tag A/B: ${base} (A) against ${other || 'the working tree'} (B), ${rounds} rounds of ${perRound} articles, order swapped each round`);
  console.log(`  CPU ratio A/B: median ${q(0.5).toFixed(3)}  (quartiles ${q(0.25).toFixed(3)} - ${q(0.75).toFixed(3)}, range ${ratios[0]!.toFixed(3)} - ${ratios.at(-1)!.toFixed(3)})  above 1: B is faster`);
  console.log(`  total CPU A/B: ${(cpuA / cpuB).toFixed(3)}`);
  console.log(`  A: ${(tagged / cpuA).toFixed(0)} articles per CPU-second, peak RSS ${rssA.toFixed(0)} MB`);
  console.log(`  B: ${(tagged / cpuB).toFixed(0)} articles per CPU-second, peak RSS ${rssB.toFixed(0)} MB`);
  console.log(`  output: ${differing === 0 ? 'identical in every round' : `DIFFERS in ${differing} of ${warmupRounds + rounds} rounds`}`);
} finally {
  rmSync(baseDir, { recursive: true, force: true });
  if (other) rmSync(otherDir, { recursive: true, force: true });
}
