/**
 * The project's rule: tests use sentences we write ourselves, never corpus sentences.
 * A test fitted to a corpus sentence proves only that the tagger memorised it, and copying
 * the gold corpus into the project leaks it. This guard fails when a string literal of 25+
 * characters in test/ shares an 8-word run with any file of ../shared/corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, requireShared } from './support/cli.ts';

const WINDOW = 8;
const MIN_CHARS = 25;
const SELF = join(REPO_ROOT, 'test', 'corpus-hygiene.test.ts');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (entry.isFile() && keep(path)) out.push(path);
  }
  return out;
}

// Lowercased words with whitespace folded; an escaped "\n" in a test literal counts as a space, and punctuation at a
// word's edges is dropped so that "DataOne." and "DataOne," are one word (a lone "|" stays a word).
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/\\n/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^[^\p{L}\p{N}$€£¥₹]+|[^\p{L}\p{N}%]+$/gu, '') || w);

function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + WINDOW <= ws.length; i++) out.push(ws.slice(i, i + WINDOW).join(' '));
  return out;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

// Single, double and template quotes; a literal does not cross a line unless it is a template.
const LITERAL = /'([^'\n]{25,})'|"([^"\n]{25,})"|`([^`]{25,})`/g;

/** The 8-word runs of every text under the given directories of ../shared, built once per test file. */
let sharedShingles: Set<string> | null = null;
function shingles8OfShared(): Set<string> {
  if (sharedShingles) return sharedShingles;
  const shared = requireShared();
  // From JSON files only the string values (article text, gold sentences) count: the keys would match test code
  // that builds records.
  const set = new Set<string>();
  for (const dir of ['corpus', 'seeds']) {
    for (const file of filesUnder(join(shared, dir), () => true)) {
      const raw = readFileSync(file, 'utf8');
      const texts = file.endsWith('.json') ? stringsIn(JSON.parse(raw)) : [raw];
      for (const text of texts) for (const s of shingles(words(text))) set.add(s);
    }
  }
  return (sharedShingles = set);
}

describe('corpus hygiene', () => {
  it('no test string literal shares an 8-word run with the shared corpus', () => {
    const corpus = shingles8OfShared();
    expect(corpus.size).toBeGreaterThan(10_000);

    const found: string[] = [];
    const testFiles = filesUnder(join(REPO_ROOT, 'test'), (p) => p.endsWith('.ts') && p !== SELF);
    expect(testFiles.length).toBeGreaterThan(20);
    for (const file of testFiles) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(LITERAL)) {
        const literal = m[1] ?? m[2] ?? m[3] ?? '';
        if (literal.length < MIN_CHARS) continue;
        const hit = shingles(words(literal)).find((s) => corpus.has(s));
        if (hit) {
          const line = source.slice(0, m.index).split('\n').length;
          found.push(`${relative(REPO_ROOT, file)}:${line} shares "${hit}"`);
        }
      }
    }
    expect(found, `test literals copied from ../shared/corpus; write your own sentences:\n${found.join('\n')}`).toEqual([]);
  });

  it("the project's written articles (data/written, data/unseen, data/fresh) share no 8-word run with the shared corpus or seeds", () => {
    const shared = shingles8OfShared();
    const files = ['written', 'unseen', 'fresh'].flatMap((d) => filesUnder(join(REPO_ROOT, 'data', d), (p) => p.endsWith('.json')));
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const texts = stringsIn(JSON.parse(readFileSync(file, 'utf8')));
      for (const text of texts) {
        const hit = shingles(words(text)).find((s) => shared.has(s));
        if (hit) found.push(`${relative(REPO_ROOT, file)} shares "${hit}"`);
      }
    }
    expect(found, `written articles must be our own wording:\n${found.join('\n')}`).toEqual([]);
  });
});
