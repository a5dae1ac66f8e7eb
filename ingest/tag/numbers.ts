/**
 * Number reading shared by the money and quantity parsers: digits with
 * Western or Indian grouping ("1,234,567", "12,34,567.89"), English number
 * words ("twenty-six", "one hundred and five", "three quarters") and scale
 * words or abbreviations ("million", "bn", "m", "lakh crore").
 *
 * The readers work at a position in the original string and return where
 * they stopped, so callers can report verbatim spans.
 */
import { asciiLettersEnd } from './char-codes.ts';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words that multiply what precedes them. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.25 };

const ARTICLES = new Set(['a', 'an']);

/** Every word that can be part of a number written in words; a Set because the scanners ask for each word. */
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTIONS), 'point', ...ARTICLES]);

/** The longest of them: a longer word is answered without hashing it (the scanners ask for every word of a sentence). */
const LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_WORDS].map((w) => w.length));

/** Can this lower-case word be part of a number written in words? */
export function isNumberWord(w: string): boolean {
  return w.length <= LONGEST_NUMBER_WORD && NUMBER_WORDS.has(w);
}

/** isNumberWord of the ASCII letters s[start, end), lower-cased: a word too long to be one is answered without copying it. */
export function isNumberWordAt(s: string, start: number, end: number): boolean {
  return end - start <= LONGEST_NUMBER_WORD && NUMBER_WORDS.has(s.slice(start, end).toLowerCase());
}

/** Digits with optional Western (1,234) or Indian (12,34,567) grouping and decimals. */
const DIGITS_RE = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/**
 * "twenty-six" -> 26, "one hundred and five" -> 105, "a" -> 1, "1.5" -> 1.5,
 * "1.57 lakh crore" -> 1.57e12, "three quarters" -> 0.75; null when the text
 * is not a number (or is a bare scale word such as "billion").
 */
export function parseNumberWords(s: string): number | null {
  const text = s.trim().toLowerCase();
  if (!text) return null;
  const tokens = text.split(/[\s-]+/).filter((t) => t && t !== 'and');
  if (tokens.length === 0) return null;
  if (tokens[0] in SCALE_WORDS) return null;

  let total = 0;
  let current: number | null = null;
  let lastScaled = 0; // the part just multiplied by a big scale, for "lakh crore"
  let previousWasBigScale = false;
  let afterPoint = false;
  let decimals = '';

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (afterPoint) {
      if (t in UNITS && UNITS[t] < 10) { decimals += String(UNITS[t]); continue; }
      if (/^\d+$/.test(t)) { decimals += t; continue; }
      return null;
    }
    if (/^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$|^\.\d+$/.test(t)) {
      if (current !== null) return null;
      current = parseDigits(t);
      previousWasBigScale = false;
      continue;
    }
    if (ARTICLES.has(t)) {
      // "a billion", "half a million": an article stands for one only before a scale.
      if (current === null) current = 1;
      previousWasBigScale = false;
      continue;
    }
    if (t in UNITS) { current = (current ?? 0) + UNITS[t]; previousWasBigScale = false; continue; }
    if (t in TENS) { current = (current ?? 0) + TENS[t]; previousWasBigScale = false; continue; }
    if (t in FRACTIONS) {
      // "half" = 0.5, "three quarters" = 3 * 0.25, "a quarter" = 0.25
      current = t === 'half' ? (current ?? 1) * 0.5 : (current ?? 1) * FRACTIONS[t];
      previousWasBigScale = false;
      continue;
    }
    if (t === 'point') {
      afterPoint = true;
      if (current === null) current = 0;
      continue;
    }
    if (t === 'hundred') {
      current = (current ?? 1) * 100;
      previousWasBigScale = false;
      continue;
    }
    if (t in SCALE_WORDS) {
      const scale = SCALE_WORDS[t];
      if (previousWasBigScale && current === null) {
        // compound scales: "lakh crore" = 1e12, "thousand crore" = 1e10
        total = total - lastScaled + lastScaled * scale;
        lastScaled *= scale;
        continue;
      }
      lastScaled = (current ?? 1) * scale;
      total += lastScaled;
      current = null;
      previousWasBigScale = true;
      continue;
    }
    return null;
  }
  if (afterPoint) {
    if (!decimals) return null;
    current = (current ?? 0) + Number('0.' + decimals);
  }
  const value = total + (current ?? 0);
  return Number.isFinite(value) ? value : null;
}

