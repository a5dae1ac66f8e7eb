/**
 * When an event happened: the date from its sentence, the sentences around it
 * or the article's date (extraction.md's date rules).
 */
import type { Certainty, EventType } from './types.ts';
import type { SentenceInfo } from './context.ts';
import { articleDay, type DateExpr } from './dates.ts';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** What a sentence's own words leave open about its date, and where the surrounding text can fill it in. */
export interface DateContext {
  publishedAt: string;
  /** The date of the last event that gave one explicitly ("four days after"). */
  previous: string | null;
  /** The last day-precise event date: what "the same day" or "a day earlier" counts from. */
  previousDay?: string | null;
  /** For an undated lead, or a sentence dated only by when it was said: the day the next sentences give ("..., the company said in a statement Wednesday"). */
  leadDay?: string | null;
  /** A recent date an earlier sentence of the same paragraph (or a scene-setting sentence) gave. */
  carried: string | null;
  /** The day the lead says the news happened (newsDayOf): what an undated telling later in the story shares. */
  newsDay?: string | null;
  /** The first date after the article's day in the next two sentences ("The change takes effect on November 25."). */
  ahead?: string | null;
  /** Where the type's cue sits in the sentence: the nearest date governs it. */
  cueAt: number;
  type: EventType;
  certainty: Certainty;
}

