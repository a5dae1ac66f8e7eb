/**
 * The one publication-date reader, used by every stage (feed items, page
 * metadata, imported files): a date string to ISO 8601 UTC. Feeds publish
 * RFC 822 with invented zones, W3CDTF with missing parts, asctime, and
 * scraped "16 hours ago" strings; pages ISO 8601, compact ISO and dotted
 * European dates. Every format gets its own small strict matcher so junk is
 * rejected (null) rather than guessed. Never throws.
 *
 * Everything is read against a reference time (when the text was fetched or
 * imported): relative dates count back from it, a date without a year is the
 * latest one not after it, and no publication lies after it: a date up to a
 * year ahead (a wrong zone, a scheduled post) is clamped to the reference,
 * one further ahead (year 9999, a typo) is refused.
 */
import * as chrono from 'chrono-node';

/** Zone abbreviations seen in real feeds, in minutes east of UTC. US one-letter-less forms (ET, PT) appear in Disney's feeds. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, 'ETC/GMT': 0, WET: 0, WEST: 60, BST: 60, IST: 330,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AST: -240, ADT: -180, AKST: -540, AKDT: -480, HST: -600, NST: -210, NDT: -150,
  AT: -240, ET: -300, CT: -360, MT: -420, PT: -480,
  CET: 60, CEST: 120, MET: 60, MEST: 120, MESZ: 120, MEZ: 60, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/**
 * What CMSs write when an article has no date: .NET's DateTime.MinValue
 * (five of the 181 extraction-benchmark pages) and the Unix epoch.
 */
const PLACEHOLDERS = new Set(['0001-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']);

const MAX_DATE_CHARS = 200;

/** Beyond this far ahead of the reference a date is nonsense, not a clock or zone slip. */
const MAX_AHEAD_MS = 366 * 86_400_000;

/** `referenceTime`: ISO instant the text was fetched or imported at. */
export function parseDate(value: string | null | undefined, referenceTime: string): string | null {
  try {
    if (typeof value !== 'string') return null;
    const text = value.replace(/\s+/g, ' ').trim();
    // The longest real date string is well under this; a longer one is not a date, and the matchers need not see it.
    if (!text || text.length > MAX_DATE_CHARS) return null;
    const parsed =
      parseRelative(text, referenceTime) ??
      parseW3cdtf(text) ??
      parseCompactIso(text) ??
      parseShortIso(text) ??
      parseDotted(text) ??
      parseRfc822(text) ??
      parseAsctime(text) ??
      parseSlashed(text) ??
      parseKorean(text) ??
      parseNatural(text, referenceTime);
    return parsed === null || PLACEHOLDERS.has(parsed) ? null : notAfter(parsed, referenceTime);
  } catch {
    return null;
  }
}

/** Nothing is published after it was fetched: clamp a near-future date, refuse a far one. */
function notAfter(iso: string, referenceTime: string): string | null {
  const reference = Date.parse(referenceTime);
  if (Number.isNaN(reference)) return iso;
  const ahead = Date.parse(iso) - reference;
  if (ahead <= 0) return iso;
  return ahead > MAX_AHEAD_MS ? null : new Date(reference).toISOString();
}

/** Builds the ISO string after checking every field is in range; offset in minutes east of UTC. */
function toIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMinutes = 0, ms = 0): string | null {
  if (![y, mo, d, h, mi, s, offsetMinutes].every(Number.isFinite)) return null;
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  if (d > daysInMonth(y, mo)) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, Math.min(s, 59), ms);
  const instant = date.getTime() - offsetMinutes * 60_000;
  const out = new Date(instant);
  if (Number.isNaN(instant) || out.getUTCFullYear() > 9999) return null;
  return out.toISOString();
}

