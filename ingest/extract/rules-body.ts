/**
 * Our own cheerio rules for the article body, used when Readability finds
 * nothing worth keeping (short pages, odd layouts). Strip furniture, pick
 * the container the publisher marked as the article (or the one holding
 * the most paragraph text), then drop link lists.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { removeBoilerplate } from './boilerplate.ts';
import { nodesToText } from '../common/html-text.ts';

const MARKED_BODY = [
  '[itemprop="articleBody"]',
  '[class~="article-body"], [class~="article__body"], [class~="articleBody"], [class~="story-body"], [class~="entry-content"], [class~="post-content"], [class~="article-content"]',
  'article',
  'main, [role="main"]',
];

/** Mutates `$` (removes furniture); read metadata first. */
export function rulesBodyText($: CheerioAPI): string {
  removeBoilerplate($);
  const container = chooseContainer($);
  removeLinkLists($, container);
  return nodesToText([container]);
}

function chooseContainer($: CheerioAPI): Element {
  const body = ($('body')[0] ?? $.root()[0]) as Element;
  const bodyLength = paragraphTextLength($, body);
  for (const selector of MARKED_BODY) {
    const best = ($(selector).toArray() as Element[])
      .map((el) => ({ el, length: paragraphTextLength($, el) }))
      .sort((a, b) => b.length - a.length)[0];
    // A marked container must hold a real share of the page's prose, or it is a teaser card.
    if (best && best.length > 0.3 * bodyLength && best.length > 100) return best.el;
  }
  return densestParagraphParent($) ?? body;
}

function paragraphTextLength($: CheerioAPI, el: Element): number {
  let total = 0;
  $(el).find('p').each((_, p) => {
    total += $(p).text().trim().length;
  });
  return total;
}

/** The element whose direct <p> children carry the most text. */
function densestParagraphParent($: CheerioAPI): Element | null {
  const totals = new Map<Element, number>();
  $('p').each((_, p) => {
    const parent = p.parent as Element | null;
    if (!parent || parent.type !== 'tag') return;
    totals.set(parent, (totals.get(parent) ?? 0) + $(p).text().trim().length);
  });
  let best: Element | null = null;
  let bestLength = 0;
  for (const [el, length] of totals) {
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** Lists and blocks that are mostly links are navigation or "related" rails. */
export function removeLinkLists($: CheerioAPI, root: Element): void {
  $(root).find('ul, ol, div, section, p').each((_, el) => {
    if (!el.parent) return;
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (!text) return;
    const linkText = $(el).find('a').text().replace(/\s+/g, ' ').trim();
    const isList = el.name === 'ul' || el.name === 'ol';
    if ((isList || text.length < 300) && linkText.length / text.length > (isList ? 0.7 : 0.85) && text.split(' ').length < 200) {
      $(el).remove();
    }
  });
}
