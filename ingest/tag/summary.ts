/**
 * One short sentence of our own for an event ("OpenAI shuts down Sora",
 * "Siting dispute in Kentucky over a $26 million land offer"): the verb is
 * read from the evidence when a known one is there ("won an injunction" ->
 * "wins injunction"), otherwise a plain template for the type. It never
 * copies the evidence and carries no date (the date is shown beside it).
 */
import type { Certainty, EventType, ExtractedEvent } from './types.ts';
import type { SentenceInfo } from './context.ts';

/** A verb as it reads after one subject, after several, after "may", and as a noun for "denies a reported ...". */
interface Verb { s: string; base: string; noun: string }
const v = (s: string, base: string, noun: string): Verb => ({ s, base, noun });

/** Evidence cues -> the verb the summary uses, first match wins. */
const VERBS: Partial<Record<EventType, Array<[RegExp, Verb]>>> = {
  shutdown: [
    [/\b(?:holding back|held back)\b/i, v('holds back', 'hold back', 'hold-back')],
    [/\b(?:delay(?:s|ed|ing)?|pushed back|postpon\w+)\b/i, v('delays', 'delay', 'delay')],
    [/\b(?:paus(?:e|es|ed|ing)|put \w* ?on hold)\b/i, v('pauses', 'pause', 'pause')],
    [/\bretir(?:e|es|ed|ing)\b/i, v('retires', 'retire', 'retirement')],
    [/\babandon\w*\b|\bditch\w*\b|\bshelv\w+\b/i, v('abandons', 'abandon', 'abandonment')],
    [/\bcancel\w*\b/i, v('cancels', 'cancel', 'cancellation')],
    [/\bdiscontinu\w+\b|\bsunset\w*\b|\bphas\w+ out\b/i, v('discontinues', 'discontinue', 'discontinuation')],
    [/\bshut\w* down\b|\bshutdown\b|\bpull\w* the plug\b|\bkill\w*\b|\bwind\w* down\b/i, v('shuts down', 'shut down', 'shutdown')],
  ],
  legal: [
    [/\bwon (?:an? |the )?(?:preliminary )?injunction\b/i, v('wins injunction against', 'win injunction against', 'injunction')],
    [/\bsettled\b/i, v('settles with', 'settle with', 'settlement')],
    [/\bsued\b|\bsues\b|\bfiled suit\b|\blawsuit against\b/i, v('sues', 'sue', 'lawsuit against')],
  ],
  regulation: [
    [/\b(?:rescind\w*|scrapp\w+|repeal\w*|revok\w+)\b/i, v('rescinds a rule', 'rescind a rule', 'rule repeal')],
    [/\brequire (?:a |an )?[\w -]{0,40}(?:permit|licen[cs]e)/i, v('requires permits', 'require permits', 'permit requirement')],
    [/\bexport|\bshipments\b|\bto import\b|\bsale\b/i, v('sets chip export rules', 'set chip export rules', 'export rule')],
    [/\bproposed\b/i, v('proposes rules', 'propose rules', 'rule proposal')],
    [/\b(?:conditional use|zoning|allow data[ -]?cent)/i, v('sets data center siting rules', 'set data center siting rules', 'siting rule')],
    [/\b(?:call|exercise) for\b/i, v('opens a call for data center applications', 'open a call for data center applications', 'call for applications')],
  ],
  partnership: [
    [/\bletter of intent\b/i, v('signs letter of intent with', 'sign letter of intent with', 'letter of intent with')],
    [/\bexpand\w*\b/i, v('expands deal with', 'expand deal with', 'deal expansion with')],
    [/\b(?:explor\w+|talks)\b/i, v('explores partnership with', 'explore partnership with', 'partnership with')],
    [/\b(?:will|would|to) supply\b|\bagreed to (?:provide|supply|sell)\b/i, v('agrees to supply', 'agree to supply', 'supply deal with')],
    [/./, v('signs deal with', 'sign deal with', 'deal with')],
  ],
  funding: [
    [/\b(?:initial public offering|IPO|registration statement|confidential(?:ly)? (?:filing|submitted))\b/i, v('files for IPO', 'file for IPO', 'IPO filing')],
    [/\bSeries [A-K]\b/, v('raises', 'raise', 'funding round')],
    [/\b(?:notes|bonds|shares|debt)\b/i, v('raises', 'raise', 'capital raise')],
    [/\binvest\w*\b/i, v('invests in', 'invest in', 'investment in')],
    [/\bvalued\b/i, v('is valued at', 'be valued at', 'valuation')],
  ],
  spend_plan: [
    [/\bestimat\w+\b/i, v('estimates', 'estimate', 'spending estimate')],
    [/\b(?:expects?|forecast\w*|guidance|outlook)\b/i, v('expects', 'expect', 'spending forecast')],
    [/\bpledg\w+\b|\bcommitted\b/i, v('pledges', 'pledge', 'spending pledge')],
  ],
  buildout: [
    [/\bapprov\w+\b/i, v('approves', 'approve', 'approval of')],
    [/\bopen(?:s|ed)\b/i, v('opens', 'open', 'opening of')],
    [/\bexpand\w*\b/i, v('expands', 'expand', 'expansion of')],
    [/\bbr(?:oke|eak\w*) ground\b/i, v('breaks ground on', 'break ground on', 'groundbreaking of')],
    [/\b(?:will|may|could|plans? to|to) (?:build|set up)\b/i, v('plans', 'plan', 'plan for')],
    [/\b(?:named|picked|unveil\w*|announc\w+)\b/i, v('announces', 'announce', 'announcement of')],
    [/\banchor customer\b/i, v('anchors', 'anchor', 'anchor role in')],
  ],
  energy: [
    [/\brestart\b/i, v('plans to restart a power plant', 'plan to restart a power plant', 'plant restart')],
    [/\bpower purchase agreement\b|\bPPA\b|\bsupply (?:\w+ )?power\b|\bsell (?:most of )?its (?:output|power)\b/i, v('signs power deal with', 'sign power deal with', 'power deal with')],
    [/\bwater\b/i, v('seeks more water', 'seek more water', 'water request')],
    [/\bgrid|\bconnect/i, v('seeks grid connection', 'seek grid connection', 'grid request')],
    [/\brate (?:case|hike|increase)\b/i, v('faces a utility rate fight', 'face a utility rate fight', 'rate fight')],
  ],
  pricing: [
    [/\b(?:cut|lowered|slashed|reduced)\b/i, v('cuts prices for', 'cut prices for', 'price cut for')],
    [/\b(?:raised|hiked|increased)\b/i, v('raises prices for', 'raise prices for', 'price rise for')],
    [/\b(?:usage|rate) limits\b/i, v('changes usage limits for', 'change usage limits for', 'usage limits for')],
    [/\bpriced at\b|\bnew (?:pricing|tier|plan)/i, v('sets pricing for', 'set pricing for', 'pricing for')],
  ],
  acquisition: [
    [/\bstake\b/i, v('buys a stake from', 'buy a stake from', 'stake purchase from')],
    [/\bmerg\w+\b/i, v('merges with', 'merge with', 'merger with')],
    [/\b(?:acquir\w+|acquisition|takeover|buy|bought)\b/i, v('acquires', 'acquire', 'acquisition of')],
  ],
};

