import { describe, expect, it } from 'vitest';
import { parseDate } from '../../ingest/parse/index.ts';
import { FETCHED_AT } from './helpers.ts';

/** Zone arithmetic is checked against a reference after every absolute date below, so no clamping interferes. */
const LATER = '2026-12-31T00:00:00.000Z';

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
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input, LATER)).toBe(expected);
  });

  it.each([
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

describe('parseDate: one reader for feeds, page metadata and imported files', () => {
  it.each([
    // Page metadata forms (formerly read by a second reader in ingest/extract).
    ['2024-05-03T10:00:00-04:00', '2024-05-03T14:00:00.000Z'],
    ['2024-05-03T10:00:00+0000', '2024-05-03T10:00:00.000Z'],
    ['2024-05-03 10:00', '2024-05-03T10:00:00.000Z'],
    ['20240503', '2024-05-03T00:00:00.000Z'],
    ['20240503T100000Z', '2024-05-03T10:00:00.000Z'],
    ['Fri, 03 May 2024 14:00:00 GMT', '2024-05-03T14:00:00.000Z'],
    ['May 3, 2024', '2024-05-03T00:00:00.000Z'],
    // Dotted numeric dates are day-first: 3 May, not 5 March.
    ['03.05.2024', '2024-05-03T00:00:00.000Z'],
    ['3.5.2024 10:15', '2024-05-03T10:15:00.000Z'],
    // Seen in <time datetime> and JSON-LD on real pages (extraction benchmark).
    ['2019-11-18 17:19:53 GMT', '2019-11-18T17:19:53.000Z'],
    ['01:38:07 PM IST Nov 20, 2019', '2019-11-20T08:08:07.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input, FETCHED_AT)).toBe(expected);
  });

  it('reads a date without a year as the latest such day not after the reference, never a future one', () => {
    // FETCHED_AT is 27 March 2026: "1 May" is 1 May 2025, "1 March" is 1 March 2026.
    expect(parseDate('1 May', FETCHED_AT)).toBe('2025-05-01T00:00:00.000Z');
    expect(parseDate('1 March', FETCHED_AT)).toBe('2026-03-01T00:00:00.000Z');
  });

  it('clamps a date shortly after the reference to it and refuses one far ahead (year 9999)', () => {
    expect(parseDate('2026-03-28T09:00:00Z', FETCHED_AT)).toBe(FETCHED_AT);
    expect(parseDate('Sat, 27 Jun 2026 12:00:00 GMT', FETCHED_AT)).toBe(FETCHED_AT);
    expect(parseDate('9999-12-31T00:00:00Z', FETCHED_AT)).toBeNull();
    expect(parseDate('Fri, 31 Dec 9999 23:59:59 GMT', FETCHED_AT)).toBeNull();
    expect(parseDate('2031-01-01', FETCHED_AT)).toBeNull();
  });

  it('reads the placeholders CMSs write for "no date" as no date', () => {
    expect(parseDate('0001-01-01T00:00:00', FETCHED_AT)).toBeNull();
    expect(parseDate('1970-01-01T00:00:00Z', FETCHED_AT)).toBeNull();
  });

  it('leaves junk and out-of-range dotted dates null', () => {
    for (const junk of ['31.02.2024', '03.13.2024', '1.2.3', '03.05.24x']) expect(parseDate(junk, FETCHED_AT)).toBeNull();
  });
});
