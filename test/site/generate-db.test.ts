/** The synthetic database behind the site tests and benchmark: every table filled, deterministic per seed. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateDb } from '../support/generate-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'gen-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const tables = ['sources', 'articles', 'article_urls', 'entities', 'entity_aliases', 'article_entities', 'amounts', 'quantities', 'events', 'event_actors', 'event_mentions', 'runs', 'run_sources'];
    return {
      counts: Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n])),
      types: (db.prepare('SELECT DISTINCT type FROM events ORDER BY type').pluck().all() as string[]),
      certainties: (db.prepare('SELECT DISTINCT certainty FROM events ORDER BY certainty').pluck().all() as string[]),
      currencies: (db.prepare('SELECT DISTINCT currency FROM amounts ORDER BY currency').pluck().all() as string[]),
      estimates: (db.prepare('SELECT DISTINCT estimate FROM amounts ORDER BY estimate').pluck().all() as number[]),
      sample: db.prepare('SELECT slug, summary, date, source_count FROM events ORDER BY id LIMIT 5').all(),
      sourceCountsMatch: (db.prepare('SELECT count(*) FROM events e WHERE source_count != (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)').pluck().get() as number) === 0,
      fts: (db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'project'").pluck().get() as number),
    };
  } finally {
    db.close();
  }
};

describe('generateDb', () => {
  it('fills every table realistically and the same way for the same seed', () => {
    generateDb(join(dir, 'a.db'), { articles: 800, seed: 5 });
    generateDb(join(dir, 'b.db'), { articles: 800, seed: 5 });
    generateDb(join(dir, 'c.db'), { articles: 800, seed: 6 });
    const a = snapshot(join(dir, 'a.db'));
    expect(snapshot(join(dir, 'b.db'))).toEqual(a);
    expect(snapshot(join(dir, 'c.db')).sample).not.toEqual(a.sample);
    expect(a.counts.articles).toBe(800);
    for (const [table, n] of Object.entries(a.counts)) expect(n, table).toBeGreaterThan(0);
    expect(a.types).toHaveLength(12);
    expect(a.certainties).toEqual(['confirmed', 'denied', 'reported', 'speculative']);
    expect(a.currencies.length).toBeGreaterThan(1);
    expect(a.estimates).toEqual([0, 1]);
    expect(a.sourceCountsMatch).toBe(true);
    expect(a.fts).toBe(800);
  });
});
