/**
 * The one model of an article that every stage after parsing knows.
 * Parsers (RSS, Atom, JSON Feed, HTML page, news-API JSON, local files)
 * turn their own types into ParsedItem; nothing else leaves a parser.
 */
export interface ParsedItem {
  /** Link of the item as published (absolute), or null when the item has none. */
  url: string | null;
  /** Feed GUID / Atom id, used to tell items apart when there is no link. */
  guid: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 UTC, or null when the item carries no usable date. */
  publishedAt: string | null;
  /** Short plain-text summary (feed description), if any. */
  summary: string | null;
  /** HTML body carried by the feed (content:encoded, Atom content, content_html): untrusted, converted to text downstream. */
  contentHtml: string | null;
  /** Main text as clean plain text (paragraphs separated by blank lines), if the item carries it. */
  bodyText: string | null;
  /** A canonical URL the source itself declares (rel=canonical, og:url, canonical_source). */
  canonicalUrl: string | null;
  /** Non-fatal problems met while parsing this item (bad date, missing title...). */
  warnings: string[];
}

export interface ParsedFeed {
  /** rss2 | rss1 | atom | jsonfeed | html | newsapi | text */
  format: string;
  title: string | null;
  /** The site's home link, if the feed declares one. */
  link: string | null;
  items: ParsedItem[];
  warnings: string[];
}

/** An article ready to store: everything decided, text clean. */
export interface ArticleInput {
  url: string;
  canonicalUrl: string;
  /** Every URL the article was seen at (item link, final URL after redirects...). */
  seenUrls: string[];
  title: string;
  author: string | null;
  publishedAt: string;
  fetchedAt: string;
  summary: string | null;
  bodyText: string;
  contentHash: string;
}
