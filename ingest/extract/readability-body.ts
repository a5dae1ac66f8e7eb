/**
 * The page, parsed once into a linkedom DOM that metadata and Mozilla
 * Readability (the Firefox Reader View algorithm) both read. Readability
 * scores candidate containers by paragraph text and link density.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Scripts and styles, except JSON-LD blocks, which metadata reads. */
const SCRIPT_OR_STYLE = /<(script|style)\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/\1\s*>/gi;

export interface ReadabilityResult {
  /** HTML of the chosen article container. */
  contentHtml: string;
}

/**
 * Scripts and styles are often half the bytes of a news page and Readability
 * discards them anyway; dropping them first halves DOM building.
 */
export function parsePage(html: string, pageUrl: string): Document {
  const { document } = parseHTML(html.replace(SCRIPT_OR_STYLE, ''));
  setDocumentUrl(document, pageUrl);
  return document as unknown as Document;
}

/** Mutates `document` (Readability prunes it as it scores): read metadata first. */
export function readabilityArticle(document: Document): ReadabilityResult | null {
  // Readability's own char threshold (500) drops short news briefs; keep them and judge length ourselves.
  // Metadata is ours (metadata.ts); Readability reading the JSON-LD kept for it would change which heading it drops as the title.
  const reader = new Readability(document, { charThreshold: 200, keepClasses: true, disableJSONLD: true });
  const article = reader.parse();
  if (!article?.content) return null;
  return { contentHtml: article.content };
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
