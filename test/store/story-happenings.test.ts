/**
 * Stories through happenings (stories.ts): two reports of one happening (event type and actor) written in different
 * words tell the same news; reports about the same companies doing something else do not. Sentences written for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { assignStory, cosine, shareHappening, TOPIC_COSINE, UNSHARED_TOPIC_COSINE, type StoryFeatures } from '../../ingest/store/stories.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('story-happenings-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

const LAMBDA = 1, MICROSOFT = 2;

/** Stores an article and puts it in its story; returns the story ids. */
function store(f: Omit<StoryFeatures, 'figures'> & { figures?: string[] }): number[] {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://h.test/${n}`, `https://h.test/${n}`, f.title, f.publishedAt, f.publishedAt, f.body, `h${n}`).lastInsertRowid);
  return assignStory(opened.sqlite, id, { figures: [], ...f }).storyIds;
}

// Unrelated news first, so common words and names are common (document frequencies as a running tracker has them):
// both companies are named in most of it, as a tracker of AI infrastructure names them every day.
function background(): void {
  const topics = ['A utility raised winter tariffs for homes in the north.', 'A chip plant in the desert hired two thousand workers.',
    'Regulators fined a bank over late reports on loans.', 'A port city approved a new container terminal after a long debate.',
    'A retailer closed forty stores as shoppers moved online.', 'Farmers won a court fight over river water used by a mine.'];
  topics.forEach((body, i) => store({ title: `Background ${i}`, body: `${body} Lambda and Microsoft were among the customers named.`, publishedAt: `2027-03-0${i + 1}T08:00:00Z`, entities: [{ id: 100 + i, mentions: 2 }, { id: LAMBDA, mentions: 2 }, { id: MICROSOFT, mentions: 2 }] }));
}

const first = {
  title: 'Lambda lands a Microsoft contract', publishedAt: '2027-03-10T08:00:00Z',
  body: 'Lambda agreed a multiyear contract with Microsoft to install thousands of accelerators in rented halls, executives told investors.',
  entities: [{ id: LAMBDA, mentions: 3 }, { id: MICROSOFT, mentions: 2 }],
};
const sameHappening = {
  title: 'GPU cloud wins hyperscaler business', publishedAt: '2027-03-12T08:00:00Z',
  body: 'The graphics cloud firm Lambda will supply Microsoft with racks of processors under a deal signed this week, according to a filing.',
  entities: [{ id: LAMBDA, mentions: 2 }, { id: MICROSOFT, mentions: 2 }],
};

describe('stories through happenings', () => {
  it('two reports of one partnership in different words join one story', () => {
    background();
    const a = store({ ...first, happenings: ['partnership:1', 'partnership:2'] });
    const b = store({ ...sameHappening, happenings: ['partnership:1', 'partnership:2'] });
    expect(b).toEqual(a);
  });

  it('without the happening, the same two wordings stay apart (the happening is the evidence)', () => {
    background();
    const a = store(first);
    const b = store(sameHappening);
    expect(b).not.toEqual(a);
  });

  it('must not merge: the same two companies in other news (a lawsuit) stay in their own story', () => {
    background();
    const a = store({ ...first, happenings: ['partnership:1', 'partnership:2'] });
    const c = store({
      title: 'Former staff sue Lambda', publishedAt: '2027-03-12T08:00:00Z',
      body: 'Former employees filed suit against Lambda over unpaid bonuses, naming Microsoft only as a customer in the complaint.',
      entities: [{ id: LAMBDA, mentions: 2 }, { id: MICROSOFT, mentions: 1 }], happenings: ['lawsuit:1'],
    });
    expect(c).not.toEqual(a);
  });
});

describe('news about one company that shares no happening', () => {
  const VANTAGE = 3, BIG_SKY = 4;
  const loan = {
    title: 'Banks line up construction debt for Northfield', publishedAt: '2027-03-10T08:00:00Z',
    body: 'A group of lenders agreed to provide Northfield Compute with construction loans for its Big Sky campus, a 1,200 megawatt site. '
      + 'Repayments start once tenants move in, and the arrangers expect to pass slices of the package on to pension investors.',
    entities: [{ id: VANTAGE, mentions: 2 }, { id: BIG_SKY, mentions: 1 }], figures: ['MW:1200', 'USD:9000000000'],
  };
  const power = {
    title: 'Gas turbines to feed Big Sky', publishedAt: '2027-03-10T15:00:00Z',
    body: 'Northfield Compute will generate electricity for the 1,200 megawatt Big Sky site with turbines fired by pipeline gas, '
      + 'skipping a wait of several years for a transmission line, permit filings with the state air regulator show.',
    entities: [{ id: VANTAGE, mentions: 2 }, { id: BIG_SKY, mentions: 1 }], figures: ['MW:1200'],
  };
  /** Topical cosine of the last two articles stored. */
  const lastCosine = () => {
    const [b, a] = (opened.sqlite.prepare('SELECT weights FROM story_signatures ORDER BY article_id DESC LIMIT 2').all() as Array<{ weights: string }>)
      .map((r) => JSON.parse(r.weights) as Record<string, number>);
    return cosine(a!, b!);
  };

  it('must not merge: a loan for a campus and a power plant at it stay apart though name, place and figures agree', () => {
    background();
    const a = store({ ...loan, happenings: [`funding:${VANTAGE}`] });
    const b = store({ ...power, happenings: [`energy:${VANTAGE}`] });
    // The words are alike enough for two reports of one happening, not for two that share none.
    expect(lastCosine()).toBeGreaterThanOrEqual(TOPIC_COSINE);
    expect(lastCosine()).toBeLessThan(UNSHARED_TOPIC_COSINE);
    expect(b).not.toEqual(a);
  });

  it('the same two wordings join when both report one happening (types read as one happening seen two ways)', () => {
    background();
    const a = store({ ...loan, happenings: [`funding:${VANTAGE}`] });
    const b = store({ ...power, happenings: [`partnership:${VANTAGE}`] });
    expect(b).toEqual(a);
  });

  it('must not merge: an article that reports no happening joins no story by its words', () => {
    background();
    const a = store({ ...loan, happenings: [`funding:${VANTAGE}`] });
    const b = store({ ...power, happenings: [] });
    expect(b).not.toEqual(a);
  });

  it('reads a compatible type with an actor in common as one happening, and nothing else', () => {
    expect(shareHappening(['funding:3'], ['partnership:3'])).toBe(true);
    expect(shareHappening(['funding:3'], ['energy:3'])).toBe(false);
    expect(shareHappening(['funding:3'], ['funding:4'])).toBe(false);
    expect(shareHappening([], ['funding:3'])).toBe(false);
    // Unknown (an article stored before happenings were kept): judged by its words, as before.
    expect(shareHappening(null, ['funding:3'])).toBe(true);
  });
});
