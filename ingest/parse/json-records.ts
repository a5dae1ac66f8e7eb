/**
 * JSON inputs: JSON Feed 1.x, and "news-API" records (one object, an array
 * of objects, or an API envelope such as `{ "articles": [...] }`) carrying
 * title, summary, body_md | body | content | text, url, canonical_source,
 * published_at, under the spellings the common news APIs use.
 */
import { ParseError } from './errors.ts';
import { isJsonFeed } from './detect.ts';
import { emptyRawItem, type RawFeed, type RawItem } from './raw.ts';
import { markdownToText } from './text.ts';

type Json = Record<string, unknown>;

export function parseJsonDocument(text: string, feedUrl: string): RawFeed {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ParseError('bad_json', `expected JSON (the document starts like JSON) but it does not parse: ${(err as Error).message}`, { cause: err });
  }
  if (isJsonFeed(value)) return jsonFeed(value as Json, feedUrl);
  const records = findRecords(value);
  if (!records) {
    const shape = Array.isArray(value) ? 'an array without article objects' : typeof value === 'object' && value ? `an object with keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}` : `a ${typeof value}`;
    throw new ParseError('not_a_feed', `expected a JSON Feed or news records (objects with a title and a url or body) but got ${shape}`);
  }
  return { format: 'newsapi', title: null, link: null, base: feedUrl, items: records.map((r) => newsRecord(r, feedUrl)), warnings: [] };
}

function jsonFeed(feed: Json, feedUrl: string): RawFeed {
  const items = Array.isArray(feed.items) ? feed.items.filter(isObject) : [];
  const warnings = Array.isArray(feed.items) ? [] : ['JSON Feed has no "items" array'];
  const feedAuthor = authorName(feed.authors ?? feed.author);
  return {
    format: 'jsonfeed',
    title: str(feed.title),
    link: str(feed.home_page_url),
    base: str(feed.feed_url) ?? feedUrl,
    warnings,
    items: items.map((entry): RawItem => {
      const item = emptyRawItem(str(feed.feed_url) ?? feedUrl);
      item.guid = str(entry.id) ?? (typeof entry.id === 'number' ? String(entry.id) : null);
      item.link = str(entry.url) ?? str(entry.external_url);
      item.title = str(entry.title);
      item.titleIsHtml = false;
      item.author = authorName(entry.authors ?? entry.author) ?? feedAuthor;
      item.dates = [str(entry.date_published), str(entry.date_modified)].filter((d): d is string => d !== null);
      item.summary = str(entry.summary);
      item.summaryIsHtml = false;
      item.contentHtml = str(entry.content_html);
      item.bodyText = str(entry.content_text);
      return item;
    }),
  };
}

const ENVELOPE_KEYS = ['articles', 'items', 'results', 'data', 'records', 'posts', 'entries', 'news', 'stories', 'documents'];

function findRecords(value: unknown): Json[] | null {
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    if (value.length === 0) return [];
    return objects.some(looksLikeArticle) ? objects.filter(looksLikeArticle) : null;
  }
  if (!isObject(value)) return null;
  if (looksLikeArticle(value)) return [value];
  for (const key of ENVELOPE_KEYS) {
    const inner = value[key];
    if (Array.isArray(inner)) return findRecords(inner);
    if (isObject(inner)) {
      const nested = findRecords(inner);
      if (nested) return nested;
    }
  }
  return null;
}

function looksLikeArticle(record: Json): boolean {
  const hasTitle = typeof record.title === 'string' || typeof record.headline === 'string';
  const hasBodyOrLink = ['body_md', 'body', 'content', 'text', 'url', 'link', 'summary', 'description'].some((k) => typeof record[k] === 'string');
  return hasTitle && hasBodyOrLink;
}

function newsRecord(record: Json, feedUrl: string): RawItem {
  const item = emptyRawItem(feedUrl);
  item.title = str(record.title) ?? str(record.headline);
  item.titleIsHtml = false;
  item.link = str(record.url) ?? str(record.link) ?? str(record.permalink);
  item.canonicalUrl = str(record.canonical_source) ?? str(record.canonical_url) ?? str(record.canonical);
  item.guid = str(record.id) ?? (typeof record.id === 'number' ? String(record.id) : null) ?? str(record.guid) ?? str(record.uuid);
  item.author = authorName(record.authors ?? record.author ?? record.byline);
  item.dates = ['published_at', 'publishedAt', 'date_published', 'pubDate', 'published', 'date', 'created_at', 'updated_at']
    .map((k) => str(record[k]))
    .filter((d): d is string => d !== null);
  item.summary = str(record.summary) ?? str(record.description) ?? str(record.excerpt);
  item.summaryIsHtml = looksLikeHtml(item.summary);
  const markdown = str(record.body_md) ?? str(record.markdown);
  const body = str(record.body) ?? str(record.content) ?? str(record.text);
  if (markdown) item.bodyText = markdownToText(markdown);
  else if (body && looksLikeHtml(body)) item.contentHtml = body;
  else if (body) item.bodyText = body;
  return item;
}

function looksLikeHtml(text: string | null): boolean {
  return !!text && /<(?:p|div|br|a|span|h[1-6]|ul|li|img|strong|em|b|i)\b[^<>]*>/i.test(text);
}

/** Authors come as a string, {name}, or an array of either. */
function authorName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(authorName).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(value)) return str(value.name);
  return null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