/** What each type is called when no verb fits: "Meta: land dispute in Kentucky". */
const TYPE_NOUN: Record<EventType, string> = {
  shutdown: 'shutdown', land_dispute: 'siting dispute', legal: 'legal action', regulation: 'new rules',
  partnership: 'partnership', funding: 'funding', spend_plan: 'spending plan', buildout: 'data center build-out',
  energy: 'power arrangement', outage: 'service outage', pricing: 'pricing change', acquisition: 'acquisition',
};

/** Places read with "the" ("in the United States"). */
const THE_PLACES = /^(?:United |Netherlands|Philippines|Czech Republic|Bahamas|Gulf|Bay Area|Midwest)/;

export function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function placePhrase(place: string | null): string {
  if (!place) return '';
  return ` in ${THE_PLACES.test(place) ? 'the ' : ''}${place}`;
}

/** Bodies read with "the" ("the Commerce Department", "the Trump administration"). */
const THE_NAMES = /\b(?:administration|Department|Ministry|Commission|Council|Board|Agency|Authority|Union|Bureau|Office|Court|Parliament|Senate|Congress)\b/;
const named = (name: string) => (THE_NAMES.test(name) && !/^The /.test(name) ? `the ${name}` : name);
const names = (xs: string[]) => list(xs.map(named));
/** Who sets rules: a government body, not the company the rule affects. */
const RULE_MAKER = /\b(?:administration|Department|Ministry|Commission|Council|Board|Agency|Authority|Union|Bureau|Office|Court|Parliament|Senate|Congress|Government|Regulator|Commissioners|EU|European Union|Regulation)\b/;

