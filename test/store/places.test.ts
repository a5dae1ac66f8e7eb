/** Place resolution at store time: real places with their parents, and events located from sentence, actor, dateline or article. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import type { Extraction, ExtractedEvent } from '../../ingest/tag/types.ts';
import { closeSiteDb, openSiteDb } from '../../db/queries.ts';
import { entityDirectory } from '../../db/entity-directory.ts';

let dir: string;
let opened: OpenedDb;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-places-'));
  opened = openDb(join(dir, 't.db'));
});
afterAll(() => {
  closeSiteDb();
  opened?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
function store(title: string, body: string, extraction: Partial<Extraction>): number[] {
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, '2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z', ?, ?)`).run(`https://news.example.org/${++seq}`, `https://news.example.org/${seq}`, title, body, `h${seq}`).lastInsertRowid);
  return storeTags(opened.db, id, { promotional: false, entities: [], amounts: [], quantities: [], events: [], ...extraction }, { publishedAt: '2026-03-10T10:00:00Z' }).eventIds;
}

const event = (over: Partial<ExtractedEvent>): ExtractedEvent => ({
  type: 'land_dispute', actors: [], location: null, date: '2026-03-09', certainty: 'confirmed', summary: 'A fight over a campus.', sentence: 'Residents objected.', ...over,
});

/** The event's place and the chain of places containing it, as stored. */
function placeChain(eventId: number): { name: string; kind: string; key: string; lat: number | null }[] {
  const chain: { name: string; kind: string; key: string; lat: number | null }[] = [];
  let row = opened.sqlite.prepare(`SELECT p.id, p.name, p.place_kind AS kind, p.place_key AS key, p.parent_id AS parent, p.lat FROM events e
    JOIN entities p ON p.id = e.location_entity_id WHERE e.id = ?`).get(eventId) as { id: number; name: string; kind: string; key: string; parent: number | null; lat: number | null } | undefined;
  while (row) {
    chain.push({ name: row.name, kind: row.kind, key: row.key, lat: row.lat });
    row = row.parent == null ? undefined : opened.sqlite.prepare(`SELECT id, name, place_kind AS kind, place_key AS key, parent_id AS parent, lat FROM entities WHERE id = ?`).get(row.parent) as typeof row;
  }
  return chain;
}

