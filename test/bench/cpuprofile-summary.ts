/**
 * `node --import tsx test/bench/cpuprofile-summary.ts FILE.cpuprofile [N]`:
 * where the CPU went in a V8 profile, as the N (default 40) functions with
 * the most self time (regex matching shows as "RegExp: <pattern>", each
 * charged to the function that ran it in a second table), and the most
 * inclusive time. Make the profile with
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/tag-bench.ts --articles 1500
 * (the profile includes start-up: loading the places gazetteer and models).
 * tsx compiles each module to one line, so these profiles give functions but
 * no lines; for lines, profile a bundle instead (esbuild test/bench/tag-bench.ts
 * --bundle --platform=node --format=esm --packages=external
 * --outfile=ingest/tag/.bench-bundle.mjs, run it with node --cpu-prof, and
 * read the nodes' positionTicks against the bundle; delete the bundle after).
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
const file = process.argv[2];
if (!file) {
  console.error('usage: cpuprofile-summary.ts FILE.cpuprofile [N]');
  process.exit(2);
}
const top = Number(process.argv[3] ?? 40);
// A glob that matched two profiles (node writes one per thread) would pass the second as N and print empty tables.
if (!Number.isInteger(top) || top <= 0 || process.argv.length > 4) {
  console.error(`cpuprofile-summary: pass one profile and an optional count (got ${process.argv.slice(2).join(' ')}); the largest file of a --cpu-prof-dir is the main thread's`);
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

const nameOf = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(ingest|node_modules|test)\//, '$1/')}`.trim();
const selfById = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  selfById.set(id, (selfById.get(id) ?? 0) + dt);
  total += dt;
});

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const regexByCaller = new Map<string, number>();
for (const [id, t] of selfById) {
  const node = byId.get(id)!;
  self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + t);
  if (node.callFrame.functionName.startsWith('RegExp:')) {
    const caller = byId.get(parentOf.get(id)!);
    const key = `${caller ? nameOf(caller) : '?'} <- ${node.callFrame.functionName.slice(0, 90)}`;
    regexByCaller.set(key, (regexByCaller.get(key) ?? 0) + t);
  }
  // Each function once per sample, however deep its recursion.
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parentOf.get(x)) {
    const name = nameOf(byId.get(x)!);
    if (!seen.has(name)) { seen.add(name); inclusive.set(name, (inclusive.get(name) ?? 0) + t); }
  }
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`-- ${title}`);
  for (const [name, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
const regexTotal = [...self].filter(([k]) => k.startsWith('RegExp:')).reduce((a, [, t]) => a + t, 0);
console.log(`regex matching ${((100 * regexTotal) / total).toFixed(1)}%, garbage collection ${((100 * (self.get('(garbage collector)') ?? 0)) / total).toFixed(1)}%`);
print('self time', self);
print('regex time by the function that ran it', regexByCaller);
print('inclusive time', inclusive);
