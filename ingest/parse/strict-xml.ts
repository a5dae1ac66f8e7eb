/**
 * The strict path: rss-parser (xml2js/sax in strict mode). Well-formed RSS
 * 0.9x/1.0/2.0 and Atom 1.0 come through here; its types stay in this file,
 * so replacing the library touches nothing else.
 */
import Parser from 'rss-parser';
import { emptyRawItem, type RawFeed, type RawItem } from './raw.ts';

/** rss-parser's item as we read it, with the raw nodes asked for through customFields. */
interface LibraryItem {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  id?: unknown;
  creator?: unknown;
  author?: unknown;
  pubDate?: unknown;
  date?: unknown;
  content?: unknown;
  summary?: unknown;
  'content:encoded'?: unknown;
  rawPublished?: unknown;
  rawUpdated?: unknown;
  rawIssued?: unknown;
  rawCreated?: unknown;
  rawModified?: unknown;
  rawContent?: unknown;
  rawSummary?: unknown;
  rawTitle?: unknown;
  origLink?: unknown;
  dcAuthor?: unknown;
  mediaTitle?: unknown;
  rawGuid?: unknown;
}

type XmlNodeValue = string | { _?: string; $?: Record<string, string> };

const options = {
  // RSS without a version attribute is still RSS 2.0 in practice (UOL, many CMSs).
  defaultRSS: 2,
  customFields: {
    item: [
      ['published', 'rawPublished'],
      ['updated', 'rawUpdated'],
      // Atom 0.3's names for the same dates.
      ['issued', 'rawIssued'],
      ['created', 'rawCreated'],
      ['modified', 'rawModified'],
      ['content', 'rawContent', { keepArray: true }],
      ['summary', 'rawSummary', { keepArray: true }],
      ['title', 'rawTitle', { keepArray: true }],
      ['feedburner:origLink', 'origLink'],
      ['dc:author', 'dcAuthor'],
      ['media:title', 'mediaTitle'],
      ['guid', 'rawGuid', { keepArray: true }],
    ] as unknown as string[][],
  },
};

export async function parseStrictXml(prepared: string, format: string, feedUrl: string): Promise<RawFeed> {
  // A fresh parser per document: xml2js keeps per-parse state on the instance.
  const feed = await new Parser<Record<string, unknown>, LibraryItem>(options).parseString(prepared);
  const isAtom = format === 'atom';
  return {
    format,
    title: str(feed.title),
    link: str(feed.link),
    base: feedUrl,
    items: (feed.items ?? []).map((item) => (isAtom ? atomItem(item, feedUrl) : rssItem(item, feedUrl))),
    warnings: [],
  };
}

function rssItem(lib: LibraryItem, base: string): RawItem {
  const item = emptyRawItem(base);
  item.title = str(lib.title) ?? str(lib.mediaTitle);
  item.guid = str(lib.guid);
  item.link = str(lib.link) ?? permalinkGuid(lib.rawGuid, item.guid);
  item.author = str(lib.creator) ?? str(lib.author) ?? str(lib.dcAuthor);
  item.dates = [str(lib.pubDate), str(lib.date)].filter((d): d is string => d !== null);
  item.summary = str(lib.content);
  item.contentHtml = str(lib['content:encoded']);
  item.canonicalUrl = str(lib.origLink);
  return item;
}

function atomItem(lib: LibraryItem, base: string): RawItem {
  const item = emptyRawItem(base);
  const titleType = typeOf(lib.rawTitle);
  item.title = str(lib.title);
  item.titleIsHtml = titleType !== 'text';
  item.link = str(lib.link);
  item.guid = str(lib.id);
  item.author = str(lib.author);
  item.dates = [lib.rawPublished, lib.rawIssued, lib.rawCreated, lib.rawUpdated, lib.rawModified].map(str).filter((d): d is string => d !== null);
  item.summary = str(lib.summary);
  item.summaryIsHtml = typeOf(lib.rawSummary) !== 'text';
  const content = str(lib.content);
  if (typeOf(lib.rawContent) === 'text') item.bodyText = content;
  else item.contentHtml = content;
  item.canonicalUrl = str(lib.origLink);
  return item;
}

/** RSS 2.0: a guid is the item's permalink unless isPermaLink="false". */
function permalinkGuid(raw: unknown, guid: string | null): string | null {
  const node = Array.isArray(raw) ? (raw[0] as XmlNodeValue | undefined) : undefined;
  const flag = typeof node === 'object' ? node?.$?.isPermaLink : undefined;
  return guid && flag?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guid) ? guid : null;
}

/** Atom's type attribute of a kept raw node: 'text' (the default), 'html' or 'xhtml'. */
function typeOf(raw: unknown): string {
  const node = Array.isArray(raw) ? (raw[0] as XmlNodeValue | undefined) : undefined;
  const type = typeof node === 'object' && node?.$?.type ? node.$.type.toLowerCase() : 'text';
  return type === 'text/plain' ? 'text' : type;
}

/** xml2js hands back strings, or objects when an element has attributes; anything else is no value. */
function str(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && typeof (value as { _?: unknown })._ === 'string') value = (value as { _: string })._;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
