import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NAME_LEXICON_PATH, nameListsFromCompromise } from '../../scripts/name-lexicon-source.ts';

const root = resolve(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('name lexicon (data/name-lexicon.json)', () => {
  it('holds what compromise\'s lexicon gives: rebuild it with `npm run build:names` after upgrading compromise', async () => {
    const committed = JSON.parse(readFileSync(NAME_LEXICON_PATH, 'utf8'));
    expect(committed).toEqual(await nameListsFromCompromise());
  });

  it('lists given names, family names and honorifics, and knows everyday words', () => {
    const lists = JSON.parse(readFileSync(NAME_LEXICON_PATH, 'utf8')) as Record<string, string[]>;
    expect(lists.first).toContain('jane');
    expect(lists.last).toContain('smith');
    expect(lists.honorific).toContain('gov');
    expect(lists.known).toContain('board');
  });

  it('is what the tagger reads: nothing under ingest/ loads compromise at run time', () => {
    const importers = tsFiles(join(root, 'ingest')).filter((f) => /from ['"]compromise['"]|import\(['"]compromise['"]\)/.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([]);
  });
});
