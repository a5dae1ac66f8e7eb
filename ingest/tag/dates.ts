/**
 * Date expressions in a sentence, resolved against the article's date with
 * the corpus precision rules: a weekday or a day of a month gives the day;
 * "this week", "last month", "two weeks ago", "in July" give the month;
 * "last year", "last fall", "in 2019" give the year.
 *
 * Hand-written patterns rather than a general parser: they run on every
 * sentence of every article, and each pattern maps to one precision rule.
 */

export type DateRole =
  /** when something happened: "on Monday", "in March", "in 2019" */
  | 'point'
  /** a horizon or span a figure applies to: "through 2031", "by 2030", "from 2026 to 2029" */
  | 'horizon'
  /** a wire dateline ("OSLO, July 31 –"): the filing date, not the happening */
  | 'dateline';

export interface DateExpr {
  text: string;
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD (for spans: the end). */
  value: string;
  role: DateRole;
  /** For spans: "2026-2029". */
  span?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const NUM_RE = '(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

interface Ymd { y: number; m: number; d: number }

/** The last article date read: every sentence of an article asks for the same one. */
let lastIso: string | null = null;
let lastYmd: Readonly<Ymd> = { y: 0, m: 0, d: 0 };

function parseIso(iso: string): Readonly<Ymd> {
  if (iso === lastIso) return lastYmd;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`dates: cannot read publishedAt "${iso}"; pass an ISO 8601 date`);
  lastYmd = Object.freeze({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  lastIso = iso;
  return lastYmd;
}
const pad = (n: number) => String(n).padStart(2, '0');
const fmtDay = (t: Ymd) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const fmtMonth = (t: { y: number; m: number }) => `${t.y}-${pad(t.m)}`;

function addDays(t: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
function addMonths(t: Ymd, months: number): { y: number; m: number } {
  const idx = t.y * 12 + (t.m - 1) + months;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}
function weekday(t: Ymd): number {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}
function num(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? 1;
}

/** A month named without a year is the latest such month not after the article (a March article's "December" is last December). */
function yearForMonth(month: number, pub: Ymd, future: boolean): number {
  if (future) return month >= pub.m ? pub.y : pub.y + 1;
  return month <= pub.m ? pub.y : pub.y - 1;
}

/**
 * A month-day named without a year: the next one when the clause speaks of
 * the future, the last one when a verb before it is in the past tense
 * ("rezoned the land on Sept. 18"), else the nearer of the two, with the past
 * preferred (news reports what happened): "until October 15" in a late
 * September article is this October, "on Nov. 5" in a mid-November one this
 * November, "on January 15" in a late November one next January.
 */
function yearForDay(month: number, day: number, pub: Ymd, future: boolean, past: boolean): number {
  const today = Date.UTC(pub.y, pub.m - 1, pub.d);
  const thisYear = Date.UTC(pub.y, month - 1, day);
  const next = thisYear >= today ? thisYear : Date.UTC(pub.y + 1, month - 1, day);
  const last = thisYear <= today + 2 * 86_400_000 ? thisYear : Date.UTC(pub.y - 1, month - 1, day);
  if (last === next) return pub.y;
  if (future) return new Date(next).getUTCFullYear();
  if (past) return new Date(last).getUTCFullYear();
  // Past unless the next one is much nearer: a quarter of the distance back.
  return (next - today) * 4 < today - last ? new Date(next).getUTCFullYear() : new Date(last).getUTCFullYear();
}

interface Pattern {
  re: RegExp;
  /**
   * Text every match of `re` contains (a month name, a year, a weekday...):
   * a sentence without it is not scanned with `re` at all. Most sentences
   * hold no date, and most patterns fail only after trying every position.
   */
  need: 'month' | 'year' | 'month+year' | RegExp;
  resolve(m: RegExpExecArray, pub: Ymd, ctx: { future: boolean; past: boolean }): Omit<DateExpr, 'text' | 'start' | 'end'> | null;
}

/** Past-tense verbs: a date shortly after one is a past one ("voted on Sept. 18"). */
const PAST_CUE = /\b(?:\w{2,}ed|was|were|had|did|said|told|took|made|came|went|began|won|lost|sold|bought|paid|held|met|sent|gave|got|brought|ran|saw|left|struck|fell|rose|wrote|spoke|chose|drew|grew|shut|cut|put|hit)\b/gi;
/** "plan to" only before a verb: "raised its Pro plan to $18 a month in January" names a priced plan, not an intent. */
const PLAN_TO = String.raw`plans? to(?! [$€£¥\d])`;
/** Modals and words of what is to come: a date shortly after one is a future one ("will vote on Friday", "until October 15"). */
const FUTURE_CUE = new RegExp(String.raw`\b(?:will|would|(?:is|are|was|were) (?:due|scheduled|set|expected) to|${PLAN_TO}|next|until|till|ends|ending|expires|takes? effect)\b`, 'gi');

/** A change's start right before a date: "taking effect on", "effective". */
const EFFECTIVE_BEFORE = /\b(?:(?:takes?|taking|took) effect|effective|into force)\s+(?:on\s+|from\s+)?$/i;
/** A modal of what is to come anywhere before in the sentence. */
const MODAL_BEFORE_ANYWHERE = new RegExp(String.raw`\b(?:will|would|shall|is to|are to|(?:is|are) (?:due|set|scheduled|expected) to|${PLAN_TO})\b`, 'i');

/** A modal or "to" just before a verb: "will shut down", "to put" are not past tense. */
const MODAL_BEFORE = /\b(?:will|would|to|can|could|may|might|must|shall|should|not)\s+(?:\w+\s+)?$/i;

/** Where the last match of `re` in `text` ends, offset by `base`; -Infinity when none. Matches `unless` precedes are skipped. */
function lastIndex(re: RegExp, text: string, base: number, unless?: RegExp): number {
  let at = -Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (unless?.test(text.slice(0, m.index))) continue;
    at = Math.max(0, base) + m.index + m[0].length;
  }
  return at;
}

/** What the patterns' matches must contain (case as in the patterns: month names and weekdays are capitalised). */
const NEED_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const NEED_YEAR = /(?:19|20)\d\d/;

const PATTERNS: Pattern[] = [
  // Dateline: "OSLO, July 31 –", "AMSTERDAM/NEW YORK, Sept 9 –"
  {
    need: 'month',
    re: new RegExp(`^[A-Z][A-Z .'/,-]+,\\s+${MONTH_RE}\\s+(\\d{1,2})\\s*[–—-]`, 'g'),
    resolve: (m, pub) => {
      const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
      return { value: fmtDay({ y: yearForMonth(month, pub, false), m: month, d: Number(m[2]) }), role: 'dateline' };
    },
  },
  // Spans: "from 2026 to 2029", "2026-2030", "between 2026 and 2028"
  {
    need: 'year',
    re: /\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|through)\s+(?:(?:the\s+)?(?:end|start|middle) of\s+|early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d|\d\d)\b/g,
    resolve: (m) => {
      const a = m[1] ?? m[3]!;
      let b = m[2] ?? m[4]!;
      if (b.length === 2) b = a.slice(0, 2) + b;
      return { value: b, role: 'horizon', span: `${a}-${b}` };
    },
  },
  // Quarters: "Q3 2026", "third quarter of 2026", "the June quarter"
  {
    need: 'year',
    re: /\b(?:Q([1-4])\s*(?:of\s+)?((?:19|20)\d\d)|(first|second|third|fourth)\s+quarter\s+of\s+((?:19|20)\d\d))\b/gi,
    resolve: (m) => {
      const q = m[1] ?? String(['first', 'second', 'third', 'fourth'].indexOf(m[3]!.toLowerCase()) + 1);
      const y = m[2] ?? m[4]!;
      return { value: `${y}-Q${q}`, role: 'horizon' };
    },
  },
  // Horizons: "through 2031", "by 2030", "until 2027", "by early 2029", "through December 2031", "before 2028"
  {
    need: 'year',
    re: new RegExp(`\\b(?:through|thru|by|until|till|to|before|from|due|due in|maturing in)\\s+(?:(?:early|mid|late|the end of|end of)[- ]?\\s*)?(?:${MONTH_RE}\\s+)?((?:19|20)\\d\\d)\\b`, 'gi'),
    resolve: (m) => ({ value: m[2]!, role: 'horizon' }),
  },
  // "fiscal year ending in May 2026", "fiscal 2026", "FY2026"
  {
    need: 'year',
    re: new RegExp(`\\b(?:fiscal(?:\\s+year)?(?:\\s+ending\\s+in)?\\s+(?:${MONTH_RE}\\s+)?|FY\\s?)((?:19|20)\\d\\d)\\b`, 'gi'),
    resolve: (m) => ({ value: m[2]!, role: 'horizon' }),
  },
  // "over the next three years"
  {
    need: /next/i,
    re: new RegExp(`\\bover\\s+the\\s+next\\s+${NUM_RE}\\s+years?\\b`, 'gi'),
    resolve: (m, pub) => ({ value: String(pub.y + num(m[1]!)), role: 'horizon' }),
  },
  // "August 11, 2025", "Sept. 18, 2025", "2 August 2025"
  {
    need: 'month+year',
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b|\\b(\\d{1,2})\\s+${MONTH_RE}\\s+((?:19|20)\\d\\d)\\b`, 'g'),
    resolve: (m) => {
      const month = MONTHS[(m[1] ?? m[5]!).toLowerCase().replace('.', '')]!;
      const d = Number(m[2] ?? m[4]);
      const y = Number(m[3] ?? m[6]);
      return { value: fmtDay({ y, m: month, d }), role: 'point' };
    },
  },
  // "July 2023", "December 2027"
  {
    need: 'month+year',
    re: new RegExp(`\\b${MONTH_RE}\\s+((?:19|20)\\d\\d)\\b`, 'g'),
    resolve: (m) => ({ value: `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase().replace('.', '')]!)}`, role: 'point' }),
  },
  // "on Sept. 18", "December 20", "July 31"
  {
    need: 'month',
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|,?\\s*(?:19|20)\\d\\d))`, 'g'),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      return { value: fmtDay({ y: yearForDay(month, d, pub, ctx.future, ctx.past), m: month, d }), role: 'point' };
    },
  },
  // "next June", "last March", "this December": the month's next, previous or current-year occurrence
  {
    need: 'month',
    re: new RegExp(`\\b([Nn]ext|[Ll]ast|[Tt]his)\\s+${MONTH_RE}(?![\\w.]|\\s+\\d)`, 'g'),
    resolve: (m, pub) => {
      const month = MONTHS[m[2]!.toLowerCase().replace('.', '')];
      if (!month) return null;
      const mod = m[1]!.toLowerCase();
      const y = mod === 'this' ? pub.y : mod === 'next' ? (month > pub.m ? pub.y : pub.y + 1) : (month < pub.m ? pub.y : pub.y - 1);
      return { value: fmtMonth({ y, m: month }), role: 'point' };
    },
  },
  // Day before month, as British copy writes it: "on 12 May", "published 3 June"
  {
    need: 'month',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?![\\w.]|\\s*,?\\s*(?:19|20)\\d\\d)`, 'g'),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[2]!.toLowerCase().replace('.', '')]!;
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      return { value: fmtDay({ y: yearForDay(month, d, pub, ctx.future, ctx.past), m: month, d }), role: 'point' };
    },
  },
  // Weekdays: "on Monday", "last Friday", "late on Wednesday", "Tuesday's vote"
  {
    need: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    re: /\b(last|this|next|on|late on|early on)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, pub, ctx) => {
      const target = WEEKDAYS[m[2]!.toLowerCase()]!;
      const today = weekday(pub);
      const mod = (m[1] ?? '').toLowerCase();
      let diff: number;
      if (mod === 'next' || (ctx.future && mod !== 'last')) diff = ((target - today + 7) % 7) || 7;
      else diff = -(((today - target + 7) % 7) || (mod === 'last' ? 7 : 0));
      return { value: fmtDay(addDays(pub, diff)), role: 'point' };
    },
  },
  // Relative: "two weeks ago", "16 hours ago", "three days ago"
  {
    need: /ago|earlier/i,
    re: new RegExp(`\\b${NUM_RE}\\s+(hours?|days?|weeks?|months?|years?)\\s+(ago|earlier)\\b`, 'gi'),
    resolve: (m, pub) => {
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'hour') return { value: fmtDay(addDays(pub, -Math.floor(n / 24))), role: 'point' };
      if (unit === 'day') return { value: fmtMonth(addDays(pub, -n)), role: 'point' };
      if (unit === 'week') return { value: fmtMonth(addDays(pub, -7 * n)), role: 'point' };
      if (unit === 'month') return { value: fmtMonth(addMonths(pub, -n)), role: 'point' };
      return { value: String(pub.y - n), role: 'point' };
    },
  },
  // "March of last year", "June of next year": the month of the year named.
  {
    need: 'month',
    re: new RegExp(`\\b${MONTH_RE} of (last|this|next) year\\b`, 'g'),
    resolve: (m, pub) => {
      const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
      const rel = m[2]!.toLowerCase();
      return { value: `${pub.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)}-${pad(month)}`, role: 'point' };
    },
  },
  // "this week", "last week", "earlier this month", "last month", "this year", "last year", "last fall"
  {
    need: /week|month|year|fall|autumn|spring|summer|winter/i,
    re: /\b(this|last|earlier this|later this|next|past|same)\s+(week|month|year|fall|autumn|spring|summer|winter)\b/gi,
    resolve: (m, pub) => {
      const mod = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      if (unit === 'week') return { value: fmtMonth(mod === 'last' || mod === 'past' ? addDays(pub, -7) : mod === 'next' ? addDays(pub, 7) : pub), role: 'point' };
      // "Earlier this month" in an article of the 1st or 2nd was written at the end of the month before.
      const monthBack = mod === 'last' || mod === 'past' || (mod === 'earlier this' && pub.d <= 2);
      if (unit === 'month') return { value: fmtMonth(monthBack ? addMonths(pub, -1) : mod === 'next' ? addMonths(pub, 1) : pub), role: 'point' };
      if (unit === 'year') return { value: String(mod === 'last' || mod === 'past' ? pub.y - 1 : mod === 'next' ? pub.y + 1 : pub.y), role: 'point' };
      // seasons: "last fall" in a January article is the previous year; in a December article this year
      const seasonStart = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[unit]!;
      let y = pub.y;
      if (mod === 'last') y = seasonStart < pub.m ? pub.y : pub.y - 1;
      if (mod === 'next') y = seasonStart > pub.m ? pub.y : pub.y + 1;
      return { value: String(y), role: 'point' };
    },
  },
  // "in recent days", "the past few days": the article's month
  {
    need: /days/i,
    re: /\b(in recent days|the past few days|days ago)\b/gi,
    resolve: (_m, pub) => ({ value: fmtMonth(pub), role: 'point' }),
  },
  // "today", "yesterday", "tonight"
  {
    need: /today|yesterday|tonight/i,
    re: /\b(today|yesterday|tonight)\b/gi,
    resolve: (m, pub) => ({ value: fmtDay(m[1]!.toLowerCase() === 'yesterday' ? addDays(pub, -1) : pub), role: 'point' }),
  },
  // "in March", "a December meeting", "since January", "its March IPO"
  {
    need: 'month',
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Aa]n?|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Ii]ts|[Tt]heir)[- ]${MONTH_RE}\\b(?!\\s+\\d)`, 'g'),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
      return { value: `${yearForMonth(month, pub, ctx.future)}-${pad(month)}`, role: 'point' };
    },
  },
  // Bare years: "in 2019", "a 2021 CRU direction"
  {
    need: 'year',
    re: /\b((?:19|20)\d\d)\b(?![-–]\d|\s*%)/g,
    resolve: (m) => ({ value: m[1]!, role: 'point' }),
  },
];