export interface NumberRead {
  value: number;
  start: number;
  end: number;
  /** true when written as digits ("26", "1,000"), false for words ("six"). */
  digits: boolean;
  /** the digits exactly as written, for year/format checks */
  raw: string;
}

function wordAt(s: string, pos: number): { word: string; end: number } | null {
  const end = asciiLettersEnd(s, pos);
  return end > pos ? { word: s.slice(pos, end).toLowerCase(), end } : null;
}

/** What may join two number words: "and", spaces or a hyphen (a sticky pattern made once, not per call). */
const NUMBER_WORD_SEPARATOR = /(?:\s+and\s+|\s+|-)/y;

/** Does a word number continue at `pos` (after a separator)? */
function nextNumberWord(s: string, pos: number): { word: string; start: number; end: number } | null {
  const sep = NUMBER_WORD_SEPARATOR;
  sep.lastIndex = pos;
  const m = sep.exec(s);
  if (!m) return null;
  const w = wordAt(s, pos + m[0].length);
  if (!w || !isNumberWord(w.word)) return null;
  return { word: w.word, start: pos + m[0].length, end: w.end };
}

/**
 * Reads a number written in digits or words starting exactly at `pos`.
 * Word numbers take their scale words along ("twenty-six million"); an
 * article counts only when a scale follows ("a billion").
 */
