/**
 * A linear walk over what may come before an XML document's root element:
 * whitespace, the `<?xml ...?>` declaration and other processing
 * instructions, comments and one DOCTYPE (with its internal subset).
 *
 * Why not a regular expression: patterns like `(?:<!--[\s\S]*?-->\s*)*`
 * backtrack exponentially when a run of comments is followed by junk, and an
 * unanchored DOCTYPE pattern rescans the rest of the text from every
 * `<!DOCTYPE [`. Here each construct is closed with one indexOf from where it
 * opens, so the walk reads every character at most once, and it never looks
 * further than `limit` characters.
 */

/** Nothing legitimate puts more than this before the root element (feeds put a few hundred bytes). */
export const MAX_PROLOG_CHARS = 64 * 1024;

export interface DoctypeSpan {
  /** Index of `<!DOCTYPE`. */
  start: number;
  /** Index just after its closing `>`. */
  end: number;
  /** The internal subset between `[` and `]`, when there is one. */
  subset: string | null;
}

export interface PrologScan {
  /** Index of the first character that is not prolog markup or whitespace (the root element when the document is well formed). */
  at: number;
  /** False when the scan stopped at `limit` or at an unclosed construct: `at` is then not a root element. */
  complete: boolean;
  doctype: DoctypeSpan | null;
}

const WS = new Set([' ', '\t', '\n', '\r', '\uFEFF']);

function skipWhitespace(text: string, i: number, end: number): number {
  while (i < end && WS.has(text[i])) i++;
  return i;
}

/** Walks prolog markup from `from`; stops at the first other character, at an unclosed construct, or at `limit` characters. */
export function scanProlog(text: string, from = 0, limit = MAX_PROLOG_CHARS): PrologScan {
  const end = Math.min(text.length, from + limit);
  let doctype: DoctypeSpan | null = null;
  let i = skipWhitespace(text, from, end);
  while (i < end && text[i] === '<') {
    let close: number;
    if (text.startsWith('<?', i)) {
      close = closeAt(text, '?>', i + 2, end);
    } else if (text.startsWith('<!--', i)) {
      close = closeAt(text, '-->', i + 4, end);
    } else if (/^<!DOCTYPE\s/i.test(text.slice(i, i + 10))) {
      const span = doctypeAt(text, i, end);
      if (!span) return { at: i, complete: false, doctype };
      doctype ??= span;
      close = span.end;
    } else {
      return { at: i, complete: true, doctype };
    }
    if (close < 0) return { at: i, complete: false, doctype };
    i = skipWhitespace(text, close, end);
  }
  return { at: i, complete: i < end || end === text.length, doctype };
}

/** Index just past `token` (searched from `from`, ending before `end`), or -1. */
function closeAt(text: string, token: string, from: number, end: number): number {
  const at = text.indexOf(token, from);
  return at < 0 || at + token.length > end ? -1 : at + token.length;
}

/**
 * `<!DOCTYPE name ... [subset]>`: the subset may hold `>` (inside its
 * declarations), so the `[` is found first and then the first `]` followed
 * by optional whitespace and `>`. Each index is visited once.
 */
function doctypeAt(text: string, start: number, end: number): DoctypeSpan | null {
  let i = start + '<!DOCTYPE'.length;
  while (i < end && text[i] !== '[' && text[i] !== '>') i++;
  if (i >= end) return null;
  if (text[i] === '>') return { start, end: i + 1, subset: null };
  const subsetStart = i + 1;
  let k = subsetStart;
  for (;;) {
    const bracket = text.indexOf(']', k);
    if (bracket < 0 || bracket >= end) return null;
    const after = skipWhitespace(text, bracket + 1, end);
    if (text[after] === '>' && after < end) return { start, end: after + 1, subset: text.slice(subsetStart, bracket) };
    k = bracket + 1;
  }
}

/** True when `text` holds nothing but whitespace and prolog markup (comments, processing instructions, a DOCTYPE). */
export function isOnlyPrologMarkup(text: string): boolean {
  const scan = scanProlog(text, 0, text.length);
  return scan.at >= text.length;
}

/** Deeper than this, elements are markup abuse: real feeds nest a few dozen levels at most. */
export const MAX_DEPTH = 256;

/**
 * Drops the tags of elements nested deeper than maxDepth, keeping their
 * text. Parsers walk or build the tree with recursion or with array
 * unshift (htmlparser2), so 200,000 nested elements either overflow the
 * stack or take minutes; one linear pass over the tags prevents both.
 * Comments, CDATA sections, processing instructions and declarations are
 * copied as they are.
 */
const HTML_VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);

/** In HTML (opts.html) void elements such as <br> and <img> have no closing tag and do not deepen the tree. */
export function flattenDeepNesting(text: string, maxDepth = MAX_DEPTH, opts: { html?: boolean } = {}): { text: string; dropped: number } {
  let depth = 0;
  let dropped = 0;
  let i = 0;
  let copiedTo = 0;
  const out: string[] = [];
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt + 1 >= text.length) break;
    const next = text[lt + 1];
    if (next === '!' || next === '?') {
      const closer = text.startsWith('<![CDATA[', lt) ? ']]>' : text.startsWith('<!--', lt) ? '-->' : next === '?' ? '?>' : '>';
      const end = text.indexOf(closer, lt + 2);
      if (end < 0) break;
      i = end + closer.length;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = next === '/';
    const selfClosing = !closing && text[gt - 1] === '/';
    if (!closing && !/[A-Za-z_:]/.test(next)) {
      i = lt + 1;
      continue;
    }
    let drop = false;
    if (opts.html && !closing && !selfClosing) {
      let end = lt + 1;
      while (end < gt && /[A-Za-z0-9:-]/.test(text[end])) end++;
      if (HTML_VOID.has(text.slice(lt + 1, end).toLowerCase())) {
        i = gt + 1;
        continue;
      }
    }
    if (closing) {
      drop = depth > maxDepth;
      if (depth > 0) depth--;
    } else if (!selfClosing) {
      depth++;
      drop = depth > maxDepth;
    } else {
      drop = depth >= maxDepth;
    }
    if (drop) {
      out.push(text.slice(copiedTo, lt));
      copiedTo = gt + 1;
      dropped++;
    }
    i = gt + 1;
  }
  if (dropped === 0) return { text, dropped };
  out.push(text.slice(copiedTo));
  return { text: out.join(''), dropped };
}