/** A day plus the optional TIME groups (hour, minute, second) and zone that follow it in `m`, from group `at`. */
function dayWithTime(y: number, mo: number, d: number, m: RegExpExecArray, at: number): string | null {
  const zone = m[at + 3] ? parseZone(m[at + 3]) : 0;
  if (zone === undefined) return null;
  return toIso(y, mo, d, Number(m[at] ?? 0), Number(m[at + 1] ?? 0), Number(m[at + 2] ?? 0), zone);
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(2000, mo, 0)).getUTCDate() + (mo === 2 && !isLeap(y) ? -1 : 0);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** "+0530", "-01:01", "GMT+2", "GMT-01:01", "EST", "Etc/GMT"; undefined when it is not a zone at all. */
function parseZone(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const z = zone.trim().toUpperCase();
  if (!z) return 0;
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? 0);
    if (hours > 14 || minutes > 59) return undefined;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  if (z in ZONES) return ZONES[z];
  return undefined;
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const RELATIVE_UNITS: Record<string, number> = {
  second: 1_000, minute: 60_000, min: 60_000, hour: 3_600_000, hr: 3_600_000, day: 86_400_000, week: 604_800_000,
  month: 30 * 86_400_000, year: 365 * 86_400_000,
};

/** Scraped listings say "16 hours ago" or "yesterday"; they only mean something against the reference time. */
function parseRelative(text: string, referenceTime: string): string | null {
  const base = Date.parse(referenceTime);
  if (Number.isNaN(base)) return null;
  const t = text.toLowerCase().replace(/^[-–—•·\s]+/, '').replace(/[.\s]+$/, '');
  if (t === 'just now' || t === 'now' || t === 'today') return new Date(base).toISOString();
  if (t === 'yesterday') return new Date(base - 86_400_000).toISOString();
  const m = /^(\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?)\s+ago$/.exec(t);
  if (!m) return null;
  const count = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
  const unitWord = m[2].replace(/s$/, '');
  const unit = RELATIVE_UNITS[unitWord] ?? { h: 3_600_000, d: 86_400_000, w: 604_800_000, sec: 1_000 }[unitWord];
  if (unit === undefined) return null;
  return new Date(base - count * unit).toISOString();
}

/** W3CDTF / ISO 8601, including partial dates, MSSQL's space separator and Google's three-digit month. */
function parseW3cdtf(text: string): string | null {
  // A zone name after a space ("2019-11-18 17:19:53 GMT") is how several CMSs write <time datetime>.
  const m = /^(\d{4})(?:-(\d{2,3})(?:-(\d{2}))?)?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)|\s+([A-Za-z]{2,5}))?$/i.exec(text);
  if (!m) return null;
  if (m[2] && m[2].length === 3 && !m[2].startsWith('0')) return null;
  const zone = m[8] ?? m[9];
  if (zone && !m[4]) return null;
  const offset = parseZone(zone);
  if (offset === undefined) return null;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  return toIso(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), offset, ms);
}

