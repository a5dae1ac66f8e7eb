/**
 * Whether a text is an HTML page (as opposed to a feed, JSON or plain
 * text). Importers meet .xml files that are really pages and .html files
 * that are really feeds, so look at the content, not the name.
 */
const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/i;
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(!doctype\s+html|html[\s>])/i;
const HTML_MARKERS = /<(head|body|meta\s|title>|div[\s>]|p>|article[\s>])/i;

export function isHtmlPage(text: string): boolean {
  const head = text.replace(/^\ufeff/, '').slice(0, 4096);
  if (HTML_START.test(head)) return true;
  const feedAt = head.search(FEED_ROOT);
  if (feedAt >= 0) return false;
  if (/^\s*[[{]/.test(head)) return false;
  // No doctype, but markup structure right at the start: a page saved by hand or a fragment.
  return /^\s*</.test(head) && HTML_MARKERS.test(head);
}
