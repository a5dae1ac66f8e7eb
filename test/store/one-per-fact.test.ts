/**
 * Within an article one fact repeated is one mention, and an article cannot flood the tables: a machine-made body
 * repeating one sentence thousands of times, or listing hundreds of figures, stores a bounded number of rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { MAX_AMOUNTS_PER_ARTICLE } from '../../ingest/store/one-per-fact.ts';
import type { ExtractedAmount, Extraction } from '../../ingest/tag/types.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
beforeEach(() => { tmp = tempDir('one-fact-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

const SENTENCE = 'Northwind Cloud will spend $4 billion on a campus this year.';
const amount = (value: number): ExtractedAmount => ({
  text: `$${value / 1e9} billion`, value, currency: 'USD', value_usd: value, category: 'capex', entity: 'Northwind Cloud',
  period: '2027', estimate: true, sentence: SENTENCE,
});
const count = (sql: string) => (opened.sqlite.prepare(sql).get() as { n: number }).n;

function store(amounts: ExtractedAmount[]): void {
  const body = Array.from({ length: 2000 }, () => SENTENCE).join(' ');
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES ('https://x.test/1', 'https://x.test/1', 'Repeated', '2027-02-01T00:00:00Z', '2027-02-01T00:00:00Z', ?, 'h1')`).run(body).lastInsertRowid);
  const extraction: Extraction = { promotional: false, entities: [{ name: 'Northwind Cloud', type: 'org', mentions: 2000 }], amounts, quantities: [], events: [] };
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt: '2027-02-01T00:00:00Z' }))();
}

describe('one fact repeated in an article is one mention', () => {
  it('stores a sentence repeated 40,000 times as one amount and one figure', () => {
    store(Array.from({ length: 40_000 }, () => amount(4e9)));
    expect(count('SELECT count(*) AS n FROM amounts')).toBe(1);
    expect(count('SELECT count(*) AS n FROM figures')).toBe(1);
    expect(count('SELECT sum(value_usd) AS n FROM spend WHERE counted = 1')).toBe(4e9);
  });

  it('caps the distinct figures one article can give', () => {
    store(Array.from({ length: 500 }, (_, i) => amount((i + 1) * 1e9)));
    expect(count('SELECT count(*) AS n FROM amounts')).toBe(MAX_AMOUNTS_PER_ARTICLE);
    expect(count('SELECT count(*) AS n FROM figure_mentions')).toBe(MAX_AMOUNTS_PER_ARTICLE);
  });
});
