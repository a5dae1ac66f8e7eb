/**
 * Removes what surrounds an article rather than belonging to it: navigation,
 * share bars, related links, newsletter boxes, comments, ads, captions and
 * credits. Matching is on tag names and on class/id words, the way
 * trafilatura and Readability do it, with a guard so a wrapper that merely
 * has an unlucky class name (e.g. "layout-with-sidebar") but holds the
 * article is kept.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';

/** Never article text in the benchmark's ground truth nor in our fixtures. */
const BOILERPLATE_TAGS = [
  'nav', 'aside', 'footer', 'figcaption', 'form', 'button', 'dialog', 'menu', 'select', 'textarea', 'input',
  // AMP components that are never article text.
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-social-share', 'amp-sidebar', 'amp-consent', 'amp-user-notification', 'amp-call-tracking',
].join(', ');

/**
 * Words in class/id that mark page furniture. Each must stand as a whole
 * word of the attribute (split on space, "-" and "_", camelCase kept whole)
 * so "comment" does not catch "commentary" and "ad" does not catch "head".
 */
const BOILERPLATE_WORDS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'sociallinks', 'related', 'relatedposts', 'newsletter',
  'newsletters', 'subscribe', 'subscription', 'signup', 'comments', 'comment', 'commentlist', 'disqus', 'promo',
  'promotion', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adsense', 'adslot', 'dfp', 'sponsor', 'sponsored',
  'breadcrumb', 'breadcrumbs', 'navbar', 'navigation', 'nav', 'menu', 'footer', 'sidebar', 'widget', 'widgets', 'popup',
  'modal', 'cookie', 'cookies', 'consent', 'caption', 'captions', 'credit', 'credits', 'bio', 'tags', 'taglist',
  'recommended', 'recommendations', 'recirc', 'outbrain', 'taboola', 'toolbar', 'pagination', 'pager', 'byline',
  'dateline', 'timestamp', 'meta', 'masthead', 'paywall', 'skip', 'hidden', 'print', 'rating', 'rss', 'follow',
]);

/** Two-word phrases that only mean furniture together. */
const BOILERPLATE_PHRASES = [
  /\bmore[-_ ]?(stories|articles|news|from)\b/i,
  /\bread[-_ ]?(more|next|also)\b/i,
  /\bauthor[-_ ]?(bio|info|box|card|details)\b/i,
  /\b(post|article|entry)[-_ ]?(meta|tags|footer|info)\b/i,
  /\b(you[-_ ]?may[-_ ]?(also[-_ ]?)?like|most[-_ ]?(popular|read|viewed)|trending|top[-_ ]?stories)\b/i,
  /\bimage[-_ ]?(credit|caption|count)\b/i,
  /\bgallery[-_ ]?(count|nav|caption)\b/i,
];

/** Marks of the article itself; an element carrying them is never furniture. */
const ARTICLE_MARK = /\b(article[-_ ]?(body|content|text)|entry[-_ ]?content|post[-_ ]?(body|content)|story[-_ ]?body|main[-_ ]?content)\b/i;

function attributeWords(value: string): string[] {
  return value.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

export function looksLikeBoilerplate(el: Element): boolean {
  const cls = el.attribs?.class ?? '';
  const id = el.attribs?.id ?? '';
  const role = (el.attribs?.role ?? '').toLowerCase();
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'dialog') return true;
  if (el.attribs?.hidden !== undefined || el.attribs?.['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs?.style ?? '')) return true;
  const both = `${cls} ${id}`;
  if (!both.trim()) return false;
  if (ARTICLE_MARK.test(both)) return false;
  if (attributeWords(both).some((w) => BOILERPLATE_WORDS.has(w))) return true;
  return BOILERPLATE_PHRASES.some((re) => re.test(both));
}

export interface CleanOptions {
  /** Text length of the whole document; an element holding more than `keepShare` of it is kept whatever its name. */
  keepShare?: number;
}

/** Removes page furniture in place. */
export function removeBoilerplate($: CheerioAPI, options: CleanOptions = {}): void {
  const keepShare = options.keepShare ?? 0.4;
  $('script, style, noscript, template, iframe, object, embed, svg, link, meta').remove();
  const total = Math.max(1, textLength($, $.root()[0] as unknown as Element));
  $(BOILERPLATE_TAGS).each((_, node) => {
    const el = node as Element;
    // Tags say what they are more reliably than class names, so only a nested <article>/<main> saves them.
    // <form> is the exception: ASP.NET pages wrap the whole page in one.
    const keep = el.name === 'form' ? holdsArticle($, el, total, keepShare) : $(el).find('article, main, [itemprop="articleBody"]').length > 0;
    if (!keep) $(el).remove();
  });
  $('[class], [id], [role], [hidden], [aria-hidden], [style]').each((_, el) => {
    if (el.name === 'html' || el.name === 'body' || el.name === 'article' || el.name === 'main') return;
    if (!el.parent) return; // already removed with an ancestor
    if (looksLikeBoilerplate(el) && !holdsArticle($, el, total, keepShare)) $(el).remove();
  });
  removeCrossLinks($);
}

function holdsArticle($: CheerioAPI, el: Element, total: number, keepShare: number): boolean {
  if ($(el).find('article, main, [itemprop="articleBody"]').length > 0) return true;
  return textLength($, el) > keepShare * total;
}

function textLength($: CheerioAPI, el: Element): number {
  return $(el).text().replace(/\s+/g, ' ').length;
}

/** Labels publishers put before an in-text cross-link ("Related: ...", "READ MORE: ..."). */
const CROSS_LINK_LABEL = /^\s*(related|related (stories|articles|coverage|content|reading)|read more|read also|also read|see also|more|recommended|watch|listen|don't miss|must read|trending|click to tweet|tweet this)\s*[:»>|\-–—]/i;
/** A heading that only introduces a list of links. */
const RAIL_HEADING = /^\s*(related( (stories|articles|coverage|content|posts|reading|links))?|read more|more (stories|articles|news|from [\p{L} ]+)|see also|recommended( for you)?|you (may|might) also like|most (popular|read|viewed)|trending( now)?|top stories|share( this( article| story)?)?|tags?|topics?)\s*:?\s*$/iu;

/**
 * Cross-link teasers inside the text and the headings of link rails.
 * Judged by wording and link share, since such lines often carry no class.
 */
export function removeCrossLinks($: CheerioAPI): void {
  $('p, li, div, h2, h3, h4, h5, h6, strong').each((_, el) => {
    if (!el.parent) return;
    const $el = $(el);
    const text = $el.text().replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) return;
    if (/^h[2-6]$/.test(el.name) && RAIL_HEADING.test(text)) {
      $el.remove();
      return;
    }
    if (el.name === 'strong') return;
    const linkText = $el.find('a').text().replace(/\s+/g, ' ').trim();
    if (CROSS_LINK_LABEL.test(text) && linkText.length >= 0.5 * text.length) $el.remove();
  });
}
