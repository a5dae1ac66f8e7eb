/**
 * Finds money expressions in one sentence: "$26 million", "US$3.5bn",
 * "Rs 1.57 lakh crore", "10.3 billion kroner", "$80-100 billion",
 * "between $17.4bn and $19.4bn", "$0.40 per million tokens".
 *
 * Contract: ../shared/design/extraction.md ("Amounts", "Conventions for hard
 * cases"). Vague sums ("billions of dollars") have no number and so never
 * match; bare numbers, percentages and years have no currency and never match.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canStartNumber, isNumberWord, readNumberAt, readScaleAt, readScaledNumberAt, roundSignificant, type ScaledNumber } from './numbers.ts';
import {
  ANY_PREFIX_FORM, ANY_SUFFIX_SYMBOL, ANY_SUFFIX_WORD, KOREAN_WON_RE, PREFIX_FORMS, SUBUNIT_WORD_RE, SUFFIX_SYMBOLS, SUFFIX_WORDS, readCode,
} from './currency-names.ts';
import { asciiLettersEnd, isAsciiAlnumCode, isAsciiDigitCode, isAsciiLetterCode, isSpaceCode } from './char-codes.ts';

/** Does any of a family of forms (see anyOf in currency-names.ts) possibly start at pos? */
function mayMatchAt(any: RegExp, s: string, pos: number): boolean {
  any.lastIndex = pos;
  return any.test(s);
}

export interface MoneyMatch {
  /** verbatim substring of the sentence */
  text: string;
  start: number;
  end: number;
  /** upper bound for ranges, in currency units */
  value: number;
  /** lower bound for ranges */
  valueMin: number | null;
  /** ISO 4217 */
  currency: string;
  /** this amount converts the figure just before it: "€1.6bn ($1.8bn)" */
  conversion: boolean;
  /** "about", "more than", "up to", "nearly": value stays the stated number */
  approximate: boolean;
}

interface CurrencyRead { currency: string; end: number; multiplier: number; symbol: boolean }

const isLetter = (ch: string | undefined) => ch !== undefined && isAsciiLetterCode(ch.charCodeAt(0));
const isDigit = (ch: string | undefined) => ch !== undefined && isAsciiDigitCode(ch.charCodeAt(0));

/** A currency written before the number, followed by at most one space. */
function readPrefixCurrency(s: string, pos: number): CurrencyRead | null {
  if (isLetter(s[pos]) && (isLetter(s[pos - 1]) || isDigit(s[pos - 1]))) return null;
  if (mayMatchAt(ANY_PREFIX_FORM, s, pos)) for (const form of PREFIX_FORMS) {
    form.re.lastIndex = pos;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = pos + m[0].length;
    if (isLetter(s[end - 1]) && isLetter(s[end])) continue;
    return { currency: form.currency, end, multiplier: 1, symbol: !!form.symbol };
  }
  const code = readCode(s, pos);
  if (code) return { ...code, symbol: false };
  return null;
}

/** Skips the single space (or none) allowed between a prefix currency and its number. */
function afterPrefixSpace(s: string, pos: number): number {
  if (s[pos] === ' ' || s[pos] === '\u00a0') return pos + 1;
  return pos;
}

/** Is a number with a scale, decimals or three digits next ("EUR 1.2bn")? A two-digit integer may be cents ("17 USD 25"). */
function startsFullAmount(s: string, pos: number): boolean {
  const at = afterPrefixSpace(s, pos);
  if (!isDigit(s[at])) return false;
  const n = readScaledNumberAt(s, at);
  return !!n && (n.hasScale || !Number.isInteger(n.value) || n.value >= 100);
}

