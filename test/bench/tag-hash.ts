/**
 * `node --import tsx test/bench/tag-hash.ts [CORPUS_DIR]`: tags every gold
 * article (train/, dev/, seeds/), ../shared/seeds/*.txt, 300 paragraph mixes
 * of those articles and 500 bench articles, and prints one SHA-256 of all
 * the JSON output per set. A speed change that keeps every hash is a change
 * that kept the tagger's output byte for byte. Reads ../shared in place; it
 * never writes or copies its text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTagger } from '../../ingest/tag/index.ts';
import { seededRandom } from '../../ingest/common/seeded-random.ts';
import { loadGoldArticles } from '../eval/run-eval.ts';
import { benchArticles } from '../support/varied-articles.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const shared = resolve(repoRoot, '..', '..', 'shared');
const corpusDir = process.argv[2] ? resolve(process.argv[2]) : join(existsSync(shared) ? shared : resolve(repoRoot, '..', 'shared'), 'corpus');
if (!existsSync(corpusDir)) {
  console.error(`tag-hash: ${corpusDir} not found; pass the corpus directory`);
  process.exit(2);
}
type Input = { title: string; body: string; publishedAt: string };
const tagger = createTagger();
const hashOf = (inputs: Input[]) => {
  const h = createHash('sha256');
  for (const a of inputs) h.update(JSON.stringify(tagger.tag(a)) + '\n');
  return h.digest('hex');
};

const gold: Input[] = (await loadGoldArticles(corpusDir)).map(({ title, body, publishedAt }) => ({ title, body, publishedAt }));
const seedsDir = join(corpusDir, '..', 'seeds');
const seeds: Input[] = existsSync(seedsDir)
  ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
      const text = readFileSync(join(seedsDir, f), 'utf8');
      const nl = text.indexOf('\n');
      return { title: text.slice(0, nl), body: text.slice(nl + 1), publishedAt: '2026-03-27T12:00:00Z' };
    })
  : [];
// Paragraphs of different articles side by side: reaches paths (carried subjects, repeated names) one article alone does not.
const rand = seededRandom(7);
const paragraphs = [...gold, ...seeds].flatMap((a) => a.body.split(/\n\s*\n/)).filter((p) => p.trim());
const mixes: Input[] = Array.from({ length: 300 }, (_, i) => ({
  title: gold[i % gold.length]!.title,
  body: Array.from({ length: 3 + Math.floor(rand() * 8) }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!).join('\n\n'),
  publishedAt: gold[(i * 7) % gold.length]!.publishedAt,
}));
const bench = benchArticles(500);

console.log(`gold  ${gold.length.toString().padStart(4)}  ${hashOf(gold)}`);
console.log(`seeds ${seeds.length.toString().padStart(4)}  ${hashOf(seeds)}`);
console.log(`mixes ${mixes.length.toString().padStart(4)}  ${hashOf(mixes)}`);
console.log(`bench ${bench.length.toString().padStart(4)}  ${hashOf(bench)}`);
