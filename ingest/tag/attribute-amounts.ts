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
import { BACK_REFERENCE_ANYWHERE, isAdjectival, isOutlet } from './context.ts';
import { periodNear } from './periods.ts';

interface CategoryCue { category: AmountCategory; re: RegExp; weak?: boolean }

/**
 * Specific cues ("valuation", "notes", "per million tokens") decide on their
 * own; weak cues ("invest", "worth", "build") only when nothing specific is
 * close. Order breaks ties of distance.
 */
const CATEGORY_CUES: CategoryCue[] = [
  { category: 'other', re: /\b(?:a share|per share|apiece|share price|stock|shares (?:jumped|rose|fell|closed|traded)|exercise price|conversion price|(?:at which|when) the (?:new )?shares|price targets?|after-hours trading|free cash flow|economic (?:benefits|impact|output)|tax revenue|taxable value|warrant)\b/gi },
  { category: 'cost', re: /\b(?:per (?:million|thousand|1,000|\d[\d,]*) (?:input |output )?(?:tokens|transactions|requests|calls)|per (?:month|hour|user|seat|GPU-hour)|a month|prices?|priced at|costs?|tier|rates|charges|restructuring|layoffs|fees?)\b/gi },
  { category: 'valuation', re: /\b(?:valuation|valued|valuing)\b/gi },
  { category: 'revenue', re: /\b(?:(?<!tax )revenue|sales|ARR|run-rate|backlog|performance obligations|bookings)\b/gi },
  { category: 'penalty', re: /\b(?:fines?|fined|penalt(?:y|ies)|damages|settlement|breaches)\b/gi },
  { category: 'incentive', re: /\b(?:loans?|bonds|tax (?:breaks?|credits?|incentives?|abatements?)|subsid\w*|grants?|incentives?|mission|payment-in-lieu)\b/gi },
  { category: 'offer', re: /\b(?:offer(?:ed|s)?|bids?)\b/gi },
  { category: 'funding', re: /\b(?:notes|convertible|new shares|share sale|note sale|notes? offering|upsized|rounds?|Series [A-K]|raised|raise|raising|funding|tranches?|committed by|investors?|stake)\b/gi },
  { category: 'compute_spend', re: /\b(?:(?:to buy|buy|purchase|rent) (?:[\w’']+ ){0,4}(?:cloud |computing |GPU |compute )?capacity|comput(?:e|ing)(?: capacity| power| spending)?|GPU capacity|cloud capacity|capacity from|cloud services|AI computing|spending with)\b/gi },
  { category: 'capex', re: /\b(?:capital (?:expenditures?|spending|investments?)|capex)\b/gi },
  { category: 'deal', re: /\b(?:deal|acquisition|acquire|purchase|hardware|chips)\b/gi },
  { category: 'capex', weak: true, re: /\b(?:invest(?:s|ed|ing|ment)?|spen[dt]|spending|pledged|committed|expansion|build(?:ing)?|infrastructure|data cent(?:er|re)s?|put|into)\b/gi },
  { category: 'compute_spend', weak: true, re: /\b(?:contract|worth|agreement)\b/gi },
];

const ESTIMATE_CUE = /\b(?:expects?|expected|forecasts?|outlook|guidance|estimates?(?! (?:by|from) analysts)|estimated|projections?|projected|could (?:reach|spend|top|hit|cost)|put (?:the |its )?[\w ’']{0,40}(?:value|valuation|cost) at)\b/i;
const NOT_ESTIMATE = /\b(?:below|above|beat|missed|topped|ahead of|short of|in line with) (?:analysts['’] )?(?:estimates|expectations|forecasts)\b/gi;

const AGGREGATE_SUBJECT = /\b(?:the (?:partners|companies|developers|hyperscalers|four|three|five|big tech|tech giants)|hyperscalers|cloud providers)\b/i;
/** "$15 billion committed by cloud providers": money from a group, not from one party. */
const AGGREGATE_SOURCE = /^[^.;]{0,40}?\b(?:by|from)\s+(?:the\s+)?(?:cloud providers|hyperscalers|investors|banks|lenders|backers|partners|companies|developers)\b/i;

function nearestCategory(text: string, start: number, end: number): { category: AmountCategory; cue: string } {
  let best: { category: AmountCategory; cue: string; dist: number } | null = null;
  for (const { category, re, weak } of CATEGORY_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const mStart = m.index;
      const mEnd = m.index + m[0].length;
      if (mStart >= start && mEnd <= end) continue; // inside the figure's own text ("per million tokens" counts below)
      // Cues after the figure are weaker than cues before it: the verb usually precedes the amount.
      let dist = mEnd <= start ? start - mEnd : mStart >= end ? (mStart - end) * 1.5 + 2 : 0;
      if (weak) dist = dist * 2 + 20;
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

const GOVERNMENT = /\b(?:council|board|commission(?:ers)?|county|city|government|ministry|department|authority|agency|state)\b/i;
/** Objects of prepositions and of buying verbs are not the payer. */
const PREPOSITION_BEFORE = /\b(?:from|with|to|of|at|against|by|for|in|under|acquire|buy|purchase|supply)\s+(?:the\s+)?$/i;
const VERB_AFTER = /^\s*(?:saying|said|says|which|will|would|has|had|have|is|was|plans|agreed|committed|pledged)\b/i;

/** Who spends, pays, raises, offers or sells. */
function entityFor(s: SentenceInfo, money: MoneyMatch, category: AmountCategory, ctx: AmountContext): { entity: string | null; why: string } {
  const { carry } = ctx;
  const text = s.text;
  const orgs = s.mentions.filter((m) => m.type === 'org' && !isOutlet(m.name) && m.start >= s.datelineEnd && !isAdjectival(text, m.end));
  const before = orgs.filter((m) => m.end <= money.start);
  if (category === 'penalty') {
    const payer = orgs.find((m) => /^\s*(?:was|were|has been) fined|^\s*(?:agreed to|must|will) pay/i.test(text.slice(m.end, m.end + 20)));
    return { entity: payer?.name ?? null, why: payer ? 'party fined' : 'no party fined named' };
  }
  if (category === 'incentive') {
    const gov = [...before].reverse().find((m) => GOVERNMENT.test(m.name)) ?? orgs.find((m) => GOVERNMENT.test(m.name));
    if (gov) return { entity: gov.name, why: 'public body granting it' };
    // "prompting the council to table it": the body named a sentence or two before.
    return ctx.publicBody ? { entity: ctx.publicBody, why: 'public body referred to' } : { entity: null, why: 'no public body named' };
  }
  if (AGGREGATE_SOURCE.test(text.slice(money.end))) return { entity: null, why: 'money from a group' };
  // "issued OpenAI a warrant ... at an exercise price of $0.01": the price is the holder's.
  if (category === 'other' && /\bwarrants?\b/i.test(text)) {
    const holder = orgs.find((m) => /\b(?:issued|granted|gave|handed|awarded)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)));
    if (holder && holder.start < money.start) return { entity: holder.name, why: 'warrant holder' };
  }
  // "supply Microsoft with", "provide Meta Platforms with": the customer is the spender.
  if (category === 'compute_spend' || category === 'deal') {
    for (const m of orgs) {
      const pre = text.slice(Math.max(0, m.start - 25), m.start);
      if (/\b(?:supply|provide|serve|sell to|deliver to|rent to)\s+$/i.test(pre)) return { entity: m.name, why: 'customer of supply' };
    }
  }
  // "$5 billion of it from Amazon": the named source.
  const fromOrg = orgs.find((m) => m.start >= money.end && /^\s*(?:of it\s+)?from\s+$/i.test(text.slice(money.end, m.start)));
  if (fromOrg && category === 'funding') return { entity: fromOrg.name, why: 'named source' };
  // Aggregates: "Amazon, Microsoft, Alphabet and Meta could spend", "the partners pledged".
  const clauseBefore = text.slice(0, money.start);
  if (category === 'capex' || category === 'compute_spend') {
    if (AGGREGATE_SUBJECT.test(clauseBefore.slice(-80))) return { entity: null, why: 'aggregate subject' };
    const near = before.filter((m) => money.start - m.end < 90);
    const last = near[near.length - 1];
    const prev = near[near.length - 2];
    if (last && prev && /^\s*(?:,|and|, and)\s*$/.test(text.slice(prev.end, last.start))) return { entity: null, why: 'several spenders' };
    // "OpenAI, Oracle and SoftBank on Tuesday named ... and committed investment to $400 billion": a list as the subject.
    const [first, second] = before;
    if (first && second && first.start <= s.datelineEnd + 4 && /^\s*(?:,|and|, and)\s*$/.test(text.slice(first.end, second.start))) return { entity: null, why: 'several spenders' };
  }
  if (category === 'other' && /\b(?:shares|stock)\b/i.test(text) && money.value < 10000 && !/\b(?:exercise|strike) price\b[^.$]{0,12}$/i.test(text.slice(0, money.start))) return { entity: null, why: 'market price' };
  if (category === 'other' && /\b(?:economic|tax revenue|jobs)\b/i.test(text)) return { entity: null, why: 'economy-wide figure' };
  // No one named before the figure but "the company"/"it" is: the article's subject.
  if (before.length === 0 && carry && (orgs.length === 0 || BACK_REFERENCE_ANYWHERE.test(clauseBefore))) {
    // Raising money and being valued are what the article's company does; others are the nearest company named.
    const who = (category === 'funding' || category === 'valuation') && ctx.subject ? ctx.subject : carry;
    return { entity: who, why: 'article subject' };
  }
  // Otherwise: the nearest org before the figure that reads as a subject (not "from X" unless a verb follows).
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    const pre = text.slice(Math.max(0, m.start - 8), m.start);
    if (PREPOSITION_BEFORE.test(pre) && !VERB_AFTER.test(text.slice(m.end, m.end + 15)) && k > 0) continue;
    return { entity: m.name, why: 'subject before figure' };
  }
  if (orgs[0]) return { entity: orgs[0].name, why: 'first org in sentence' };
  return { entity: null, why: 'no entity' };
}

/** The year, span or horizon nearest the figure: first after it, then before it, never across another figure. */
function periodFor(s: SentenceInfo, money: MoneyMatch, publishedAt?: string): { period: string | null } {
  const others = s.money.filter((m) => m !== money && !m.conversion);
  const nextFigure = Math.min(...others.filter((m) => m.start >= money.end).map((m) => m.start), s.text.length);
  const prevFigure = Math.max(...others.filter((m) => m.end <= money.start).map((m) => m.end), 0);
  const usable = s.dates.filter((d) => {
    if (d.role === 'dateline') return false;
    // Only a written year is a period ("in 2026", "its 2025 capex"); "in September" or "last year" is when.
    if (d.role === 'point' && !(/^\d{4}$/.test(d.value) && /\d{4}$/.test(d.text))) return false;
    if (/^since\b/i.test(d.text) || /\bsince\s*$/i.test(s.text.slice(Math.max(0, d.start - 6), d.start))) return false;
    return true;
  });
  const after = usable.filter((d) => d.start >= money.end && d.start < nextFigure && d.start - money.end <= 80);
  const before = usable.filter((d) => d.end <= money.start && money.start - d.end <= 100 && (d.role === 'horizon' || d.end > prevFigure));
  const pick = after[0] ?? before[before.length - 1];
  // "notes maturing in 2029 and 2031": two horizons, none is the period.
  if (pick && /^\s*(?:and|or|,)\s+(?:in\s+)?(?:19|20)\d\d\b/.test(s.text.slice(pick.end))) return { period: null };
  if (pick) return { period: pick.span ?? pick.value };
  // "this year", "next quarter": relative periods resolved against the article's date (periods.ts).
  return { period: publishedAt ? periodNear(s.text, money, publishedAt, { otherFigures: others }) : null };
}

export interface AmountContext {
  /** The article's main actor before this sentence, for "the company raised ...". */
  carry: string | null;
  /** The organisation the article mentions most: who "it" is when it raises money or is valued. */
  subject?: string | null;
  /** A public body "the council" or "the county" refers back to, if any. */
  publicBody?: string | null;
  /** The article's date, for periods given relative to it ("this year"). */
  publishedAt?: string;
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
    let { category, cue } = nearestCategory(s.text, money.start, money.end);
    // "invest $100 billion in OpenAI": money put into a company is funding.
    const inOrg = /^\s+in\s+/.exec(s.text.slice(money.end));
    if (inOrg && /\binvest\w*\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(Math.max(0, money.start - 30), money.start)) && s.mentions.some((m) => m.type === 'org' && m.start === money.end + inOrg[0].length)) {
      category = 'funding';
      cue = 'invest in a company';
    }
    const { entity, why } = entityFor(s, money, category, ctx);
    const { period } = periodFor(s, money, ctx.publishedAt);
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
