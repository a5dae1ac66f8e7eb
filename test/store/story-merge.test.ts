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
import { cosine, TOPIC_COSINE, UNSHARED_TOPIC_COSINE } from '../../ingest/store/stories.ts';

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

  it('a rumoured closure and its confirmation the next day are one event that keeps both certainties', () => {
    ingest('Google weighs closing NotebookLM', 'Google is weighing whether to wind down NotebookLM, its research notebook app, two people familiar with the plans said. A decision could come within days as the company trims products that cost more to run than they bring in.', '2026-02-09T08:00:00Z');
    ingest('NotebookLM is closed', 'Google has closed NotebookLM, the company said on Tuesday. Users have until the end of March to export their notebooks before the app stops working for good.', '2026-02-10T18:00:00Z');
    const shutdowns = opened.sqlite.prepare("SELECT id, certainty, source_count FROM events WHERE type = 'shutdown'").all() as Array<{ id: number; certainty: string; source_count: number }>;
    expect(shutdowns).toHaveLength(1);
    expect(shutdowns[0]).toMatchObject({ certainty: 'confirmed', source_count: 2 });
    const certainties = opened.sqlite.prepare('SELECT certainty FROM event_mentions WHERE event_id = ? ORDER BY article_id').all(shutdowns[0]!.id) as Array<{ certainty: string }>;
    expect(certainties.map((c) => c.certainty)).toEqual(['speculative', 'confirmed']);
  });

  it('a rumour about one product does not join the closure of another', () => {
    ingest('Google weighs closing NotebookLM', 'Google is weighing whether to wind down NotebookLM, its research notebook app, two people familiar with the plans said.', '2026-02-09T08:00:00Z');
    ingest('Bard is closed', 'Google has closed Bard, the company said on Tuesday, after a trial that drew few users.', '2026-02-10T18:00:00Z');
    expect(events('shutdown')).toHaveLength(2);
  });

  it('one cloud deal told with different casts is one event', () => {
    ingest('OpenAI signs AWS deal', 'OpenAI signed a $38 billion deal with Amazon Web Services on Monday to run its models on AWS servers for seven years, using hundreds of thousands of Nvidia chips.', '2025-11-03T14:00:00Z');
    ingest('OpenAI and Amazon strike cloud deal', 'OpenAI has agreed to buy $38bn of cloud services from AWS, the companies said, in a multi-year partnership that runs on Nvidia GPUs in Amazon data centers.', '2025-11-04T09:00:00Z');
    expect(events('partnership')).toEqual([{ date: '2025-11-03', source_count: 2 }]);
  });
});

describe('stories', () => {
  it('a weekly roundup joins the story of the news one of its paragraphs reports', () => {
    ingest('Harlow County rejects Quarry Ridge data center', [
      'Harlow County commissioners voted 4-1 on Tuesday to reject the rezoning of 610 acres of farmland for the Quarry Ridge data center campus proposed by Tallis Compute.',
      'Residents packed the hearing to object to the noise, the water the cooling towers would draw and the new transmission lines the campus would need.',
      'Tallis Compute said it was disappointed and would study its options, including a smaller design or another site in the county.',
    ].join('\n'), '2026-05-05T20:00:00Z');
    ingest('The Grid Letter, week 19', [
      'Welcome back to the Grid Letter, our weekly tour of the fights over power lines, substations and server farms in small towns across the country, told by the people who show up to the hearings.',
      'Harlow County said no. Commissioners turned down Tallis Compute and its Quarry Ridge campus on 610 acres of farmland on Tuesday, by four votes to one, after residents objected to the noise, the water the cooling towers would draw and the transmission lines.',
      'Elsewhere, a utility in the Southwest asked regulators for a special tariff that would make the largest new customers pay for the lines and transformers built for them, a request consumer groups said they would study closely before taking a side.',
      'And a coastal town finished the first year of its moratorium on large loads, with the council saying it will take up permanent zoning rules for big electricity users at its meeting next month, after two more public workshops.',
      'That is all for this week. Write to us with the hearings on your calendar and the agendas we should read, and we will follow the votes as they happen.',
    ].join('\n'), '2026-05-09T07:00:00Z');
    const stories = opened.sqlite.prepare('SELECT article_id, story_id FROM story_articles ORDER BY article_id').all() as Array<{ article_id: number; story_id: number }>;
    const [first, roundup] = [...new Set(stories.map((r) => r.article_id))];
    const storiesOf = (id: number | undefined) => stories.filter((r) => r.article_id === id).map((r) => r.story_id);
    expect(storiesOf(first)).toHaveLength(1);
    expect(storiesOf(roundup)).toContain(storiesOf(first)[0]);
  });

  it('must not merge: a loan for a campus and the gas plant planned at it are two stories; a second report of the loan joins the first', () => {
    // Unrelated news first, so common words are common (document frequencies as a running tracker has them).
    ['A bakery chain opened ten shops along the coast this spring and plans more inland.', 'A football club sold its stadium naming rights to a regional bank for ten years.',
      'A museum returned a painting to the family that lost it during the war.', 'A ferry line added winter crossings between the two islands after a petition.',
      'A shoe maker moved its warehouse closer to the motorway to cut delivery times.', 'A school district bought electric buses for its rural routes with a state grant.']
      .forEach((body, i) => ingest(`Other news ${i}`, body, `2026-05-2${i}T08:00:00Z`));
    ingest('Lenders back Corvid Cloud with $12 billion for Pine Hollow campus', 'Corvid Cloud raised $12 billion in construction loans from a group of banks led by Fairhaven Bank for its Pine Hollow data center campus in Tolliver County, the company said on Monday. The campus is planned at 1.2 gigawatts.', '2026-06-01T10:00:00Z');
    ingest('Pine Hollow campus to burn gas on site', 'Corvid Cloud will run Pine Hollow on electricity from turbines fired by natural gas next to the halls, signing a power purchase agreement with Ridgeway Turbines rather than waiting for the grid, air permit papers show.', '2026-06-01T16:00:00Z');
    ingest('Banks lend Corvid Cloud $12bn', 'The data center developer Corvid Cloud has raised $12 billion of debt from lenders including Fairhaven Bank, money it will spend building out Pine Hollow, it told investors.', '2026-06-02T09:00:00Z');
    const stories = opened.sqlite.prepare('SELECT article_id, story_id FROM story_articles ORDER BY article_id').all() as Array<{ article_id: number; story_id: number }>;
    const [loan, gas, loanAgain] = [...new Set(stories.map((r) => r.article_id))].slice(-3);
    const storiesOf = (id: number | undefined) => stories.filter((r) => r.article_id === id).map((r) => r.story_id);
    // The loan and the gas plant share the company, the campus and enough words to pass for one happening told twice.
    const [w0, w1] = (opened.sqlite.prepare('SELECT weights FROM story_signatures ORDER BY article_id DESC LIMIT 3').all() as Array<{ weights: string }>)
      .map((r) => JSON.parse(r.weights) as Record<string, number>).reverse();
    expect(cosine(w0!, w1!)).toBeGreaterThanOrEqual(TOPIC_COSINE);
    expect(cosine(w0!, w1!)).toBeLessThan(UNSHARED_TOPIC_COSINE);
    expect(storiesOf(gas).some((id) => storiesOf(loan).includes(id))).toBe(false);
    expect(storiesOf(loanAgain).some((id) => storiesOf(loan).includes(id))).toBe(true);
  });
});
