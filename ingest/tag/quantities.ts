/**
 * Finds infrastructure quantities in one sentence and normalises them:
 * power to MW, land to acres, floor area to square feet, water to gallons
 * per day, chips to a count. Contract: ../shared/design/extraction.md
 * ("Infrastructure quantities", "Conventions for hard cases").
 *
 * "Gigawatt-scale", "multi-gigawatt", "several hundred thousand GPUs" carry
 * no number and never match; money figures are skipped so "$100 billion of
 * Nvidia chips" is not a chip count.
 */
import { canStartNumber, isNumberWordAt, readScaledNumberAt, roundSignificant, type ScaledNumber } from './numbers.ts';
import { findMoney, type MoneyMatch } from './money.ts';
import { asciiLettersEnd, isAsciiAlnumCode, isAsciiLetterCode, isSpaceCode } from './char-codes.ts';

export type QuantityKind = 'power' | 'land' | 'floor_area' | 'water' | 'chips';
export type QuantityUnit = 'MW' | 'acre' | 'sq ft' | 'gallons per day' | 'count';

export interface QuantityMatch {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  value: number;
  valueMin: number | null;
  unit: QuantityUnit;
  /** "145 acres (59 hectares)": the second restates the first */
  conversion: boolean;
}

const UNIT_OF: Record<QuantityKind, QuantityUnit> = {
  power: 'MW', land: 'acre', floor_area: 'sq ft', water: 'gallons per day', chips: 'count',
};

const HECTARE_ACRES = 2.4710538;
const SQ_MILE_ACRES = 640;
const SQ_KM_ACRES = 247.10538;
const SQ_M_SQ_FT = 10.7639104;
const LITRES_PER_GALLON = 3.785411784;
const ACRE_FOOT_GALLONS = 325851;
const CUBIC_M_GALLONS = 264.172052;

interface UnitForm {
  re: RegExp;
  kind: Exclude<QuantityKind, 'chips'>;
  /** multiply the number by this to get the normalised unit (water: per period, before the period division) */
  factor: number;
  /** spelled-out units may follow an article ("a gigawatt") */
  spelled: boolean;
  /** "MGD" already means per day */
  perDay?: boolean;
}

const u = (src: string, kind: UnitForm['kind'], factor: number, spelled: boolean, flags = 'i', extra: Partial<UnitForm> = {}): UnitForm => ({
  re: new RegExp(src, flags + 'y'), kind, factor, spelled, ...extra,
});

