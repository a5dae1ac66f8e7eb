/**
 * The period a figure applies to when the text gives it relative to the
 * article's date: "this year", "next year", "last year", "this quarter",
 * "in the quarter", "the end of the decade". Written years, spans, quarters,
 * "fiscal 2026", "through 2030" and "over the next three years" are read by
 * dates.ts; this module covers what those leave to the article's date, so a
 * figure either gets its real period or none ("period unknown"), never the
 * year the article happens to be published in.
 *
 * Pure: text and an ISO date in, a period string (extraction.md: "2026",
 * "2026-2030", "2026-Q3") or null out.
 */

export interface PeriodPhrase {
  start: number;
  end: number;
  text: string;
  period: string;
}

interface Anchor { y: number; q: number; dayOfQuarter: number }

function anchorOf(publishedAt: string): Anchor | null {
  const d = new Date(publishedAt);
  if (Number.isNaN(d.getTime())) return null;
  const m = d.getUTCMonth();
  const q = Math.floor(m / 3) + 1;
  const quarterStart = Date.UTC(d.getUTCFullYear(), (q - 1) * 3, 1);
  return { y: d.getUTCFullYear(), q, dayOfQuarter: Math.floor((d.getTime() - quarterStart) / 86_400_000) };
}

function quarter(y: number, q: number, shift: number): string {
  const idx = y * 4 + (q - 1) + shift;
  return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
}

/** Days into a quarter during which "in the quarter" still means the one just reported (results season). */
const RESULTS_SEASON_DAYS = 45;

const RULES: Array<{ re: RegExp; resolve(m: RegExpExecArray, a: Anchor): string | null }> = [
  // "this year", "this calendar year", "the current year", "later this year", "for the year" (the current one)
  { re: /\b(?:this|the current)\s+(?:calendar\s+)?year\b/gi, resolve: (_m, a) => String(a.y) },
  { re: /\bnext\s+(?:calendar\s+)?year\b|\bthe\s+(?:coming|following)\s+year\b/gi, resolve: (_m, a) => String(a.y + 1) },
  { re: /\blast\s+(?:calendar\s+)?year\b|\bthe\s+(?:previous|prior)\s+year\b/gi, resolve: (_m, a) => String(a.y - 1) },
  // "FY26", "FY 26": two-digit fiscal years (four-digit ones are read by dates.ts)
  { re: /\bFY\s?(\d\d)\b/g, resolve: (m) => `20${m[1]}` },
  // "this quarter", "the current quarter", "next quarter", "last quarter"
  { re: /\b(?:this|the current)\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, 0) },
  { re: /\bnext\s+quarter\b|\bthe\s+(?:coming|following)\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, 1) },
  { re: /\b(?:last|the\s+(?:previous|prior|latest|most recent))\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, -1) },
  // "during the quarter": the quarter just reported early in a quarter (results season), else the current one.
  // A bare "in the quarter" is left alone: in the corpus it mostly names a fiscal quarter of a company whose fiscal
  // year is not the calendar's (Oracle, Microsoft), and a calendar quarter would be wrong more often than right.
  { re: /\b(?:during|for)\s+the\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, a.dayOfQuarter < RESULTS_SEASON_DAYS ? -1 : 0) },
  // "the first quarter" without a year: that quarter of the article's year
  // ("fiscal first quarter" is left alone: the company's fiscal calendar is not known here)
  {
    re: /(?<!\bfiscal\s+)\b(?:the\s+)?(first|second|third|fourth)[- ]quarter\b(?!\s+of\s+(?:19|20)\d\d)(?!\s+(?:19|20)\d\d)/gi,
    resolve: (m, a) => `${a.y}-Q${['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase()) + 1}`,
  },
  // "by the end of the decade", "through the end of the decade"
  { re: /\b(?:by|through|until|before)\s+the\s+end\s+of\s+the\s+decade\b/gi, resolve: (_m, a) => String(Math.floor(a.y / 10) * 10 + 10) },
];

const MAY_HOLD_PERIOD = /year|quarter|FY|decade/i;

const WHEN_BEFORE = /\b(?:announced|reported|unveiled|surfaced|said|disclosed|after|since|before|until)\s+(?:earlier\s+|later\s+)?$/i;

/** Every relative period phrase in a sentence, resolved against the article's date, in text order. */
export function findPeriodPhrases(text: string, publishedAt: string): PeriodPhrase[] {
  // Every rule's pattern holds one of these words: most sentences are settled by one search, not ten.
  if (!MAY_HOLD_PERIOD.test(text)) return [];
  const anchor = anchorOf(publishedAt);
  if (!anchor) return [];
  const out: PeriodPhrase[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const period = rule.resolve(m, anchor);
      // "announced last year", "after the second quarter": when something happened, not what a figure covers.
      if (WHEN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (period && !out.some((p) => m!.index < p.end && p.start < m!.index + m![0].length)) {
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], period });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The last sentence's phrases: a sentence's figures are asked about one after another (callers never change them). */
let last: { text: string; publishedAt: string; phrases: PeriodPhrase[] } | null = null;
function phrasesOf(text: string, publishedAt: string): PeriodPhrase[] {
  if (last?.text !== text || last.publishedAt !== publishedAt) last = { text, publishedAt, phrases: findPeriodPhrases(text, publishedAt) };
  return last.phrases;
}

/**
 * The first relative period phrase after a figure at [start, end), within `limit` characters and before `stop`
 * (the next figure), or null.
 */
export function relativePeriodAfter(text: string, figure: { start: number; end: number }, publishedAt: string, limit: number, stop: number): PeriodPhrase | null {
  return phrasesOf(text, publishedAt).find((p) => p.start >= figure.end && p.start < stop && p.start - figure.end <= limit) ?? null;
}

/**
 * The relative period nearest a figure at [start, end) in a sentence: the first phrase after it (within
 * `after` characters), else the last before it (within `before`), never across another figure's position.
 */
export function periodNear(
  text: string,
  figure: { start: number; end: number },
  publishedAt: string,
  opts: { after?: number; before?: number; otherFigures?: Array<{ start: number; end: number }> } = {},
): string | null {
  const phrases = phrasesOf(text, publishedAt);
  if (phrases.length === 0) return null;
  const others = opts.otherFigures ?? [];
  const next = Math.min(...others.filter((o) => o.start >= figure.end).map((o) => o.start), text.length);
  const prev = Math.max(...others.filter((o) => o.end <= figure.start).map((o) => o.end), 0);
  const after = relativePeriodAfter(text, figure, publishedAt, opts.after ?? 80, next);
  if (after) return after.period;
  const before = phrases.filter((p) => p.end <= figure.start && p.end > prev && figure.start - p.end <= (opts.before ?? 100));
  return before[before.length - 1]?.period ?? null;
}
