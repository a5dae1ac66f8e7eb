/**
 * rss-parser's 31 real-world feeds against the JSON rss-parser itself
 * produced: per item, title (as text), link (as URL) and date (ISO, UTC).
 * A feed passes when the item count matches and every compared field does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../../ingest/fetch/index.ts';
import type { ParsedFeed } from '../../../ingest/model.ts';
import { ParseError } from '../../../ingest/parse/errors.ts';
import { parseFeedWith, type ParseStrategy } from '../../../ingest/parse/feed.ts';
import { htmlToLine } from '../../../ingest/common/html-text.ts';
import { sharedDir } from './shared-dir.ts';
import { SuiteResult } from './suite-result.ts';

interface Case {
  name: string;
  input: string;
  output?: string;
  expect: string;
  http?: string;
}

interface ExpectedItem {
  title?: unknown;
  link?: unknown;
  isoDate?: unknown;
}

const FETCHED_AT = '2026-03-27T12:00:00.000Z';

export interface FieldTally {
  compared: number;
  matched: number;
  /** Dates we read where rss-parser found none: not counted either way. */
  extraDates: number;
}

export async function runRssParserSuite(strategy: ParseStrategy): Promise<{ result: SuiteResult; fields: Record<'title' | 'link' | 'date', FieldTally> }> {
  const dir = sharedDir('peers', 'rss-parser');
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
  const result = new SuiteResult('rss-parser');
  const fields = { title: tally(), link: tally(), date: tally() };
  const seenInputs = new Set<string>();
  for (const c of cases) {
    if (seenInputs.has(c.input)) continue;
    seenInputs.add(c.input);
    const latin1 = /latin1/.test(c.http ?? '');
    const contentType = latin1 ? 'text/xml; charset=latin1' : null;
    const { text } = decodeBytes(readFileSync(join(dir, c.input)), contentType);
    let feed: ParsedFeed;
    try {
      feed = await parseFeedWith(text, { url: `http://127.0.0.1:8097/${c.input}`, contentType, fetchedAt: FETCHED_AT }, strategy);
    } catch (err) {
      if (c.expect === 'error' && err instanceof ParseError && err.code === 'not_a_feed') result.pass();
      else result.fail(`threw ${err instanceof ParseError ? err.code : 'crash'}`, c.name, (err as Error).message.slice(0, 160));
      continue;
    }
    if (c.expect === 'error') {
      result.fail('accepted a non-feed', c.name, `parsed ${feed.items.length} items from a document rss-parser rejects`);
      continue;
    }
    if (!c.output) {
      if (feed.items.length > 0) result.pass();
      else result.fail('no items', c.name, 'parsed without error but found no items');
      continue;
    }
    const outputBytes = readFileSync(join(dir, c.output));
    const expected = (JSON.parse(outputBytes.toString(latin1 ? 'latin1' : 'utf8')) as { feed: { items: ExpectedItem[] } }).feed.items;
    const problems = compareItems(expected, feed, fields);
    if (problems.length === 0) result.pass();
    else result.fail(problems[0].category, c.name, problems[0].detail);
  }
  return { result, fields };
}

function tally(): FieldTally {
  return { compared: 0, matched: 0, extraDates: 0 };
}

function compareItems(expected: ExpectedItem[], feed: ParsedFeed, fields: Record<'title' | 'link' | 'date', FieldTally>) {
  const problems: { category: string; detail: string }[] = [];
  if (expected.length !== feed.items.length) {
    problems.push({ category: 'item count differs', detail: `expected ${expected.length} items, got ${feed.items.length}` });
  }
  expected.forEach((exp, i) => {
    const ours = feed.items[i];
    if (!ours) return;
    // rss-parser read ISO-8859-1 files as UTF-8; its golden titles hold U+FFFD where we decode correctly.
    if (typeof exp.title === 'string' && !exp.title.includes('\uFFFD')) {
      fields.title.compared++;
      const want = htmlToLine(exp.title);
      if (want === ours.title) fields.title.matched++;
      else problems.push({ category: 'title differs', detail: `item ${i}: expected ${JSON.stringify(want)}, got ${JSON.stringify(ours.title)}` });
    }
    if (typeof exp.link === 'string' && /^https?:/i.test(exp.link.trim())) {
      fields.link.compared++;
      if (ours.url !== null && new URL(exp.link.trim()).href === ours.url) fields.link.matched++;
      else problems.push({ category: 'link differs', detail: `item ${i}: expected ${exp.link}, got ${ours.url}` });
    }
    if (typeof exp.isoDate === 'string') {
      fields.date.compared++;
      if (ours.publishedAt === new Date(exp.isoDate).toISOString()) fields.date.matched++;
      else problems.push({ category: 'date differs', detail: `item ${i}: expected ${exp.isoDate}, got ${ours.publishedAt}` });
    } else if (ours.publishedAt) fields.date.extraDates++;
  });
  return problems;
}