describe('places at store time', () => {
  it('locates a county board\'s vote in its county, with the county\'s state and country stored as its parents', () => {
    const [id] = store('Supervisors approve data center rezoning', 'The Prince William County Board of Supervisors voted 4-3 to approve the rezoning in Virginia.', {
      entities: [{ name: 'Virginia', type: 'place', mentions: 1 }, { name: 'Prince William County Board of Supervisors', type: 'org', mentions: 1 }],
      events: [event({ type: 'regulation', actors: ['Prince William County Board of Supervisors'], location: 'Virginia', sentence: 'The Prince William County Board of Supervisors voted 4-3 to approve the rezoning in Virginia.' })],
    });
    const chain = placeChain(id);
    expect(chain.map((p) => p.name)).toEqual(['Prince William County', 'Virginia', 'United States']);
    expect(chain.map((p) => p.kind)).toEqual(['county', 'region', 'country']);
    expect(chain[0].key).toBe('US-C51153');
    expect(chain[0].lat).toBeGreaterThan(38);
    // The tagger's "Virginia" entity became the gazetteer's Virginia: one row, not two.
    expect((opened.sqlite.prepare(`SELECT count(*) AS n FROM entities WHERE name = 'Virginia'`).get() as { n: number }).n).toBe(1);
  });

  it('locates an event from the dateline when its sentence names no place', () => {
    const [id] = store('Developer breaks ground', 'ABILENE, Texas — Work began on Tuesday on the first building of the campus, the developer said.', {
      entities: [{ name: 'Texas', type: 'place', mentions: 1 }],
      events: [event({ type: 'buildout', sentence: 'Work began on Tuesday on the first building of the campus, the developer said.' })],
    });
    expect(placeChain(id).map((p) => p.name)).toEqual(['Abilene', 'Taylor County', 'Texas', 'United States']);
  });

  it('locates from the sentence first, and from the article when all its places lie on one chain and the sentence points there', () => {
    const [inTown, inArticle, nowhere] = store('Fight over farmland in Oldham County, Kentucky',
      'Residents of Oldham County, Kentucky, packed a meeting. The plan near La Grange was withdrawn. Town officials set a second hearing for April. '
        + 'Separately, the developer raised its spending forecast.', {
        entities: [{ name: 'Oldham County', type: 'place', mentions: 1 }, { name: 'Kentucky', type: 'place', mentions: 1 }, { name: 'La Grange', type: 'place', mentions: 1 }],
        events: [
          event({ sentence: 'The plan near La Grange was withdrawn.' }),
          event({ type: 'regulation', date: '2026-04', sentence: 'Town officials set a second hearing for April.' }),
          event({ type: 'spend_plan', sentence: 'Separately, the developer raised its spending forecast.' }),
        ],
      });
    expect(placeChain(inTown).map((p) => p.name)).toEqual(['La Grange', 'Oldham County', 'Kentucky', 'United States']);
    // No place in its sentence, but "town officials": the town of the article's one chain (county, its state, a town in it).
    expect(placeChain(inArticle)[0].name).toBe('La Grange');
    // Points at no place: the article's places say nothing about where it happened.
    expect(placeChain(nowhere)).toEqual([]);
  });

  it('in a round-up, gives the article\'s place only to the event whose sentence points there', () => {
    const [dispute, shutdown] = store('Data center round-up: a farmland fight and an app closure',
      'Harlan County, Kentucky, is weighing a 300-acre server campus on former farmland. County commissioners postponed the vote on the rezoning '
        + 'after residents packed the hearing.\n\nIn other news, Globex Systems said it would shut down its Photon video app in May.', {
        entities: [{ name: 'Harlan County', type: 'place', mentions: 1 }, { name: 'Kentucky', type: 'place', mentions: 1 },
          { name: 'Globex Systems', type: 'org', mentions: 1 }],
        events: [
          event({ date: '2026-02-20', sentence: 'County commissioners postponed the vote on the rezoning after residents packed the hearing.' }),
          event({ type: 'shutdown', date: '2026-02-20', actors: ['Globex Systems'], sentence: 'In other news, Globex Systems said it would shut down its Photon video app in May.' }),
        ],
      });
    expect(placeChain(dispute).map((p) => p.name)).toEqual(['Harlan County', 'Kentucky', 'United States']);
    expect(placeChain(shutdown)).toEqual([]);
  });

  it('reads an unnamed local body among the actors as pointing at the article\'s place', () => {
    const [id] = store('Vote on server farm in Frederick County, Maryland',
      'The vote in Frederick County, Maryland, came late on Tuesday. The Board of Supervisors approved the plan 5-2.', {
        entities: [{ name: 'Frederick County', type: 'place', mentions: 1 }, { name: 'Maryland', type: 'place', mentions: 1 }],
        events: [event({ type: 'regulation', date: '2026-03-03', actors: ['Board of Supervisors'], sentence: 'It approved the plan 5-2.' })],
      });
    expect(placeChain(id)[0].name).toBe('Frederick County');
  });

  it('renames a stored place the gazetteer has since named differently, keeping its slug', () => {
    opened.sqlite.prepare(`INSERT INTO entities (slug, name, type, origin, place_key, place_kind, country_code)
      VALUES ('manassas-county', 'Manassas County', 'place', 'gazetteer', 'US-C51683', 'county', 'US')`).run();
    const [id] = store('Council weighs campus', 'MANASSAS, Va. — The City Council delayed the vote on the campus.', {
      events: [event({ type: 'regulation', date: '2026-03-05', actors: ['City Council'], sentence: 'The City Council delayed the vote on the campus.' })],
    });
    const chain = placeChain(id);
    expect(chain.map((p) => p.name)).toEqual(['Manassas', 'City of Manassas', 'Virginia', 'United States']);
    expect((opened.sqlite.prepare(`SELECT slug FROM entities WHERE place_key = 'US-C51683'`).get() as { slug: string }).slug).toBe('manassas-county');
  });

  it('leaves an event unlocated when the article names unrelated places and its sentence none', () => {
    const [id] = store('Capex round-up', 'Spending rose in Ohio and in Ireland. The company raised its forecast.', {
      entities: [{ name: 'Ohio', type: 'place', mentions: 1 }, { name: 'Ireland', type: 'place', mentions: 1 }],
      events: [event({ type: 'spend_plan', sentence: 'The company raised its forecast.' })],
    });
    expect(placeChain(id)).toEqual([]);
  });

  it('counts, in the entity directory, the events of the places inside a place, as its page does', () => {
    openSiteDb(opened.path);
    const dir = new Map(entityDirectory().map((e) => [e.name, e]));
    const inVirginia = opened.sqlite.prepare(`WITH RECURSIVE up(id) AS (SELECT location_entity_id FROM events WHERE location_entity_id IS NOT NULL
      UNION ALL SELECT parent_id FROM entities JOIN up ON entities.id = up.id WHERE parent_id IS NOT NULL)
      SELECT count(*) AS n FROM up JOIN entities p ON p.id = up.id WHERE p.name = 'Virginia'`).get() as { n: number };
    // Every event above in Virginia or a place inside it, whichever is its own place; the country holds them and more.
    expect(inVirginia.n).toBeGreaterThanOrEqual(2);
    expect(dir.get('Virginia')?.events).toBe(inVirginia.n);
    expect(dir.get('United States')?.events).toBeGreaterThan(dir.get('Virginia')!.events);
    // No article names the country: its articles are the ones reporting the events inside it, not none.
    const reportingUs = opened.sqlite.prepare(`WITH RECURSIVE up(event_id, id) AS (SELECT id, location_entity_id FROM events WHERE location_entity_id IS NOT NULL
      UNION ALL SELECT up.event_id, parent_id FROM entities JOIN up ON entities.id = up.id WHERE parent_id IS NOT NULL)
      SELECT count(DISTINCT m.article_id) AS n FROM up JOIN entities p ON p.id = up.id JOIN event_mentions m ON m.event_id = up.event_id WHERE p.name = 'United States'`).get() as { n: number };
    expect(reportingUs.n).toBeGreaterThan(0);
    expect(dir.get('United States')?.articles).toBe(reportingUs.n);
    expect(dir.get('Prince William County')?.events).toBe(1);
    closeSiteDb();
  });
});
