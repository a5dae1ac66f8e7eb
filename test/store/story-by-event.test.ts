/**
 * Stories found through events (tags.ts, stories.ts joinStoriesOf): two reports of one happening as news share a
 * story however differently they are worded; a happening recalled weeks later as background does not make one.
 * Real SQLite, tags written by hand so the wording can differ as much as the test needs. Sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import type { ExtractedEvent } from '../../ingest/tag/types.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('story-by-event-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

function store(title: string, body: string, publishedAt: string, event: (Partial<ExtractedEvent> & { date: string; sentence: string }) | null, mentions = 2): number {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://e.test/${n}`, `https://e.test/${n}`, title, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
  opened.sqlite.transaction(() => storeTags(opened.db, id, {
    promotional: false, amounts: [], quantities: [],
    entities: [{ name: 'Orrin Grid', type: 'org', mentions }, { name: 'Vessel Compute', type: 'org', mentions }],
    events: event ? [{ type: 'energy', actors: ['Orrin Grid', 'Vessel Compute'], location: null, certainty: 'confirmed', summary: 'power deal', rule: 'events-lr@1 energy', ...event }] : [],
  }, { publishedAt }))();
  return id;
}
const storiesOf = (id: number) => (opened.sqlite.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').all(id) as Array<{ story_id: number }>).map((r) => r.story_id);

describe('stories through events', () => {
  it('two differently worded reports of one happening, days after it, share a story', () => {
    // Both companies are in the news all the time (their names alone say little), a year earlier.
    const quarters = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
    quarters.forEach((q, i) => store(`Orrin Grid and Vessel Compute, ${q} update`, `Orrin Grid and Vessel Compute each filed their ${q} routine notice with regulators.`,
      `2026-0${1 + i}-10T09:00:00Z`, null));
    const a = store('Orrin Grid signs up a data centre buyer', 'Orrin Grid agreed on Monday to supply Vessel Compute with electricity from two river dams for fifteen years. The utility expects the load to arrive in stages from next spring.',
      '2027-03-02T09:00:00Z', { date: '2027-03-01', sentence: 'Orrin Grid agreed on Monday to supply Vessel Compute with electricity from two river dams.' });
    const b = store('Why hydropower is back in fashion', [
      'Cheap water power keeps tempting server farms, and the reasons are plain enough to anyone who has priced a gas turbine lately.',
      'Reservoirs store energy for months, turbines answer within seconds, and the licences that matter were granted decades ago.',
      'This week Vessel Compute locked in dam output from Orrin Grid, and analysts expect rivals to copy the move before summer.',
      'Fishing groups and kayak clubs will want a say in how the rivers are run; so will farmers downstream who irrigate in July.',
    ].join('\n\n'),
      '2027-03-05T09:00:00Z', { date: '2027-03-01', sentence: 'This week Vessel Compute locked in dam output from Orrin Grid.' }, 1);
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(storiesOf(b)).toEqual(storiesOf(a));
    expect(opened.sqlite.prepare('SELECT article_count, independent_count FROM stories WHERE id = ?').get(storiesOf(a)[0])).toEqual({ article_count: 2, independent_count: 2 });
  });

  it('a happening recalled weeks later as background does not put the two articles in one story', () => {
    const a = store('Orrin Grid signs up a data centre buyer', 'Orrin Grid agreed on Monday to supply Vessel Compute with electricity from two river dams for fifteen years. The utility expects the load to arrive in stages from next spring.',
      '2027-03-02T09:00:00Z', { date: '2027-03-01', sentence: 'Orrin Grid agreed on Monday to supply Vessel Compute with electricity from two river dams.' });
    const b = store('Dam levels fall', 'A dry spring has left reservoirs low. Orrin Grid, which in March agreed to feed Vessel Compute from its dams, says output will dip in August but contracts will be honoured.',
      '2027-04-20T09:00:00Z', { date: '2027-03-01', sentence: 'Orrin Grid, which in March agreed to feed Vessel Compute from its dams, says output will dip.' });
    expect(storiesOf(b)).not.toEqual(storiesOf(a));
  });
});
