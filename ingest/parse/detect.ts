/**
 * The one document sniffer: what kind of document a fetched body or a local
 * file is. Content wins over the declared content type or file name: servers
 * label feeds text/html and pages text/xml all the time, and people save
 * feeds as .html and pages as .xml.
 */

import { scanProlog } from './prolog.ts';

export type DocumentKind = 'json' | 'xml' | 'html' | 'empty' | 'text';

const FEED_ROOT = /^<(?:[\w-]+:)?(?:rss|feed|RDF|channel)\b/i;
const HTML_START = /^<(?:!DOCTYPE\s+html|html|head|body|meta|title|div|p|script|link|article|main|section|header|h[1-6])\b/i;

/**
 * Skips the prolog, comments, processing instructions and a DOCTYPE (with
 * its internal subset) to reach the first element. A linear scan (prolog.ts)
 * capped at MAX_PROLOG_CHARS: past that, or at an unclosed construct, the
 * text from there is returned and no root element will be found.
 */
export function firstElementAt(text: string): string {
  const start = text.replace(/^\uFEFF/, '');
  return start.slice(scanProlog(start).at);
}

export function detectKind(text: string, contentType?: string | null): DocumentKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return 'empty';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const first = firstElementAt(start);
  if (first === '') return 'empty';
  if (FEED_ROOT.test(first)) return 'xml';
  if (HTML_START.test(first)) return 'html';
  if (first.startsWith('<')) return /html/i.test(contentType ?? '') && /<html\b|<body\b/i.test(start.slice(0, 4096)) ? 'html' : 'xml';
  if (/json/i.test(contentType ?? '')) return 'json';
  // Junk before the prolog (PHP notices, stray bytes) still leaves a feed inside.
  if (/<\?xml|<(?:rss|feed|rdf:RDF)\b/.test(start.slice(0, 4096)) && !/<html\b/i.test(start.slice(0, 4096))) return 'xml';
  if (/<html\b|<body\b/i.test(start.slice(0, 4096))) return 'html';
  return 'text';
}

/** An HTML page or fragment that starts with markup (text that merely mentions "<body>" further down is not one). */
export function isHtmlPage(text: string): boolean {
  return /^\uFEFF?\s*</.test(text) && detectKind(text) === 'html';
}

/** An RSS, RSS 1.0/RDF or Atom document by its root element. */
export function isFeedXml(text: string): boolean {
  return FEED_ROOT.test(firstElementAt(text));
}

/** JSON Feed declares itself by its version URL. */
export function isJsonFeed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) &&
    typeof (value as { version?: unknown }).version === 'string' && /jsonfeed\.org\/version\//.test((value as { version: string }).version);
}

/**
 * What a new source is, for `sources add` when no type is given:
 * feeds (RSS/Atom/RDF, JSON Feed) are 'feed', other JSON is 'json'
 * (news-API records), everything else is a 'page' to extract.
 */
export function guessSourceType(text: string, contentType?: string | null): 'feed' | 'page' | 'json' {
  const kind = detectKind(text, contentType);
  if (kind === 'json') {
    try {
      return isJsonFeed(JSON.parse(text.replace(/^\uFEFF/, ''))) ? 'feed' : 'json';
    } catch {
      return /feed\+json/i.test(contentType ?? '') ? 'feed' : 'json';
    }
  }
  if (kind === 'xml') return 'feed';
  if (kind === 'empty' && /(rss|atom)\+xml/i.test(contentType ?? '')) return 'feed';
  return 'page';
}
