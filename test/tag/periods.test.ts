import { describe, expect, it } from 'vitest';
import { findPeriodPhrases, periodNear } from '../../ingest/tag/periods.ts';

const at = (text: string, figure: string, publishedAt: string) => {
  const start = text.indexOf(figure);
  return periodNear(text, { start, end: start + figure.length }, publishedAt);
};

describe('periods read from context, resolved against the article date', () => {
  it('reads this year, next year and last year', () => {
    expect(at('The group expects to spend $40 billion this year on new halls.', '$40 billion', '2027-05-02T10:00:00Z')).toBe('2027');
    expect(at('Its budget rises to $55 billion next year, the finance chief said.', '$55 billion', '2027-05-02T10:00:00Z')).toBe('2028');
    expect(at('Sales reached $9 billion last year.', '$9 billion', '2027-05-02T10:00:00Z')).toBe('2026');
  });
  it('reads quarters, the results season included', () => {
    expect(at('Outlays were $7 billion this quarter.', '$7 billion', '2027-08-20T00:00:00Z')).toBe('2027-Q3');
    // Two weeks after a quarter ends, "during the quarter" is the one just reported.
    expect(at('Spending came to $6 billion during the quarter.', '$6 billion', '2027-10-14T00:00:00Z')).toBe('2027-Q3');
    expect(at('It booked $3 billion in the second quarter.', '$3 billion', '2027-09-01T00:00:00Z')).toBe('2027-Q2');
  });
  it('reads two-digit fiscal years and the end of the decade', () => {
    expect(at('Guidance for FY27 is $12 billion.', '$12 billion', '2026-11-01T00:00:00Z')).toBe('2027');
    expect(at('It will invest $80 billion by the end of the decade.', '$80 billion', '2026-11-01T00:00:00Z')).toBe('2030');
  });
  it('leaves a figure with no period unknown, never the article year', () => {
    expect(at('The plant will cost $2 billion.', '$2 billion', '2027-05-02T10:00:00Z')).toBeNull();
    expect(at('It spent $4 billion in its fiscal first quarter.', '$4 billion', '2027-05-02T10:00:00Z')).toBeNull();
  });
  it('skips phrases that say when something happened', () => {
    expect(findPeriodPhrases('a $5 billion plan announced last year', '2027-05-02T10:00:00Z')).toEqual([]);
  });
});