/** "less than 48 hours after", "days after": an offset too vague to count, so only the month stands. */
const VAGUE_OFFSET = /\b(?:(?:less|more) than|nearly|almost|about|some|within|only)\s+(?:\d+|a few|few|two|three|several)\s+(?:hours|days|weeks)\s+(?:after|before)\b|\b(?:comes|came|coming)\s+(?:just\s+)?(?:days|weeks)\s+(?:after|before)\b|\b(?:a|one|two|three|four|several|a few|\d+)\s+weeks?\s+(?:after|before)\b/i;
/** "four days after": this happening, some days before the one just told. */
const DAYS_AFTER = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days (after|before)\b/i;
/** "The sale came a day after": the happening just told, a day after this one. */
const CAME_A_DAY_AFTER = /\b(?:came|comes|followed|landed|lands|arrived|arrives)\s+(?:just\s+|only\s+)?(a|one)\s+day\s+(after|before)\b/i;
/** "Reuters reported then", "at the time": the date of what was just described. */
const THEN_REFERENCE = /\b(?:reported|said|announced|wrote) then\b|\bat the time\b|\bback then\b/i;
/** A report dated by when it was published ("Bloomberg News reported on Monday"), not by when the happening is. */
const REPORT_DATED = /\b(?:reported|said|wrote|according to \w+(?: \w+)?)\s+(?:on|late on|early on)?\s*$/i;
/** A fresh report or a new item ("Separately, ...") starts its own clock. */
const OWN_CLOCK = /^(?:Separately|Meanwhile|Elsewhere|In other news)\b|^(?:[A-Z][\w.&’'-]*\s+){1,4}(?:reported|reports|said|says)\s+that\b/;

/** Types whose happening may be dated after the article: changes announced to take effect later. */
const FUTURE_DATED = new Set<EventType>(['shutdown', 'pricing', 'regulation']);
/** A happening told in the future tense ("would be listed in 2026") is dated when it is to happen. */
const FUTURE_TENSE = /\b(?:will|would|(?:is|are) (?:due|set|scheduled|expected|to) (?:to )?|plans? to)\b/i;

/** A date that says when something was said, not when it happens: "the company announced Wednesday". */
const ANNOUNCED_ON = /\b(?:said|says|announced|announces|told|wrote|confirmed|disclosed|published)(?:\s+(?:on|late on|early on))?\s*$/i;

/** Words that bring in an earlier figure or date to compare with. */
const COMPARISON = /\b(?:up|down) from\b|\b(?:higher|lower|earlier|later|sooner) than\b|\bcompared (?:with|to)\b/gi;

const monthOf = (d: string) => d.slice(0, 7);

/** "three months later", "two days later", "a year later": a time counted on from the date told before it. */
const LATER = /\b(?:(about|around|some|nearly|almost|roughly|more than|less than|over)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+later\b/i;

/**
 * The date "N days/weeks/months/years later" names, counted from `base`: to the day when the base gives a day
 * and the offset is days or weeks and exact; to the month for months (or a vague number of days); a year
 * offset says only the year ("in October 2022 ... a year later" is 2023).
 */
export function laterThan(base: string, n: number, unit: string, vague: boolean): string | null {
  const [y, m, d] = base.split('-').map(Number) as [number, number?, number?];
  if (unit === 'year') return String(y + n);
  if (m === undefined) return null;
  if (unit === 'month') {
    const idx = y * 12 + (m - 1) + n;
    return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
  }
  if (d === undefined) return null;
  const t = new Date(Date.UTC(y, m - 1, d + n * (unit === 'week' ? 7 : 1))).toISOString();
  return vague ? t.slice(0, 7) : t.slice(0, 10);
}

/**
 * The sentence's words that every match of VAGUE_OFFSET ("after"/"before") and LATER ("later") holds, read once per
 * sentence: dateOf runs once per type and party of a sentence, and most sentences hold neither, so the regexes are
 * skipped. (A case-insensitive match is of ASCII letters only, so it is found in the lower-cased text too.)
 */
let wordsText: string | null = null;
let wordsFound = { afterOrBefore: false, later: false };
function offsetWords(text: string): { afterOrBefore: boolean; later: boolean } {
  if (text !== wordsText) {
    const lower = text.toLowerCase();
    wordsFound = { afterOrBefore: lower.includes('after') || lower.includes('before'), later: lower.includes('later') };
    wordsText = text;
  }
  return wordsFound;
}

/** The sentence's "N ... later" as a point date, counted from the sentence's own date before it, else from the last dated happening. */
function laterPoint(s: SentenceInfo, previous: string | null): DateExpr | null {
  const m = offsetWords(s.text).later ? LATER.exec(s.text) : null;
  if (!m) return null;
  const before = s.dates.filter((d) => d.role === 'point' && d.end <= m.index);
  const base = before[before.length - 1]?.value ?? previous;
  if (!base) return null;
  const n = Number(m[2]) || NUMBER_WORDS[m[2]!.toLowerCase()] || 1;
  const value = laterThan(base, n, m[3]!.toLowerCase(), !!m[1]);
  return value ? { text: m[0], start: m.index, end: m.index + m[0].length, value, role: 'point' } : null;
}

/** A date at `at` lies inside an appositive that does not also hold the cue. */
function inOtherAppositive(appositives: ReadonlyArray<readonly [number, number]>, cueAt: number, at: number): boolean {
  return appositives.some(([a, b]) => at > a && at < b && !(cueAt > a && cueAt < b));
}

/** The day dates (YYYY-MM-DD) a sentence names, as its dates were read (ExtractedEvent.daysNamed). */
export function daysNamedIn(s: SentenceInfo): string[] {
  return s.dates.filter((d) => d.value.length === 10).map((d) => d.value);
}

/** The event's date, whether the text gave it (undated sentences take the context's or the article's date), and which reading gave it. */
export function dateOf(s: SentenceInfo, ctx: DateContext): { date: string; explicit: boolean; why: string } {
  const { previous, cueAt, publishedAt } = ctx;
  const day = ctx.previousDay ?? null;
  // The patterns below are read only when the earlier day they count from exists (most sentences have none).
  if (day && /\b(?:the same day|that day)\b/i.test(s.text)) return { date: day, explicit: true, why: 'same day' };
  // "A day earlier, ...", "The next day ...": one day from the last dated happening.
  const step = day ? /^(?:(?:A|One) day (earlier|later)|The (previous|next|following) day|The day (before|after))\b/i.exec(s.text.slice(s.datelineEnd).trimStart()) : null;
  if (step && day) {
    const back = /earlier|previous|before/i.test(step[1] ?? step[2] ?? step[3]!);
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (back ? -1 : 1));
    return { date: d.toISOString().slice(0, 10), explicit: true, why: 'day step' };
  }
  // "four days after <the happening just described>": counted back from that happening's day; a single day
  // only where the subject is that happening ("The sale came a day after ..."), not "a day before the vote".
  const rel = previous && offsetWords(s.text).afterOrBefore && /^\d{4}-\d\d-\d\d$/.test(previous) ? DAYS_AFTER.exec(s.text) ?? CAME_A_DAY_AFTER.exec(s.text) : null;
  if (rel && previous && !VAGUE_OFFSET.test(s.text)) {
    const n = Number(rel[1]) || NUMBER_WORDS[rel[1]!.toLowerCase()] || 1;
    const d = new Date(`${previous}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (rel[2]!.toLowerCase() === 'after' ? -n : n));
    return { date: d.toISOString().slice(0, 10), explicit: true, why: 'days offset' };
  }
  let points = s.dates.filter((d) => d.role === 'point');
  const later = laterPoint(s, previous);
  if (later) points = [...points, later].sort((a, b) => a.start - b.start);
  // A spending plan's bare year ("its 2025 capex", "$630 billion in 2026") is the period it covers, not when it was announced.
  if (ctx.type === 'spend_plan') {
    const pubYear = Number(publishedAt.slice(0, 4));
    // "capital spending this year", "expects capex of $5 billion next year": the period the plan covers too.
    points = points.filter((d) => !(/^(?:in\s+)?\d{4}$/i.test(d.text) && Number(d.value) >= pubYear) && !/^(?:this|next) (?:year|quarter)$/i.test(d.text));
  }
  // Only an announced change is dated after the article (extraction.md: dated when it takes effect); for other
  // happenings a later date is a horizon ("an end-2026 goal"), not when they happened.
  if (!FUTURE_DATED.has(ctx.type)) {
    const day = articleDay(publishedAt);
    points = points.filter((d) => d.value <= day.slice(0, d.value.length) || FUTURE_TENSE.test(s.text.slice(0, d.start)));
  }
  // A date inside an appositive ("Humain, the company launched this week by PIF, signed ...") dates the appositive.
  // (Both filters below only drop dates: a sentence left with none skips their patterns.)
  if (points.length) {
    const appositives = [...s.text.matchAll(/,\s+(?:the|a|an)\s[^,]{0,120},/gi)].map((m) => [m.index!, m.index! + m[0].length] as const);
    if (points.some((d) => !inOtherAppositive(appositives, cueAt, d.start))) points = points.filter((d) => !inOtherAppositive(appositives, cueAt, d.start));
  }
  // "up from the $40 billion it forecast in May", "sooner than the 2031 date": the first date after a comparison dates the figure compared with.
  if (points.length) {
    const compared = new Set<number>();
    for (const c of s.text.matchAll(COMPARISON)) {
      const d = points.find((p) => p.start >= c.index! && p.start - c.index! <= 70);
      if (d) compared.add(d.start);
    }
    if (compared.size) points = points.filter((d) => !compared.has(d.start));
  }
  // An announced change is dated when it takes effect (extraction.md): "ahead of its start on March 1".
  const today = articleDay(publishedAt);
  const announcedChange = FUTURE_DATED.has(ctx.type) && FUTURE_TENSE.test(s.text);
  if (announcedChange && points.some((d) => d.value > today.slice(0, d.value.length))) points = points.filter((d) => d.value > today.slice(0, d.value.length));
  // "... will end free accounts, the firm announced Monday." / "The change applies from June 2.": the next sentences say when.
  // Only when the sentence's own dates say when it was announced, not when something else happened ("broadened the case in November").
  else if (announcedChange && ctx.ahead && FUTURE_TENSE.test(s.text.slice(0, cueAt + 1)) &&
    points.every((d) => isAnnouncementDate(s, d))) return { date: ctx.ahead, explicit: true, why: 'takes effect ahead' };
  // Several dates: the one nearest the cue ("Monday's vote came after an April hearing where residents objected").
  // "The fund said on Friday it had sold its shares in August": the day it was said dates the report; another date in the sentence dates the happening.
  const said = points.filter((d) => d.value.length === 10 && isAnnouncementDate(s, d));
  if (said.length && points.some((d) => !said.includes(d) && d.value.length >= 7)) points = points.filter((d) => !said.includes(d));
  // The lead's only dates say when it was reported, and the next sentences said when it happened (leadDayOf).
  if (ctx.leadDay && points.length && points.every((d) => d.start < s.datelineEnd || isAnnouncementDate(s, d))) return { date: ctx.leadDay, explicit: true, why: 'lead day over announcement' };
  const nearest = points.length <= 1 ? points[0] : [...points].sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
  // "filed last week, suing ... on Nov. 5": a more precise date within the nearest one's span says the same, better.
  const point = nearest && points.find((d) => d.value.length > nearest.value.length && d.value.startsWith(nearest.value)) || nearest;
  const vague = offsetWords(s.text).afterOrBefore ? VAGUE_OFFSET.exec(s.text) : null;
  if (point) {
    // The cue sits after "less than 48 hours after": the happening is only known to the month of the dated one.
    if (vague && cueAt > vague.index) return { date: monthOf(point.value), explicit: true, why: 'vague offset month' };
    // Something only being looked into, dated by the report about it: the month.
    if (ctx.certainty === 'speculative' && REPORT_DATED.test(s.text.slice(0, point.start))) return { date: monthOf(point.value), explicit: true, why: 'speculative month' };
    if (point === later) return { date: point.value, explicit: true, why: 'later offset' };
    return { date: point.value, explicit: true, why: points.length > 1 ? 'nearest of several dates' : isAnnouncementDate(s, point) ? 'announcement date' : 'own date' };
  }
  if (vague && cueAt > vague.index) return { date: monthOf(articleDay(publishedAt)), explicit: true, why: 'vague offset month' };
  if (ctx.leadDay) return { date: ctx.leadDay, explicit: true, why: 'lead day' };
  if (THEN_REFERENCE.test(s.text) && (ctx.carried ?? previous)) return { date: (ctx.carried ?? previous)!, explicit: false, why: 'then' };
  if (ctx.carried && !OWN_CLOCK.test(s.text.slice(s.datelineEnd))) return { date: ctx.carried, explicit: false, why: 'carried' };
  if (ctx.newsDay && !OWN_CLOCK.test(s.text.slice(s.datelineEnd))) return { date: ctx.newsDay, explicit: false, why: 'news day' };
  return { date: articleDay(publishedAt), explicit: false, why: 'article date' };
}

/**
 * A news lead often leaves its "when" to the next sentence ("Acme has
 * shelved its plans ... ." / "... the firm said in a filing on Monday."):
 * for an undated first sentence telling a completed happening, the first day
 * in the next two sentences, if it falls in the week before the article.
 */
/** A completed happening told in the present perfect: "has dropped", "have formed". */
const COMPLETED = /\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|ung|ought|ade|lt|nt)\b/;

export function leadDayOf(sentences: SentenceInfo[], publishedAt: string): string | null {
  const lead = sentences[0];
  if (!lead) return null;
  if (lead.dates.some((d) => d.role === 'point' && d.start >= lead.datelineEnd)) return saidEarlierOf(sentences, 0);
  // Only a lead that tells a completed happening ("has dropped", "have formed"), not an ongoing one ("is preparing").
  if (!COMPLETED.test(lead.text)) return null;
  for (const s of sentences.slice(1, 3)) {
    const day = s.dates.find((d) => d.role === 'point' && d.value.length === 10);
    if (!day) continue;
    return dayInWindow(day.value, publishedAt, 7, true) ? day.value : null;
  }
  return null;
}

/** Whether a day (YYYY-MM-DD) falls in the `days` days before the article's day (the article's own day too, if asked). */
function dayInWindow(day: string, publishedAt: string, days: number, sameDay: boolean): boolean {
  const pub = Date.parse(`${articleDay(publishedAt)}T00:00:00Z`);
  const t = Date.parse(`${day}T00:00:00Z`);
  return (sameDay ? t <= pub : t < pub) && pub - t <= days * 86_400_000;
}

/**
 * "Sept 23 - Acme priced its IPO on Wednesday ...", published after midnight: the day the lead gives, in the three
 * days before the article, is the day of the news, and the story's undated tellings (what else the company said
 * then) share it rather than the day the article went out.
 */
export function newsDayOf(sentences: SentenceInfo[], publishedAt: string): string | null {
  const lead = sentences[0];
  if (!lead) return null;
  const day = lead.dates.find((d) => d.role === 'point' && d.value.length === 10);
  return day && dayInWindow(day.value, publishedAt, 3, false) ? day.value : null;
}

/**
 * "X has sold its stake, the group said on Tuesday." / "It sold the shares in October.": when a sentence's
 * only dates say when it was reported, an earlier recent date in the next two sentences says when the
 * happening itself was.
 */
export function saidEarlierOf(sentences: SentenceInfo[], i: number): string | null {
  const s = sentences[i];
  // A dateline's date ("TOKYO, Nov 11 -") is the report's too.
  const points = s ? s.dates.filter((d) => d.role === 'point' && d.start >= s.datelineEnd) : [];
  if (!points.length || !points.every((d) => isAnnouncementDate(s!, d))) return null;
  return earlierNearby(sentences.slice(i + 1, i + 3), points[0]!.value);
}

/** The date says when something was said ("the company said on Tuesday"), not when it happened. */
export function isAnnouncementDate(s: SentenceInfo, d: { start: number }): boolean {
  return ANNOUNCED_ON.test(s.text.slice(Math.max(0, d.start - 30), d.start));
}

/** How many days back a date still counts as the article's recent news; older ones are background or recalled happenings. */
export const RECENT_DAYS = 45;
const DAY_MS = 86_400_000;

/**
 * The period a date names (YYYY, YYYY-MM or YYYY-MM-DD) ended more than RECENT_DAYS before the article's
 * day: a happening told with it is recalled ("the board approved the rezoning in March 2024"), not the news.
 */
export function isRecalledDate(date: string, today: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  // The day after the period: Jan 1 of the next year, the 1st of the next month, or the next day.
  const after = Date.UTC(m ? y : y + 1, m ? (d ? m - 1 : m) : 0, d ? d + 1 : 1);
  return Date.parse(`${today}T00:00:00Z`) - after > RECENT_DAYS * DAY_MS;
}

/** The first moment of a month or a day (YYYY-MM or YYYY-MM-DD), in ms. */
const startOf = (d: string) => Date.parse(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`);

/** The first month or day the sentences give that is before `said` and at most RECENT_DAYS before it. */
function earlierNearby(sentences: SentenceInfo[], said: string): string | null {
  const saidAt = startOf(said);
  for (const s of sentences) {
    for (const d of s.dates) {
      if (d.role !== 'point' || d.value.length < 7 || d.value >= said.slice(0, d.value.length)) continue;
      if (saidAt - startOf(d.value) <= RECENT_DAYS * DAY_MS) return d.value;
    }
  }
  return null;
}

/**
 * A date an earlier sentence set that later undated sentences share: the
 * last point date of the paragraph so far, or of a scene-setting sentence
 * with no happening of its own ("Friday, May 2 was a busy day for the sector").
 * Only recent dates carry: background years do not date the news after them.
 */
export class DateCarrier {
  private paragraph = -1;
  private inParagraph: string | null = null;
  private scene: string | null = null;
  constructor(private readonly publishedAt: string) {}

  private recent(d: string): boolean {
    if (d.length < 7) return false;
    const pub = Date.parse(this.publishedAt);
    const start = Date.parse(d.length === 7 ? `${d}-01T00:00:00Z` : `${d}T00:00:00Z`);
    return start <= pub && pub - start <= RECENT_DAYS * DAY_MS;
  }

  /** The carried date for a sentence (call before `after`). */
  before(s: SentenceInfo): string | null {
    if (s.paragraph !== this.paragraph) { this.paragraph = s.paragraph; this.inParagraph = null; }
    return this.inParagraph ?? this.scene;
  }

  /** Records the sentence's own dates; `hadEvent` says whether it described a happening. */
  after(s: SentenceInfo, hadEvent: boolean): void {
    const points = s.dates.filter((d) => d.role === 'point');
    const last = points[points.length - 1];
    if (!last) return;
    this.inParagraph = this.recent(last.value) ? last.value : null;
    this.scene = !hadEvent && this.recent(last.value) ? last.value : null;
  }
}

/** The first date after the article's day that the next two sentences give: when an announced change takes effect. */
export function dateAhead(sentences: SentenceInfo[], i: number, publishedAt: string): string | null {
  const today = articleDay(publishedAt);
  for (const s of sentences.slice(i + 1, i + 3)) {
    const d = s.dates.find((x) => x.role === 'point' && x.value > today.slice(0, x.value.length));
    if (d) return d.value;
  }
  return null;
}
