/**
 * Gives each money figure its category, entity, period and estimate flag
 * from the words around it (extraction.md, Amounts; corpus conventions).
 * The category is the nearest cue to the figure; the entity is the party the
 * cue's verb belongs to (the buyer of capacity, the raiser of money, the
 * seller of a priced product), null for aggregates.
 */
import type { AmountCategory, ExtractedAmount } from './types.ts';
import type { MoneyMatch } from './money.ts';
import { toUsd } from './money.ts';
import type { SentenceInfo, SentenceMention } from './context.ts';
import { isOutlet } from './context.ts';

interface CategoryCue { category: AmountCategory; re: RegExp }

/** Order matters only on ties of distance: more specific cues first. */
const CATEGORY_CUES: CategoryCue[] = [
  { category: 'other', re: /\b(?:a share|per share|apiece|share price|stock|shares (?:jumped|rose|fell|closed|traded)|exercise price|conversion price|(?:at which|when) the (?:new )?shares|price targets?|after-hours trading|free cash flow|economic (?:benefits|impact|output)|tax revenue|taxable value|warrant)\b/gi },
  { category: 'cost', re: /\b(?:per (?:million|thousand|1,000|\d[\d,]*) (?:input |output )?(?:tokens|transactions|requests|calls)|per (?:month|hour|user|seat|GPU-hour)|a month|prices?|priced|costs?|tier|rates?|charges|restructuring|layoffs|fees?|bill)\b/gi },
  { category: 'valuation', re: /\b(?:valuation|valued|valuing)\b/gi },
  { category: 'revenue', re: /\b(?:(?<!tax )revenue|sales|ARR|run-rate|backlog|performance obligations|bookings|turnover)\b/gi },
  { category: 'penalty', re: /\b(?:fines?|fined|penalt(?:y|ies)|damages|settlement)\b/gi },
  { category: 'incentive', re: /\b(?:loans?|bonds|tax (?:breaks?|credits?|incentives?|abatements?)|subsid\w*|grants?|incentives?|mission|payment-in-lieu)\b/gi },
  { category: 'offer', re: /\b(?:offer(?:ed|s)?|bids?)\b/gi },
  { category: 'funding', re: /\b(?:notes|convertible|new shares|share sale|rounds?|Series [A-K]|raised|raise|raising|funding|tranches?|committed by|investors?|stake)\b/gi },
  { category: 'compute_spend', re: /\b(?:comput(?:e|ing)(?: capacity| power| spending)?|GPU capacity|cloud capacity|capacity from|capacity worth|cloud services|AI computing)\b/gi },
  { category: 'capex', re: /\b(?:capital (?:expenditure|spending|investment)|capex|invest(?:s|ed|ing|ment)?|spen[dt]|spending|pledged|committed|expansion|build(?:ing)?|infrastructure|plan)\b/gi },
  { category: 'deal', re: /\b(?:deal|contract|acquisition|acquire|purchase|worth|hardware)\b/gi },
];

