/**
 * Article metadata from a page's head and markup: Open Graph, JSON-LD,
 * Dublin Core and the common publisher conventions. Every value is plain
 * text (markup in a title or meta tag is converted, never passed on).
 */
import type { CheerioAPI } from 'cheerio/slim';
import { articleObject, ldNames, ldString, readJsonLd, type LdObject } from './json-ld.ts';
import { normaliseDate } from './dates.ts';
import { markupFreeText } from './fragment.ts';

export interface PageMetadata {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  description: string | null;
  siteName: string | null;
}

export function readMetadata($: CheerioAPI, pageUrl: string): PageMetadata {
  const ld = readJsonLd($);
  const article = articleObject(ld);
  const siteName = clean(meta($, 'og:site_name')) ?? clean(publisherName(article));
  return {
    title: readTitle($, article, siteName),
    author: readAuthor($, article),
    publishedAt: readDate($, article),
    canonicalUrl: readCanonical($, pageUrl),
    description: clean(meta($, 'description') ?? meta($, 'og:description') ?? meta($, 'twitter:description') ?? ldString(article?.description)),
    siteName,
  };
}

/** content of <meta name|property|itemprop=key>, case-insensitive on the key. */
function meta($: CheerioAPI, key: string): string | null {
  const lower = key.toLowerCase();
  let found: string | null = null;
  $('meta').each((_, el) => {
    const a = el.attribs;
    const names = [a.name, a.property, a.itemprop].filter(Boolean).map((n) => n!.toLowerCase());
    if (names.includes(lower) && a.content?.trim()) {
      found = a.content;
      return false;
    }
    return undefined;
  });
  return found;
}

/** Plain, collapsed, markup-free text, or null when nothing is left. */
function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = markupFreeText(value).replace(/\s+/g, ' ').trim();
  return text || null;
}

function publisherName(article: LdObject | null): string | null {
  return article ? (ldNames(article.publisher)[0] ?? null) : null;
}

function readTitle($: CheerioAPI, article: LdObject | null, siteName: string | null): string | null {
  const candidates = [
    meta($, 'og:title'),
    ldString(article?.headline),
    meta($, 'twitter:title'),
    $('h1').first().text(),
    $('title').first().text(),
  ];
  for (const candidate of candidates) {
    const title = clean(candidate);
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

function readAuthor($: CheerioAPI, article: LdObject | null): string | null {
  const fromLd = article ? ldNames(article.author).map((n) => n.trim()).filter(Boolean) : [];
  const candidates = [
    meta($, 'author'),
    fromLd.length ? fromLd.join(', ') : null,
    meta($, 'article:author'),
    meta($, 'parsely-author'),
    meta($, 'sailthru.author'),
    meta($, 'dc.creator'),
    $('[itemprop="author"] [itemprop="name"]').first().text(),
    $('[itemprop="author"]').first().text(),
    $('a[rel="author"]').first().text(),
    $('.byline, .author-name, .byline-name, .article-author, [class*="byline"]').first().text(),
  ];
  for (const candidate of candidates) {
    const author = cleanAuthor(candidate);
    if (author) return author;
  }
  return null;
}

function cleanAuthor(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  if (/^https?:\/\//i.test(text)) return null; // article:author is often a profile URL
  const name = text.replace(/^(by|von|par|por|di)\s+/i, '').replace(/\s*[|,]\s*$/, '').trim();
  // A "byline" that runs to a sentence is a date line or a bio, not a name.
  if (!name || name.length > 120) return null;
  return name;
}

function readDate($: CheerioAPI, article: LdObject | null): string | null {
  const candidates = [
    meta($, 'article:published_time'),
    ldString(article?.datePublished),
    meta($, 'datePublished'),
    $('article time[datetime], main time[datetime]').first().attr('datetime'),
    $('time[datetime]').first().attr('datetime'),
    meta($, 'date'),
    meta($, 'pubdate'),
    meta($, 'publishdate'),
    meta($, 'publish-date'),
    meta($, 'dc.date'),
    meta($, 'dc.date.issued'),
    meta($, 'dcterms.created'),
    meta($, 'parsely-pub-date'),
    meta($, 'sailthru.date'),
    meta($, 'og:published_time'),
    ldString(article?.dateCreated),
    meta($, 'article:modified_time'),
    ldString(article?.dateModified),
  ];
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date) return date;
  }
  return null;
}

function readCanonical($: CheerioAPI, pageUrl: string): string | null {
  const candidates = [
    $('link[rel~="canonical" i]').first().attr('href'),
    meta($, 'og:url'),
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
