/**
 * parseFeed's orchestration: detect the document kind, then for XML try the
 * strict parser (rss-parser) and fall back to the lenient cheerio path when
 * the strict one fails or comes back with less than the document holds.
 */
import type { ParsedFeed } from '../model.ts';
import { detectKind, firstElementAt } from './detect.ts';
import { ParseError } from './errors.ts';
import { finalizeFeed } from './finalize.ts';
import { parseJsonDocument } from './json-records.ts';
import { formatOfRoot, parseLenientXml } from './lenient-xml.ts';
import { prepareXml } from './prepare-xml.ts';
import type { RawFeed } from './raw.ts';
import { parseStrictXml } from './strict-xml.ts';

export interface ParseFeedOptions {
  /** URL the document came from: relative links resolve against it. */
  url: string;
  contentType?: string | null;
  /** ISO time of the fetch: relative dates ("16 hours ago") resolve against it. */
  fetchedAt: string;
}

export interface ParseStrategy {
  /** When false, only rss-parser is used (the evaluation measures what the fallback adds). */
  lenientFallback: boolean;
}

export async function parseFeedWith(text: string, opts: ParseFeedOptions, strategy: ParseStrategy): Promise<ParsedFeed> {
  const kind = detectKind(text, opts.contentType);
  switch (kind) {
    case 'empty':
      throw new ParseError('empty', `expected an RSS/Atom/JSON feed from ${opts.url} but the document is empty; check the URL serves the feed itself`);
    case 'json':
      return finalizeFeed(parseJsonDocument(text, opts.url), opts.fetchedAt);
    case 'html':
      throw new ParseError('not_a_feed', `expected an RSS/Atom/JSON feed from ${opts.url} but got an HTML page (${describeStart(text)} at start); add it as a 'page' source or find its feed link`);
    case 'text':
      throw new ParseError('not_a_feed', `expected an RSS/Atom/JSON feed from ${opts.url} but got plain text starting "${text.trim().slice(0, 40)}"`);
    case 'xml':
      return finalizeFeed(await parseXml(text, opts.url, strategy), opts.fetchedAt);
  }
}

function describeStart(text: string): string {
  const tag = /<[!?]?[\w-]+/.exec(firstElementAt(text));
  return tag ? `${tag[0]}>` : 'markup';
}

async function parseXml(text: string, url: string, strategy: ParseStrategy): Promise<RawFeed> {
  const prepared = prepareXml(text);
  const rootName = /^<([\w.:-]+)/.exec(firstElementAt(prepared.text))?.[1];
  const format = rootName ? formatOfRoot(rootName) : null;
  if (!rootName) throw new ParseError('broken_xml', `expected an RSS/Atom feed from ${url} but found no root element; the document is not XML or is truncated before its first tag`);
  if (!format) throw new ParseError('not_a_feed', `expected an RSS/Atom/JSON feed from ${url} but got an XML document whose root element is <${rootName}>`);

  let strict: RawFeed | null = null;
  let strictError: Error | null = null;
  try {
    strict = await parseStrictXml(prepared.text, format, url);
  } catch (err) {
    strictError = err as Error;
  }
  if (!strategy.lenientFallback) {
    if (!strict) throw new ParseError('broken_xml', `expected a well-formed ${format} feed from ${url} but rss-parser failed: ${firstLine(strictError)}`, { cause: strictError });
    return withWarnings(strict, prepared.warnings);
  }
  if (strict && !needsLenientPass(strict, prepared.text)) return withWarnings(strict, prepared.warnings);

  const lenient = parseLenientXml(prepared.text, url);
  if (strict && lenient.items.length < strict.items.length) return withWarnings(strict, prepared.warnings);
  if (!strict && lenient.items.length === 0 && !lenient.title && !lenient.link) {
    throw new ParseError('broken_xml', `expected a ${format} feed from ${url} but the XML is broken beyond repair (${firstLine(strictError)}); nothing readable was found`, { cause: strictError });
  }
  const why = strictError ? `the feed is not well-formed XML (${firstLine(strictError)}); read it with the lenient parser` : null;
  return withWarnings(lenient, [...prepared.warnings, ...(why ? [why] : [])]);
}

/**
 * rss-parser succeeded but may still have lost something the lenient path
 * keeps: entries it did not find (odd namespaces, Atom 0.3) or xml:base,
 * which it ignores, so relative links would resolve against the wrong base.
 */
function needsLenientPass(strict: RawFeed, text: string): boolean {
  if (/\sxml:base\s*=/.test(text)) return true;
  // Atom text constructs rss-parser returns as objects or undecoded: inline XHTML, base64, Atom 0.3 modes.
  if (/<(?:[\w-]+:)?(?:title|summary|content)\b[^<>]*\b(?:type\s*=\s*["'](?:xhtml|application\/[\w.+-]+)["']|mode\s*=\s*["'](?:xml|base64)["'])/i.test(text)) return true;
  if (strict.title === null && /<(?:[\w-]+:)?title\b/.test(text)) return true;
  if (strict.items.length === 0 && /<(?:[\w-]+:)?(?:item|entry)[\s>]/.test(text)) return true;
  return strict.items.some((item) => item.link === null && item.title === null);
}

function withWarnings(feed: RawFeed, warnings: string[]): RawFeed {
  return warnings.length ? { ...feed, warnings: [...warnings, ...feed.warnings] } : feed;
}

function firstLine(err: Error | null): string {
  return (err?.message ?? 'unknown error').split('\n')[0].slice(0, 160);
}
