/**
 * Main-text extraction from HTML article pages: metadata plus the article
 * body as clean plain text. Public API of ingest/extract.
 */
import { extractBodyText, type BodyStrategy } from './body.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import { parsePage } from './readability-body.ts';
import { flattenDeepNesting } from '../common/markup-depth.ts';

export { contentHtmlToText } from './fragment.ts';
export type { BodyStrategy } from './body.ts';

/** Page metadata (see metadata.ts for where each field comes from) and the main text. */
export interface ExtractedPage extends PageMetadata {
  /** Main article text: paragraphs separated by "\n\n", headings as their own paragraphs, no page furniture. */
  bodyText: string;
}

export interface ExtractOptions {
  /** Which body extractor to use; 'combined' (default) scores best on the benchmark. */
  strategy?: BodyStrategy;
  /** When the page was fetched (ISO 8601); publication dates are read against it. Default: now. */
  fetchedAt?: string;
}

/** Never throws on odd HTML: missing parts come back null, a page with no article gives bodyText "". */
export function extractArticle(rawHtml: string, pageUrl: string, options: ExtractOptions = {}): ExtractedPage {
  // The tree walks below grow much faster than linearly with depth (2,000 nested <div>s took 56 s) and run
  // on the event loop; no real page nests 256 levels, so deeper tags are dropped and their text kept.
  const html = flattenDeepNesting(rawHtml, 256, { html: true }).text;
  // Parsed once: metadata reads the DOM before Readability prunes it.
  const document = parsePage(html, pageUrl);
  const metadata = readMetadata(document, pageUrl, options.fetchedAt ?? new Date().toISOString());
  const bodyText = extractBodyText(html, document, options.strategy ?? 'combined');
  return { ...metadata, bodyText };
}
