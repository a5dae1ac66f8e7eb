/**
 * Markup nested absurdly deep, made shallow in one linear pass. Shared by
 * the feed parser (XML) and the page extractor (HTML): both walk trees with
 * recursion, which a hostile document can make overflow or take minutes.
 */

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
