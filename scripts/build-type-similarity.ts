/**
 * `npm run build:type-similarity`: writes data/type-similarity.json, each event
 * type's prototype as GloVe vectors see it (the mean of its cue-lexicon seeds'
 * vectors, verbs and nouns apart: LEXICON_SEEDS in wordnet-lexicon.ts) and the
 * commonest words most similar to each prototype, by cosine, quantised to two
 * decimals. Training copies the part it uses into the model
 * (settings.typeSimilarity), so the tagger never reads this file or the
 * vectors. Deterministic: same package, same file.
 *
 *   npm run build:type-similarity [-- --words 50000 --floor 0.45 --top 3000]
 */
import { writeFileSync } from 'node:fs';
import { loadWordVectors } from '../ingest/tag/learn/word-vectors.ts';
import { LEXICON_SEEDS } from '../ingest/tag/learn/wordnet-lexicon.ts';
import { TYPE_SIMILARITY_PATH, type TypeSimilarityFile } from '../ingest/tag/type-similarity.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : fallback; };
const WORDS = Number(arg('words', '50000'));
const FLOOR = Number(arg('floor', '0.45'));
const TOP = Number(arg('top', '3000'));
const out = arg('out', TYPE_SIMILARITY_PATH);

const t0 = performance.now();
const v = loadWordVectors(WORDS);
console.log(`read ${v.words.length} words from ${v.source} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const row = new Map(v.words.map((w, i) => [w, i]));
const { dims, vectors } = v;

const similar: Record<string, string> = {};
for (const [type, byPos] of Object.entries(LEXICON_SEEDS)) {
  for (const [pos, seeds] of Object.entries(byPos)) {
    // The prototype: the normalised mean of the seeds' unit vectors (a seed with no vector, "shut_down", is left out).
    const proto = new Float64Array(dims);
    const used = seeds.filter((s) => row.has(s));
    for (const s of used) for (let d = 0; d < dims; d++) proto[d]! += vectors[row.get(s)! * dims + d]!;
    const norm = Math.hypot(...proto) || 1;
    for (let d = 0; d < dims; d++) proto[d]! /= norm;
    const hits: Array<{ word: string; cos: number }> = [];
    for (let i = 0; i < v.words.length; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vectors[i * dims + d]! * proto[d]!;
      if (dot >= FLOOR) hits.push({ word: v.words[i]!, cos: dot });
    }
    // Ties by word, so the file does not depend on the sort's stability.
    hits.sort((a, b) => b.cos - a.cos || (a.word < b.word ? -1 : 1));
    similar[`${type}/${pos === 'verb' ? 'v' : 'n'}`] = hits.slice(0, TOP).map((h) => `${h.word}:${Math.round(h.cos * 100)}`).join(' ');
    console.log(`${type}/${pos}: ${used.length} seeds, ${hits.length} words >= ${FLOOR}, top ${hits.slice(0, 6).map((h) => `${h.word} ${h.cos.toFixed(2)}`).join(', ')}`);
  }
}
const file: TypeSimilarityFile = {
  _doc: 'similar["type/v" or "type/n"]: the commonest words most similar (GloVe cosine x 100, highest first) to the event type\'s prototype, the mean vector of its verb or noun cue-lexicon seeds (LEXICON_SEEDS). Rebuilt by `npm run build:type-similarity`; training copies what it uses into the model.',
  source: `${v.source} (GloVe 6B 100d, Wikipedia + Gigaword; PDDL 1.0), ${v.words.length} commonest lower-case alphabetic words, cosine >= ${FLOOR}, at most ${TOP} per prototype`,
  similar,
};
const json = JSON.stringify(file).replace(/","/g, '",\n"') + '\n';
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KB`);
