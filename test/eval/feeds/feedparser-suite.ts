/**
 * feedparser's 1,445 test feeds, judged by the part of each `Expect:` line
 * that maps onto ParsedFeed. Our model keeps text, not markup, so text
 * fields are compared as text (tags stripped, entities decoded, whitespace
 * collapsed on both sides); links are compared as parsed URLs.
 * Well-formedness (`bozo`), encodings, languages, xml:base values, feed
 * metadata we do not keep, and markup-only expectations are "not applicable".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../../ingest/fetch/index.ts';
import type { ParsedFeed, ParsedItem } from '../../../ingest/model.ts';
import { ParseError } from '../../../ingest/parse/errors.ts';
import { parseFeedWith, type ParseStrategy } from '../../../ingest/parse/feed.ts';
import { htmlToLine } from '../../../ingest/common/html-text.ts';
import { parsePython, type PyNode } from './python-expect.ts';
import { sharedDir } from './shared-dir.ts';
import { SuiteResult } from './suite-result.ts';

interface Expectation {
  path: string;
  suite: string;
  group: string | null;
  expect: string;
  headers: Record<string, string> | null;
  input: string;
}

const FETCHED_AT = '2026-03-27T12:00:00.000Z';
/** Where upstream serves the files; its *_docuri cases expect links resolved against this. */
const SERVED_AT = 'http://127.0.0.1:8097/tests/';

type Field = 'feed title' | 'feed link' | 'entry title' | 'entry link' | 'entry id' | 'entry summary' | 'entry content' | 'entry author' | 'entry date' | 'entry count';

/** A check we can run: a field of our result and the value it must have. */
interface Check {
  field: Field;
  entry: number;
  expected: unknown;
  negate: boolean;
}

type Translation = { checks: Check[][] } | { na: string };

export function loadExpectations(): Expectation[] {
  const dir = sharedDir('peers', 'feedparser');
  return JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as Expectation[];
}

