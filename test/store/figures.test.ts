/** Figures: rounding, disputes between outlets, and what a total counts (interface.md, "Figures: one fact, one row"). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb, type OpenedDb } from '../../db/open.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { sameValue } from '../../ingest/store/figures.ts';
import type { ExtractedAmount, ExtractedEntity, ExtractedQuantity, Extraction } from '../../ingest/tag/types.ts';
import { tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
let opened: OpenedDb;
let n = 0;
beforeEach(() => { tmp = tempDir('figures-'); opened = openDb(join(tmp.dir, 'tracker.db')); });
afterEach(() => { opened.close(); tmp.cleanup(); });

const rows = <T>(sql: string) => opened.sqlite.prepare(sql).all() as T[];

function report(title: string, body: string, publishedAt: string, amounts: Array<Partial<ExtractedAmount> & { value: number }>): void {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://f.test/${n}`, `https://f.test/${n}`, title, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
  const extraction: Extraction = {
    promotional: false, entities: [{ name: 'Brightwater Systems', type: 'org', mentions: 3 }], quantities: [], events: [],
    amounts: amounts.map((a) => ({ text: `$${a.value / 1e9} billion`, currency: 'USD', value_usd: a.value, category: 'capex', entity: 'Brightwater Systems',
      period: '2027', estimate: true, sentence: body, ...a })),
  };
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))();
}

/** An article with the entities, amounts and quantities given as the tagger would give them (sentences set per figure). */
function tell(title: string, body: string, publishedAt: string, parts: { entities: ExtractedEntity[]; amounts?: ExtractedAmount[]; quantities?: ExtractedQuantity[] }): void {
  n++;
  const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(`https://f.test/${n}`, `https://f.test/${n}`, title, publishedAt, publishedAt, body, `h${n}`).lastInsertRowid);
  const extraction: Extraction = { promotional: false, events: [], amounts: [], quantities: [], ...parts };
  opened.sqlite.transaction(() => storeTags(opened.db, id, extraction, { publishedAt }))();
}
const org = (name: string): ExtractedEntity => ({ name, type: 'org', mentions: 2 });
const place = (name: string): ExtractedEntity => ({ name, type: 'place', mentions: 1 });
const power = (mw: number, entity: string, sentence: string): ExtractedQuantity => ({ text: `${mw} megawatts`, kind: 'power', value: mw, unit: 'MW', entity, sentence });
const usd = (value: number, entity: string | null, category: ExtractedAmount['category'], sentence: string): ExtractedAmount =>
  ({ text: `$${value / 1e9} billion`, value, currency: 'USD', value_usd: value, category, entity, period: null, estimate: false, sentence });