/** All date expressions in a sentence, in text order, without overlaps (earlier patterns win). */
export function findDates(sentence: string, publishedAt: string): DateExpr[] {
  const pub = parseIso(publishedAt);
  const found: DateExpr[] = [];
  const taken: Array<[number, number]> = [];
  // Asked once per sentence: half the patterns need a month name or a year.
  const hasMonth = NEED_MONTH.test(sentence);
  const hasYear = NEED_YEAR.test(sentence);
  for (const p of PATTERNS) {
    const need = p.need;
    if (need === 'month' ? !hasMonth : need === 'year' ? !hasYear : need === 'month+year' ? !(hasMonth && hasYear) : !need.test(sentence)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '') { p.re.lastIndex++; continue; }
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // The tense of the verb nearest before the date decides ("will build ..., the companies said on Thursday" is past).
      const futureAt = lastIndex(FUTURE_CUE, sentence.slice(Math.max(0, start - 60), start), start - 60);
      const pastAt = lastIndex(PAST_CUE, sentence.slice(Math.max(0, start - 40), start), start - 40, MODAL_BEFORE);
      // "..., with the change taking effect on 30 November", "effective April 14": when a change takes effect says which
      // way only with the sentence's modal ("said it would drop them, taking effect on ..." is ahead; "raised the
      // quota, effective April 14" is the nearer one, as a date with no tense is).
      const effective = EFFECTIVE_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
      const future = effective ? MODAL_BEFORE_ANYWHERE.test(sentence.slice(0, start)) : futureAt > pastAt;
      const r = p.resolve(m, pub, { future, past: !effective && pastAt > futureAt });
      if (!r) continue;
      taken.push([start, end]);
      found.push({ text: m[0].trim(), start, end, ...r });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The article's own date at day precision. */
export function articleDay(publishedAt: string): string {
  return fmtDay(parseIso(publishedAt));
}