// Energy (MWh, megawatt-hours) is not capacity: the lookaheads refuse it.
const NOT_ENERGY = String.raw`(?![A-Za-z])(?![ -]?hours?\b)(?!h\b)`;
const UNIT_FORMS: UnitForm[] = [
  u(String.raw`terawatts?${NOT_ENERGY}`, 'power', 1e6, true),
  u(String.raw`gigawatts?${NOT_ENERGY}`, 'power', 1e3, true),
  u(String.raw`megawatts?${NOT_ENERGY}`, 'power', 1, true),
  u(String.raw`kilowatts?${NOT_ENERGY}`, 'power', 1e-3, true),
  u(String.raw`megavolt[- ]amperes?(?![A-Za-z])`, 'power', 1, true),
  u(String.raw`(?:TW)(?![A-Za-z])`, 'power', 1e6, false, ''),
  u(String.raw`(?:GW|GVA)(?![A-Za-z])`, 'power', 1e3, false, ''),
  u(String.raw`(?:MW|MVA|Mw|mw)(?![A-Za-z])`, 'power', 1, false, ''),
  u(String.raw`(?:kW|KW|kw|kVA)(?![A-Za-z])`, 'power', 1e-3, false, ''),
  u(String.raw`watts?${NOT_ENERGY}`, 'power', 1e-6, true),
  u(String.raw`W(?![A-Za-z])`, 'power', 1e-6, false, ''),
  u(String.raw`acre[- ]?f(?:ee|oo)t(?![A-Za-z])`, 'water', ACRE_FOOT_GALLONS, true),
  u(String.raw`acres?(?![A-Za-z])`, 'land', 1, true),
  u(String.raw`hectares?(?![A-Za-z])|ha(?![A-Za-z])`, 'land', HECTARE_ACRES, true),
  u(String.raw`square[- ]miles?(?![A-Za-z])|sq\.?\s?mi(?:les?)?\.?(?![A-Za-z])`, 'land', SQ_MILE_ACRES, true),
  u(String.raw`square[- ]kilomet(?:re|er)s?(?![A-Za-z])|sq\.?\s?km(?![A-Za-z])|km²|km2(?![0-9])`, 'land', SQ_KM_ACRES, true),
  u(String.raw`square[- ](?:feet|foot)(?![A-Za-z])|ft²|sf(?![A-Za-z])|SF(?![A-Za-z])`, 'floor_area', 1, true),
  // case-sensitive so that a final "." is kept only when the sentence goes on: "5,000 sq. ft. of space"
  u(String.raw`[Ss]q\.?\s?[Ff]t(?:\.(?!\s*(?:$|[A-Z"“])))?(?![A-Za-z])`, 'floor_area', 1, true, ''),
  u(String.raw`square[- ]met(?:re|er)s?(?![A-Za-z])|m²|sqm(?![A-Za-z])|sq\.?\s?m(?![A-Za-z])`, 'floor_area', SQ_M_SQ_FT, true),
  u(String.raw`cubic[- ]met(?:re|er)s?(?![A-Za-z])|m³`, 'water', CUBIC_M_GALLONS, true),
  u(String.raw`(?:MGD|mgd)(?![A-Za-z])`, 'water', 1e6, false, '', { perDay: true }),
  u(String.raw`gallons?(?![A-Za-z])|gal\.?(?![A-Za-z])`, 'water', 1, true),
  u(String.raw`lit(?:re|er)s?(?![A-Za-z])`, 'water', 1 / LITRES_PER_GALLON, true),
];

/** Matches wherever any unit form could (ignoring their case rules): one test before trying each in turn. */
const ANY_UNIT_FORM = new RegExp(UNIT_FORMS.map((form) => `(?:${form.re.source})`).join('|'), 'iy');

/** What may stand between a water volume and its period: "gallons of water a year". */
const WATER_OF_RE = /[ \u00a0]+of[ \u00a0]+(?:(?:fresh|drinking|potable|treated|recycled|reclaimed|cooling|ground|grey|gray|municipal|river)[ \u00a0]*)?water/iy;
const OTHER_LIQUID_RE = /^[ \u00a0]+of[ \u00a0]+(?!(?:fresh|drinking|potable|treated|recycled|reclaimed|cooling|ground|grey|gray|municipal|river)?[ \u00a0]*water)[a-z]/i;
const PERIOD_RE = /(?:[ \u00a0]+(?:a|an|per|each|every)[ \u00a0]+(day|year|annum)|[ \u00a0]+(daily|annually|yearly)|[ \u00a0]*\/[ \u00a0]*(day|d|yr|year))(?![A-Za-z])/iy;

/** Words that may sit between a count and "GPUs": makers, models, "most advanced", "AI". */
const CHIP_NOUN_RE = /^(?:GPUs?|TPUs?|NPUs?|chips?|microchips?|accelerators?|processors?|superchips?|graphics[ \u00a0]+(?:processing[ \u00a0]+units?|processors?|cards?))(?![A-Za-z])/i;
/** A plural model name stands for the chips: "100,000 H100s", "20,000 GB200s", "MI300Xs". */
const CHIP_MODEL_PLURAL_RE = /^(?:[A-Z]{1,3}\d{2,4}[A-Z]{0,2})s(?![A-Za-z])/;
const CHIP_FILLER = new Set([
  'ai', 'advanced', 'most', 'latest', 'high-end', 'top-end', 'cutting-edge', 'next-generation', 'next-gen',
  'additional', 'more', 'new', 'its', 'their', 'the', 'graphics', 'data-center', 'datacenter', 'data-centre',
  'training', 'inference', 'powerful', 'leading', 'top', 'high-performance', 'custom', 'in-house', 'own',
  'older', 'cheaper', 'specialised', 'specialized', 'of', 'such', 'grace', 'blackwell', 'hopper',
]);
const MAX_CHIP_FILLERS = 6;