export async function runFeedparserSuite(strategy: ParseStrategy, filter?: (e: Expectation) => boolean): Promise<SuiteResult> {
  const dir = sharedDir('peers', 'feedparser');
  const result = new SuiteResult('feedparser');
  for (const exp of loadExpectations().filter(filter ?? (() => true))) {
    const headers = Object.fromEntries(Object.entries(exp.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    if (headers['content-location']) {
      result.skip('needs the HTTP Content-Location header (parseFeed takes no headers)');
      continue;
    }
    const translation = translate(exp.expect);
    if ('na' in translation) {
      result.skip(translation.na);
      continue;
    }
    const bytes = readFileSync(join(dir, exp.path));
    const contentType = headers['content-type'] ?? null;
    const { text } = decodeBytes(bytes, contentType);
    let feed: ParsedFeed;
    try {
      feed = await parseFeedWith(text, { url: SERVED_AT + exp.path, contentType, fetchedAt: FETCHED_AT }, strategy);
    } catch (err) {
      const code = err instanceof ParseError ? err.code : 'crash';
      result.fail(`${label(exp)}: threw ${code}`, exp.path, (err as Error).message.slice(0, 160));
      continue;
    }
    const failure = evaluate(translation.checks, feed);
    if (failure === null) result.pass();
    else result.fail(`${label(exp)}: ${failure.field} ${failure.how}`, exp.path, failure.detail);
  }
  return result;
}

function label(exp: Expectation): string {
  return exp.group ? `${exp.suite}/${exp.group}` : exp.suite;
}

/** Any-of (outer) all-of (inner) checks; null when one alternative holds entirely. */
function evaluate(alternatives: Check[][], feed: ParsedFeed): { field: Field; how: string; detail: string } | null {
  let firstFailure: { field: Field; how: string; detail: string } | null = null;
  for (const checks of alternatives) {
    const failed = checks.map((c) => runCheck(c, feed)).find((r) => r !== null) ?? null;
    if (!failed) return null;
    firstFailure ??= failed;
  }
  return firstFailure;
}

function runCheck(check: Check, feed: ParsedFeed): { field: Field; how: string; detail: string } | null {
  const item: ParsedItem | undefined = feed.items[check.entry];
  if (check.field !== 'feed title' && check.field !== 'feed link' && check.field !== 'entry count' && !item) {
    return { field: check.field, how: 'entry missing', detail: `entries[${check.entry}] absent: parsed ${feed.items.length} items` };
  }
  let actual: unknown;
  let same: boolean;
  switch (check.field) {
    case 'feed title': actual = feed.title; same = sameText(actual, check.expected); break;
    case 'feed link': actual = feed.link; same = sameUrl(actual, check.expected); break;
    case 'entry title': actual = item!.title; same = sameText(actual, check.expected); break;
    case 'entry link': actual = item!.url; same = sameUrl(actual, check.expected); break;
    case 'entry id': actual = item!.guid; same = (actual ?? '') === String(check.expected).trim(); break;
    case 'entry summary': actual = item!.summary ?? htmlToLine(item!.contentHtml) ?? item!.bodyText; same = sameText(actual, check.expected); break;
    case 'entry content': actual = htmlToLine(item!.contentHtml) ?? item!.bodyText; same = sameText(actual, check.expected); break;
    case 'entry author': actual = item!.author; same = sameText(actual, check.expected); break;
    case 'entry date': actual = item!.publishedAt; same = sameDate(actual, check.expected); break;
    case 'entry count': actual = feed.items.length; same = actual === check.expected; break;
  }
  if (same !== check.negate) return null;
  const how = actual === null || actual === undefined ? 'missing' : 'differs';
  return { field: check.field, how, detail: `expected ${check.negate ? 'not ' : ''}${JSON.stringify(check.expected)?.slice(0, 120)}, got ${JSON.stringify(actual)?.slice(0, 120)}` };
}

function normText(value: unknown): string {
  return typeof value === 'string' ? (htmlToLine(value) ?? '') : '';
}

/** Our fields are already plain text (a literal "<blink>" in a title is text), so only the expected side is de-marked. */
function sameText(actual: unknown, expected: unknown): boolean {
  const ours = typeof actual === 'string' ? actual.replace(/\s+/g, ' ').trim() : '';
  // A text-typed expectation may itself hold literal brackets ("History of the <blink> tag").
  return ours === normText(expected) || (typeof expected === 'string' && ours === expected.replace(/\s+/g, ' ').trim());
}

function sameUrl(actual: unknown, expected: unknown): boolean {
  const norm = (v: unknown) => {
    if (typeof v !== 'string') return null;
    try {
      return new URL(v.trim()).href;
    } catch {
      return v.trim();
    }
  };
  return norm(actual) === norm(expected);
}

/** Python's UTC 9-tuple against our ISO string, to the second. */
function sameDate(actual: unknown, expected: unknown): boolean {
  if (typeof actual !== 'string' || !Array.isArray(expected)) return false;
  const d = new Date(actual);
  const ours = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return ours.every((v, i) => v === expected[i]);
}

// ---- translating Expect lines -------------------------------------------

export function translate(expression: string): Translation {
  let tree: PyNode;
  try {
    tree = parsePython(expression);
  } catch {
    return { na: 'expression outside the Python subset we read' };
  }
  return translateNode(tree);
}

function translateNode(node: PyNode): Translation {
  if (node.kind === 'or') {
    const parts = node.operands.map(translateNode);
    const na = parts.find((p): p is { na: string } => 'na' in p);
    if (na) return na;
    return { checks: parts.flatMap((p) => (p as { checks: Check[][] }).checks) };
  }
  const conjuncts = node.kind === 'and' ? node.operands : [node];
  const checks: Check[] = [];
  for (const c of conjuncts) {
    if (isWellFormednessTest(c)) continue;
    const t = translateConjunct(c);
    if ('na' in t) return t;
    checks.push(t);
  }
  if (!checks.length) return { na: 'well-formedness (bozo) or constant only' };
  return { checks: [checks] };
}

function isWellFormednessTest(node: PyNode): boolean {
  const inner = node.kind === 'not' ? node.operand : node;
  if (inner.kind === 'name' && inner.name === 'bozo') return true;
  return inner.kind === 'num';
}

function translateConjunct(node: PyNode): Check | { na: string } {
  if (node.kind !== 'compare' || (node.op !== '==' && node.op !== '!=')) return { na: 'assertion other than == (isinstance, in, ...)' };
  const negate = node.op === '!=';
  if (node.left.kind === 'call' && node.left.fn.kind === 'name' && node.left.fn.name === 'len') {
    const arg = accessPath(node.left.args[0]);
    if (arg?.length === 1 && arg[0] === 'entries' && node.right.kind === 'num') return { field: 'entry count', entry: 0, expected: node.right.value, negate };
    return { na: 'len() of a field we do not keep' };
  }
  const path = accessPath(node.left);
  const expected = literal(node.right);
  if (!path || expected === undefined) return { na: 'comparison we cannot map' };
  const mapped = mapPath(path);
  if ('na' in mapped) return mapped;
  if (mapped.field === 'entry date' ? !Array.isArray(expected) : typeof expected !== 'string') return { na: `${path.join('.')} compared with a non-string value` };
  if (['entry link', 'feed link'].includes(mapped.field) && !/^[a-z][a-z0-9+.-]*:/i.test(String(expected))) {
    return { na: 'relative link expected (our model keeps absolute links only)' };
  }
  if (['feed title', 'entry title', 'entry summary', 'entry content', 'entry author'].includes(mapped.field) && normText(expected) === '') {
    return { na: 'markup-only expectation (our model keeps text, not markup)' };
  }
  return { field: mapped.field, entry: mapped.entry, expected, negate };
}

function mapPath(path: (string | number)[]): { field: Field; entry: number } | { na: string } {
  const key = path.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
  const entry = typeof path[1] === 'number' ? path[1] : 0;
  const table: Record<string, Field> = {
    'feed.title': 'feed title',
    'feed.title_detail.value': 'feed title',
    'feed.link': 'feed link',
    'entries.#.title': 'entry title',
    'entries.#.title_detail.value': 'entry title',
    'entries.#.link': 'entry link',
    'entries.#.id': 'entry id',
    'entries.#.guid': 'entry id',
    'entries.#.summary': 'entry summary',
    'entries.#.description': 'entry summary',
    'entries.#.summary_detail.value': 'entry summary',
    'entries.#.content.#.value': 'entry content',
    'entries.#.author': 'entry author',
    'entries.#.author_detail.name': 'entry author',
    'entries.#.published_parsed': 'entry date',
    'entries.#.updated_parsed': 'entry date',
    'entries.#.issued_parsed': 'entry date',
    'entries.#.modified_parsed': 'entry date',
    'entries.#.created_parsed': 'entry date',
    'entries.#.date_parsed': 'entry date',
  };
  const field = table[key];
  if (field) return { field, entry };
  return { na: `field not in our model: ${key.replace(/#/g, 'i')}` };
}

function accessPath(node: PyNode | undefined): (string | number)[] | null {
  if (!node) return null;
  if (node.kind === 'name') return [node.name];
  if (node.kind === 'attr') {
    const base = accessPath(node.target);
    return base ? [...base, node.name] : null;
  }
  if (node.kind === 'index') {
    const base = accessPath(node.target);
    const idx = node.index.kind === 'str' ? node.index.value : node.index.kind === 'num' ? node.index.value : null;
    return base && idx !== null ? [...base, idx] : null;
  }
  return null;
}

function literal(node: PyNode): unknown {
  if (node.kind === 'str' || node.kind === 'num') return node.value;
  if (node.kind === 'tuple' || node.kind === 'list') {
    const items = node.items.map(literal);
    return items.some((i) => i === undefined) ? undefined : items;
  }
  return undefined;
}
