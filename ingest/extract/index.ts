/**
 * Main-text extraction from HTML article pages: metadata plus the article
 * body as clean plain text. Public API of ingest/extract.
 */
import { load } from 'cheerio/slim';
import { extractBodyText, type BodyStrategy } from './body.ts';
import { readMetadata } from './metadata.ts';

export { htmlToText } from './fragment.ts';
export { isHtmlPage } from './is-html.ts';
export type { BodyStrategy } from './body.ts';

export interface ExtractedPage {
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
  /** Main article text: paragraphs separated by "\n\n", headings as their own paragraphs, no page furniture. */
  bodyText: string;
}

export interface ExtractOptions {
  /** Which body extractor to use; 'combined' (default) scores best on the benchmark. */
  strategy?: BodyStrategy;
}

/** Never throws on odd HTML: missing parts come back null, a page with no article gives bodyText "". */
export function extractArticle(html: string, pageUrl: string, options: ExtractOptions = {}): ExtractedPage {
  const $ = load(html);
  const metadata = readMetadata($, pageUrl);
  const bodyText = extractBodyText(html, $, pageUrl, options.strategy ?? 'combined');
  return { ...metadata, bodyText };
}
