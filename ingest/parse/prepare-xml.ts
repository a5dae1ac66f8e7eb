/**
 * Text clean-up before any XML parser sees a feed. Two layers:
 * - prepareXml (always): BOM, junk before the prolog, control characters,
 *   mis-decoded windows-1252, and the DOCTYPE, whose internal subset is the
 *   "billion laughs" vector, so it is removed and never handed to a parser;
 * - repairXml (lenient path only): undeclared HTML entities and bare `&`.
 */
import { load } from 'cheerio/slim';
import { isOnlyPrologMarkup, MAX_PROLOG_CHARS, scanProlog } from './prolog.ts';
import { flattenDeepNesting, MAX_DEPTH } from '../common/markup-depth.ts';

export interface PreparedXml {
  text: string;
  warnings: string[];
}

/** Flat string entities a DOCTYPE may define and that we still expand by hand (no nesting, so no blow-up). */
const MAX_ENTITY_VALUE = 1_000;
const MAX_EXPANDED_BYTES = 1_000_000;

export function prepareXml(input: string): PreparedXml {
  const warnings: string[] = [];
  let text = input.replace(/^\uFEFF/, '');
  text = cutJunkBeforeProlog(text, warnings);
  text = text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '');
  text = fixWindows1252(text);
  // The DOCTYPE belongs to the prolog; the linear scan finds it without a backtracking pattern.
  const { doctype } = scanProlog(text);
  if (doctype) {
    text = text.slice(0, doctype.start) + text.slice(doctype.end);
    if (doctype.subset !== null) text = expandFlatEntities(text, doctype.subset, warnings);
  }
  const flat = flattenDeepNesting(text);
  if (flat.dropped) warnings.push(`dropped ${flat.dropped} tags nested deeper than ${MAX_DEPTH} levels (their text is kept)`);
  return { text: flat.text, warnings };
}

/**
 * PHP warnings, whitespace or stray bytes before `<?xml` make strict parsers
 * give up; real sites publish that. Only the first MAX_PROLOG_CHARS are
 * searched for the root, and what precedes it is checked by a linear scan.
 */
function cutJunkBeforeProlog(text: string, warnings: string[]): string {
  const head = text.slice(0, MAX_PROLOG_CHARS);
  const prolog = head.indexOf('<?xml');
  if (prolog > 0) {
    if (!isOnlyPrologMarkup(text.slice(0, prolog))) warnings.push(`ignored ${prolog} characters before the XML declaration`);
    return text.slice(prolog);
  }
  if (prolog === 0) return text;
  const root = /<(?:rss|feed|rdf:RDF|RDF)\b/.exec(head);
  if (root && root.index > 0) {
    const before = text.slice(0, root.index);
    if (!/<html\b|<body\b/i.test(before) && before.trim() && !isOnlyPrologMarkup(before)) {
      warnings.push(`ignored ${root.index} characters before the feed's root element`);
      return text.slice(root.index);
    }
  }
  return text.replace(/^\s+/, '');
}

/**
 * Entities declared in the DOCTYPE with a plain value (no references inside)
 * are expanded once; anything nested or parameterised is refused, which is
 * exactly what exponential-expansion payloads need.
 */
function expandFlatEntities(text: string, subset: string, warnings: string[]): string {
  const flat = new Map<string, string>();
  let refused = 0;
  for (const m of subset.matchAll(/<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)'|[^<>]*)>/g)) {
    const value = m[3] ?? m[4];
    if (m[1] || value === undefined || /[&%]/.test(value) || value.length > MAX_ENTITY_VALUE) refused++;
    else flat.set(m[2], value);
  }
  if (refused) warnings.push(`refused ${refused} DOCTYPE entity definition(s) that are nested, external or parameterised (entity-expansion attack guard)`);
  if (!flat.size) return text;
  let budget = MAX_EXPANDED_BYTES;
  return text.replace(/&([\w.:-]+);/g, (ref, name: string) => {
    const value = flat.get(name);
    if (value === undefined || budget < value.length) return ref;
    budget -= value.length;
    return escapeXmlText(value);
  });
}

function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * windows-1252 bytes decoded as ISO-8859-1 leave C1 control characters where
 * smart quotes and dashes were; no real feed means the controls themselves.
 */
const CP1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function fixWindows1252(text: string): string {
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0)] ?? '') : text;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const htmlEntityCache = new Map<string, string | null>();

/** HTML's named entities are undeclared in XML; strict parsers stop at the first `&nbsp;`. */
function decodeHtmlEntity(name: string): string | null {
  let value = htmlEntityCache.get(name);
  if (value === undefined) {
    const decoded = load(`&${name};`, null, false).root().text();
    value = decoded === `&${name};` ? null : decoded;
    htmlEntityCache.set(name, value);
  }
  return value;
}

/** Rewrites what only an HTML parser would accept into well-formed XML text; CDATA sections are already literal and stay as they are. */
export function repairXml(text: string): string {
  const out: string[] = [];
  // A linear walk from one CDATA section to the next (a split on a lazy pattern rescans from every unclosed `<![CDATA[`).
  let i = 0;
  for (;;) {
    const open = text.indexOf('<![CDATA[', i);
    const close = open < 0 ? -1 : text.indexOf(']]>', open + 9);
    if (close < 0) {
      out.push(repairReferences(text.slice(i)));
      return out.join('');
    }
    out.push(repairReferences(text.slice(i, open)), text.slice(open, close + 3));
    i = close + 3;
  }
}

function repairReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));?/g, (ref, dec?: string, hex?: string, name?: string) => {
    if (!ref.endsWith(';')) {
      // A bare "&" (query strings, "AT&T") is text, not markup.
      return '&amp;' + ref.slice(1);
    }
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return isXmlChar(code) ? ref : '';
    }
    if (XML_ENTITIES.has(name!)) return ref;
    const decoded = decodeHtmlEntity(name!);
    if (decoded === null) return '&amp;' + ref.slice(1);
    return [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
  }).replace(/&(?![#A-Za-z])/g, '&amp;');
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
