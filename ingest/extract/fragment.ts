/**
 * Untrusted HTML fragments (feed content:encoded, meta values) to plain
 * text. Script, style, iframe and form content is dropped, share and
 * newsletter boxes too, and the result never contains markup.
 */
import { load } from 'cheerio/slim';
import { removeBoilerplate } from './boilerplate.ts';
import { nodesToText, stripStrayMarkup } from './dom-text.ts';

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
