/**
 * Which stored event a mention joins when two could take it (tags.ts assignStoredEvents): the one that gives the
 * mention's figure, before one that only shares more parties. Real SQLite through storeTags; tags written by hand.
 * Sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import type { Extraction, ExtractedEntity, ExtractedEvent } from '../../ingest/tag/types.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('event-assignment-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

function store(publishedAt: string, entities: ExtractedEntity[], events: Array<Omit<ExtractedEvent, 'summary' | 'location' | 'type' | 'certainty'>>): number[] {
  n++;
  const body = events.map((e) => e.sentence).join(' ');
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://a.test/${n}`, `https://a.test/${n}`, `Item ${n}`, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
  const extraction: Extraction = { promotional: false, amounts: [], quantities: [], entities,
    events: events.map((e) => ({ type: 'funding', certainty: 'confirmed', summary: e.sentence, location: null, ...e })) };
  return opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))().eventIds;
}

const org = (name: string): ExtractedEntity => ({ name, type: 'org', mentions: 1 });

describe('a mention two stored events could take', () => {
  it('joins the one that gives its sum, not the one that shares more parties but states none', () => {
    const [venture, notes] = store('2027-04-16T12:00:00Z',
      [org('Corvane'), org('Ridgeline Partners'), { name: 'Tamsin Campus', type: 'project', mentions: 2 }, org('Larkspur Funding LLC'), org('Halvard Bank'), org('Osprey Asset Management')],
      [
        { actors: ['Corvane', 'Ridgeline Partners', 'Tamsin Campus'], date: '2027-04-15', rule: 'events-lr@1 funding',
          sentence: 'Corvane has handed most of its Tamsin Campus to funds run by Ridgeline Partners in a venture that keeps the debt off its books.' },
        { actors: ['Larkspur Funding LLC', 'Halvard Bank', 'Osprey Asset Management'], date: '2027-04-16', dateExplicit: false, rule: 'events-lr@1 funding',
          sentence: 'A vehicle named Larkspur Funding LLC sold about $18.6 billion of notes arranged by Halvard Bank, Osprey Asset Management buying the most.' },
      ]);
    const [bonds] = store('2027-04-29T09:00:00Z',
      [org('Corvane'), org('Ridgeline Partners'), { name: 'Tamsin Campus', type: 'project', mentions: 1 }, org('Osprey Asset Management')],
      [{ actors: ['Corvane', 'Ridgeline Partners', 'Osprey Asset Management', 'Tamsin Campus'], date: '2027-04', rule: 'events-lr@1 funding',
        sentence: 'Earlier this month a venture Ridgeline Partners controls sold some $18.6 billion of bonds to pay for Corvane\'s Tamsin Campus, Osprey Asset Management taking the largest share.' }]);
    expect(venture).not.toBe(notes);
    expect(bonds).toBe(notes);
  });
});
