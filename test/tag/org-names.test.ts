/**
 * The reference list of real organisations (data/org-names.json, built from the name-suggestion-index by
 * scripts/build-org-names.ts): what it holds, how it yields to the curated gazetteer, and that its names are found
 * only as names. Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gazetteer, ORG_NAMES_PATH, foldSurface } from '../../ingest/tag/gazetteer.ts';
import { loadTestGazetteer, namesIn } from '../support/entity-names.ts';
import { lexiconTags } from '../../ingest/tag/nlp.ts';

interface FileEntry { name: string; type: string; kind?: string; aliases?: string[]; caseSensitive?: boolean }
const file = JSON.parse(readFileSync(ORG_NAMES_PATH, 'utf8')) as { source: string; entries: FileEntry[] };

let gaz: Gazetteer;
beforeAll(() => { gaz = loadTestGazetteer(); }, 120_000);
const entities = (text: string) => namesIn(gaz, text);

describe('data/org-names.json', () => {
  it('holds thousands of organisations, each matched in its own case, and says where they come from', () => {
    expect(file.entries.length).toBeGreaterThan(5000);
    expect(file.source).toMatch(/name-suggestion-index/);
    for (const e of file.entries) {
      expect(e.type).toBe('org');
      expect(e.caseSensitive).toBe(true);
      expect(['company', 'utility', 'bank', 'operator', 'government']).toContain(e.kind);
    }
  });

  it('holds no single everyday English word, which would make the word an organisation', () => {
    const words = file.entries.filter((e) => !/\s/.test(e.name) && lexiconTags(e.name.toLowerCase()).length > 0).map((e) => e.name);
    expect(words).toEqual([]);
  });

  it('names each organisation once', () => {
    const keys = file.entries.map((e) => foldSurface(e.name));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the reference list in the gazetteer', () => {
  it('names real companies no curated entry lists', () => {
    expect(gaz.lookup('Costco')?.type).toBe('org');
    expect(gaz.isReference('Costco')).toBe(true);
    expect(gaz.isReference('Microsoft')).toBe(false);
    expect(Gazetteer.load({ withOrgNames: false }).lookup('Costco')).toBeNull();
  });

  it('yields to a user file that removes or retypes one of its names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'org-names-'));
    try {
      const local = join(dir, 'local.json');
      writeFileSync(local, JSON.stringify([{ name: 'Costco', type: 'org', remove: true }, { name: 'Energinet', type: 'org', kind: 'grid_operator', aliases: ['the Danish grid operator'] }]));
      const g = Gazetteer.load({ extraPaths: [local] });
      expect(g.lookup('Costco')).toBeNull();
      expect(g.lookup('the Danish grid operator')?.name).toBe('Energinet');
      expect(g.isReference('Energinet')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('teaches nothing about how names end: organisation heads are learnt from curated names only', () => {
    const isWord = (w: string) => lexiconTags(w).length > 0;
    expect(Gazetteer.load().orgHeads(isWord)).toEqual(Gazetteer.load({ withOrgNames: false }).orgHeads(isWord));
  });
});

describe('finding its names in text', () => {
  it('finds a retailer, a telecom carrier and a grid operator the tagger has no other way to know', () => {
    const found = entities('Energinet warned that new server halls near Aarhus may wait years for a connection, while T-Mobile and Costco signed supply contracts with the same developer.');
    expect(found).toEqual(expect.arrayContaining(['Energinet (org)', 'T-Mobile (org)', 'Costco (org)']));
  });

  it('leaves a longer name that contains one of its names whole', () => {
    const found = entities('The Ohio Power Siting Board scheduled a hearing on the solar array for March.');
    expect(found).toContain('Ohio Power Siting Board (org)');
    expect(found).not.toContain('Ohio Power (org)');
  });

  it('finds its name after an English word that opens the sentence, but not inside a name that opens a paragraph', () => {
    const opened = entities('Bids doubled last year.\n\nWhen Energinet paused new connections, developers moved north.');
    expect(opened).toContain('Energinet (org)');
    const inside = entities('Prices rose in the spring.\n\nBrannvik Telekom said on Monday it would build a second hall.');
    expect(inside).not.toContain('Telekom (org)');
  });

  it('does not read everyday words or a different case as a brand', () => {
    const found = entities('Clean energy buyers lined up. COSTCO-sized warehouses are a common comparison for the halls.');
    expect(found.filter((e) => /clean energy|costco/i.test(e))).toEqual([]);
  });
});