/** Basic ISO 8601 as pages and iCalendar write it: "20240503", "20240503T100000Z". */
function parseCompactIso(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?$/.exec(text);
  if (!m || (m[7] && !m[4])) return null;
  return toIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** "03.05.2024" (and "3.5.2024 10:00"): dotted numeric dates are day-first wherever they are written (de, fr, ru...), never US month-first. */
function parseDotted(text: string): string | null {
  const m = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+${TIME})?(?:\s*(.+))?$`).exec(text);
  if (!m) return null;
  return dayWithTime(Number(m[3]), Number(m[2]), Number(m[1]), m, 4);
}

/** ISO 8601's two-digit-year forms: "03-12-31", "031231", "-03-12", "-0312". */
function parseShortIso(text: string): string | null {
  let m = /^(\d{2})-?(\d{2})-?(\d{2})$/.exec(text);
  if (m) return toIso(twoDigitYear(m[1]), Number(m[2]), Number(m[3]));
  m = /^-(\d{2})-?(\d{2})$/.exec(text);
  if (m) return toIso(twoDigitYear(m[1]), Number(m[2]), 1);
  return null;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jan", "Jan.", "January", "Sept"; a word that merely starts like a month ("Junk") is not one. */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((full) => key.length >= 3 && full.startsWith(key));
  return index < 0 ? undefined : index + 1;
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;

/** RFC 822 and its real-world variants: 2-digit years, long month names, no seconds, no time, stray commas, odd zones. */
function parseRfc822(text: string): string | null {
  const m = new RegExp(String.raw`^(?:[A-Za-z]{2,9}\.?\s*,?\s*)?(\d{1,2})\s*[ -]\s*([A-Za-z]{3,9}\.?)\s*[ ,-]\s*,?\s*(\d{2,4})(?:,?\s+${TIME})?(?:\s*(.+))?$`).exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    if (!month) return null;
    return dayWithTime(twoDigitYear(m[3]), month, Number(m[1]), m, 4);
  }
  // JavaScript's Date#toString order: "Thu Aug 30 2012 17:26:16 +0200"
  const js = new RegExp(String.raw`^(?:[A-Za-z]{2,9},?\s+)?([A-Za-z]{3,9})\s+(\d{1,2}),?\s+(\d{4})(?:\s+${TIME})?(?:\s*(.+?))?(?:\s*\([^)]*\))?$`).exec(text);
  if (js) {
    const month = monthNumber(js[1]);
    if (!month) return null;
    return dayWithTime(Number(js[3]), month, Number(js[2]), js, 4);
  }
  return null;
}

/** asctime: "Sun Jan  4 16:29:06 2004", and Twitter's "Sun Jul 15 01:16:00 +0000 2012". */
function parseAsctime(text: string): string | null {
  const m = new RegExp(String.raw`^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+${TIME}(?:\s+([+-]\d{4}|[A-Z]{1,5}))?\s+(\d{4})$`).exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]);
  const zone = parseZone(m[6]);
  if (!month || zone === undefined) return null;
  return toIso(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0), zone);
}

/** Perforce and friends: "Fri, 2006/09/15 08:19:53 EDT", "2006/09/15". */
function parseSlashed(text: string): string | null {
  const m = new RegExp(String.raw`^(?:[A-Za-z]{2,9},?\s+)?(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+${TIME})?(?:\s*(.+))?$`).exec(text);
  if (!m) return null;
  return dayWithTime(Number(m[1]), Number(m[2]), Number(m[3]), m, 4);
}

/** Korean blog platforms: "2004-05-25 오후 11:23:17" (오후 = PM) and "2004년 05월 28일 01:31:15", both in KST. */
function parseKorean(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2}) (오전|오후) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (m) {
    let hour = Number(m[5]) % 12;
    if (m[4] === '오후') hour += 12;
    return toIso(Number(m[1]), Number(m[2]), Number(m[3]), hour, Number(m[6]), Number(m[7]), 540);
  }
  m = /^(\d{4})년 (\d{1,2})월 (\d{1,2})일 (\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 540);
  return null;
}

/**
 * Last resort for prose dates ("March 27, 2026", "27 March 2026 at 3pm").
 * chrono finds dates inside any text, so demand that the date covers nearly
 * all of the string and names a month: otherwise junk like "2013-xx-27" would pass.
 */
function parseNatural(text: string, referenceTime: string): string | null {
  if (!/[A-Za-z]{3}/.test(text) || !MONTH_NAMES.some((m) => text.toLowerCase().includes(m.slice(0, 3)))) return null;
  const ref = new Date(referenceTime);
  // A date without a zone in a feed means UTC, not the machine's local time.
  const results = chrono.en.strict.parse(text, { instant: Number.isNaN(ref.getTime()) ? new Date() : ref, timezone: 0 });
  const first = results[0];
  if (!first) return null;
  // Only a weekday may be left over: a leftover like "+zz:00" means a malformed date, not prose around a good one.
  const leftover = (text.slice(0, first.index) + ' ' + text.slice(first.index + first.text.length)).replace(/[\s,.]+/g, ' ').trim();
  if (leftover && !/^[A-Za-z]{3,9}$/.test(leftover)) return null;
  if (!first.start.isCertain('year') && !first.start.isCertain('month')) return null;
  const date = first.start.date();
  if (Number.isNaN(date.getTime())) return null;
  // chrono implies noon for a day without a time; every other matcher reads a bare day as midnight UTC.
  if (!first.start.isCertain('hour')) date.setUTCHours(0, 0, 0, 0);
  // "1 May" with no year: the latest 1 May not after the reference, never one still to come.
  if (!first.start.isCertain('year') && !Number.isNaN(ref.getTime()) && date.getTime() > ref.getTime()) date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString();
}
