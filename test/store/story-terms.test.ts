/**
 * Stories' time window (stories.ts): a report a day after the news joins it, and one weeks after
 * the news needs more in common with it than one a few days after. Real SQLite; sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { assignStory, type StoryFeatures } from '../../ingest/store/stories.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('story-terms-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

function store(f: Omit<StoryFeatures, 'figures' | 'entities'>): number[] {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://t.test/${n}`, `https://t.test/${n}`, f.title, f.publishedAt, f.publishedAt, f.body, `t${n}`).lastInsertRowid);
  return assignStory(opened.sqlite, id, { figures: [], entities: [], ...f }).storyIds;
}

function background(): void {
  const topics = ['A bakery chain opened ten shops along the coast this spring.', 'A football club sold its stadium naming rights to a bank.',
    'A museum returned a painting to the family that lost it in the war.', 'A ferry line added winter crossings between two islands.',
    'A shoe maker moved its warehouse closer to the motorway.', 'A school district bought electric buses for its rural routes.'];
  topics.forEach((body, i) => store({ title: `Other news ${i}`, body, publishedAt: `2027-05-0${i + 1}T08:00:00Z` }));
}

const news = {
  title: 'Marsh County utilities approve cooling water deal', publishedAt: '2027-05-10T08:00:00Z',
  body: 'Marsh County utilities approved a cooling water contract for the Heron Ridge server campus, letting the operator draw treated wastewater from two county plants.',
};
const sameNews = (publishedAt: string) => ({
  title: 'Heron Ridge campus wins wastewater supply', publishedAt,
  body: 'The Marsh County utility board signed off on treated wastewater from its plants for cooling at the Heron Ridge campus, the operator said.',
});

describe('story terms and window', () => {
  it('two reports of one approval a day apart, in other words, join one story', () => {
    background();
    const a = store(news);
    const b = store(sameNews('2027-05-11T08:00:00Z'));
    expect(b).toEqual(a);
  });

  it('the same wording four weeks later is a follow-up that needs more in common: it starts its own story', () => {
    background();
    const a = store(news);
    const late = store(sameNews('2027-06-06T08:00:00Z'));
    expect(late).not.toEqual(a);
  });
});
