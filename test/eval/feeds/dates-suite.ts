/** feedparser's date-string table (73 rows) through parseDate: exact UTC second, or null where the string must be rejected. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDate } from '../../../ingest/common/dates.ts';
import { sharedDir } from './shared-dir.ts';
import { SuiteResult } from './suite-result.ts';

interface DateRow {
  format: string;
  input: string;
  expected_utc: string | null;
  note: string | null;
}

export function runDatesSuite(): SuiteResult {
  const rows = JSON.parse(readFileSync(join(sharedDir('peers', 'feedparser'), 'dates.json'), 'utf8')) as DateRow[];
  const result = new SuiteResult('feedparser dates');
  for (const row of rows) {
    // feedparser's table has second resolution (a time tuple); parseDate keeps milliseconds.
    const got = parseDate(row.input, '2026-03-27T12:00:00.000Z')?.replace(/\.\d{3}Z$/, '.000Z') ?? null;
    const want = row.expected_utc === null ? null : new Date(row.expected_utc).toISOString();
    if (got === want) result.pass();
    else result.fail(`${row.format}: ${want === null ? 'accepted an invalid date' : got === null ? 'rejected a valid date' : 'wrong instant'}`, JSON.stringify(row.input), `expected ${want}, got ${got}`);
  }
  return result;
}