const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** The figure the summary may quote: money for money-led types, a power or chip figure for builds. */
function figureOf(type: EventType, s: SentenceInfo): string | null {
  const money = s.money.find((m) => !m.conversion)?.text ?? null;
  const quantity = s.quantities.find((q) => !q.conversion && (q.kind === 'power' || q.kind === 'chips'))?.text ?? null;
  if (type === 'buildout' || type === 'energy') return quantity ?? money;
  if (type === 'outage' || type === 'regulation' || type === 'legal' || type === 'shutdown') return null;
  return money;
}

interface Parts { subject: string[]; objects: string[]; others: string[] }

/** The type the sentence gives a name (an organisation when it is not mentioned there). */
function mentionType(s: SentenceInfo, name: string): string {
  return s.mentions.find((m) => m.name === name)?.type ?? 'org';
}

/** Who acts (organisations first), what it acts on (products, projects) and who else takes part. */
function partsOf(ev: Pick<ExtractedEvent, 'actors'>, s: SentenceInfo): Parts {
  const orgs = ev.actors.filter((a) => mentionType(s, a) === 'org');
  const objects = ev.actors.filter((a) => mentionType(s, a) !== 'org');
  return { subject: orgs.slice(0, 1), objects, others: orgs.slice(1) };
}

function verbFor(type: EventType, text: string): Verb | null {
  for (const [re, verb] of VERBS[type] ?? []) if (re.test(text)) return verb;
  return null;
}