const ESTIMATE_CUE = /\b(?:expects?|expected|forecasts?|outlook|guidance|estimates?(?! (?:by|from) analysts)|estimated|projections?|projected|could (?:reach|spend|top|hit|cost)|put (?:the |its )?[\w ’']{0,40}(?:value|valuation|cost) at)\b/i;
const NOT_ESTIMATE = /\b(?:below|above|beat|missed|topped|ahead of|short of|in line with) (?:analysts['’] )?(?:estimates|expectations|forecasts)\b/gi;

const AGGREGATE_SUBJECT = /\b(?:the (?:partners|companies|hyperscalers|four|three|five|big tech|tech giants)|hyperscalers|cloud providers)\b/i;

function nearestCategory(text: string, start: number, end: number): { category: AmountCategory; cue: string } {
  let best: { category: AmountCategory; cue: string; dist: number } | null = null;
  for (const { category, re } of CATEGORY_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const mStart = m.index;
      const mEnd = m.index + m[0].length;
      if (mStart >= start && mEnd <= end) continue; // inside the figure's own text ("per million tokens" counts below)
      // Cues after the figure are weaker than cues before it: the verb usually precedes the amount.
      const dist = mEnd <= start ? start - mEnd : mStart >= end ? (mStart - end) * 1.5 + 2 : 0;
      if (!best || dist < best.dist) best = { category, cue: m[0], dist };
    }
  }
  // A unit price in the figure itself ("$2 per million input tokens") is a cost.
  if (/\bper\b|\ba (?:month|year|share)\b/.test(text.slice(start, end))) {
    if (/\ba share\b|\bper share\b/.test(text.slice(start, end))) return { category: 'other', cue: 'per share' };
    if (!/\ba year\b/.test(text.slice(start, end))) return { category: 'cost', cue: 'unit price' };
  }
  return best ? { category: best.category, cue: best.cue } : { category: 'other', cue: 'no cue' };
}

const orgLike = (m: SentenceMention) => (m.type === 'org' || m.type === 'person') && !isOutlet(m.name);

/** Who spends, pays, raises, offers or sells. */
function entityFor(s: SentenceInfo, money: MoneyMatch, category: AmountCategory, carry: string | null): { entity: string | null; why: string } {
  const text = s.text;
  const orgs = s.mentions.filter((m) => orgLike(m) && m.type === 'org' && m.start >= s.datelineEnd);
  const before = orgs.filter((m) => m.end <= money.start);
  // "supply Microsoft with", "provide Meta Platforms with": the customer is the spender.
  if (category === 'compute_spend' || category === 'deal') {
    for (const m of orgs) {
      const pre = text.slice(Math.max(0, m.start - 25), m.start);
      if (/\b(?:supply|provide|sell to|serve|deliver to|rent to)\s+(?:\w+\s+)?$/i.test(pre) && /^\s*(?:with|under)\b/i.test(text.slice(m.end, m.end + 8))) return { entity: m.name, why: 'customer of supply' };
      if (/\b(?:supply|provide|serve)\s+$/i.test(pre)) return { entity: m.name, why: 'customer of supply' };
    }
  }
  // "$5 billion of it from Amazon": the named source.
  const after = text.slice(money.end, money.end + 25);
  const fromOrg = orgs.find((m) => m.start >= money.end && /^\s*(?:of it\s+)?from\s+$/i.test(text.slice(money.end, m.start)));
  if (fromOrg && category === 'funding' && after) return { entity: fromOrg.name, why: 'named source' };
  // Aggregates: "Amazon, Microsoft, Alphabet and Meta could spend", "the partners pledged".
  const clauseBefore = text.slice(0, money.start);
  const listBefore = /([A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)(?:,\s+[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)*,?\s+and\s+[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*\s+(?:said they |could |will |would |have |had |on \w+ )?\w*\s[^.]{0,80}$/;
  if (category === 'capex' || category === 'compute_spend') {
    if (AGGREGATE_SUBJECT.test(clauseBefore.slice(-80))) return { entity: null, why: 'aggregate subject' };
    const m = listBefore.exec(clauseBefore);
    if (m && before.filter((o) => o.start >= m.index).length >= 2) return { entity: null, why: 'several spenders' };
  }
  if (category === 'other' && /\b(?:shares|stock)\b/i.test(text) && money.value < 10000 && !/\bwarrant|exercise price\b/i.test(text)) return { entity: null, why: 'market price' };
  // Otherwise: the nearest org before the figure that reads as a subject (not "from X", "with X").
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    const pre = text.slice(Math.max(0, m.start - 8), m.start);
    if (/\b(?:from|with|to|of|at|against|by)\s+(?:the\s+)?$/i.test(pre) && k > 0) continue;
    return { entity: m.name, why: 'subject before figure' };
  }
  if (orgs[0]) return { entity: orgs[0].name, why: 'first org in sentence' };
  return { entity: carry, why: carry ? 'article subject' : 'no entity' };
}

function periodFor(s: SentenceInfo, money: MoneyMatch): { period: string | null } {
  const horizons = s.dates.filter((d) => d.role === 'horizon' && !/^(?:since|from)\b/i.test(d.text));
  let best: { period: string; dist: number } | null = null;
  for (const d of horizons) {
    const dist = d.start >= money.end ? d.start - money.end : money.start - d.end;
    const period = d.span ?? d.value;
    if (!best || dist < best.dist) best = { period, dist };
  }
  if (best) return { period: best.period };
  // A bare year tied to the figure: "its 2025 capital expenditure forecast", "in 2026".
  const years = s.dates.filter((d) => d.role === 'point' && /^\d{4}$/.test(d.value) && /^(?:in |its |the |a )?\d{4}$|^\d{4}$/.test(d.text) && !/\bsince\s+$/i.test(s.text.slice(Math.max(0, d.start - 6), d.start)));
  for (const d of years) {
    const pre = s.text.slice(Math.max(0, d.start - 6), d.start);
    if (/\bsince\s*$/i.test(pre)) continue;
    return { period: d.value };
  }
  return { period: null };
}

export interface AmountContext {
  /** The article's main actor before this sentence, for "the company raised ...". */
  carry: string | null;
}

export function attributeAmounts(s: SentenceInfo, ctx: AmountContext): ExtractedAmount[] {
  const out: ExtractedAmount[] = [];
  const estimateText = s.text.replace(NOT_ESTIMATE, ' ');
  const estimate = ESTIMATE_CUE.test(estimateText);
  let previous: ExtractedAmount | null = null;
  for (const money of s.money) {
    if (money.conversion && previous) {
      // A conversion restates the figure before it: same meaning, flagged so it is never summed twice.
      out.push({ ...previous, text: money.text, value: money.value, value_min: money.valueMin, currency: money.currency, value_usd: toUsd(money.value, money.currency), conversion: true, rule: 'conversion of previous figure' });
      continue;
    }
    const { category, cue } = nearestCategory(s.text, money.start, money.end);
    const { entity, why } = entityFor(s, money, category, ctx.carry);
    const { period } = periodFor(s, money);
    const amount: ExtractedAmount = {
      text: money.text,
      value: money.value,
      value_min: money.valueMin,
      currency: money.currency,
      value_usd: toUsd(money.value, money.currency),
      category,
      entity,
      period,
      estimate,
      conversion: money.conversion || undefined,
      sentence: s.text,
      rule: `category cue "${cue}"; entity: ${why}`,
    };
    out.push(amount);
    previous = amount;
  }
  return out;
}
