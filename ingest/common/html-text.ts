/**
 * The one HTML-to-text conversion, used by every stage: feed titles and
 * summaries (parse), page metadata and article bodies (extract), feed
 * content and imported files (run, importer).
 *
 * Block elements become paragraphs ("\n\n"), <br> a line break, inline runs
 * keep their spaces. Text never carries markup: only text nodes are read,
 * elements that hold no reader-visible text (script, style, iframe, form...)
 * are skipped, and in paragraph text escaped tags that decode into text
 * are removed too (double-escaped CMS output, never prose).
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/**
 * An HTML fragment as a cheerio tree. Feed HTML is often XHTML: a
 * self-closed `<iframe/>` would swallow the rest of the text in an HTML
 * parser, so non-void self-closed tags are opened and closed first.
 */
export function loadFragment(html: string): CheerioAPI {
  // One greedy run per tag (no overlapping `\s` quantifiers), so a long run of spaces inside a tag cannot make it quadratic.
  const expanded = html.replace(/<([a-zA-Z][\w:-]*)([^<>]*)\/>/g, (tag, name: string, attrs: string) =>
    VOID.test(name) || (attrs !== '' && !/^\s/.test(attrs)) ? tag : `<${name}${attrs.trimEnd()}></${name}>`);
  return load(expanded, null, false);
}

/**
 * Paragraph text of an HTML fragment (feed content, an article container).
 * `prune` may remove parts of the tree first (extract drops share boxes).
 */
export function htmlToText(html: string | null | undefined, prune?: ($: CheerioAPI) => void): string {
  if (!html) return '';
  const $ = loadFragment(html);
  prune?.($);
  return stripStrayMarkup(nodesToText($.root().toArray()));
}

/**
 * One-line text of a short value that may carry markup (a title, a summary,
 * a meta tag); null when nothing is left. Escaped tags stay as the literal
 * text they are ("History of the &lt;blink&gt; tag" is a title about a tag,
 * as feedparser reads it): pages escape every value they show.
 */
export function htmlToLine(html: string | null | undefined): string | null {
  if (html == null) return null;
  if (!/[<&]/.test(html)) return collapse(html);
  return collapse(nodesToText(loadFragment(html).root().toArray()));
}

/** Whitespace (including no-break spaces) folded to single spaces; null for an empty result. */
export function collapse(text: string): string | null {
  const out = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return out === '' ? null : out;
}

/**
 * Never reader-visible; injected payloads live here. Not <object>: its
 * content is the fallback text a reader sees when the plug-in does not load
 * (feedparser keeps it too).
 */
export const INVISIBLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'embed', 'applet', 'head', 'title',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'source', 'track', 'map', 'meta', 'link',
  'button', 'select', 'option', 'textarea', 'input', 'form', 'dialog',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'caption', 'legend', 'td', 'th',
]);

/** Cells stay on one line so a table row reads as a row. */
const CELL_TAGS = new Set(['td', 'th']);

/** A node still to read, or the end of a block or cell whose children were just read. */
type Step = { node: AnyNode; inPre: boolean } | { close: 'block' | 'cell' };

/** An explicit stack, not recursion: a feed with 200,000 nested tags must not overflow the call stack. */
export function nodesToText(nodes: Iterable<AnyNode>): string {
  const out = new TextBuilder();
  const stack: Step[] = [...nodes].reverse().map((node) => ({ node, inPre: false }));
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('close' in step) {
      if (step.close === 'block') out.paragraphBreak();
      else out.text(' ', false);
      continue;
    }
    const { node, inPre } = step;
    if (node.type === 'text') {
      out.text((node as unknown as { data: string }).data, inPre);
      continue;
    }
    // Comments, directives, and script/style (their own node types) hold nothing a reader sees.
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = node.type === 'root' ? 'body' : el.name.toLowerCase();
    if (INVISIBLE_TAGS.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    if (CELL_TAGS.has(name)) {
      out.text(' ', false);
      stack.push({ close: 'cell' });
    } else if (BLOCK_TAGS.has(name)) {
      out.paragraphBreak();
      stack.push({ close: 'block' });
    }
    const pre = inPre || name === 'pre';
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, inPre: pre });
  }
  return out.finish();
}

/** Collects paragraphs; whitespace inside a paragraph collapses to one space. */
class TextBuilder {
  private paragraphs: string[] = [];
  private lines: string[] = [];
  private current = '';

  text(data: string, inPre: boolean): void {
    if (inPre) {
      const parts = data.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.lineBreak();
        this.current += part.replace(/[\t\f\r\u00a0 ]+/g, ' ');
      });
      return;
    }
    this.current += data.replace(/[\s\u00a0]+/g, ' ');
  }

  lineBreak(): void {
    const line = this.current.replace(/ +/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }

  paragraphBreak(): void {
    this.lineBreak();
    if (this.lines.length) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join('\n\n');
  }
}

/**
 * Entity-escaped tags ("&lt;script&gt;") decode into text that looks like
 * markup; a second pass removes them so callers can never render it as HTML.
 */
export function stripStrayMarkup(text: string): string {
  if (!/<[a-zA-Z!/?]/.test(text)) return text;
  return text
    .replace(/<(script|style|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z!?][^<>]*>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
