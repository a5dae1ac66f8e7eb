/**
 * Word clusters from general distributional knowledge (data/word-clusters.json,
 * built from GloVe vectors by `npm run build:word-clusters`): words news writes
 * in the same contexts share a cluster ("halt", "suspend", "freeze"), so an
 * event feature of the cluster carries from the wording of the stories trained
 * on to another writer's paraphrase. Loaded once, on first use; the vectors
 * themselves are never loaded here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const WORD_CLUSTERS_PATH = resolve(import.meta.dirname, '..', '..', 'data', 'word-clusters.json');

export interface WordClusterFile {
  _doc: string;
  source: string;
  /** Cluster counts, finest first (e.g. 1024, 256, 64). */
  levels: number[];
  /** parents[l][i]: the level l+1 cluster of level l cluster i. */
  parents: number[][];
  /** The words of each finest cluster, space-separated. */
  clusters: string[];
  /** Each cue-lexicon seed's nearest words: "word:cos word:cos ..." (empty for a seed with no vector). */
  neighbours: Record<string, string>;
}

/** Which clusters the event features use: the levels (cluster counts) and which tokens. */
export interface ClusterUse {
  levels: number[];
  /** content: every content word's clusters; verbs: verbs' only; pos: content words, verbs' and nouns' kept apart. */
  tokens: 'content' | 'verbs' | 'pos';
}

export class WordClusters {
  /** word -> finest cluster id. */
  private readonly fine = new Map<string, number>();
  /** Per level: finest cluster id -> that level's id. */
  private readonly atLevel: Int32Array[] = [];
  readonly levels: number[];

  constructor(file: WordClusterFile) {
    this.levels = file.levels;
    file.clusters.forEach((words, c) => { for (const w of words.split(' ')) if (w) this.fine.set(w, c); });
    let map = Int32Array.from(file.clusters.keys());
    this.atLevel.push(map);
    for (const parent of file.parents) {
      map = map.map((c) => parent[c]!);
      this.atLevel.push(map);
    }
  }

  static load(path = WORD_CLUSTERS_PATH): WordClusters {
    return new WordClusters(readWordClusterFile(path));
  }

  /** The word's cluster id at a level (a cluster count from `levels`), or -1 for a word in no cluster. */
  clusterOf(word: string, level: number): number {
    const c = this.fine.get(word);
    const l = this.levels.indexOf(level);
    if (c === undefined || l < 0) return -1;
    return this.atLevel[l]![c]!;
  }

  /** Whether the word is in the file at all. */
  has(word: string): boolean {
    return this.fine.has(word);
  }
}

/** The file, checked for its shape; a missing or malformed file is an error that says how to rebuild it. */
export function readWordClusterFile(path = WORD_CLUSTERS_PATH): WordClusterFile {
  let file: WordClusterFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as WordClusterFile;
  } catch (e) {
    throw new Error(`word clusters: cannot read ${path} (${(e as Error).message}); it is committed with the code, or rebuild it with \`npm run build:word-clusters\``);
  }
  if (!Array.isArray(file.levels) || !Array.isArray(file.clusters) || file.clusters.length !== file.levels[0] || file.parents?.length !== file.levels.length - 1 || typeof file.neighbours !== 'object') {
    throw new Error(`word clusters: ${path} is not a word-cluster file (levels, parents, clusters, neighbours); rebuild it with \`npm run build:word-clusters\``);
  }
  return file;
}

let sharedFile: WordClusterFile | null = null;
/** The committed file as read (training reads its neighbours; the tagger never needs it unless a model uses clusters). */
export function wordClusterFile(): WordClusterFile {
  sharedFile ??= readWordClusterFile();
  return sharedFile;
}

let shared: WordClusters | null = null;
/** The committed clusters, read once per process. */
export function wordClusters(): WordClusters {
  shared ??= new WordClusters(wordClusterFile());
  return shared;
}

/**
 * Feature strings of a word's clusters, built once per word and use: "k256:17" (or "kv256:17" for a verb
 * when verbs and nouns are kept apart). Null for a word in no cluster or a token the use leaves out.
 */
const featureCache = new Map<string, Map<string, string[] | null>>();
export function clusterFeatures(use: ClusterUse, word: string, verb: boolean): string[] | null {
  if (use.tokens === 'verbs' && !verb) return null;
  const tag = `${use.tokens === 'pos' && verb ? 'kv' : 'k'}|${use.levels.join(',')}`;
  let byWord = featureCache.get(tag);
  if (!byWord) featureCache.set(tag, (byWord = new Map()));
  let out = byWord.get(word);
  if (out === undefined) {
    const wc = wordClusters();
    const prefix = tag.slice(0, tag.indexOf('|'));
    out = wc.has(word) ? use.levels.map((l) => `${prefix}${l}:${wc.clusterOf(word, l)}`) : null;
    if (byWord.size > 50_000) byWord.clear();
    byWord.set(word, out);
  }
  return out;
}

/** Whether a feature is a word-cluster feature (the trainer's per-family settings use it). */
export const isClusterFeature = (feature: string) => /^kv?\d+:/.test(feature);
