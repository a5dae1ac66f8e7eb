/**
 * Drops boilerplate from an article body before tagging, so share bars,
 * "Read next" links, newsletter boxes, ads, author bios, comment sections and
 * code samples yield no entities, amounts or events (extraction.md: a mention
 * only in boilerplate is not an entity of the article; code is not prose).
 *
 * Works line by line: feeds flatten paragraphs into single lines, plain-text
 * posts use one line a paragraph. Kept lines stay verbatim so evidence
 * sentences quote the article exactly.
 */

/** Whole-line boilerplate: the line is navigation, a prompt or an ad. */
const BOILERPLATE_LINE: RegExp[] = [
  /^share (this|on|it)\b/i,
  /^(share|save|print|email|comments?)\s*(\(\d+\))?\s*([·|•]|$)/i,
  /\bshare (this|it) with\b/i,
  /^(facebook|twitter|x|linkedin|email|whatsapp)\s*[|·]/i,
  /^-?\s*\d+\s*min(ute)?s?\s*read$/i,
  /^-?\s*\d+\s*(hours?|minutes?|days?)\s*ago$/i,
  /^listen to this article\b/i,
  /^(read next|read more|also read|related|most read|more from|recommended|see also|further reading|you may also like|trending|popular)\s*[:\-–—]/i,
  /^(advertisement|sponsored|sponsor|ad|promoted|partner content)\s*(:|$)/i,
  // Calls to action: they yield nothing (extraction.md, promotional articles).
  /^(start|try it|get started|get your|get a free|claim your|use code)\b.*(free|today|now|code|\.(ai|io|com|net|example)\b)/i,
  /\b(get a free api key|start (your )?free trial|sign up (free|today|now)|use code [A-Z0-9]+)\b/i,
  /^(?:[Aa]t|[Ww]ith) [A-Z][\w.]*( [A-Z][\w.]*)*, we help\b/,
  /^(sign up|subscribe|get the .* app|download (our|the)|follow (us|.* on)|join our|newsletter\s*:|support (local|our|independent) journalism)\b/i,
  /\b(in your inbox|subscribe free|upgrade (now|to paid)|reader-supported|forward (it|this) to a colleague|copy link|book a call|book a .*demo)\b/i,
  /^(enjoying|you['’]re reading|this article is part of|market data delayed|not investment advice)\b/i,
  /\bnot investment advice\b/i,
  /^disclosure:/i,
  /^photo gallery\b/i,
  /^comments?\s*$/i,
  /^(about the author|authors?|written by|by [A-Z][a-z]+ [A-Z][a-z]+\s*$)/i,
  // Wire credit lines and post bylines: "(Reporting by ... in Tokyo; editing by ...)", "Posted by ... · 6 min read".
  // Also "Reporting for the Harlan Herald by staff writer Jenna Pruitt".
  /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten|[Pp]osted)(?: for [^,;()]{1,60}?)? by (?:(?:staff|contributing|senior|special) \p{Ll}+ )?\p{Lu}/u,
  /^(name|occupation|avatar)\s*$/i,
  /^(ios|android)\s*\|/i,
  /^catch all the\b/i,
];

/** Lines that start a code sample; the sample runs while lines stay code-like. */
const CODE_START = /^\s*(```|~~~|import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+[(:]|(const|let|var|function)\s+\w+|#include\b|\$ |npm |pip install|curl\s+-)/;
const CODE_LINE = /^(\s{2,}|\t)|[{};]\s*$|^\s*[}\])]|^\s*(return|if|else|elif|try|except|catch|for|while|print|console\.|await|async)\b|=\s*["'{\[\w(]|\w\(.*\)\s*$|^\s*#/;

function isBoilerplateLine(line: string): boolean {
  const t = line.trim().replace(/^[👉✔•·\-–—*>\s]+/u, '');
  if (!t) return false;
  return BOILERPLATE_LINE.some((re) => re.test(t));
}

export interface CleanResult {
  text: string;
  /** The dropped lines, for debugging and tests. */
  removed: string[];
}

export function cleanBody(text: string): CleanResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const removed: string[] = [];
  let inFence = false;
  let inCode = false;
  let inByline = false;
  for (const line of lines) {
    const trimmed = line.trim();
    // An author box ("Authors / avatar / Name / Nino / Occupation ...") is a run of short label lines.
    if (inByline) {
      if (trimmed === '' || (trimmed.length < 40 && !/[.!?]$/.test(trimmed))) { if (trimmed) removed.push(line); continue; }
      inByline = false;
    }
    if (/^(authors?|about the authors?|written by)\s*:?$/i.test(trimmed)) { inByline = true; removed.push(line); continue; }
    if (/^(```|~~~)/.test(trimmed)) {
      inFence = !inFence;
      removed.push(line);
      continue;
    }
    if (inFence) { removed.push(line); continue; }
    if (inCode) {
      if (trimmed === '' || CODE_LINE.test(line)) { if (trimmed) removed.push(line); continue; }
      inCode = false;
    }
    if (CODE_START.test(line)) { inCode = true; removed.push(line); continue; }
    if (isBoilerplateLine(line)) { removed.push(line); continue; }
    kept.push(line);
  }
  // Collapse runs of blank lines left by removed paragraphs.
  const out = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text: out, removed };
}