/** The gap before a suffix currency (sticky, set per use: a literal in the function made a RegExp per call). */
const SUFFIX_GAP_RE = /[ \u00a0]?-?|[ \u00a0]+/y;
/** A currency written after a number: "kroner", " USD", "€", "-yen". */
function readSuffixCurrency(s: string, pos: number, n: ScaledNumber): CurrencyRead | null {
  const sep = SUFFIX_GAP_RE;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? '';
  const at = pos + gap.length;
  if (mayMatchAt(ANY_SUFFIX_WORD, s, at)) for (const form of SUFFIX_WORDS) {
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    if (isLetter(s[end]) && isLetter(s[end - 1])) continue;
    // weights, not money: "500 pounds of steel"
    if (form.currency === 'GBP' && /^pound/i.test(m[0]) && /^\s+(?:of|per)\b/i.test(s.slice(end))) continue;
    // "Rs", "RM", "ringgit" also go before numbers: "₹500 crore Rs 10,000 crore" is two amounts
    if (/^(?:Rs|RM|ringgit)/i.test(m[0]) && startsFullAmount(s, end)) continue;
    return { currency: form.currency, end, multiplier: 1, symbol: false };
  }
  KOREAN_WON_RE.lastIndex = at;
  if (KOREAN_WON_RE.exec(s) && (n.hasScale || n.value >= 100)) {
    return { currency: 'KRW', end: at + 3, multiplier: 1, symbol: false };
  }
  // codes and symbols do not take a hyphen ("10-USD" is not written)
  if (gap.includes('-')) return null;
  const code = readCode(s, at);
  // "3 USD50 cards", "USD 3.5bn EUR 1.2bn": a code before a full amount starts that amount
  if (code && !isDigit(s[code.end]) && !startsFullAmount(s, code.end)) return { ...code, symbol: false };
  if (mayMatchAt(ANY_SUFFIX_SYMBOL, s, at)) for (const form of SUFFIX_SYMBOLS) {
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    // "10 $30": the symbol belongs to the next amount
    if (/^\s?\d/.test(s.slice(end))) return null;
    return { currency: form.currency, end, multiplier: 1, symbol: true };
  }
  return null;
}

const QUALIFIER_RE = /(?:^|[^A-Za-z])(about|around|roughly|approximately|approx\.|nearly|almost|some|more\s+than|over|less\s+than|under|up\s+to|as\s+much\s+as|as\s+many\s+as|as\s+high\s+as|as\s+low\s+as|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|well\s+over|well\s+above|just\s+over|just\s+under|close\s+to|upwards\s+of|in\s+excess\s+of|above|below|exceeding|lower\s+than|higher\s+than|an\s+estimated|estimated|circa|c\.|~)\s*$/i;

/** "from $7 to $25", "by $4bn to $50bn": a change, not a range. */
const CHANGE_BEFORE_RE = /(?:^|[^A-Za-z])(?:from|by)\s+(?:(?:about|around|roughly|approximately|an\s+estimated|some|nearly|almost|just\s+over|more\s+than)\s+)?$/i;
const BETWEEN_BEFORE_RE = /(?:^|[^A-Za-z])between\s+(?:(?:about|around|roughly|approximately|some)\s+)?$/i;

