/**
 * Sentence splitter that keeps offsets into the text it was given.
 * Abbreviation-aware: "U.S.", "Inc.", "Sept.", "Mr.", "No.", "e.g." and
 * initials do not end a sentence. Never crosses a line break: lines are
 * paragraphs or headings in the inputs we read.
 */
import { isAsciiAlnumCode, isAsciiLetterCode } from './char-codes.ts';
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated block, or line) it sits in. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'rev', 'hon', 'pres',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'al', 'cf', 'calif', 'ga', 'fla', 'tex', 'mass', 'wash', 'ariz', 'colo', 'conn', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va', 'vt', 'wis', 'wyo',
]);

/** [A-Za-z0-9_]: one code unit of \w. */
const isWordCode = (c: number) => isAsciiAlnumCode(c) || c === 95;

/**
 * Period-separated initialisms end s (U.S., U.K., e.g., i.e., a.m., p.m.): /(?:^|[^\w])(?:[A-Za-z]\.){2,}$/.test(s),
 * read back from the end (the regex tried every position of the text before a full
 * stop): two or more letter-and-full-stop pairs end s, and the text before one of them (from the second on)
 * is empty or ends in a character \w does not match.
 */
function endsWithInitialism(s: string): boolean {
  let pairs = 0;
  let at = s.length;
  while (at >= 2 && s.charCodeAt(at - 1) === 46 /* . */ && isAsciiLetterCode(s.charCodeAt(at - 2))) {
    at -= 2;
    pairs++;
    if (pairs >= 2 && (at === 0 || !isWordCode(s.charCodeAt(at - 1)))) return true;
  }
  return false;
}

/** The letters of /([A-Za-z]+)\.$/ in s, read back from the end; null when it does not match. */
function lettersBeforeFinalStop(s: string): string | null {
  const stop = s.length - 1;
  if (stop < 1 || s.charCodeAt(stop) !== 46 /* . */) return null;
  let at = stop;
  while (at > 0 && isAsciiLetterCode(s.charCodeAt(at - 1))) at--;
  return at < stop ? s.slice(at, stop) : null;
}

function endsWithAbbreviation(before: string): boolean {
  if (endsWithInitialism(before)) return true;
  const word = lettersBeforeFinalStop(before);
  if (word === null) return false;
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // a middle initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence-ending punctuation followed by space and an upper-case or quote or digit start. */
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=[“"'‘(\[]?[A-Z0-9$€£¥])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const lines = text.split('\n');
  let prevBlank = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.trim() === '') {
      if (!prevBlank && li > 0) paragraph++;
      prevBlank = true;
      lineStart += line.length + 1;
      continue;
    }
    if (!prevBlank && li > 0) paragraph++; // single-newline text: each line is its own block
    prevBlank = false;
    splitLine(line, lineStart, paragraph, out);
    lineStart += line.length + 1;
  }
  return out;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line))) {
    const endOfPunct = m.index + m[1]!.length + m[2]!.length;
    const before = line.slice(start, m.index + m[1]!.length);
    if (m[1] === '.' && endsWithAbbreviation(before)) {
      // "U.S. President" continues; but "in the U.S. The next" ends: an initialism before a common sentence opener.
      const next = line.slice(m.index + m[0].length);
      if (!(endsWithInitialism(before) && /^(The|It|He|She|They|We|But|In|On|A|An|This|That|Its|Their|Meanwhile|However)\b/.test(next))) continue;
    }
    push(line, start, endOfPunct, offset, paragraph, out);
    start = m.index + m[0].length;
  }
  push(line, start, line.length, offset, paragraph, out);
}

function push(line: string, s: number, e: number, offset: number, paragraph: number, out: Sentence[]): void {
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  if (e <= s) return;
  out.push({ text: line.slice(s, e), start: offset + s, end: offset + e, paragraph });
}