/** "OpenAI shuts down Sora", "OpenAI may delay Sora", "Oracle denies reported delay". */
function clause(subject: string, verb: Verb, certainty: Certainty, rest: string): string {
  const text = (() => {
    if (certainty === 'denied') return `${subject} denies reported ${verb.noun}${rest}`;
    if (certainty === 'speculative') return `${subject} may ${verb.base}${rest}`;
    return `${subject} ${verb.s}${rest}`;
  })();
  return text.replace(/\s+/g, ' ').trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function summarise(ev: Pick<ExtractedEvent, 'type' | 'actors' | 'location' | 'date' | 'certainty'>, s: SentenceInfo): string {
  const { subject, objects, others } = partsOf(ev, s);
  const lead = subject[0] ?? objects[0] ?? null;
  const figure = figureOf(ev.type, s);
  const place = placePhrase(ev.location);
  const verb = verbFor(ev.type, s.text);
  // At most two things acted on: a summary names the main ones, not every product in the sentence.
  const things = objects.filter((o) => o !== lead).slice(0, 2);

  // Types with a fixed shape that reads well with or without a named actor.
  if (ev.type === 'land_dispute') {
    if (/\boffer/i.test(s.text) && figure) return `Siting dispute${place} over ${lead ? `${possessive(lead)} ` : 'a '}${figure} land offer`;
    if (/\bmoratori|\bpaus|\bhalt|\bfr[eo]\w* /i.test(s.text)) return lead ? `${capitalise(named(lead))}: data center moratorium${place}` : `Data center moratorium${place}`;
    return ev.actors.length ? `Siting dispute${place} involving ${names(ev.actors.slice(0, 3))}` : `Siting dispute${place}`;
  }
  if (ev.type === 'outage') {
    const hit = objects.length ? names(objects.slice(0, 3)) : names(ev.actors.slice(0, 2));
    return hit ? `Outage hits ${hit}` : `Service outage${place}`;
  }
  if (ev.type === 'regulation' && lead && !RULE_MAKER.test(lead)) {
    // The actors are those the rule affects ("Nvidia", "Humain"), not its maker.
    return capitalise(`${verb?.noun ?? 'new rules'} affecting ${names(ev.actors.slice(0, 3))}${place}`);
  }
  if (!lead) return capitalise(`${TYPE_NOUN[ev.type]}${place}`);
  const who = capitalise(named(lead));

  if (verb) {
    let rest = '';
    switch (ev.type) {
      case 'shutdown': {
        // "abandoned an 'erotic mode' for ChatGPT": a feature of the product, not the product.
        const featureOf = things.length === 1 && new RegExp(`\\bfor ${things[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(s.text);
        if (featureOf) rest = ` a ${things[0]} feature`;
        else if (things.length) rest = ` ${names(things)}`;
        else return ev.certainty === 'denied' ? clause(who, verb, 'denied', place) : `${who}: ${verb.noun}${place}`;
        break;
      }
      case 'partnership':
      case 'legal':
      case 'acquisition':
        if (!others.length) return `${who}: ${TYPE_NOUN[ev.type]}${figure ? ` (${figure})` : ''}${place}`;
        if (ev.type === 'partnership' && verb.s === 'signs deal with' && figure && ev.certainty !== 'denied') return `${who} signs ${figure} deal with ${names(others)}`;
        rest = ` ${names(others)}${figure && ev.type !== 'legal' ? ` (${figure})` : ''}`;
        break;
      case 'funding':
        if (verb.s === 'files for IPO') break;
        if (verb.s === 'is valued at') return figure ? `A funding round values ${lead} at ${figure}` : `${who}: funding round`;
        if (verb.s === 'invests in') return others.length ? clause(who, verb, ev.certainty, ` ${names(others)}${figure ? ` (${figure})` : ''}`) : `${who} invests${figure ? ` ${figure}` : ''}`;
        if (!figure) return `${who} raises capital`;
        rest = ` ${figure}${seriesOf(s.text) ? ` in a ${seriesOf(s.text)} round` : debtKind(s.text)}`;
        break;
      case 'spend_plan': {
        const kind = /\bcompute\b/i.test(s.text) ? 'compute spending' : 'spending';
        if (verb.s === 'estimates' && others.length) return `${who} estimates ${figure ? `${figure} in ` : ''}${kind} by ${names(others.slice(0, 4))}`;
        rest = figure ? ` ${figure} in ${kind}` : ` new ${kind}`;
        break;
      }
      case 'buildout': {
        const sized = figure && /-/.test(figure);
        return clause(who, verb, ev.certainty, ` ${sized ? `a ${figure}` : 'a'} data center${place}${figure && !sized ? ` (${figure})` : ''}`);
      }
      case 'energy':
        if (verb.s.endsWith('with')) {
          if (!others.length) return `${who}: power deal${figure ? ` (${figure})` : ''}${place}`;
          rest = ` ${names(others)}`;
        }
        break;
      case 'pricing':
        if (!things.length) return `${who}: ${TYPE_NOUN.pricing}`;
        rest = ` ${names(things)}`;
        break;
      case 'regulation':
        break;
    }
    return clause(who, verb, ev.certainty, `${rest}${place}`);
  }

  // No known verb: "Meta: land dispute in Kentucky".
  const withWhom = others.length && (ev.type === 'partnership' || ev.type === 'acquisition' || ev.type === 'legal') ? ` with ${names(others)}` : '';
  const about = things.length && ev.type !== 'partnership' ? ` of ${names(things)}` : '';
  return `${who}: ${TYPE_NOUN[ev.type]}${about}${withWhom}${figure ? ` (${figure})` : ''}${place}`;
}

/** "Series H" when the evidence names the round. */
function seriesOf(text: string): string | null {
  return /\b(Series [A-K])\b/.exec(text)?.[1] ?? null;
}

/** What a raise was made of, when the evidence says. */
function debtKind(text: string): string {
  const notes = /\b(?:notes|bonds|debt)\b/i.test(text);
  const shares = /\bshares\b|\bshare sale\b/i.test(text);
  return notes && shares ? ' in debt and shares' : notes ? ' in debt' : shares ? ' in a share sale' : '';
}
