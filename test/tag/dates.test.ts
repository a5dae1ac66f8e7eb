import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/tag/dates.ts';

// 2025-09-10 is a Wednesday.
const PUB = '2025-09-10T12:00:00Z';
const first = (s: string, pub = PUB) => findDates(s, pub).find((d) => d.role === 'point')?.value;
const horizon = (s: string, pub = PUB) => findDates(s, pub).find((d) => d.role === 'horizon');

describe('findDates: days', () => {
  it('resolves weekdays to the latest such day on or before the article', () => {
    expect(first('the company said on Monday')).toBe('2025-09-08');
    expect(first('Late on Wednesday it priced notes')).toBe('2025-09-10');
    expect(first('Last Friday the board voted')).toBe('2025-09-05');
    expect(first('the board will vote on Friday')).toBe('2025-09-12');
  });
  it('reads absolute days and month-days, putting a later month in the previous year', () => {
    expect(first('retired on August 11, 2025')).toBe('2025-08-11');
    expect(first('rezoned the land on Sept. 18')).toBe('2024-09-18');
    expect(first('filed on December 20', '2025-03-27T08:00:00Z')).toBe('2024-12-20');
    expect(first('published yesterday')).toBe('2025-09-09');
    expect(first('16 hours ago')).toBe('2025-09-10');
  });
  it('reads "next June", "last March", "this December" as that month\'s nearest occurrence that way', () => {
    expect(first('bills rise next June')).toBe('2026-06');
    expect(first('the rule took effect last March')).toBe('2025-03');
    expect(first('the council meets this December')).toBe('2025-12');
    expect(first('Next may come a vote')).toBeUndefined();
  });
  it('reads a day written before its month, as British copy does', () => {
    expect(first('the inspector\'s report, released on 4 September, backed the scheme')).toBe('2025-09-04');
    expect(first('the council will decide on 22 September')).toBe('2025-09-22');
    expect(first('it signed on 4 September 2024')).toBe('2024-09-04');
  });
  it('reads a month-day without a year by the tense of the verb before it', () => {
    // Future: the next such day ("until", "would", "ends on").
    expect(first('the old tier keeps working until September 30')).toBe('2025-09-30');
    expect(first('the gadget would stop syncing on January 4', '2025-11-20T08:00:00Z')).toBe('2026-01-04');
    expect(first('the discount ends on March 2', '2025-12-28T08:00:00Z')).toBe('2026-03-02');
    // A verb after a modal is no past tense ("will shut down" is the future, though "shut" is also a past form).
    expect(first('the firm will shut down the app on September 20')).toBe('2025-09-20');
    // Past tense: the last such day, even when the next is nearer.
    expect(first('the board approved it on Sept. 14')).toBe('2024-09-14');
    // The verb nearest the date decides: "will open ..., the firm said on Monday" is past.
    expect(first('the plant will open with 200 jobs, the firm said on Monday')).toBe('2025-09-08');
    // No verb: the nearer one, the past preferred ("From October 2 the app ..." in late September).
    expect(first('From October 2 the app limits chats', '2025-09-25T08:00:00Z')).toBe('2025-10-02');
    expect(first('From March 5 the app limits chats', '2025-09-25T08:00:00Z')).toBe('2025-03-05');
  });
});

describe('findDates: months and years', () => {
  it('gives month precision to weeks and months', () => {
    expect(first('this week')).toBe('2025-09');
    expect(first('two weeks ago')).toBe('2025-08');
    expect(first('earlier this month')).toBe('2025-09');
    // On the 1st, "earlier this month" was written about the month before.
    expect(first('earlier this month', '2025-10-01T09:00:00Z')).toBe('2025-09');
    expect(first('last month')).toBe('2025-08');
    expect(first('In March, CoreWeave agreed')).toBe('2025-03');
    expect(first('a December meeting', '2026-01-29T10:00:00Z')).toBe('2025-12');
    expect(first('in July 2023')).toBe('2023-07');
  });
  it('gives year precision to years and seasons', () => {
    expect(first('last year')).toBe('2024');
    expect(first('residents sued last fall', '2026-01-17T00:00:00Z')).toBe('2025');
    expect(first('shut down in 2020')).toBe('2020');
  });
  it('reads a month of last, this or next year as that month', () => {
    expect(first('Think back to April of last year, when the mill closed', '2026-06-10T12:00:00Z')).toBe('2025-04');
    expect(first('The levy returns in February of next year', '2026-06-10T12:00:00Z')).toBe('2027-02');
  });
  it('dates a change "taking effect" ahead when the sentence says it will come, and the nearer one when it does not', () => {
    const pub = '2026-03-20T01:30:00Z';
    const days = (s: string) => findDates(s, pub).filter((d) => d.role === 'point').map((d) => d.value);
    expect(days('The ministry said on 12 March that it would drop the firms from its list, with the change taking effect on 30 November.')).toEqual(['2026-03-12', '2026-11-30']);
    expect(days('Brisko raised the default quota for its models, effective March 16.')).toEqual(['2026-03-16']);
  });

  it('reads "plan to" before a price as a priced plan, not an intent about the date', () => {
    // A month after a past-tense verb is the last such month, even with a "plan to $N" between them.
    expect(first('Quillfin lifted its Team plan to $24 a seat in March, from $20', '2026-06-10T12:00:00Z')).toBe('2026-03');
    expect(first('Quillfin plans to lift its prices in March', '2026-06-10T12:00:00Z')).toBe('2027-03');
  });
});

describe('findDates: horizons and spans', () => {
  it('reads horizons, spans, quarters and fiscal years', () => {
    expect(horizon('runs through 2031')?.value).toBe('2031');
    expect(horizon('by 2030')?.value).toBe('2030');
    expect(horizon('over four years from 2026 to 2029')?.span).toBe('2026-2029');
    expect(horizon('to be spent between 2024 and the end of 2028')?.span).toBe('2024-2028');
    expect(horizon('in Q3 2026')?.value).toBe('2026-Q3');
    expect(horizon('in the fiscal year ending in March 2027')?.value).toBe('2027');
    expect(horizon('over the next three years')?.value).toBe('2028');
  });
  it('marks wire datelines apart from the happening', () => {
    const d = findDates('OSLO, July 31 – Aker will build a data centre', PUB);
    expect(d[0]?.role).toBe('dateline');
  });
});
