/**
 * Article metadata from a page's head and markup: Open Graph, JSON-LD,
 * Dublin Core and the common publisher conventions. Every value is plain
 * text (markup in a title or meta tag is converted, never passed on).
 */
import { articleObject, ldNames, ldString, readJsonLd, type LdObject } from './json-ld.ts';
import { parseDate } from '../common/dates.ts';
import { htmlToLine } from '../common/html-text.ts';

export interface PageMetadata {
  /** og:title / JSON-LD headline / <h1> / <title>, minus " | Site" suffixes. */
  title: string | null;
  /** meta author, JSON-LD author.name, rel=author, byline classes. */
  author: string | null;
  /** ISO 8601 UTC from article:published_time, JSON-LD datePublished, <time datetime>, meta date/pubdate/dc.date. */
  publishedAt: string | null;
  /** Absolute, from <link rel=canonical> then og:url. */
  canonicalUrl: string | null;
  /** meta description / og:description, plain text. */
  description: string | null;
  /** og:site_name. */
  siteName: string | null;
}

/** `referenceTime`: when the page was fetched (ISO); dates after it are clamped or refused. */
export function readMetadata(document: Document, pageUrl: string, referenceTime: string): PageMetadata {
  const $ = document;
  const m = indexMeta($);
  const ld = readJsonLd($);
  const article = articleObject(ld);
  const siteName = htmlToLine(m.get('og:site_name')) ?? htmlToLine(publisherName(article));
  return {
    title: readTitle($, m, article, siteName),
    author: readAuthor($, m, article),
    publishedAt: readDate($, m, article, referenceTime),
    canonicalUrl: readCanonical($, m, pageUrl),
    description: htmlToLine(m.get('description') ?? m.get('og:description') ?? m.get('twitter:description') ?? ldString(article?.description)),
    siteName,
  };
}

type MetaIndex = Map<string, string>;

/** First non-empty content of each <meta name|property|itemprop>, keyed in lower case; built once a page. */
function indexMeta($: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from($.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of [el.getAttribute('name'), el.getAttribute('property'), el.getAttribute('itemprop')]) {
      const k = key?.toLowerCase();
      if (k && !index.has(k)) index.set(k, content);
    }
  }
  return index;
}

/** Text of the first element a selector matches. */
function firstText($: Document, selector: string): string | null {
  return $.querySelector(selector)?.textContent ?? null;
}

function firstAttr($: Document, selector: string, name: string): string | null {
  return $.querySelector(selector)?.getAttribute(name) ?? null;
}

function publisherName(article: LdObject | null): string | null {
  return article ? (ldNames(article.publisher)[0] ?? null) : null;
}

function readTitle($: Document, m: MetaIndex, article: LdObject | null, siteName: string | null): string | null {
  const candidates = [
    m.get('og:title'),
    ldString(article?.headline),
    m.get('twitter:title'),
    firstText($, 'h1'),
    firstText($, 'title'),
  ];
  for (const candidate of candidates) {
    const title = htmlToLine(candidate);
    if (title) return stripSiteSuffix(title, siteName);
  }
  return null;
}

/**
 * "Story headline | Site" -> "Story headline". The tail goes when it names
 * the site, or when it is short next to the headline (site names are);
 * dashes need a longer headline before them since headlines use them too.
 */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const match = title.match(/^(.*\S)\s+([|\u00b7\u00bb\u2013\u2014-])\s+([^|\u00b7\u00bb\u2013\u2014]+)$/);
  if (!match) return title;
  const [, head, separator, tail] = match as unknown as [string, string, string, string];
  const words = (s: string) => s.trim().split(/\s+/).length;
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const namesSite = siteName !== null && squash(tail) === squash(siteName);
  const pipeLike = separator === '|' || separator === '\u00b7' || separator === '\u00bb';
  if (namesSite || (pipeLike && words(tail) <= 5) || (words(tail) <= 3 && words(head) >= 4)) {
    return stripSiteSuffix(head, siteName);
  }
  return title;
}

function readAuthor($: Document, m: MetaIndex, article: LdObject | null): string | null {
  const fromLd = article ? ldNames(article.author).map((n) => n.trim()).filter(Boolean) : [];
  const candidates = [
    m.get('author'),
    fromLd.length ? fromLd.join(', ') : null,
    m.get('article:author'),
    m.get('parsely-author'),
    m.get('sailthru.author'),
    m.get('dc.creator'),
    firstText($, '[itemprop="author"] [itemprop="name"]'),
    firstText($, '[itemprop="author"]'),
    firstText($, 'a[rel="author"]'),
    firstText($, '.byline, .author-name, .byline-name, .article-author, [class*="byline"]'),
  ];
  for (const candidate of candidates) {
    const author = cleanAuthor(candidate);
    if (author) return author;
  }
  return null;
}

function cleanAuthor(value: string | null | undefined): string | null {
  const text = htmlToLine(value);
  if (!text) return null;
  if (/^https?:\/\//i.test(text)) return null; // article:author is often a profile URL
  const name = text.replace(/^(by|von|par|por|di)\s+/i, '').replace(/\s*[|,]\s*$/, '').trim();
  // A "byline" that runs to a sentence is a date line or a bio, not a name.
  if (!name || name.length > 120) return null;
  return name;
}

function readDate($: Document, m: MetaIndex, article: LdObject | null, referenceTime: string): string | null {
  const candidates = [
    m.get('article:published_time'),
    ldString(article?.datePublished),
    m.get('datepublished'),
    firstAttr($, 'article time[datetime], main time[datetime]', 'datetime'),
    firstAttr($, 'time[datetime]', 'datetime'),
    m.get('date'),
    m.get('pubdate'),
    m.get('publishdate'),
    m.get('publish-date'),
    m.get('dc.date'),
    m.get('dc.date.issued'),
    m.get('dcterms.created'),
    m.get('parsely-pub-date'),
    m.get('sailthru.date'),
    m.get('og:published_time'),
    ldString(article?.dateCreated),
    m.get('article:modified_time'),
    ldString(article?.dateModified),
  ];
  for (const candidate of candidates) {
    const date = parseDate(candidate, referenceTime);
    if (date) return date;
  }
  return null;
}

function readCanonical($: Document, m: MetaIndex, pageUrl: string): string | null {
  const candidates = [
    firstAttr($, 'link[rel~="canonical" i]', 'href'),
    m.get('og:url'),
  ];
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, pageUrl);
    if (url) return url;
  }
  return null;
}

function absoluteHttpUrl(value: string | undefined | null, base: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
