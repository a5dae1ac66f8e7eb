import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { retagAll, storeTags } from '../../ingest/store/tags.ts';

let dir: string;
let opened: OpenedDb;
const tagger = createTagger();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tags-'));
  opened = openDb(join(dir, 'tracker.db'));
});
afterEach(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function addArticle(title: string, body: string, publishedAt: string): number {
  n++;
  return Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://example.test/${n}`, `https://example.test/${n}`, title, publishedAt, publishedAt, body, `hash-${n}`).lastInsertRowid);
}

function ingest(title: string, body: string, publishedAt: string, t = tagger): number {
  const id = addArticle(title, body, publishedAt);
  const extraction = t.tag({ title, body, publishedAt });
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt, now: publishedAt }))();
  return id;
}

const rows = <T>(sql: string, ...args: unknown[]) => opened.sqlite.prepare(sql).all(...args) as T[];

describe('storeTags: cross-article event merging', () => {
  it('merges the same happening told by two outlets with other words, rounded figures and dates two days apart', () => {
    ingest('Microsoft buys Nebius capacity', 'Microsoft agreed on Monday to buy GPU capacity from Nebius under a contract worth $17.4 billion.', '2025-09-09T07:00:00Z');
    ingest('Nebius lands Microsoft', 'Nebius disclosed on Wednesday a $17.4bn agreement to supply Microsoft with computing capacity.', '2025-09-11T07:00:00Z');
    const events = rows<{ id: number; type: string; source_count: number; slug: string }>('SELECT id, type, source_count, slug FROM events');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'partnership', source_count: 2 });
    expect(events[0]!.slug).toMatch(/^2025-09-0\d-partnership-microsoft-nebius/);
    expect(rows('SELECT * FROM event_mentions')).toHaveLength(2);
  });

  it('keeps a different happening with the same actors apart (other date, other figure)', () => {
    ingest('Deal', 'Microsoft signed a deal with Nebius worth $17.4 billion on Monday.', '2025-09-09T07:00:00Z');
    ingest('Second deal', 'Microsoft signed a second deal with Nebius worth $3 billion on Tuesday.', '2025-11-19T07:00:00Z');
    ingest('Small deal', 'Microsoft signed a deal with Nebius worth $200 million on Tuesday.', '2025-09-10T07:00:00Z');
    expect(rows('SELECT id FROM events')).toHaveLength(3);
  });

  it('takes the strongest certainty among mentions and re-storing an article does not duplicate anything', () => {
    const a = ingest('Report', 'Bloomberg reported that Amazon will build a data center in Chile.', '2025-09-09T07:00:00Z');
    ingest('Confirmed', 'Amazon will build a data center in Chile, the company said on Wednesday.', '2025-09-10T07:00:00Z');
    expect(rows<{ certainty: string; source_count: number }>('SELECT certainty, source_count FROM events')).toEqual([{ certainty: 'confirmed', source_count: 2 }]);
    const before = rows('SELECT * FROM event_mentions').length;
    const extraction = tagger.tag({ title: 'Report', body: 'Bloomberg reported that Amazon will build a data center in Chile.', publishedAt: '2025-09-09T07:00:00Z' });
    opened.sqlite.transaction(() => storeTags(opened.db, a, extraction, { publishedAt: '2025-09-09T07:00:00Z' }))();
    expect(rows('SELECT * FROM event_mentions')).toHaveLength(before);
    expect(rows<{ source_count: number }>('SELECT source_count FROM events')).toEqual([{ source_count: 2 }]);
    expect(rows<{ n: number }>('SELECT COUNT(*) AS n FROM article_entities WHERE article_id = ?', a)[0]!.n).toBeGreaterThan(0);
  });

  it('deletes an event when its only article is retagged without it', () => {
    const a = ingest('Outage', 'ChatGPT suffered an outage on Tuesday.', '2025-06-11T07:00:00Z');
    expect(rows('SELECT id FROM events')).toHaveLength(1);
    opened.sqlite.transaction(() => storeTags(opened.db, a, { promotional: false, entities: [], amounts: [], quantities: [], events: [] }, { publishedAt: '2025-06-11T07:00:00Z' }))();
    expect(rows('SELECT id FROM events')).toHaveLength(0);
  });

  it('stores amounts and quantities with their entities and rules', () => {
    ingest('Oracle', 'Oracle will build a 1.4-gigawatt data center campus in Michigan for $10 billion, the company said.', '2025-09-10T07:00:00Z');
    const amount = rows<{ name: string; category: string; rule: string }>('SELECT e.name, a.category, a.rule FROM amounts a JOIN entities e ON e.id = a.entity_id')[0];
    expect(amount?.name).toBe('Oracle');
    expect(amount?.rule).toBeTruthy();
    expect(rows<{ value: number; unit: string }>('SELECT value, unit FROM quantities')).toEqual([{ value: 1400, unit: 'MW' }]);
  });
});

describe('retagAll', () => {
  it('rebuilds tags after a gazetteer change without duplicates', () => {
    const body = 'Zephyrion Compute signed a deal with Microsoft worth $2 billion on Monday. Zephyrion Compute will build a data center in Texas.';
    ingest('Zephyrion', body, '2025-09-09T07:00:00Z');
    ingest('Zephyrion again', 'Microsoft signed a $2 billion deal with Zephyrion Compute on Monday.', '2025-09-10T07:00:00Z');
    const eventsBefore = rows('SELECT id FROM events').length;
    expect(eventsBefore).toBeGreaterThan(0);

    const extra = join(dir, 'gazetteer.extra.json');
    writeFileSync(extra, JSON.stringify({ entries: [{ name: 'Zephyrion', type: 'org', aliases: ['Zephyrion Compute'] }] }));
    const retagger = createTagger({ gazetteer: Gazetteer.load({ extraPaths: [extra] }) });
    const first = retagAll(opened.db, retagger);
    const second = retagAll(opened.db, retagger);
    expect(first).toEqual(second);
    expect(first.articles).toBe(2);
    expect(rows('SELECT id FROM events')).toHaveLength(eventsBefore);
    const names = rows<{ name: string }>('SELECT name FROM entities').map((r) => r.name);
    expect(names).toContain('Zephyrion');
    expect(names).not.toContain('Zephyrion Compute');
    const partnership = rows<{ source_count: number }>("SELECT source_count FROM events WHERE type = 'partnership'");
    expect(partnership).toEqual([{ source_count: 2 }]);
    // One row per article and entity, however often we retag.
    const dup = rows<{ n: number }>('SELECT COUNT(*) AS n FROM (SELECT article_id, entity_id FROM article_entities GROUP BY 1, 2 HAVING COUNT(*) > 1)');
    expect(dup[0]!.n).toBe(0);
  });
});
