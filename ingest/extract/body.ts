/**
 * Chooses the article body. Readability finds the container best on real
 * pages; its output still carries captions, credits, share rails and
 * "related" lists, which our furniture rules remove. When it finds
 * little or nothing, our own container rules take over.
 */
import { load } from 'cheerio/slim';
import { removeBoilerplate } from './boilerplate.ts';
import { nodesToText, stripStrayMarkup } from '../common/html-text.ts';
import { readabilityArticle } from './readability-body.ts';
import { dropBoilerplateLines } from '../common/boilerplate-lines.ts';
import { removeLinkLists, rulesBodyText } from './rules-body.ts';
import type { Element } from 'domhandler';

export type BodyStrategy = 'readability' | 'rules' | 'combined';

/** Below this many characters Readability has probably picked a teaser, not the article. */
const MIN_READABILITY_CHARS = 250;

/**
 * `document` is the parsed page, which Readability prunes: read metadata
 * first. Only when Readability finds too little is the page read again, by
 * cheerio, for the rules (a few pages in a hundred).
 */
export function extractBodyText(html: string, document: Document, strategy: BodyStrategy = 'combined'): string {
  return dropBoilerplateLines(stripStrayMarkup(chooseBodyText(html, document, strategy)));
}

function chooseBodyText(html: string, document: Document, strategy: BodyStrategy): string {
  if (strategy === 'rules') return rulesBodyText(load(html));
  const fromReadability = readabilityBodyText(document);
  if (strategy === 'readability') return fromReadability;
  if (fromReadability.length >= MIN_READABILITY_CHARS) return fromReadability;
  const fromRules = rulesBodyText(load(html));
  return fromRules.length > fromReadability.length ? fromRules : fromReadability;
}

function readabilityBodyText(document: Document): string {
  let result;
  try {
    result = readabilityArticle(document);
  } catch {
    // Readability throws on a few malformed DOMs; the rules path still works on them.
    return '';
  }
  if (!result) return '';
  const $content = load(result.contentHtml, null, false);
  // The content is already the article: only parts clearly smaller than it may go.
  removeBoilerplate($content, { keepShare: 0.6 });
  removeLinkLists($content, $content.root()[0] as unknown as Element);
  return nodesToText($content.root().toArray());
}
