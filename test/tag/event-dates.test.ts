/**
 * Readings of an event's date from its sentence and the text around it (ingest/tag/event-dates.ts),
 * asked of dateOf directly so the events model does not decide which sentences are read.
 * Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/tag/dates.ts';
import { dateOf, laterThan, newsDayOf, type DateContext } from '../../ingest/tag/event-dates.ts';
import type { SentenceInfo } from '../../ingest/tag/context.ts';
import type { EventType } from '../../ingest/tag/types.ts';

const PUB = '2025-11-05T09:00:00Z'; // a Wednesday

function sentence(text: string, publishedAt = PUB): SentenceInfo {
  return { text, index: 3, paragraph: 1, mentions: [], dates: findDates(text, publishedAt), money: [], quantities: [], datelineEnd: 0 };
}

/** The date dateOf gives `text` for an event of `type` whose cue is `cue` (a word of the sentence). */
function dated(text: string, type: EventType, cue: string, ctx: Partial<DateContext> = {}) {
  const cueAt = text.indexOf(cue);
  if (cueAt < 0) throw new Error(`test: cue "${cue}" is not in the sentence`);
  return dateOf(sentence(text, ctx.publishedAt ?? PUB), { publishedAt: PUB, previous: null, carried: null, cueAt, type, certainty: 'confirmed', ...ctx });
}

describe('"N days/weeks/months/years later": counted on from the date told before it', () => {
  it('counts from a date earlier in the same sentence, to the precision of the offset', () => {
    const r = dated('Harrow Compute dropped its plan for the Fenwick site in March 2024 and said four months later that it had bought land in the next county.', 'acquisition', 'bought');
    expect(r).toMatchObject({ date: '2024-07', why: 'later offset' });
  });
  it('counts from the last dated happening when the sentence gives no date of its own', () => {
    const r = dated('Two days later the landowners sued the township in circuit court.', 'legal', 'sued', { previous: '2025-06-17', previousDay: '2025-06-17' });
    expect(r).toMatchObject({ date: '2025-06-19', explicit: true });
  });
  it('a year offset gives the year only, and the nearest date to the cue still wins', () => {
    // Each happening takes the date nearest its cue: the first its own month, the second the year after it.
    const text = 'The ministry first capped chip exports to three countries in May 2021, and a year later widened the cap.';
    expect(dated(text, 'regulation', 'capped').date).toBe('2021-05');
    expect(dated(text, 'regulation', 'widened').date).toBe('2022');
  });
  it('laterThan: exact days keep the day, vague ones and months the month; no day offset from a bare year', () => {
    expect(laterThan('2025-01-30', 3, 'day', false)).toBe('2025-02-02');
    expect(laterThan('2025-01-30', 2, 'week', false)).toBe('2025-02-13');
    expect(laterThan('2025-01-30', 3, 'day', true)).toBe('2025-02');
    expect(laterThan('2024-11', 3, 'month', false)).toBe('2025-02');
    expect(laterThan('2024-11-20', 1, 'year', false)).toBe('2025');
    expect(laterThan('2024', 2, 'day', false)).toBeNull();
    expect(laterThan('2024-11', 2, 'day', false)).toBeNull();
  });
  it('a sentence without an earlier date to count from keeps its other readings', () => {
    expect(dated('A few weeks later the board reopened the hearing.', 'land_dispute', 'reopened').why).toBe('article date');
    expect(dated('Three days later the county filed its reply.', 'legal', 'filed').date).toBe('2025-11-05');
  });
});

describe('"came a day after": the happening just told is a day after this one', () => {
  it('counts one day back from the last day-precise happening', () => {
    const r = dated('The bond sale came a day after Tamsin Cloud said its capital spending would top $40 billion.', 'spend_plan', 'capital spending', { previous: '2025-11-04', previousDay: '2025-11-04' });
    expect(r).toMatchObject({ date: '2025-11-03', why: 'days offset' });
  });
  it('not when the sentence puts its own happening a day before something else', () => {
    const r = dated('The developer withdrew its application on Monday, a day before the council was to vote.', 'land_dispute', 'withdrew', { previous: '2025-10-29', previousDay: '2025-10-29' });
    expect(r.date).toBe('2025-11-03');
  });
});

describe('the day of the news: what an undated telling later in the story shares', () => {
  const lead = (text: string, publishedAt: string) => ({ ...sentence(text, publishedAt), index: 0, paragraph: 0 });

  it('is the day the lead gives when the article went out in the next three days', () => {
    // Published just after midnight on Thursday; the lead tells Wednesday's news.
    const pub = '2025-11-06T00:40:00Z';
    expect(newsDayOf([lead('Harrow Compute raised $400 million on Wednesday from a group of pension funds.', pub)], pub)).toBe('2025-11-05');
    const r = dated('The company also agreed to lease a second hall in the same park.', 'partnership', 'agreed', { publishedAt: pub, newsDay: '2025-11-05' });
    expect(r).toMatchObject({ date: '2025-11-05', why: 'news day' });
  });

  it('is no day when the lead tells of an older happening or of none', () => {
    const pub = '2025-11-06T00:40:00Z';
    expect(newsDayOf([lead('Harrow Compute raised $400 million in March from a group of pension funds.', pub)], pub)).toBeNull();
    expect(newsDayOf([lead('Harrow Compute is weighing a second raise, people said.', pub)], pub)).toBeNull();
  });

  it('gives way to a new item\'s own clock', () => {
    const r = dated('Separately, Brantley Labs agreed to lease a hall in the same park.', 'partnership', 'agreed', { newsDay: '2025-11-04' });
    expect(r).toMatchObject({ date: '2025-11-05', why: 'article date' });
  });
});
