/**
 * Untrusted HTML fragments (feed content:encoded, meta values) to plain
 * text. Script, style, iframe and form content is dropped, share and
 * newsletter boxes too, and the result never contains markup.
 */
import { load } from 'cheerio/slim';
import { removeBoilerplate } from './boilerplate.ts';
import { nodesToText } from './dom-text.ts';

export function htmlToText(fragmentHtml: string): string {
  if (!fragmentHtml) return '';
  const $ = load(fragmentHtml, null, false);
  // A fragment is all article: only boxes clearly smaller than it may go.
  removeBoilerplate($, { keepShare: 0.5 });
  return stripStrayMarkup(nodesToText($.root().toArray()));
}

/**
 * Text of a short value that may carry markup or escaped markup
 * (a <title> with a <script> in it, an og:title with "&lt;b&gt;").
 */
export function markupFreeText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const $ = load(value, null, false);
  $('script, style, noscript, template, iframe, object, embed, svg, form, textarea').remove();
  return stripStrayMarkup(nodesToText($.root().toArray()).replace(/\s+/g, ' '));
}

/**
 * Entity-escaped tags ("&lt;script&gt;") decode into text that looks like
 * markup; a second pass removes them so callers can never render it as HTML.
 */
function stripStrayMarkup(text: string): string {
  if (!/<[a-zA-Z!/?]/.test(text)) return text;
  return text
    .replace(/<(script|style|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z!?][^<>]*>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