describe('figures', () => {
  it('reads values as equal within the rounding of the less precise one, never beyond 3%', () => {
    expect(sameValue(17e9, 17.4e9)).toBe(true);
    expect(sameValue(192.9e9, 192.87e9)).toBe(true);
    expect(sameValue(38e9, 40e9)).toBe(false);
    expect(sameValue(6000, 6600)).toBe(false);
  });

  it('a range and a single value are one figure only when the value is one of its bounds', () => {
    report('Brightwater outlook', 'Brightwater Systems expects 2027 capex of $7 billion to $9 billion.', '2027-01-10T08:00:00Z', [{ value: 9e9, value_min: 7e9, text: '$7 billion to $9 billion' }]);
    report('Brightwater deal', 'Brightwater Systems will spend $9.17 billion in 2027, a filing shows.', '2027-01-11T08:00:00Z', [{ value: 9.17e9 }]);
    report('Brightwater ceiling', 'Brightwater Systems said 2027 capex could reach $9 billion.', '2027-01-12T08:00:00Z', [{ value: 9e9 }]);
    const figs = rows<{ value: number; value_min: number | null; source_count: number }>('SELECT value, value_min, source_count FROM figures ORDER BY id');
    expect(figs).toEqual([{ value: 9e9, value_min: 7e9, source_count: 2 }, { value: 9.17e9, value_min: null, source_count: 1 }]);
  });

  it('a mention joins the figure closest in value when two are within rounding', () => {
    report('Brightwater financing', 'Brightwater Systems raised $27 billion, of which $27.3 billion counting fees.', '2027-01-10T08:00:00Z', [{ value: 27e9 }, { value: 27.3e9 }]);
    report('Brightwater fees', 'Brightwater Systems will pay out $27.3 billion in 2027.', '2027-01-11T08:00:00Z', [{ value: 27.3e9 }]);
    expect(rows<{ value: number; source_count: number }>('SELECT value, source_count FROM figures ORDER BY id'))
      .toEqual([{ value: 27e9, source_count: 1 }, { value: 27.3e9, source_count: 2 }]);
  });

  it('an unowned precise figure for one category and stated period is one fact wherever it is told', () => {
    report('Forecasts', 'Analysts expect $176 billion of spending on AI buildings over 2026-2028.', '2027-01-10T08:00:00Z', [{ value: 176e9, entity: null, period: '2026-2028' }]);
    report('Another note', 'A bank puts building outlays at $176 billion across 2026-2028.', '2027-03-02T08:00:00Z', [{ value: 176e9, entity: null, period: '2026-2028' }]);
    report('Round number', 'Some $200 billion could be spent over 2026-2028.', '2027-01-10T09:00:00Z', [{ value: 200e9, entity: null, period: '2026-2028' }]);
    report('Round number again', 'Another $200 billion may follow over 2026-2028.', '2027-03-02T09:00:00Z', [{ value: 200e9, entity: null, period: '2026-2028' }]);
    expect(rows<{ value: number; source_count: number }>('SELECT value, source_count FROM figures ORDER BY id'))
      .toEqual([{ value: 176e9, source_count: 2 }, { value: 200e9, source_count: 1 }, { value: 200e9, source_count: 1 }]);
  });

  it('merges one figure told by two outlets, rounded differently', () => {
    report('Brightwater budget', 'Brightwater Systems expects to spend $17.4 billion on data halls in 2027.', '2027-01-10T08:00:00Z', [{ value: 17.4e9 }]);
    report('Brightwater plans', 'Brightwater Systems plans capex of roughly $17 billion next year, the company said.', '2027-01-11T08:00:00Z', [{ value: 17e9 }]);
    expect(rows<{ value: number; source_count: number; status: string }>('SELECT value, source_count, status FROM figures'))
      .toEqual([{ value: 17.4e9, source_count: 2, status: 'current' }]);
  });

  it('keeps outlets that disagree at the same time side by side, and a total counts the dispute once', () => {
    report('Brightwater budget', 'Brightwater Systems expects to spend $20 billion on data halls in 2027.', '2027-01-10T08:00:00Z', [{ value: 20e9 }]);
    report('Brightwater plans', 'Brightwater Systems expects 2027 capex of $24 billion, people familiar with the plan said.', '2027-01-11T08:00:00Z', [{ value: 24e9 }]);
    const figs = rows<{ id: number; value: number; status: string; dispute_of: number | null }>('SELECT id, value, status, dispute_of FROM figures ORDER BY id');
    expect(figs.map((f) => [f.value, f.status])).toEqual([[20e9, 'disputed'], [24e9, 'disputed']]);
    expect(figs[1]!.dispute_of).toBe(figs[0]!.id);
    expect(rows<{ usd: number }>('SELECT sum(value_usd) AS usd FROM spend WHERE counted = 1')).toEqual([{ usd: 20e9 }]);
  });

  it('a later figure for the same owner, category and period supersedes the earlier one', () => {
    report('Brightwater budget', 'Brightwater Systems expects to spend $20 billion on data halls in 2027.', '2027-01-10T08:00:00Z', [{ value: 20e9 }]);
    report('Brightwater lifts budget', 'Brightwater Systems now expects 2027 capex of $26 billion.', '2027-04-20T08:00:00Z', [{ value: 26e9 }]);
    const figs = rows<{ id: number; value: number; status: string; revises_id: number | null }>('SELECT id, value, status, revises_id FROM figures ORDER BY id');
    expect(figs.map((f) => [f.value, f.status, f.revises_id])).toEqual([[20e9, 'superseded', null], [26e9, 'current', figs[0]!.id]]);
    expect(rows<{ usd: number }>('SELECT sum(value_usd) AS usd FROM spend WHERE counted = 1')).toEqual([{ usd: 26e9 }]);
  });

  it('never makes a figure of a conversion', () => {
    report('Brightwater in Europe', 'Brightwater Systems will invest €5 billion ($5.4 billion) in 2027.', '2027-01-10T08:00:00Z',
      [{ value: 5e9, currency: 'EUR', value_usd: 5.4e9 }, { value: 5.4e9, conversion: true }]);
    expect(rows<{ unit: string }>('SELECT unit FROM figures')).toEqual([{ unit: 'EUR' }]);
  });

  it('the same number said in nearly the same words is one fact, months apart and with no owner; other words, another fact', () => {
    const unowned = { entity: null, period: null, category: 'penalty' as const };
    report('Norland data law', 'The top tier of penalties under the Norland data law reaches $35 million or 7% of annual turnover.', '2027-01-10T08:00:00Z', [{ value: 35e6, ...unowned }]);
    report('Norland law explained', 'Penalties under the Norland data law can reach $35 million or 7% of annual turnover for the worst breaches.', '2027-05-02T08:00:00Z', [{ value: 35e6, ...unowned }]);
    report('Halvard settles', 'A court ordered Halvard Mining to pay $35 million to settle a quarrel over water rights.', '2027-09-01T08:00:00Z', [{ value: 35e6, ...unowned }]);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 2 }, { source_count: 1 }]);
  });

  it('an article stating three of the same figures as another (one of them precise) states the same facts; two in common are not enough', () => {
    const unowned = { entity: null, period: null, category: 'other' as const };
    const three = [{ value: 60e9, ...unowned }, { value: 7e9, ...unowned }, { value: 14e9, ...unowned }];
    report('Norland grid plan', 'Regulators in Norland list a $60 billion grid budget, with $7 billion for storage and $14 billion for new lines.', '2027-01-10T08:00:00Z', three);
    report('What the grid will cost', 'Grid spending totals $60 billion: batteries take $7 billion and transmission another $14 billion, an official told us.', '2027-04-20T08:00:00Z', three);
    report('Another budget', 'A separate consortium earmarked $60 billion for ports, including $7 billion of dredging.', '2027-08-01T08:00:00Z', three.slice(0, 2));
    expect(rows<{ value: number; source_count: number }>('SELECT value, source_count FROM figures ORDER BY id')).toEqual([
      { value: 60e9, source_count: 2 }, { value: 7e9, source_count: 2 }, { value: 14e9, source_count: 2 },
      { value: 60e9, source_count: 1 }, { value: 7e9, source_count: 1 },
    ]);
  });

  it('an unowned figure said beside the same party in two articles is that party\'s estimate told twice, whatever category each read', () => {
    report('Brightwater sizes the market', 'Brightwater Systems estimates that AI buildings worldwide will need about $7 trillion over ten years.', '2027-01-10T08:00:00Z',
      [{ value: 7e12, entity: null, period: null, category: 'capex' }]);
    report('Forecasts compared', 'By Brightwater Systems’ reckoning, the world must find roughly $7 trillion, land and power included.', '2027-05-02T08:00:00Z',
      [{ value: 7e12, entity: null, period: null, category: 'deal' }]);
    report('Economists weigh in', 'Some economists think $7 trillion of outlays is far too high a guess.', '2027-09-01T08:00:00Z',
      [{ value: 7e12, entity: null, period: null, category: 'deal' }]);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 2 }, { source_count: 1 }]);
  });

  it('a place named beside an unowned figure in two articles is not its source: two facts; a company named beside it is', () => {
    tell('Forum on server spending', 'At a forum in Marrowby, Tolland Research put worldwide AI outlays near $4 trillion this decade.', '2027-01-10T08:00:00Z',
      { entities: [place('Marrowby'), org('Tolland Research')], amounts: [usd(4e12, null, 'capex', 'At a forum in Marrowby, Tolland Research put worldwide AI outlays near $4 trillion this decade.')] });
    tell('Spending guesses differ', 'Tolland Research still thinks buyers will find some $4 trillion for chips and buildings.', '2027-06-02T08:00:00Z',
      { entities: [org('Tolland Research')], amounts: [usd(4e12, null, 'deal', 'Tolland Research still thinks buyers will find some $4 trillion for chips and buildings.')] });
    tell('Marrowby budget night', 'Marrowby councillors heard that a $6 trillion global build-out could reach the valley.', '2027-02-10T08:00:00Z',
      { entities: [place('Marrowby')], amounts: [usd(6e12, null, 'capex', 'Marrowby councillors heard that a $6 trillion global build-out could reach the valley.')] });
    tell('Valley water plan', 'Planners in Marrowby said water for a $6 trillion wave of server halls is the open question.', '2027-07-20T08:00:00Z',
      { entities: [place('Marrowby')], amounts: [usd(6e12, null, 'deal', 'Planners in Marrowby said water for a $6 trillion wave of server halls is the open question.')] });
    expect(rows<{ value: number; source_count: number }>('SELECT value, source_count FROM figures ORDER BY id'))
      .toEqual([{ value: 4e12, source_count: 2 }, { value: 6e12, source_count: 1 }, { value: 6e12, source_count: 1 }]);
  });

  // Stories are checked apart so the figure is shown to join by its own evidence, not through a shared story.
  const storiesOf = () => rows<{ article_id: number; story_id: number }>('SELECT article_id, story_id FROM story_articles ORDER BY article_id');
  /** An investor's quarter naming the company's valuation; `owner` is whom the tagger gave the figure to. */
  const investorReport = (owner: string) =>
    report('Harbor Point quarter', 'Harbor Point Capital booked a large gain on its stake in Quillfeather Labs, lately valued at $310 billion.', '2027-03-15T08:00:00Z',
      [{ value: 310e9, entity: owner, category: 'valuation', period: null, estimate: false }]);

  it('a valuation is one fact whoever reports it: the company after its round, an investor naming it later', () => {
    report('Quillfeather share sale', 'Quillfeather Labs closed a share sale that puts a price of $310 billion on the chatbot maker.', '2027-02-01T08:00:00Z',
      [{ value: 310e9, entity: 'Quillfeather Labs', category: 'valuation', period: null, estimate: false }]);
    investorReport('Harbor Point Capital');
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(2);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures')).toEqual([{ source_count: 2 }]);
  });

  it('a valuation told first by an investor joins the company\'s own report, read as a round', () => {
    investorReport('Harbor Point Capital');
    report('Quillfeather tops the table', 'Quillfeather Labs became the priciest private firm at $310 billion after staff sold shares.', '2027-05-20T08:00:00Z',
      [{ value: 310e9, entity: 'Quillfeather Labs', category: 'funding', period: null, estimate: false }]);
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(2);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures')).toEqual([{ source_count: 2 }]);
  });

  it('must not merge: a valuation and an unowned total of the same size that names the company', () => {
    report('Quillfeather campus', 'A $310 billion campus programme tied to Quillfeather Labs was unveiled by a group of builders.', '2027-02-01T08:00:00Z',
      [{ value: 310e9, entity: null, category: 'capex', period: null, estimate: false }]);
    investorReport('Quillfeather Labs');
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(2);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 1 }, { source_count: 1 }]);
  });

  it('must not merge: an equal valuation of another company, which neither sentence links', () => {
    report('Quillfeather share sale', 'Quillfeather Labs closed a share sale that puts a price of $310 billion on the chatbot maker.', '2027-02-01T08:00:00Z',
      [{ value: 310e9, entity: 'Quillfeather Labs', category: 'valuation', period: null, estimate: false }]);
    report('Ridgeline round', 'Backers of Ridgeline Robotics agreed terms that value the warehouse robot firm at $310 billion.', '2027-03-20T08:00:00Z',
      [{ value: 310e9, entity: 'Ridgeline Robotics', category: 'valuation', period: null, estimate: false }]);
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(2);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 1 }, { source_count: 1 }]);
  });
  it('a distinctive number owned by a party both articles name joins across stories; told of a site in another country, it does not', () => {
    const first = 'Brightwater Systems will build a 340-megawatt campus on the coast of Norway, its chief executive said.';
    tell('Brightwater goes north', first, '2027-02-01T08:00:00Z', { entities: [org('Brightwater Systems'), place('Norway')], quantities: [power(340, 'Brightwater Systems', first)] });
    const same = 'Kestrel Turbines will supply the 340-megawatt Norway campus that Brightwater Systems is building.';
    tell('Kestrel wins an order', same, '2027-06-10T08:00:00Z', { entities: [org('Kestrel Turbines'), org('Brightwater Systems'), place('Norway')], quantities: [power(340, 'Kestrel Turbines', same)] });
    const other = 'Kestrel Turbines, a Brightwater Systems supplier, plans a 340-megawatt plant of its own in Chile.';
    tell('Kestrel builds at home', other, '2027-09-20T08:00:00Z', { entities: [org('Kestrel Turbines'), org('Brightwater Systems'), place('Chile')], quantities: [power(340, 'Kestrel Turbines', other)] });
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(3);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 2 }, { source_count: 1 }]);
  });

  it('a sum read as a company\'s funding that equals its valuation is the valuation: one figure, counted once', () => {
    const raise = 'Quillfeather Labs became the priciest private firm at $310 billion after staff sold shares.';
    tell('Quillfeather tops the table', raise, '2027-02-01T08:00:00Z', { entities: [org('Quillfeather Labs')], amounts: [usd(310e9, 'Quillfeather Labs', 'funding', raise)] });
    const valued = 'Harbor Point Capital booked a gain on Quillfeather Labs, which was valued at $310 billion this spring.';
    tell('Harbor Point quarter', valued, '2027-05-15T08:00:00Z', { entities: [org('Harbor Point Capital'), org('Quillfeather Labs')], amounts: [usd(310e9, 'Quillfeather Labs', 'valuation', valued)] });
    expect(rows<{ category: string; source_count: number }>('SELECT category, source_count FROM figures')).toEqual([{ category: 'valuation', source_count: 2 }]);
    expect(rows<{ n: number }>('SELECT count(*) AS n FROM spend WHERE counted = 1')).toEqual([{ n: 1 }]);
  });

  it('must not merge: a company\'s building budget that equals its valuation (only a raise is a misread valuation)', () => {
    const budget = 'Quillfeather Labs will spend $310 billion on data halls over the decade.';
    tell('Quillfeather builds', budget, '2027-02-01T08:00:00Z', { entities: [org('Quillfeather Labs')], amounts: [usd(310e9, 'Quillfeather Labs', 'capex', budget)] });
    const valued = 'Harbor Point Capital booked a gain on Quillfeather Labs, which was valued at $310 billion this spring.';
    tell('Harbor Point quarter', valued, '2027-05-15T08:00:00Z', { entities: [org('Harbor Point Capital'), org('Quillfeather Labs')], amounts: [usd(310e9, 'Quillfeather Labs', 'valuation', valued)] });
    expect(rows<{ category: string }>('SELECT category FROM figures ORDER BY id')).toEqual([{ category: 'capex' }, { category: 'valuation' }]);
  });

  // Two near-copies of one report (one story); `figure` is the sentence each gives its figure in.
  const wire = 'Orchard Digital said on Tuesday it will build a data campus outside Dunmore for an unnamed cloud customer, with construction '
    + 'starting in the spring and the first hall due to open two years later. The county board approved the plan after a long hearing, '
    + 'and residents raised questions about water use and traffic on the rural roads that lead to the site.';
  it('a round quantity of one owner elsewhere waits for the story\'s own figure: the same news joins its story, not another site', () => {
    const elsewhere = 'Brightwater Systems switched on a 1,000-megawatt cluster in its home state last year.';
    tell('Brightwater cluster', elsewhere, '2027-01-05T08:00:00Z', { entities: [org('Brightwater Systems')], quantities: [power(1000, 'Brightwater Systems', elsewhere)] });
    const a = 'The Orchard Digital campus would draw 1,000 megawatts.';
    tell('Orchard plans a campus', wire, '2027-03-02T08:00:00Z', { entities: [org('Orchard Digital')], quantities: [power(1000, 'Orchard Digital', a)] });
    const b = 'The campus, planned with Brightwater Systems as its tenant, would draw 1,000 megawatts.';
    tell('Orchard campus approved', `${wire} Brightwater Systems is the tenant.`, '2027-03-03T08:00:00Z',
      { entities: [org('Orchard Digital'), org('Brightwater Systems')], quantities: [power(1000, 'Brightwater Systems', b)] });
    expect(storiesOf().map((r) => r.story_id).slice(1)).toEqual([storiesOf()[1]!.story_id, storiesOf()[1]!.story_id]);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 1 }, { source_count: 2 }]);
  });

  it('in one story the same sum joins when the category, the owner or a named party agrees; on the value alone it does not', () => {
    const a = 'Orchard Digital will pay Dunmore County $2 billion for roads and a new substation.';
    const b = 'Separately, Tallis Bank arranged $2 billion of loans for a solar farm.';
    tell('Orchard plans a campus', wire, '2027-03-02T08:00:00Z', { entities: [org('Orchard Digital'), org('Tallis Bank')], amounts: [usd(2e9, 'Orchard Digital', 'incentive', a)] });
    tell('Orchard campus approved', `${wire} More follows.`, '2027-03-03T08:00:00Z', { entities: [org('Orchard Digital'), org('Tallis Bank')], amounts: [usd(2e9, 'Tallis Bank', 'funding', b)] });
    const c = 'Orchard Digital owes the county $2 billion under the deal, for roads and power.';
    tell('Orchard deal terms', `${wire} Terms were published.`, '2027-03-04T08:00:00Z', { entities: [org('Orchard Digital'), org('Dunmore County')], amounts: [usd(2e9, 'Dunmore County', 'deal', c)] });
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(1);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 2 }, { source_count: 1 }]);
  });
  it('must not merge: in one story, equal sums whose own clauses tell of other parties (a fund buying bonds, a company taking a payout)', () => {
    const a = 'Wenlock Capital put in $4 billion of cash, and Orchard Digital took a one-time payout of $3 billion when the venture closed.';
    tell('Orchard plans a campus', wire, '2027-03-02T08:00:00Z', { entities: [org('Orchard Digital'), org('Wenlock Capital')],
      amounts: [{ ...usd(3e9, 'Orchard Digital', 'funding', a), text: '$3 billion' }] });
    const b = 'Filings show that Tallis Bank funds bought $3 billion of the notes sold by Harbor Lane, the venture paying for the Orchard Digital campus.';
    tell('Orchard campus approved', `${wire} More follows.`, '2027-03-03T08:00:00Z', { entities: [org('Orchard Digital'), org('Tallis Bank')],
      amounts: [{ ...usd(3e9, 'Tallis Bank', 'funding', b), text: '$3 billion' }] });
    // Two ends of one deal: each clause names its own party, but each sentence names the other's.
    const c = 'Orchard Digital agreed to pay $5 billion for the halls, a deal that makes Wenlock Capital its landlord.';
    const d = 'Wenlock Capital won a $5 billion lease, its chief said of the Orchard Digital deal.';
    tell('Orchard leases halls', `${wire} Leases were signed.`, '2027-03-04T08:00:00Z', { entities: [org('Orchard Digital'), org('Wenlock Capital')],
      amounts: [{ ...usd(5e9, 'Orchard Digital', 'deal', c), text: '$5 billion' }] });
    tell('Wenlock lands a tenant', `${wire} The landlord is Wenlock.`, '2027-03-05T08:00:00Z', { entities: [org('Orchard Digital'), org('Wenlock Capital')],
      amounts: [{ ...usd(5e9, 'Wenlock Capital', 'deal', d), text: '$5 billion' }] });
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(1);
    expect(rows<{ value: number; source_count: number }>('SELECT value, source_count FROM figures ORDER BY id'))
      .toEqual([{ value: 3e9, source_count: 1 }, { value: 3e9, source_count: 1 }, { value: 5e9, source_count: 2 }]);
  });
  it('a distinctive number joins across stories when the owner this article read is named by the article that told it first', () => {
    const first = 'State inspectors cleared Kestrel Turbines to fit 460 megawatts of gas engines at the Dunmore site.';
    tell('Inspectors clear engines', first, '2027-02-01T08:00:00Z', { entities: [org('State Inspection Office'), org('Kestrel Turbines')], quantities: [power(460, 'State Inspection Office', first)] });
    const later = 'Kestrel Turbines will install 460 megawatts of engines for the campus, its finance chief said.';
    tell('Kestrel lands a loan', later, '2027-05-20T08:00:00Z', { entities: [org('Kestrel Turbines'), org('Tallis Bank')], quantities: [power(460, 'Kestrel Turbines', later)] });
    const unrelated = 'Halvard Mining will draw 460 megawatts at its smelter, the company said.';
    tell('Halvard smelter', unrelated, '2027-08-02T08:00:00Z', { entities: [org('Halvard Mining')], quantities: [power(460, 'Halvard Mining', unrelated)] });
    expect(new Set(storiesOf().map((r) => r.story_id)).size).toBe(3);
    expect(rows<{ source_count: number }>('SELECT source_count FROM figures ORDER BY id')).toEqual([{ source_count: 2 }, { source_count: 1 }]);
  });
});
