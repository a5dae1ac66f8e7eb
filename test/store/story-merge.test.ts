/**
 * Events merged through stories: the duplicates issue 8 names (one shutdown dated a day apart by two outlets, one
 * $38bn cloud deal told with different casts) become one event each; a different happening stays apart.
 * Sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { tempDir } from '../support/cli.ts';

const tagger = createTagger();
let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('story-merge-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

function ingest(title: string, body: string, publishedAt: string): void {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://s.test/${n}`, `https://s.test/${n}`, title, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
  const extraction = tagger.tag({ title, body, publishedAt });
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))();
}
const events = (type: string) => opened.sqlite.prepare('SELECT date, source_count FROM events WHERE type = ? ORDER BY id').all(type) as Array<{ date: string; source_count: number }>;

describe('events merged through stories', () => {
  it('one shutdown reported on two days by two outlets is one event', () => {
    ingest('OpenAI pulls the plug on Sora', 'OpenAI said on Friday it is shutting down Sora, its video generation app, after usage fell and computing costs soared. The company will turn the app off next month and refund subscribers. Sora launched to great fanfare but struggled to keep users.', '2025-11-28T16:00:00Z');
    ingest('Sora is going away', 'OpenAI will discontinue its Sora video app, the company confirmed, ending an experiment that drew millions of sign-ups but few paying customers. Users were told on Saturday that the service would close in December.', '2025-11-29T10:00:00Z');
    expect(events('shutdown')).toEqual([{ date: '2025-11-28', source_count: 2 }]);
    expect((opened.sqlite.prepare('SELECT count(DISTINCT story_id) AS n FROM story_articles').get() as { n: number }).n).toBe(1);
  });

  it('one cloud deal told with different casts is one event', () => {
    ingest('OpenAI signs AWS deal', 'OpenAI signed a $38 billion deal with Amazon Web Services on Monday to run its models on AWS servers for seven years, using hundreds of thousands of Nvidia chips.', '2025-11-03T14:00:00Z');
    ingest('OpenAI and Amazon strike cloud deal', 'OpenAI has agreed to buy $38bn of cloud services from AWS, the companies said, in a multi-year partnership that runs on Nvidia GPUs in Amazon data centers.', '2025-11-04T09:00:00Z');
    expect(events('partnership')).toEqual([{ date: '2025-11-03', source_count: 2 }]);
  });
});
