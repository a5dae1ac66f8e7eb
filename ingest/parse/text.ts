/**
 * Plain text from the small markup fragments feeds carry (descriptions,
 * titles) and from news-API Markdown bodies. Full article HTML is the
 * extract stage's job; these helpers only serve the parse stage.
 */
import { load } from 'cheerio/slim';

/** Elements whose content is never reader-visible text (and is where injected payloads live). */
const INVISIBLE = 'script, style, noscript, template, iframe, head, title, svg, math';

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

const BLOCK_BOUNDARY = /<(?:br|hr|\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|section|article|pre|table|dd|dt))\b[^<>]*>/gi;

/** One-line text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlFragmentToText(html: string | null | undefined): string | null {
  if (html == null) return null;
  if (!/[<&]/.test(html)) return collapse(html);
  // Block boundaries would otherwise glue words together ("end.<p>Next" -> "end.Next").
  // Feed HTML is often XHTML: `<iframe/>` self-closed would swallow the rest of the text in an HTML parser.
  // One greedy run per tag (no overlapping `\s` quantifiers), so a long run of spaces inside a tag cannot make it quadratic.
  const expanded = html.replace(/<([a-zA-Z][\w:-]*)([^<>]*)\/>/g, (tag, name: string, attrs: string) =>
    VOID.test(name) || (attrs !== '' && !/^\s/.test(attrs)) ? tag : `<${name}${attrs.trimEnd()}></${name}>`);
  const $ = load(expanded.replace(BLOCK_BOUNDARY, ' $&'), null, false);
  $(INVISIBLE).remove();
  try {
    return collapse($.root().text());
  } catch (err) {
    // The DOM's text() recurses once per nesting level: 200,000 nested tags overflow the stack. Strip tags in one linear pass instead.
    if (!(err instanceof RangeError)) throw err;
    return collapse(decodeBasicEntities(expanded.replace(/<[^<>]*>/g, ' ')));
  }
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (ref, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower[1] === 'x' ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? ref;
  });
}

export function collapse(text: string): string | null {
  const out = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return out === '' ? null : out;
}

/**
 * Markdown to plain text for reading and tagging: links keep their words,
 * images and HTML vanish, heading/emphasis/code markers go, and paragraphs
 * stay separated by one blank line.
 */
export function markdownToText(markdown: string | null | undefined): string | null {
  if (markdown == null) return null;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(markdownLineToText);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === null) continue;
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
      continue;
    }
    // A list item starts its own line; wrapped prose lines rejoin into one.
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) current.push('\n' + item[1].trim());
    else current.push(line.trim());
  }
  if (current.length) paragraphs.push(current.join(' '));
  const text = paragraphs
    .map((p) => p.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
  return text === '' ? null : text;
}

/** null drops the line entirely (fences, rules). */
function markdownLineToText(line: string): string | null {
  if (/^\s*(```|~~~)/.test(line)) return null;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  let out = line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/`+/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1');
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(out)) return null;
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  return out;
}