/** Sentence words that end a chip-count search: units, time, people. */
function isChipFiller(word: string): boolean {
  const w = word.replace(/['’]s$/, '');
  if (CHIP_FILLER.has(w.toLowerCase())) return true;
  if (/\d/.test(w) && /[A-Za-z]/.test(w)) return true; // model names: GB300, H100, MI450
  return /^[A-Z][A-Za-z-]*$/.test(w) && !/^(?:GW|MW|TW|KW|MVA)$/.test(w); // makers and product names
}

interface Found { start: number; end: number; kind: QuantityKind; value: number; valueMin: number | null; conversion: boolean; /** water only: the text gave a period, and whether it was yearly */ waterPeriodKnown?: boolean; waterPerYear?: boolean }

/** "a" or "an" as the number one (sticky, set per use: a literal in the function made a RegExp per call). */
const ARTICLE_COUNT_RE = /(?:a|an)[ \u00a0]+(?=[a-z])/iy;
/** Number (with its scale), allowing an article before a spelled unit: "a gigawatt". */
function readCount(s: string, pos: number): ScaledNumber | null {
  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos);
  if (n) {
    // single-letter scales are metres and bytes here, not millions
    if (n.hasScale && n.digits && /^[mMbB]$/.test(s.slice(n.end - 1, n.end)) && !/[a-z]{2}$/i.test(s.slice(pos, n.end))) {
      const bare = readScaledNumberAt(s.slice(0, n.end - 1), pos);
      return bare ? { ...bare, end: n.end - 1 } : null;
    }
    return n;
  }
  const art = ARTICLE_COUNT_RE;
  art.lastIndex = pos;
  const m = art.exec(s);
  if (!m) return null;
  return { value: 1, start: pos, end: pos + m[0].length, digits: false, raw: m[0], scaled: 1, hasScale: false };
}

/** The gap before a unit (sticky, set per use). */
const UNIT_GAP_RE = /[ \u00a0]?-?|[ \u00a0]+/y;
function readUnit(s: string, pos: number, n: ScaledNumber): { form: UnitForm; end: number } | null {
  const sep = UNIT_GAP_RE;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? '';
  const at = pos + gap.length;
  const isArticle = /^an?\s/i.test(n.raw);
  ANY_UNIT_FORM.lastIndex = at;
  if (!ANY_UNIT_FORM.test(s)) return null;
  for (const form of UNIT_FORMS) {
    if (isArticle && !form.spelled) continue;
    if (!form.spelled && gap.includes('-')) continue;
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    // "a gigawatt-scale campus" has no number
    if (isArticle && /^-(?:scale|class|size|sized|level|range|plus)\b/i.test(s.slice(end))) return null;
    return { form, end };
  }
  return null;
}

/** What joins the two ends of a range, "15-20 GW" (sticky, set per use). */
const RANGE_TAIL_RE = /(?:[-–—]|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
function readPhysical(s: string, pos: number): Found | null {
  const n = readCount(s, pos);
  if (!n) return null;
  let lower: ScaledNumber | null = null;
  let upper = n;
  let unit = readUnit(s, n.end, n);
  if (!unit && !/^an?\s/i.test(n.raw)) {
    // "15-20 GW", "300 to 500 megawatts", "between 10 and 20 MW"
    const tail = RANGE_TAIL_RE;
    tail.lastIndex = n.end;
    const t = tail.exec(s);
    if (t && (!t[0].includes('and') || /between\s+$/i.test(s.slice(0, pos)))) {
      const m = readCount(s, n.end + t[0].length);
      if (m && !/^an?\s/i.test(m.raw)) {
        const mu = readUnit(s, m.end, m);
        if (mu) { lower = n; upper = m; unit = mu; }
      }
    }
  }
  if (!unit) return null;
  const { form } = unit;
  let end = unit.end;
  const scale = upper.hasScale ? upper.scaled / upper.value : 1;
  let value = upper.value * scale * form.factor;
  let valueMin: number | null = null;
  if (lower) {
    const lowerScaled = lower.hasScale ? lower.scaled : lower.value * scale;
    valueMin = lowerScaled * form.factor;
    if (!(valueMin < value)) return null;
  }
  let periodKnown = false;
  let perYear = false;
  if (form.kind === 'water') {
    if (OTHER_LIQUID_RE.test(s.slice(end))) return null;
    WATER_OF_RE.lastIndex = end;
    const of = WATER_OF_RE.exec(s);
    const afterOf = of ? end + of[0].length : end;
    PERIOD_RE.lastIndex = afterOf;
    const p = PERIOD_RE.exec(s);
    if (form.perDay) {
      periodKnown = true;
    } else if (p) {
      const word = (p[1] ?? p[2] ?? p[3] ?? '').toLowerCase();
      perYear = /^(?:year|annum|annually|yearly|yr)$/.test(word);
      if (perYear) { value /= 365; if (valueMin !== null) valueMin /= 365; }
      end = afterOf + p[0].length;
      periodKnown = true;
    }
  }
  return {
    start: pos, end, kind: form.kind, value, valueMin, conversion: false, waterPeriodKnown: periodKnown, waterPerYear: perYear,
  };
}

/** The next word after a chip count (sticky, set per use). */
const CHIP_WORD_RE = /[ \u00a0]+([A-Za-z0-9][\w'’.-]*)/y;
function readChips(s: string, pos: number): Found | null {
  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos);
  if (!n) return null;
  // years and percentages are not chip counts
  if (!n.hasScale && /^(?:19|20)\d\d$/.test(n.raw)) return null;
  if (/^\s*(?:%|percent|per\s*cent)/i.test(s.slice(n.end))) return null;
  const count = n.scaled;
  if (!Number.isInteger(count) || count < 1) return null;
  const words = CHIP_WORD_RE;
  let at = n.end;
  let fillers = 0;
  let sawOf = false;
  for (;;) {
    const rest = s.slice(at);
    const noun = /^[ \u00a0]+/.exec(rest);
    if (noun) {
      const head = rest.slice(noun[0].length);
      const c = CHIP_NOUN_RE.exec(head) ?? CHIP_MODEL_PLURAL_RE.exec(head);
      if (c) {
        // "18,000 of Nvidia's GB300 chips": the count alone; "100,000 Nvidia GPUs": the whole phrase
        const end = sawOf ? n.end : at + noun[0].length + c[0].length;
        return { start: pos, end, kind: 'chips', value: count, valueMin: null, conversion: false };
      }
    }
    if (fillers >= MAX_CHIP_FILLERS) return null;
    words.lastIndex = at;
    const w = words.exec(s);
    if (!w) return null;
    const word = w[1].replace(/[.]$/, '');
    if (word.toLowerCase() === 'of') {
      if (fillers > 0 || sawOf) return null; // "of" only right after the count
      sawOf = true;
    } else if (!isChipFiller(word)) {
      return null;
    }
    fillers++;
    at = w.index + w[0].length;
  }
}

const CONVERSION_GAP_RE = /^\s*(?:[(\[]|,?\s+or)\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or)\s+)?$/i;

/** Position i lies inside one of the money figures (a plain loop: findQuantities asks at every character). */
function inMoney(money: MoneyMatch[] | null, i: number): boolean {
  if (money === null) return false;
  // Indexed, not for...of: the array iterator made here per character led findQuantities' allocations (heap sampling).
  for (let k = 0; k < money.length; k++) { const m = money[k]!; if (i >= m.start && i < m.end) return true; }
  return false;
}

/**
 * Every power, land, floor-area, water and chip figure in the sentence, in
 * order. Pass `knownMoney` when the caller already ran findMoney on the
 * same sentence, so it is not read twice.
 */
export function findQuantities(sentence: string, knownMoney?: MoneyMatch[]): QuantityMatch[] {
  const s = sentence;
  // Money is read only once a figure is found: reading is pure, so a figure
  // tried inside a money span before then would have been skipped anyway.
  let money: MoneyMatch[] | null = knownMoney ?? null;
  const found: Found[] = [];
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (isSpaceCode(c) || inMoney(money, pos)) { pos++; continue; }
    // a figure starts with a digit or a word, never inside one
    if (pos > 0 && isAsciiAlnumCode(c) && isAsciiAlnumCode(s.charCodeAt(pos - 1))) { pos++; continue; }
    if (!isAsciiAlnumCode(c) && c !== 46 /* . */) { pos++; continue; }
    if (isAsciiLetterCode(c)) {
      // only number words and articles ("a gigawatt") start a figure
      const end = asciiLettersEnd(s, pos);
      if (!isNumberWordAt(s, pos, end)) { pos = end; continue; }
    }
    const q = readPhysical(s, pos) ?? readChips(s, pos);
    if (!q) { pos++; continue; }
    if (money === null) {
      money = findMoney(s);
      if (inMoney(money, pos)) { pos++; continue; }
    }
    found.push(q);
    pos = q.end;
  }
  joinRanges(s, found);
  inheritWaterPeriods(found);
  const out: QuantityMatch[] = found.map((q) => ({
    text: s.slice(q.start, q.end), start: q.start, end: q.end, kind: q.kind,
    value: round(q.value), valueMin: q.valueMin === null ? null : round(q.valueMin),
    unit: UNIT_OF[q.kind], conversion: q.conversion,
  }));
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a.kind === b.kind && CONVERSION_GAP_RE.test(s.slice(a.end, b.start))) b.conversion = true;
  }
  return out;
}