/** Rates that belong to the figure: "per million input tokens", "a year", "/hour". */
const PERIOD_WORDS = String.raw`(?:year|month|week|day|hour|minute|second|annum|quarter|kWh|MWh|GWh|user|seat|head|person)`;
const RATE_RE = new RegExp(String.raw`(?:[ \u00a0]*\/[ \u00a0]*(?:hr|h|mo|yr|${PERIOD_WORDS})(?![A-Za-z])|[ \u00a0]+(?:a|an|per|each)[ \u00a0]+${PERIOD_WORDS}(?![A-Za-z])(?![ \u00a0]+(?:earlier|ago|before|later|prior|on|from)\b)|[ \u00a0]+annually(?![A-Za-z]))`, 'iy');
const PER_RE = /(?:[ \u00a0]+per[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)(?:(?:\d[\d,.]*|one|a|an|hundred|thousand|million|billion)[ \u00a0]+|\d[\d,.]*[kKmMbB][ \u00a0]*)?(?:(?:input|output|cached|generated|additional)[ \u00a0]+)?[A-Za-z][A-Za-z-]*/iy;
/** per-share prices keep only the figure ("$0.01 a share" -> "$0.01") */
const PER_SHARE_RE = /^(?:[ \u00a0]+per[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)share\b/i;

interface Atom {
  start: number;
  end: number;
  value: number;
  valueMin: number | null;
  currency: string;
  approximate: boolean;
  conversion: boolean;
  /** written with a scale (million, bn): a range's bare lower bound borrows it */
  hasScale: boolean;
  numberValue: number;
  scaleMultiplier: number;
}

/** The gap before a sub-unit (sticky, set per use). */
const SUBUNIT_GAP_RE = /[ \u00a0]*(?:and[ \u00a0]+)?/y;
/** "$20 and 43c", "13 dollars forty-five cents", and at sentence end "15 dollars and 15." */
function readSubunit(s: string, pos: number, whole: number): { value: number; end: number } | null {
  if (!Number.isInteger(whole)) return null;
  const sep = SUBUNIT_GAP_RE;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? '';
  const at = pos + gap.length;
  if (gap.length === 0) return null;
  const n = readNumberAt(s, at);
  if (!n || n.value >= 100 || !Number.isInteger(n.value) || n.value <= 0) return null;
  if (n.digits && n.raw.length > 2) return null;
  SUBUNIT_WORD_RE.lastIndex = n.end;
  const unit = SUBUNIT_WORD_RE.exec(s);
  if (unit) return { value: whole + n.value / 100, end: n.end + unit[0].length };
  // a bare trailing number counts as cents only where the sentence ends
  if (gap.length > 0 && /^\s*(?:[.!?]|$)/.test(s.slice(n.end))) return { value: whole + n.value / 100, end: n.end };
  return null;
}

/** Redundant currency after a prefixed amount: "$ 10 dollars". */
function skipRedundantSuffix(s: string, pos: number, currency: string, n: ScaledNumber): number {
  const c = readSuffixCurrency(s, pos, n);
  if (c && c.currency === currency && !c.symbol && !startsFullAmount(s, c.end)) return c.end;
  return pos;
}

/** "a dollar", "above a dollar and 42 cents": the article is the number one. */
const ARTICLE_ONE_RE = /(?:a|an)(?=[ \u00a0]+(?:dollar|euro|rupee|yen|yuan|franc)(?![A-Za-z]))/iy;

function readArticleAsOne(s: string, pos: number): ScaledNumber | null {
  ARTICLE_ONE_RE.lastIndex = pos;
  const m = ARTICLE_ONE_RE.exec(s);
  if (!m) return null;
  const end = pos + m[0].length;
  return { value: 1, start: pos, end, digits: false, raw: m[0], scaled: 1, hasScale: false };
}

/** A bare lower bound's joiner, "10-20 dollars" (sticky, set per use). */
const RANGE_TAIL_RE = /(?:[-–—]|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
/** Reads one amount (possibly a range) starting at pos, or null. */
function readAmountAt(s: string, pos: number): Atom | null {
  const prefix = readPrefixCurrency(s, pos);
  if (prefix) {
    const numPos = afterPrefixSpace(s, prefix.end);
    if (!isDigit(s[numPos]) && s[numPos] !== '.') return null;
    const n = readScaledNumberAt(s, numPos);
    if (!n) return null;
    let end = n.end;
    // "75 USD million" has its scale after the code; "USD 22.5 million" before: both read here
    const mult = prefix.multiplier;
    let value = n.scaled * mult;
    end = skipRedundantSuffix(s, end, prefix.currency, n);
    const atom: Atom = {
      start: pos, end, value, valueMin: null, currency: prefix.currency, approximate: false, conversion: false,
      hasScale: n.hasScale || mult !== 1, numberValue: n.value, scaleMultiplier: n.hasScale ? n.scaled / n.value : mult,
    };
    if (!atom.hasScale) {
      const sub = readSubunit(s, end, value);
      if (sub) { atom.value = sub.value; atom.end = sub.end; }
    }
    return atom;
  }

  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos) ?? readArticleAsOne(s, pos);
  if (!n) return null;
  // bare-number lower bound before a currency-marked upper bound: "10-20 dollars", "7-9 lakh rupees"
  let lower: ScaledNumber | null = null;
  let upper: ScaledNumber = n;
  const tail = RANGE_TAIL_RE;
  tail.lastIndex = n.end;
  const t = tail.exec(s);
  if (t && (!t[0].includes('and') || BETWEEN_BEFORE_RE.test(s.slice(0, pos)))) {
    const m = readScaledNumberAt(s, n.end + t[0].length);
    if (m && readSuffixCurrency(s, m.end, m) && !readSuffixCurrency(s, n.end, n)) {
      lower = n;
      upper = m;
    }
  }
  const cur = readSuffixCurrency(s, upper.end, upper);
  if (!cur) return null;
  // "in 2025 dollars" is a price basis, not an amount
  if (!upper.hasScale && /^(?:19|20)\d\d$/.test(upper.raw) && /\b(?:in|constant|real|nominal)\s+$/i.test(s.slice(0, pos))) return null;
  let end = cur.end;
  let scale = upper.hasScale ? upper.scaled / upper.value : 1;
  // "75 USD million": a scale after the currency
  if (!upper.hasScale) {
    const late = readScaleAt(s, end);
    if (late && /^\s*(?:million|billion|trillion|thousand|mn|bn)/i.test(s.slice(end))) { scale = late.multiplier; end = late.end; }
  }
  scale *= cur.multiplier;
  const value = upper.value * scale;
  const atom: Atom = {
    start: pos, end, value, valueMin: null, currency: cur.currency, approximate: false, conversion: false,
    hasScale: scale !== 1, numberValue: upper.value, scaleMultiplier: scale,
  };
  if (lower) {
    const lowerValue = lower.hasScale ? lower.scaled : lower.value * scale;
    if (!(lowerValue < value)) return null;
    atom.valueMin = lowerValue;
  } else if (scale === 1) {
    const sub = readSubunit(s, end, value);
    if (sub) { atom.value = sub.value; atom.end = sub.end; }
  }
  return atom;
}

/** Joins "A-B", "A to B" and "between A and B" when B is an amount in A's currency. */
/** What joins the two ends of a range (sticky, set per use). */
const RANGE_SEP_RE = /(?:[-–—]|[ \u00a0]*[-–—][ \u00a0]*(?=\D)|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
function readRangeUpper(s: string, a: Atom): { upper: Atom; startsAt: number } | null {
  if (a.valueMin !== null) return null;
  const before = s.slice(0, a.start);
  const between = BETWEEN_BEFORE_RE.test(before);
  const sep = RANGE_SEP_RE;
  sep.lastIndex = a.end;
  const m = sep.exec(s);
  if (!m) return null;
  const word = m[0].trim();
  if (word === 'and' && !between) return null;
  if (word === 'to' && CHANGE_BEFORE_RE.test(before)) return null;
  const at = a.end + m[0].length;
  // the upper bound either repeats the currency ("$10-$20") or is a bare number ("$80-100 billion")
  let upper = readAmountAt(s, at);
  if (upper && upper.currency !== a.currency) return null;
  if (!upper) {
    if (!/^[\d.]/.test(s.slice(at)) && word !== 'to' && word !== 'and') return null;
    const n = readScaledNumberAt(s, at);
    if (!n) return null;
    // spaced dashes join only full amounts: "$1 billion – 20 MW" is not a range
    if (m[0].trim() !== m[0] && /[-–—]/.test(word)) return null;
    let end = n.end;
    end = skipRedundantSuffix(s, end, a.currency, n);
    // "$5 to 10 suppliers": a bare number after "to"/"and" is a bound only with a scale, a currency or at a clause end
    if ((word === 'to' || word === 'and') && !n.hasScale && end === n.end && !/^\s*(?:[.,;:)!?]|$)/.test(s.slice(end))) return null;
    const scale = n.hasScale ? n.scaled / n.value : (a.hasScale ? a.scaleMultiplier : 1);
    upper = {
      start: at, end, value: n.value * scale, valueMin: null, currency: a.currency, approximate: false,
      conversion: false, hasScale: n.hasScale, numberValue: n.value, scaleMultiplier: scale,
    };
    // "$5 billion to 7%" or "$80-100" followed by a unit that is not money
    if (/^\s*(?:%|percent|per\s*cent)/i.test(s.slice(end))) return null;
  }
  let lowerValue = a.value;
  if (!a.hasScale && upper.hasScale) lowerValue = a.numberValue * upper.scaleMultiplier;
  if (!(lowerValue < upper.value)) return null;
  if (word === 'to' && !upper.hasScale && a.hasScale) return null;
  return { upper: { ...upper, valueMin: lowerValue, start: a.start }, startsAt: at };
}

/** A plural head noun after "per million input" (sticky, set per use). */
const PLURAL_HEAD_RE = /[ \u00a0]+([a-z]{3,}s)(?![A-Za-z])/y;
function extendWithRate(s: string, end: number): number {
  if (PER_SHARE_RE.test(s.slice(end))) return end;
  RATE_RE.lastIndex = end;
  const r = RATE_RE.exec(s);
  if (r) return end + r[0].length;
  PER_RE.lastIndex = end;
  const p = PER_RE.exec(s);
  if (p) {
    // "per million input tokens": keep a plural head noun that follows directly
    let stop = end + p[0].length;
    const more = PLURAL_HEAD_RE;
    more.lastIndex = stop;
    const mm = more.exec(s);
    if (mm && !/^(?:is|was|has|its|this|thus|plus|as|less|unless|across|always|perhaps)$/.test(mm[1]) && /^(?:input|output|cached|generated|additional)$/i.test(p[0].trim().split(/\s+/).pop() ?? '')) {
      stop = mm.index + mm[0].length;
    }
    return stop;
  }
  return end;
}

/** After "€1.6bn" a bracketed or dashed amount in another currency restates it. */
const CONVERSION_QUALIFIER = String.raw`(?:about|around|roughly|approximately|approx\.|some|nearly|almost|equivalent\s+to|the\s+equivalent\s+of|c\.|~)`;
/** "(about X)", "– around X", ", or X", ", about X": a restatement; a bare comma is a list. */
const CONVERSION_GAP_RE = new RegExp(String.raw`^\s*(?:[(\[]\s*(?:${CONVERSION_QUALIFIER}\s*)?|[–—-]\s*(?:${CONVERSION_QUALIFIER}\s+)?|,?\s+or\s+(?:${CONVERSION_QUALIFIER}\s+)?|,\s*${CONVERSION_QUALIFIER}\s+)$`, 'i');
const CONVERSION_AFTER_RE = /^\s*(?:at\s+(?:current|today['’]s|prevailing|the\s+current|present)\s+(?:exchange\s+)?rates?|at\s+the\s+current\s+exchange\s+rate)/i;

function markConversions(s: string, found: MoneyMatch[]): void {
  for (let i = 1; i < found.length; i++) {
    const b = found[i];
    const prev = found[i - 1];
    if (prev.currency === b.currency) continue;
    const gap = s.slice(prev.end, b.start);
    if (CONVERSION_GAP_RE.test(gap) || CONVERSION_AFTER_RE.test(s.slice(b.end))) b.conversion = true;
  }
}

/** Lower-case words that may open an amount: "us $ 150", "c $ 16", "usd 200", "ringgit 42". */
const LOWERCASE_STARTS = new Set([
  'us', 'u', 'c', 'hk', 'mex', 'mxn', 'aud', 'cad', 'nzd', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'chf',
  'sgd', 'hkd', 'myr', 'nok', 'sek', 'dkk', 'krw', 'aed', 'sar', 'brl', 'zar', 'egp', 'kwd', 'qar', 'uah', 'mnt',
  'bgn', 'ils', 'lbp', 'ringgit', 'ringgits', 'malaysia', 'malaysian',
]);

const NEXT_WORD_RE = /(?:[\s\u00a0-]+(?:and[\s\u00a0]+)?)([A-Za-z]+)/y;
/** Currency names that make "a" the number one (see readArticleAsOne). */
const ARTICLE_CURRENCIES = new Set(['dollar', 'euro', 'rupee', 'yen', 'yuan', 'franc']);

/**
 * "a" and "an" open an amount only before a number word ("a billion",
 * "a half") or a currency name ("a dollar"); elsewhere they are articles.
 */
function articleMayOpenAmount(s: string, end: number): boolean {
  NEXT_WORD_RE.lastIndex = end;
  const m = NEXT_WORD_RE.exec(s);
  if (!m) return false;
  const next = m[1].toLowerCase();
  return isNumberWord(next) || ARTICLE_CURRENCIES.has(next);
}

/**
 * Can a capitalised word open an amount? Only as a number word ("Five
 * million dollars"), a currency code ("USD", "MUSD") or the start of a
 * currency form ("US$", "HK$", "Rs", "RM").
 */
function mayStartCapitalisedAmount(s: string, pos: number, word: string, lower: string): boolean {
  if (isNumberWord(lower)) return true;
  if (word.length <= 4 && word === word.toUpperCase()) return true;
  return mayMatchAt(ANY_PREFIX_FORM, s, pos);
}

/** 4.1 * 1e9 is 4099999999.9999995 in floating point: keep 12 significant digits. */
function tidy(v: number): number {
  return roundSignificant(v, 12);
}

/** Every money expression in the sentence, in order of appearance. */
export function findMoney(sentence: string): MoneyMatch[] {
  const s = sentence;
  const out: MoneyMatch[] = [];
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (isSpaceCode(c)) { pos++; continue; }
    // nothing starts inside a word or a number: skip ahead cheaply
    if (pos > 0 && isAsciiAlnumCode(c) && isAsciiAlnumCode(s.charCodeAt(pos - 1))) { pos++; continue; }
    // an ordinary word can start neither a number nor a currency: jump over it
    if (isAsciiLetterCode(c)) {
      const w = s.slice(pos, asciiLettersEnd(s, pos));
      const lower = w.toLowerCase();
      if (w === lower ? !isNumberWord(lower) && !LOWERCASE_STARTS.has(lower) : !mayStartCapitalisedAmount(s, pos, w, lower)) { pos += w.length; continue; }
      if ((lower === 'a' || lower === 'an') && !articleMayOpenAmount(s, pos + w.length)) { pos += w.length; continue; }
    } else if (!isAsciiDigitCode(c) && !(c === 46 /* . */ && isAsciiDigitCode(s.charCodeAt(pos + 1))) && !mayMatchAt(ANY_PREFIX_FORM, s, pos)) {
      // punctuation starts an amount only as a currency symbol
      pos++;
      continue;
    }
    const atom = readAmountAt(s, pos);
    if (!atom) { pos++; continue; }
    let a = atom;
    const range = readRangeUpper(s, a);
    if (range) a = range.upper;
    let start = a.start;
    const before = s.slice(0, start);
    if (a.valueMin !== null) {
      const b = /between\s+$/i.exec(before);
      if (b && BETWEEN_BEFORE_RE.test(before)) start -= b[0].length;
    }
    const end = extendWithRate(s, a.end);
    const approximate = QUALIFIER_RE.test(s.slice(Math.max(0, start - 30), start));
    out.push({
      text: s.slice(start, end), start, end, value: tidy(a.value), valueMin: a.valueMin === null ? null : tidy(a.valueMin),
      currency: a.currency, conversion: false, approximate,
    });
    pos = end;
  }
  markConversions(s, out);
  return out;
}

interface FxTable { _doc: string; as_of: string; source: string; base: string; rates: Record<string, number> }

let fx: FxTable | null = null;

function loadFx(): FxTable {
  if (fx) return fx;
  const file = fileURLToPath(new URL('../../data/fx-rates.json', import.meta.url));
  try {
    fx = JSON.parse(readFileSync(file, 'utf8')) as FxTable;
  } catch (err) {
    throw new Error(`money: cannot read the fixed FX table ${file} (${(err as Error).message}); restore data/fx-rates.json from git.`);
  }
  return fx;
}

/** USD value from the fixed table in data/fx-rates.json; null for currencies it does not list. */
export function toUsd(value: number, currency: string): number | null {
  if (currency === 'USD') return value;
  const rate = loadFx().rates[currency.toUpperCase()];
  if (rate === undefined) return null;
  // round to cents so a converted figure does not carry float noise
  return Math.round(value * rate * 100) / 100;
}
