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
