import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { retagAll, storeTags } from '../../ingest/store/tags.ts';
import { firstStageTagger } from '../support/first-stage.ts';

let dir: string;
let opened: OpenedDb;
const tagger = createTagger();
/** The first stage alone (no second stage, event-keep.ts), for tests of the store rather than of the tagger's choices. */
const firstStage = firstStageTagger();

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

describe('storeTags: which happenings merge and which stay apart', () => {
  // Made-up companies and products, known to the tagger through a user gazetteer file.
  let fictional: ReturnType<typeof createTagger>;
  beforeAll(() => {
    const gdir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const path = join(gdir, 'gazetteer.extra.json');
    writeFileSync(path, JSON.stringify({ entries: [
      { name: 'Vexora', type: 'org', aliases: [] }, { name: 'Lumen', type: 'product', aliases: [] }, { name: 'Pixelon', type: 'product', aliases: [] },
      { name: 'Qassim AI', type: 'org', aliases: [] }, { name: 'Falcon Cloud', type: 'org', aliases: [] },
    ] }));
    fictional = createTagger({ gazetteer: Gazetteer.load({ extraPaths: [path] }) });
    rmSync(gdir, { recursive: true, force: true });
  });
  const ingestF = (title: string, body: string, publishedAt: string) => ingest(title, body, publishedAt, fictional);
  const types = () => rows<{ type: string; source_count: number; certainty: string }>('SELECT type, source_count, certainty FROM events ORDER BY id');

  it('a shutdown told twice merges; a speculative delay of the same product and a shutdown of another product stay apart', () => {
    ingestF('Lumen gone', 'Vexora shut down Lumen, its video generator, on Tuesday after costs ballooned.', '2026-03-25T10:00:00Z');
    ingestF('Why Lumen died', 'The shutdown of Vexora’s video generator Lumen this week shows how costly video models are.', '2026-03-27T10:00:00Z');
    ingestF('Delays', 'Vexora is considering pausing the launch of Lumen in Europe while compute is scarce.', '2026-03-27T11:00:00Z');
    ingestF('Other product', 'In the same week, Vexora discontinued Pixelon, a photo-editing app.', '2026-03-27T12:00:00Z');
    const shutdowns = rows<{ id: number; certainty: string; source_count: number }>("SELECT id, certainty, source_count FROM events WHERE type = 'shutdown' ORDER BY id");
    expect(shutdowns).toHaveLength(3);
    expect(shutdowns.map((e) => [e.certainty, e.source_count])).toEqual([['confirmed', 2], ['speculative', 1], ['confirmed', 1]]);
  });

  it('separate deals of one company with different counterparties on one day stay separate events', () => {
    ingestF('Qassim deals', [
      'Qassim AI signed an agreement with Nvidia on Tuesday to buy 20,000 chips.',
      'Qassim AI also signed a deal with AMD on Tuesday to deploy 400 megawatts of computing.',
      'Qassim AI and AWS struck a deal on Tuesday to put $4 billion into a cloud zone.',
    ].join(' '), '2025-05-14T06:00:00Z');
    ingestF('Qassim and Nvidia', 'Nvidia signed a deal with Qassim AI on Tuesday to supply 20,000 of its chips.', '2025-05-15T06:00:00Z');
    const deals = rows<{ id: number; source_count: number }>("SELECT id, source_count FROM events WHERE type = 'partnership' ORDER BY id");
    expect(deals.map((d) => d.source_count)).toEqual([2, 1, 1]);
  });

  it('a deal is not merged with another deal of one party with a third company in the same week', () => {
    ingestF('Nvidia and Qassim', 'Nvidia signed an agreement with Qassim AI on Tuesday to supply chips.', '2025-05-14T06:00:00Z');
    ingestF('Nvidia and Falcon', 'Nvidia signed an agreement with Falcon Cloud on Thursday to supply chips.', '2025-05-16T06:00:00Z');
    expect(types().map((e) => e.source_count)).toEqual([1, 1]);
  });

  it('an event whose actor goes unnamed joins the named one in the same place with the same figure', () => {
    // The first stage's tellings: this checks the store's merge, and events-lr@12's second stage drops the unnamed
    // party's one-line telling (the tagger's choice, tested in test/tag/events.test.ts).
    ingest('Ranch', 'Amazon offered a Nebraska rancher $18 million for his ranch to build a data center, but he declined.', '2026-03-20T10:00:00Z', firstStage);
    ingest('Land', 'A Nebraska rancher recently rejected an $18 million offer for his ranch from a tech company.', '2026-03-27T10:00:00Z', firstStage);
    const disputes = rows<{ source_count: number; location: string }>("SELECT source_count, location FROM events WHERE type = 'land_dispute'");
    expect(disputes).toEqual([{ source_count: 2, location: 'Nebraska' }]);
  });

  it('two names for one government body merge when the evidence says the same thing', () => {
    ingest('Rule', 'On Tuesday the Commerce Department withdrew the outgoing team’s AI chip export rule, which would have limited sales of advanced processors to dozens of nations.', '2025-05-14T06:00:00Z');
    ingest('Rule again', 'Earlier this month the Trump administration dropped the outgoing team’s AI chip export rule, which limited the advanced processors dozens of nations could buy.', '2025-05-23T06:00:00Z');
    expect(rows<{ type: string; source_count: number }>("SELECT type, source_count FROM events WHERE type = 'regulation'")).toEqual([{ type: 'regulation', source_count: 2 }]);
  });

  it('retagAll keeps each event\'s first_seen_at (the earliest sighting among its articles)', () => {
    const a = ingest('Deal', 'Microsoft signed a deal with Nebius worth $17.4 billion on Monday.', '2025-09-09T07:00:00Z');
    ingest('Deal again', 'Nebius said on Monday it signed a $17.4 billion deal with Microsoft.', '2025-09-10T07:00:00Z');
    // The first article was fetched later than it was published; its fetch time is when the tracker first saw the deal.
    opened.sqlite.prepare('UPDATE articles SET fetched_at = ? WHERE id = ?').run('2025-09-09T09:30:00Z', a);
    opened.sqlite.prepare("UPDATE events SET first_seen_at = '2025-09-09T08:00:00Z'").run();
    retagAll(opened.db, tagger);
    expect(rows<{ first_seen_at: string; source_count: number }>('SELECT first_seen_at, source_count FROM events')).toEqual([{ first_seen_at: '2025-09-09T08:00:00Z', source_count: 2 }]);
    retagAll(opened.db, tagger);
    expect(rows<{ first_seen_at: string }>('SELECT first_seen_at FROM events')[0]!.first_seen_at).toBe('2025-09-09T08:00:00Z');
  });

  it('a new event is first seen when its article was fetched, not when it was tagged', () => {
    const id = addArticle('Deal', 'Microsoft signed a deal with Nebius worth $17.4 billion on Monday.', '2025-09-09T07:00:00Z');
    const extraction = tagger.tag({ title: 'Deal', body: 'Microsoft signed a deal with Nebius worth $17.4 billion on Monday.', publishedAt: '2025-09-09T07:00:00Z' });
    opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt: '2025-09-09T07:00:00Z', now: '2030-01-01T00:00:00Z' }))();
    expect(rows<{ first_seen_at: string }>('SELECT first_seen_at FROM events')).toEqual([{ first_seen_at: '2025-09-09T07:00:00Z' }]);
  });
});

describe('retagAll', () => {
  it('rebuilds tags after a gazetteer change without duplicates', () => {
    const body = 'Zephyrion Compute signed a deal with Microsoft worth $2 billion on Monday. Zephyrion Compute will build a data center in Texas.';
    ingest('Zephyrion', body, '2025-09-09T07:00:00Z');
    ingest('Zephyrion again', 'Microsoft signed a $2 billion deal with Zephyrion Compute on Monday.', '2025-09-10T07:00:00Z');
    expect(rows('SELECT id FROM events').length).toBeGreaterThan(0);

    const extra = join(dir, 'gazetteer.extra.json');
    writeFileSync(extra, JSON.stringify({ entries: [{ name: 'Zephyrion', type: 'org', aliases: ['Zephyrion Compute'] }] }));
    const retagger = createTagger({ gazetteer: Gazetteer.load({ extraPaths: [extra] }) });
    const first = retagAll(opened.db, retagger);
    const second = retagAll(opened.db, retagger);
    expect(first).toEqual(second);
    expect(first.articles).toBe(2);
    // The deal told twice is one event; the build is another.
    expect(rows<{ type: string }>('SELECT type FROM events ORDER BY type').map((r) => r.type)).toEqual(['buildout', 'partnership']);
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
