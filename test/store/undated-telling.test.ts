/**
 * A telling that states no date of its own (the article's day stands in) or is only talk of what may happen does not
 * make a second happening on another day (event-merge.ts ownDate): it joins the event of the same type, actor and
 * product within the merge window. Two dated happenings of one type by one actor on different days stay two.
 * Real SQLite through storeTags; tags written by hand, plus one article through the real tagger to show the flag
 * reaches the store. Sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { Extraction, ExtractedEntity, ExtractedEvent } from '../../ingest/tag/types.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('undated-telling-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

function insertArticle(title: string, body: string, publishedAt: string): number {
  n++;
  return Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://u.test/${n}`, `https://u.test/${n}`, title, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
}

function store(title: string, publishedAt: string, entities: ExtractedEntity[], event: Omit<ExtractedEvent, 'summary' | 'location'>): number {
  const id = insertArticle(title, event.sentence, publishedAt);
  const extraction: Extraction = { promotional: false, amounts: [], quantities: [], entities, events: [{ summary: title, location: null, ...event }] };
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))();
  return id;
}

const APP = [{ name: 'Quillon Labs', type: 'org', mentions: 2 }, { name: 'Brightwave', type: 'product', mentions: 2 }] as ExtractedEntity[];
const closure = (over: Partial<ExtractedEvent> & { date: string; sentence: string }) =>
  ({ type: 'shutdown', actors: ['Quillon Labs', 'Brightwave'], certainty: 'confirmed', rule: 'events-lr@1 discontinued', ...over }) as ExtractedEvent;

type EventRow = { id: number; date: string; date_stated: number; certainty: string; source_count: number };
const events = (type: string) => opened.sqlite.prepare('SELECT id, date, date_stated, certainty, source_count FROM events WHERE type = ? ORDER BY id').all(type) as EventRow[];
const mentionCertainties = (eventId: number) => (opened.sqlite.prepare(
  'SELECT m.certainty FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.published_at').all(eventId) as Array<{ certainty: string }>).map((r) => r.certainty);

describe('a telling with no date of its own', () => {
  it('joins the confirmed, dated happening: talk of closing the product, dated only by its article two days later', () => {
    store('Quillon Labs ends Brightwave', '2027-05-11T16:00:00Z', APP,
      closure({ date: '2027-05-11', dateExplicit: true, sentence: 'Quillon Labs switched off Brightwave, its sketching app, on Tuesday.' }));
    store('Is Quillon Labs losing interest in Brightwave?', '2027-05-13T09:00:00Z', APP,
      closure({ date: '2027-05-13', dateExplicit: false, certainty: 'speculative', rule: 'events-lr@1 shutdown',
        sentence: 'Quillon Labs is said to be shutting down Brightwave, the sketching app it once championed.' }));
    const [one, ...rest] = events('shutdown');
    expect(rest).toHaveLength(0);
    expect(one).toMatchObject({ date: '2027-05-11', date_stated: 1, certainty: 'confirmed', source_count: 2 });
    expect(mentionCertainties(one!.id)).toEqual(['confirmed', 'speculative']);
  });

  it('told first, takes the date the confirmed telling states when that joins it', () => {
    store('Brightwave may be on the way out', '2027-05-10T09:00:00Z', APP,
      closure({ date: '2027-05-10', dateExplicit: false, certainty: 'speculative', rule: 'events-lr@1 shutdown',
        sentence: 'Quillon Labs is said to be shutting down Brightwave, the sketching app it once championed.' }));
    store('Quillon Labs ends Brightwave', '2027-05-12T16:00:00Z', APP,
      closure({ date: '2027-05-11', dateExplicit: true, sentence: 'Quillon Labs switched off Brightwave, its sketching app, on Tuesday.' }));
    expect(events('shutdown')).toEqual([expect.objectContaining({ date: '2027-05-11', date_stated: 1, certainty: 'confirmed', source_count: 2 })]);
  });

  it('keeps talk that names no closure apart from the closure, though it is about the same product (losing interest is not an end)', () => {
    store('Quillon Labs ends Brightwave', '2027-05-11T16:00:00Z', APP,
      closure({ date: '2027-05-11', dateExplicit: true, sentence: 'Quillon Labs switched off Brightwave, its sketching app, on Tuesday.' }));
    store('Is Quillon Labs losing interest in Brightwave?', '2027-05-12T09:00:00Z', APP,
      closure({ date: '2027-05-12', dateExplicit: false, certainty: 'speculative', rule: 'events-lr@1 shutdown',
        sentence: 'Quillon Labs seems to be losing its appetite for Brightwave, the sketching app it once championed.' }));
    expect(events('shutdown')).toHaveLength(2);
  });

  it('still keeps talk of putting the product off apart from its closure (a delay is not an end)', () => {
    store('Quillon Labs ends Brightwave', '2027-05-11T16:00:00Z', APP,
      closure({ date: '2027-05-11', dateExplicit: true, sentence: 'Quillon Labs switched off Brightwave, its sketching app, on Tuesday.' }));
    store('Brightwave update held back', '2027-05-12T09:00:00Z', APP,
      closure({ date: '2027-05-12', dateExplicit: false, certainty: 'speculative', rule: 'events-lr@1 paused or delayed',
        sentence: 'Quillon Labs may have delayed the release of a new Brightwave version, two testers said.' }));
    expect(events('shutdown')).toHaveLength(2);
  });
});

describe('two dated happenings of one type by one actor', () => {
  const COUNCIL = [{ name: 'Harlow Vale Town Council', type: 'org', mentions: 2 }] as ExtractedEntity[];
  const act = (rule: string, date: string, sentence: string, dateExplicit = true) =>
    ({ type: 'land_dispute', actors: ['Harlow Vale Town Council'], certainty: 'confirmed', rule: `events-lr@1 ${rule}`, date, dateExplicit, sentence }) as ExtractedEvent;

  it('stay two when one council votes months apart', () => {
    store('Council turns down server campus', '2027-02-10T20:00:00Z', COUNCIL,
      act('refusal vote', '2027-02-09', 'Harlow Vale Town Council voted on Tuesday to reject a rezoning of farmland for a server campus.'));
    store('Council turns down second server campus', '2027-06-09T20:00:00Z', COUNCIL,
      act('refusal vote', '2027-06-08', 'Harlow Vale Town Council voted on Tuesday to reject a rezoning of a quarry for a second server campus.'));
    expect(events('land_dispute').map((e) => e.date)).toEqual(['2027-02-09', '2027-06-08']);
  });

  it('stay two when the council does two different things days apart; an undated telling of the vote joins the vote', () => {
    store('Council freezes server campus permits', '2027-02-03T20:00:00Z', COUNCIL,
      act('moratorium', '2027-02-02', 'Harlow Vale Town Council on Tuesday froze new permits for server campuses while it studies water use.'));
    store('Council turns down server campus', '2027-02-10T20:00:00Z', COUNCIL,
      act('refusal vote', '2027-02-09', 'Harlow Vale Town Council voted on Tuesday to reject a rezoning of farmland for a server campus.'));
    store('What the rejection means for Harlow Vale', '2027-02-12T08:00:00Z', COUNCIL,
      act('refusal vote', '2027-02-12', 'Harlow Vale Town Council voted to reject the farmland rezoning for a server campus, to cheers from neighbours.', false));
    expect(events('land_dispute').map((e) => [e.date, e.source_count])).toEqual([['2027-02-02', 1], ['2027-02-09', 2]]);
  });
});

describe('the tagger says whether a date was stated', () => {
  it('marks an undated telling so the store reads it as undated, and a dated one as dated', () => {
    const tagger = createTagger();
    const publishedAt = '2027-05-12T16:00:00Z';
    const closureOf = (body: string) => tagger.tag({ title: 'Sketching app closes', body, publishedAt }).events.filter((e) => e.type === 'shutdown');
    expect(closureOf('Quillon Labs shut down Brightwave, its sketching app, on Tuesday, citing high computing costs.'))
      .toEqual([expect.objectContaining({ date: '2027-05-11', dateExplicit: true })]);
    const body = 'Quillon Labs shut down Brightwave, its photo sketching app, citing high computing costs.';
    const extraction = tagger.tag({ title: 'Sketching app closes', body, publishedAt });
    expect(extraction.events.filter((e) => e.type === 'shutdown')).toEqual([expect.objectContaining({ date: '2027-05-12', dateExplicit: false })]);
    const id = insertArticle('Sketching app closes', body, publishedAt);
    opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))();
    expect(events('shutdown')).toEqual([expect.objectContaining({ date: '2027-05-12', date_stated: 0 })]);
  });
});

describe('the days a telling names', () => {
  it('come from the tagger with the event, and the store reads them there: the day a thing was done and the day it was told are one happening', () => {
    const tagger = createTagger();
    const publishedAt = '2027-05-19T16:00:00Z';
    const body = 'Quillon Labs, which quietly switched off Brightwave on May 10, told its users on Tuesday, May 18, that the sketching app would not return.';
    const told = tagger.tag({ title: 'Quillon Labs confirms Brightwave is gone', body, publishedAt }).events;
    expect(told.length).toBeGreaterThan(0);
    for (const ev of told) expect([...new Set(ev.daysNamed)]).toEqual(['2027-05-10', '2027-05-18']);

    // Tags written by hand: the two tellings a week apart join only through the days the later one names.
    store('Quillon Labs ends Brightwave', '2027-05-10T18:00:00Z', APP,
      closure({ date: '2027-05-10', dateExplicit: true, sentence: 'Quillon Labs switched off Brightwave, its sketching app, on Monday.' }));
    const later = closure({ date: '2027-05-18', dateExplicit: true, sentence: 'Quillon Labs told users on Tuesday that Brightwave, switched off a week before, is gone for good.' });
    store('Brightwave is gone for good', '2027-05-19T09:00:00Z', APP, { ...later, daysNamed: ['2027-05-10', '2027-05-18'] });
    expect(events('shutdown').map((e) => e.source_count)).toEqual([2]);
    // Without the days (an extraction that did not read them) the store does not read the sentence a second time.
    store('Brightwave is gone for good', '2027-05-19T10:00:00Z', APP, { ...later, sentence: 'Quillon Labs told users on Tuesday, May 18, that Brightwave, switched off on May 10, is gone for good.' });
    expect(events('shutdown').map((e) => e.source_count)).toEqual([2, 1]);
  });
});
