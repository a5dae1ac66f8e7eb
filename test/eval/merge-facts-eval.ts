/**
 * `npm run eval:merge -- [CORPUS_DIR] [--verbose] [--cv]`: stories, events and figures merged across articles, pairwise
 * precision/recall against the gold of train/ + dev/ (default ../shared/corpus). Method in merge-eval.ts. --cv: the
 * leave-one-theme-out choice of the stories' article and passage thresholds. --why: every error put down to its cause (tagger, merger
 * or gold; merge-why.ts).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { runMergeEval } from './merge-eval.ts';
import { printCauses } from './merge-why.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { Prf } from './score.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const repoRoot = resolve(import.meta.dirname, '..', '..');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`eval:merge: ${dir} not found: pass the corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}
const t0 = performance.now();
const r = await runMergeEval(dir, createTagger(), { subdirs: ['train', 'dev'] });
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (name: string, p: Prf, target: string) => `${name.padEnd(8)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})   target ${target}`;
if (verbose) {
  for (const [title, misses] of [['stories', r.storyMisses], ['events', r.misses], ['figures', r.figureMisses]] as const) {
    if (misses.length) console.log(`\n## ${title}\n${misses.map((m) => `  - ${m}`).join('\n')}`);
  }
  console.log('');
}
console.log(`eval:merge  ${dir} (train/ + dev/), pairwise over articles in different files, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(row('stories', r.stories, 'P >= 95, R >= 85'));
console.log(row('events', r.pairs, 'P >= 95, R >= 85'));
console.log(`         events R over gold pairs whose two mentions the tagger extracted: ${pct(r.extractedRecall)}`);
console.log(row('figures', r.figures, 'P >= 98, R >= 90'));
const byTheme = (m: Record<string, Prf>) => Object.entries(m).map(([t, p]) => `${t} P ${pct(p.precision).trim()} R ${pct(p.recall).trim()}`).join('; ');
console.log(`stories by theme (pairs within one theme): ${byTheme(r.storiesByTheme)}`);
console.log(`events  by theme (pairs within one theme): ${byTheme(r.eventsByTheme)}`);
console.log(`figures by theme (pairs within one theme): ${byTheme(r.figuresByTheme)}`);
if (args.includes('--why')) {
  console.log('causes of errors (pairs):');
  for (const k of ['stories', 'events', 'figures'] as const) console.log(`  ${printCauses(k, r.why[k])}`);
}
if (args.includes('--cv')) {
  console.log(`stories: article threshold, leave one theme out\n${r.topicCv.map((l) => `  ${l}`).join('\n')}`);
  console.log(`stories: passage threshold, leave one theme out\n${r.passageCv.map((l) => `  ${l}`).join('\n')}`);
}
console.log(`spend: ${r.countedTwice.length} gold figures counted more than once${r.countedTwice.length ? `:\n${r.countedTwice.map((c) => `  - ${c}`).join('\n')}` : ''}`);
