/**
 * Mozilla Readability (the Firefox Reader View algorithm) on a linkedom
 * DOM. It scores candidate containers by paragraph text and link density;
 * we hand it a page already stripped of obvious furniture, which stops it
 * from choosing a container that includes the related-links rail.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export interface ReadabilityResult {
  /** HTML of the chosen article container. */
  contentHtml: string;
  title: string | null;
  byline: string | null;
}

export function readabilityArticle(html: string, pageUrl: string): ReadabilityResult | null {
  // Scripts and styles are often half the bytes of a news page and Readability discards them anyway; dropping them first halves DOM building.
  const { document } = parseHTML(html.replace(SCRIPT_OR_STYLE, ''));
  setDocumentUrl(document, pageUrl);
  // Readability's own char threshold (500) drops short news briefs; keep them and judge length ourselves.
  const reader = new Readability(document as unknown as Document, { charThreshold: 200, keepClasses: true });
  const article = reader.parse();
  if (!article?.content) return null;
  return { contentHtml: article.content, title: article.title ?? null, byline: article.byline ?? null };
}

/** Readability resolves relative links against documentURI; linkedom leaves it unset. */
function setDocumentUrl(document: object, pageUrl: string): void {
  try {
    Object.defineProperty(document, 'documentURI', { value: pageUrl, configurable: true });
    Object.defineProperty(document, 'baseURI', { value: pageUrl, configurable: true });
  } catch {
    // A read-only property only costs link resolution, never the text.
  }
}
