/**
 * Soft cue lexicon: how close a word is to each event type's prototype (the
 * mean GloVe vector of its cue seeds; data/type-similarity.json, built by
 * `npm run build:type-similarity`). A sentence's features say, per type, how
 * close its nearest verb (or noun) comes, in a few cumulative steps, so a
 * paraphrase no lexicon lists still leans to its type while the feature space
 * stays small (12 types x a few steps), unlike word clusters, which carried topics.
 * Training copies the words it uses into the model (EventModel.similarity); the
 * tagger reads only the model.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lemmatizer from 'wink-lemmatizer';

export const TYPE_SIMILARITY_PATH = resolve(import.meta.dirname, '..', '..', 'data', 'type-similarity.json');

export interface TypeSimilarityFile {
  _doc: string;
  source: string;
  /** "type/v" or "type/n" -> "word:cos100 word:cos100 ..." highest first. */
  similar: Record<string, string>;
}

/** How the features use the similarities. */
export interface SimilarityUse {
  /** Cumulative steps (cosines): a sentence whose best word for a type reaches a step fires that step's feature. */
  steps: number[];
  /** verbs: verbs against the verb prototypes only; content: nouns against the noun prototypes as well. */
  tokens: 'verbs' | 'content';
  /** Which heads learn the features. */
  heads: 'both' | 'type' | 'detector';
  /** Only words the cue lexicon lacks (their similarity is then new evidence, not a noisier copy of a lexicon hit). */
  novel?: boolean;
  /** Each word counts only for the prototype it is closest to (its part of speech's), not for every one it passes a step of. */
  best?: boolean;
  /** The features' L2 as a multiple of the model's (absent: 1). */
  l2?: number;
  /** A step feature's starting weight (and pull) towards its own type, as a multiple of settings.lexiconPrior (absent: 0). */
  prior?: number;
}

/** lemma -> "type/v:cos100" entries as stored in the model (only those at or above the lowest step). */
export type SimilarityTable = Record<string, string[]>;

/** The table a model stores: each word's lemma's similarity to each prototype, the highest of its forms, at or above the lowest step. */
export function similarityTable(use: SimilarityUse, path = TYPE_SIMILARITY_PATH): SimilarityTable {
  let file: TypeSimilarityFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as TypeSimilarityFile;
  } catch (e) {
    throw new Error(`type similarity: cannot read ${path} (${(e as Error).message}); rebuild it with \`npm run build:type-similarity\``);
  }
  const floor = Math.round(Math.min(...use.steps) * 100);
  const best = new Map<string, Map<string, number>>();
  for (const [key, list] of Object.entries(file.similar).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const verb = key.endsWith('/v');
    if (!verb && use.tokens === 'verbs') continue;
    for (const item of list.split(' ')) {
      const [word, c] = item.split(':');
      const cos = Number(c);
      if (!word || cos < floor) continue;
      const lemma = verb ? lemmatizer.lemmatizeVerb(word) : lemmatizer.lemmatizeNoun(word);
      let byKey = best.get(lemma);
      if (!byKey) best.set(lemma, (byKey = new Map()));
      if ((byKey.get(key) ?? 0) < cos) byKey.set(key, cos);
    }
  }
  return Object.fromEntries([...best.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, m]) => [w, [...m.entries()].map(([k, c]) => `${k}:${c}`).sort()]));
}

/** A table's words parsed once: lemma -> entries of (type, verb?, cosine). */
interface Entry { type: string; verb: boolean; cos: number }
const parsed = new WeakMap<SimilarityTable, Map<string, Entry[]>>();
function entriesOf(table: SimilarityTable): Map<string, Entry[]> {
  let m = parsed.get(table);
  if (!m) {
    m = new Map(Object.entries(table).map(([w, es]) => [w, es.map((e) => { const [key, c] = e.split(':'); const [type, pos] = key!.split('/'); return { type: type!, verb: pos === 'v', cos: Number(c) / 100 }; })]));
    parsed.set(table, m);
  }
  return m;
}

/**
 * The sentence's similarity features: for each type, the best cosine of its verbs to the type's verb
 * prototype (and of its nouns to the noun prototype), as "simv:type>50" for every step reached.
 */
export function similarityFeatures(use: SimilarityUse, table: SimilarityTable, words: Array<{ lemma: string; verb: boolean }>): string[] {
  const entries = entriesOf(table);
  const best = new Map<string, number>();
  for (const { lemma, verb } of words) {
    const es = entries.get(lemma);
    if (!es) continue;
    let top = 0;
    if (use.best) for (const e of es) if (e.verb === verb && e.cos > top) top = e.cos;
    for (const e of es) {
      // A verb against the verb prototypes only, a noun against the noun ones.
      if (e.verb !== verb || e.cos < top) continue;
      const k = `${verb ? 'simv' : 'simn'}:${e.type}`;
      if ((best.get(k) ?? 0) < e.cos) best.set(k, e.cos);
    }
  }
  const out: string[] = [];
  for (const [k, cos] of best) for (const step of use.steps) if (cos >= step) out.push(`${k}>${Math.round(step * 100)}`);
  return out;
}

export const isSimilarityFeature = (feature: string) => /^sim[vn]:/.test(feature);