export function readNumberAt(s: string, pos: number): NumberRead | null {
  // Numbers open with a digit, a decimal point or a letter (number words).
  const c = s.charCodeAt(pos);
  if (!((c >= 48 && c <= 57) || c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  DIGITS_RE.lastIndex = pos;
  const d = DIGITS_RE.exec(s);
  if (d) {
    const end = pos + d[0].length;
    // "1.2.3" or "12:30" are not amounts
    if ((s[end] === '.' || s[end] === ':') && isAsciiDigit(s.charCodeAt(end + 1))) return null;
    return { value: parseDigits(d[0]), start: pos, end, digits: true, raw: d[0] };
  }
  const first = wordAt(s, pos);
  if (!first || !isNumberWord(first.word)) return null;
  if (first.word in SCALE_WORDS || first.word === 'point' || first.word === 'quarters') return null;
  const words = [first.word];
  let end = first.end;
  for (;;) {
    const next = nextNumberWord(s, end);
    if (!next) break;
    // an article inside a number only in "half a million"
    if (ARTICLES.has(next.word) && words[words.length - 1] !== 'half') break;
    // "one point of your credit": "point" must be followed by a digit word
    if (next.word === 'point') {
      const after = nextNumberWord(s, next.end);
      if (!after || !(after.word in UNITS)) break;
    }
    words.push(next.word);
    end = next.end;
  }
  // a trailing "and"/"point" is never part of the number
  while (words.length && (words[words.length - 1] === 'point')) {
    words.pop();
  }
  if (ARTICLES.has(words[0]) || words[0] === 'half' || words[0] === 'quarter') {
    // "a" / "half" / "quarter" alone are not numbers; they need a scale
    if (!words.slice(1).some((w) => w in SCALE_WORDS || w in FRACTIONS)) return null;
  }
  const value = parseNumberWords(words.join(' '));
  if (value === null) return null;
  const text = s.slice(pos, end);
  return { value, start: pos, end, digits: false, raw: text };
}

export interface ScaleRead { multiplier: number; end: number; text: string }

/** Spelled-out scales, optionally with a space before them. */
const SCALE_WORD_RE = /(?:\s*|-)(lakh\s+crores?|lakhs?\s+crores?|thousand\s+crores?|hundred\s+crores?|trillion|billion|million|thousand|lakhs?|crores?|hundred)(?![A-Za-z])/iy;
/** Abbreviations: "bn", "mn", "tn" may follow a space; one-letter "m"/"k"/"b" must be attached. */
const SCALE_ABBR_RE = /(?:\s?(bn|bln|mn|mln|tn|trn|tr)|(m|k|b|M|K|B))(?![A-Za-z0-9])/y;

const ABBR: Record<string, number> = {
  bn: 1e9, bln: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, tn: 1e12, trn: 1e12, tr: 1e12, k: 1e3,
};

/** Reads a scale word or abbreviation right after a number ("million", " bn", "m"). */
export function readScaleAt(s: string, pos: number): ScaleRead | null {
  SCALE_WORD_RE.lastIndex = pos;
  const w = SCALE_WORD_RE.exec(s);
  if (w) {
    const parts = w[1].toLowerCase().split(/\s+/);
    let mult = 1;
    for (const p of parts) mult *= SCALE_WORDS[p];
    return { multiplier: mult, end: pos + w[0].length, text: w[0] };
  }
  SCALE_ABBR_RE.lastIndex = pos;
  const a = SCALE_ABBR_RE.exec(s);
  if (a) {
    const key = (a[1] ?? a[2]).toLowerCase();
    return { multiplier: ABBR[key], end: pos + a[0].length, text: a[0] };
  }
  return null;
}

/** Number plus optional scale: "1.5 billion", "26m", "twenty-six million", "1.57 lakh crore". */
export interface ScaledNumber extends NumberRead { scaled: number; hasScale: boolean }

/**
 * The money and quantity scanners read the same positions of one sentence
 * again and again; the reading depends only on (sentence, position), so the
 * last sentence's readings are kept. Callers never mutate what they get.
 */
let memoText: string | null = null;
const memo = new Map<number, ScaledNumber | null>();

export function readScaledNumberAt(s: string, pos: number): ScaledNumber | null {
  if (s !== memoText) { memoText = s; memo.clear(); }
  let n = memo.get(pos);
  if (n === undefined) {
    n = readScaledNumberUncached(s, pos);
    memo.set(pos, n);
  }
  return n;
}

function readScaledNumberUncached(s: string, pos: number): ScaledNumber | null {
  const n = readNumberAt(s, pos);
  if (!n) return null;
  const sc = readScaleAt(s, n.end);
  // Object literals of one shape rather than spreads: these are made for every figure read.
  if (sc) return { value: n.value, start: n.start, end: sc.end, digits: n.digits, raw: n.raw, scaled: n.value * sc.multiplier, hasScale: true };
  const wordsHadScale = !n.digits && /hundred|thousand|million|billion|trillion|lakh|crore/i.test(n.raw);
  return { value: n.value, start: n.start, end: n.end, digits: n.digits, raw: n.raw, scaled: n.value, hasScale: wordsHadScale };
}

/** True when the character before `pos` lets a number start there (not inside a word or number). */
export function canStartNumber(s: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = s.charCodeAt(pos - 1);
  if ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || isAsciiDigit(prev) || prev === 95 /* _ */) return false;
  // "1.5" must be read from its first digit, and "2,000" from the "2"
  if ((prev === 46 /* . */ || prev === 44 /* , */) && pos >= 2 && isAsciiDigit(s.charCodeAt(pos - 2))) return false;
  return true;
}

/**
 * `v` to `digits` significant digits, hiding floating-point noise (4.1 * 1e9 is 4099999999.9999995). An integer
 * shorter than that is its own rounding (toPrecision's string made per figure cost more than the rest of it);
 * -0 reads as 0.
 */
export function roundSignificant(v: number, digits: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 10 ** digits) return v === 0 ? 0 : v;
  return Number(v.toPrecision(digits));
}