/** "200 MW to 300 MW", "between 10 MW and 20 MW": two full quantities of one kind make a range. */
function joinRanges(s: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (a.kind !== b.kind || a.valueMin !== null || b.valueMin !== null || a.kind === 'chips') continue;
    const gap = s.slice(a.end, b.start);
    const before = s.slice(0, a.start);
    const isBetween = /between\s+$/i.test(before) && /^\s+and\s+$/i.test(gap);
    const isTo = /^(?:\s*[-–]\s*|\s+to\s+)$/.test(gap) && !/(?:^|[^A-Za-z])(?:from|by)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i.test(before);
    if (!(isBetween || isTo) || !(a.value < b.value)) continue;
    const start = isBetween ? a.start - /between\s+$/i.exec(before)![0].length : a.start;
    found.splice(i, 2, { ...b, start, valueMin: a.value });
  }
}

/**
 * Water without a period ("... to 53.9 million litres") takes the period of
 * the water figure before it in the sentence; with none, it is read as a
 * yearly volume, the usual way data-centre water use is reported.
 */
function inheritWaterPeriods(found: Found[]): void {
  let lastPerYear: boolean | null = null;
  for (const q of found) {
    if (q.kind !== 'water') continue;
    if (q.waterPeriodKnown) {
      lastPerYear = q.waterPerYear ?? null;
      continue;
    }
    const perYear = lastPerYear ?? true;
    if (perYear) {
      q.value /= 365;
      if (q.valueMin !== null) q.valueMin /= 365;
    }
  }
}

/** Ten significant digits hide float noise and keep watts visible in MW. */
function round(v: number): number {
  return roundSignificant(v, 10);
}
