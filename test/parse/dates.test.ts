import { describe, expect, it } from 'vitest';
import { parseDate } from '../../ingest/parse/index.ts';
import { FETCHED_AT } from './helpers.ts';

describe('parseDate', () => {
  it.each([
    ['Fri, 27 Mar 2026 09:30:00 EST', '2026-03-27T14:30:00.000Z'],
    ['Fri, 27 Mar 2026 09:30:00 PDT', '2026-03-27T16:30:00.000Z'],
    ['Fri, 27 Mar 2026 09:30:00 +0530', '2026-03-27T04:00:00.000Z'],
    ['Fri, 27 Mar 2026 09:30:00 GMT+2', '2026-03-27T07:30:00.000Z'],
    ['27 Mar 26 09:30 GMT', '2026-03-27T09:30:00.000Z'],
    ['2026-03-27T12:00:00Z', '2026-03-27T12:00:00.000Z'],
    ['2026-03-27T12:00:00.250+01:00', '2026-03-27T11:00:00.250Z'],
    ['2026-03-27', '2026-03-27T00:00:00.000Z'],
    ['2026-03', '2026-03-01T00:00:00.000Z'],
    ['2026-07-01 09:00:52+00:00', '2026-07-01T09:00:52.000Z'],
    ['March 27, 2026', '2026-03-27T00:00:00.000Z'],
    ['16 hours ago', '2026-03-26T20:00:00.000Z'],
    ['- 16 hours ago', '2026-03-26T20:00:00.000Z'],
    ['yesterday', '2026-03-26T12:00:00.000Z'],
    ['3 days ago', '2026-03-24T12:00:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input, FETCHED_AT)).toBe(expected);
  });

  it.each(['', '   ', 'soon', '2013-xx-27', '2003-12-31T25:14:55Z', 'Sun, 99 Jun 2009 12:00:00 GMT', 'Sun, 16 Dec 2012 11:47:32 +zz:00', '2013-01-28T11:30:00-06:00Textra'])(
    'rejects %j with null, never NaN or a throw',
    (input) => {
      expect(parseDate(input, FETCHED_AT)).toBeNull();
    },
  );

  it('returns null for missing values and for relative dates without a usable fetch time', () => {
    expect(parseDate(null, FETCHED_AT)).toBeNull();
    expect(parseDate(undefined, FETCHED_AT)).toBeNull();
    expect(parseDate('16 hours ago', 'not a time')).toBeNull();
  });
});
