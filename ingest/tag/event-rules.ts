/**
 * Cue lexicons for the twelve event types (extraction.md, Events). A rule
 * fires when its pattern matches a sentence; its name is stored as the
 * event's `rule` so a reader can see why the event exists. `alt` lists the
 * second type the corpus conventions allow (moratoria: land_dispute +
 * regulation; PPAs: energy + partnership ...), used when merging events.
 */
import type { EventType } from './types.ts';
import { BACK_REFERENCE_ANYWHERE, PAIR_REFERENCE, type SentenceInfo } from './context.ts';

export interface EventRule {
  type: EventType;
  alt: EventType[];
  name: string;
  re: RegExp;
  /** Extra condition on the sentence, when the cue alone is too loose. */
  requires?: (s: SentenceInfo, match: RegExpExecArray) => boolean;
  /** Types that, when they fire on the same sentence, make this rule redundant. */
  yieldsTo?: EventType[];
}

const hasMoney = (s: SentenceInfo) => s.money.length > 0;
/** An agreement needs two parties: two named organisations, or one plus a back-reference to another. */
const twoParties = (s: SentenceInfo) => {
  if (PAIR_REFERENCE.test(s.text)) return true;
  const named = new Set(s.mentions.filter((m) => m.type === 'org' && m.start >= s.datelineEnd).map((m) => m.name)).size;
  return named >= 2 || (named === 1 && BACK_REFERENCE_ANYWHERE.test(s.text));
};
/** "invest $X in OpenAI": the word after the cue is an organisation. */
/** An organisation right after the cue, or after a few lower-case words describing it ("to buy data center developer X"). */
const orgFollows = (s: SentenceInfo, m: RegExpExecArray) => {
  const end = m.index + m[0].length;
  return s.mentions.some((x) => x.type === 'org' && x.start >= end && x.start - end <= 60 && /^(?:[\p{Ll}-]+\s+){0,5}$/u.test(s.text.slice(end, x.start)));
};
/** "AMD will supply OpenAI with ...": a supplier needs a named recipient after the cue, in the same clause. */
const recipientFollows = (s: SentenceInfo, m: RegExpExecArray) => {
  if (!/\b(?:supply|provide|sell)\b/i.test(m[0])) return true;
  const after = m.index;
  const clauseEnd = s.text.slice(after).search(/,\s+and\b|;|,\s+while\b/);
  const end = clauseEnd < 0 ? s.text.length : after + clauseEnd;
  return PAIR_REFERENCE.test(s.text) || s.mentions.some((x) => x.type === 'org' && x.start > after && x.start < end);
};
/** A build needs something specific: a place, a figure or a named project ("plans to build data centres" is a business description). */
const specificSite = (s: SentenceInfo) => s.quantities.length > 0 || s.money.length > 0 || s.mentions.some((m) => m.type === 'place' || m.type === 'project');
/** Rules about siting need a rule-making act, not a mention of rules that exist ("ignored its own zoning rules"). */
const ruleMaking = (s: SentenceInfo) => /\b(?:adopt|approv|pass|vot|set|chang|amend|rewr|introduc|propos|allow|launch|open|publish|issu)\w*/i.test(s.text);
const hasActor = (s: SentenceInfo) => s.mentions.some((m) => m.type === 'org' || m.type === 'product' || m.type === 'project');
const FACILITY = String.raw`(?:data[ -]?cent(?:er|re)s?|campus(?:es)?|sites?|clusters?|facilit(?:y|ies)|gigafactory|hub|park|AI (?:Zone|factory)|server farms?|computing cluster)`;

export const EVENT_RULES: EventRule[] = [
  // --- land_dispute: siting conflicts
  { type: 'land_dispute', alt: ['regulation'], name: 'moratorium', re: /\bmoratori(?:um|a)\b|\b(?:paus(?:ed|es|ing)|halt(?:ed|s)?|stopp(?:ed|ing)|froze|freez(?:e|ing)) (?:all )?(?:new )?(?:approv(?:als|ing)|permits?|applications?|construction)(?: of| for)?(?: new)? (?:data[ -]?cent|hyperscale)|\bstopped approving new data|\b(?:paus|halt|stopp|froze|freez)\w* (?:all )?(?:new )?data[ -]?cent(?:er|re) (?:approvals|permits|applications|construction)/i },
  { type: 'land_dispute', alt: ['regulation'], name: 'siting ban', re: /\b(?:barred|bans?|banned|prohibit(?:s|ed)?) (?:new )?(?:hyperscale |large )?(?:data[ -]?cent(?:er|re)s|campuses|hyperscale)/i },
  { type: 'land_dispute', alt: [], name: 'land refusal', re: /\b(?:turned down|refused|rejected|declined)\b.{0,60}\b(?:offer|land|bid|rezoning|application|proposal|data[ -]?cent)/i },
  { type: 'land_dispute', alt: [], name: 'land offer', re: /\boffer(?:ed|s)?\b.{0,80}\bfor (?:her|his|their|the) (?:land|farm|property|acres)\b/i },
  { type: 'land_dispute', alt: [], name: 'local opposition', re: /\b(?:spoke against|lodged (?:formal )?objections|filed objections|petition(?:ed|s)? (?:against|to)|protest(?:ed|s|ers)? (?:against|over|outside)|over (?:residents['’] )?objections|opposition from residents|residents (?:packed|opposed|objected|pushed back)|pushback from|withdrew (?:its|their|the) (?:application|proposal|request)|residents? (?:urging|pleading|asking|demanding) \w+ to (?:slow|stop|reject|delay|block))\b/i },
  // Local votes and refusals told in ordinary ways ("voted 5-2 to deny", "recommended denial", "tabled the vote").
  { type: 'land_dispute', alt: ['regulation'], name: 'refusal vote', re: /\b(?:voted (?:\d+[-–]\d+ |unanimously )?(?:to )?(?:deny|reject|block|table|postpone|against)|recommended (?:denial|rejection|against)|tabled (?:the|a|its) (?:vote|decision|request|application|rezoning)|denied (?:the|a|its) (?:[\w-]+ ){0,2}(?:rezoning|request|application|permit))\b/i },
  // A developer withdrawing its request or plans for a site ("pulled its request to rezone", "dropped plans for a data center").
  { type: 'land_dispute', alt: ['shutdown'], name: 'withdrawn application', re: new RegExp(String.raw`\b(?:withdr[ae]wn?|pull(?:ed|s)|dropp(?:ed|ing)|scrapp(?:ed|ing)) (?:[\w-]+ ){0,3}(?:application|request|proposal|plans?|petition)\b.{0,80}\b(?:rezon\w*|${FACILITY})`, 'i') },
  // --- legal
  { type: 'legal', alt: [], name: 'lawsuit', re: /\b(?:sued|sues|suing|lawsuits?|class[- ]action|injunction|legal challenge|filed suit|(?:court|judge|tribunal|justices?)(?: has| have)? (?:ruled|blocked|ordered|cancell?ed|annulled|overturned|upheld|struck down|dismissed|suspended|rejected|threw out|sided with|granted|denied)|antitrust (?:case|suit)|settled (?:a|the) (?:lawsuit|case|suit))\b/i },
  // --- regulation
  { type: 'regulation', alt: [], name: 'permit requirement', re: /\b(?:will|would) require (?:a |an )?[\w -]{0,40}(?:permit|licen[cs]e|approval)s?\b/i },
  { type: 'regulation', alt: [], name: 'rule rescinded', re: /\b(?:rescind(?:ed|s|ing)?|scrapp(?:ed|ing)|repeal(?:ed|s)?|revok(?:ed|es))\b.{0,60}\b(?:rule|regulation|order|law|restrictions?|framework)\b/i },
  { type: 'regulation', alt: [], name: 'export control', re: /\b(?:export (?:controls?|restrictions?|curbs|rules?|licen[cs]es?)|restrict (?:shipments|exports|sales)|allowing .{0,40}\bto import\b|cleared the .{0,40}\bsale\b)/i },
  { type: 'regulation', alt: [], name: 'law-making', re: /\b(?:proposed (?:delaying|to delay|rules|a law|legislation)|(?:adopted|passed|approved|signed) (?:a |the )?(?:law|bill|legislation|ordinance|executive order)|executive order|signed into law|(?<!the )new rules|published its decision|issued (?:a |new )?(?:directive|guidance|rules)|obligations? .{0,40}\bhave applied\b|regulator(?:s)? (?:said|ruled|decided))\b/i },
  { type: 'regulation', alt: ['land_dispute'], name: 'siting rules', re: /\b(?:voted .{0,30}\bto allow data[ -]?cent(?:er|re)s|conditional use|zoning (?:rules|ordinance|code)|(?:call|exercise) for (?:data[ -]?cent(?:er|re) )?applications)\b/i, requires: ruleMaking },
  // --- shutdown
  { type: 'shutdown', alt: [], name: 'discontinued', re: /\b(?:shut(?:ting|s)? down|shutdown of|discontinu(?:e|ed|es|ing)|retir(?:e|es|ed|ing) (?:its|the|their)|sunset(?:s|ting|ted)?\b|pull(?:ed|s)? the plug|kill(?:ed|s|ing) (?:off )?(?:its|the|their|a)|abandon(?:ed|s|ing) (?:a|its|the|their|plans)|cancel(?:l?ed|s|ling) (?:its|the|their|a|plans)|shelv(?:e|ed|es|ing)|wind(?:ing)? down|phas(?:e|ed|es|ing) out|ditch(?:ed|es|ing))\b/i },
  { type: 'shutdown', alt: ['buildout'], name: 'paused or delayed', re: /\b(?:pushed back (?:the )?(?:completion|launch|opening|release)|delay(?:ed|s|ing) (?:the )?(?:completion|launch|opening|release|construction)|put (?:[^.;,]{1,80}? )?on hold|paus(?:ed|es|ing) (?:work|construction|the (?:launch|release|project))|indefinitely postponed)\b/i },
  // --- outage
  { type: 'outage', alt: [], name: 'service disruption', re: /\b(?:outages?(?! (?:tracker|map|monitor|page|site|reports?)\b)|disruptions?|went down|elevated error rates|service (?:was )?(?:down|disrupted|degraded)|downtime|unavailable for|partial recovery|full recovery|(?:knock(?:ed|ing|s)?|took|taken|tak(?:es|ing)) (?:[\w,'’-]+ ){0,6}offline|(?:knock(?:ed|ing|s)?|took|taken|tak(?:es|ing)) down (?:[\w'’-]+ ){0,3}(?:services?|sites?|websites?|apps?|sign-ins|logins|systems|networks?|platforms?|servers?)|disrupt(?:ed|ing|s) (?:[\w'’-]+ ){0,3}(?:services?|access|sign-ins|logins|traffic|operations|apps?|websites?))\b/i, requires: hasActor },
  // --- pricing
  { type: 'pricing', alt: [], name: 'price change', re: /\b(?:cut (?:the )?prices?|price cuts?|raised (?:\w+ ){0,3}prices?|(?:lowered|slashed|hiked|increased|reduced) (?:the )?(?:\w+ ){0,3}prices?|priced at|new (?:pricing|tier|plan)s?|usage limits|rate limits|cut the price)\b/i, requires: hasActor },
  // --- acquisition
  // "agreed on Monday to buy DigitalBridge": buying a company is a takeover; buying capacity or chips from one is a supply deal.
  { type: 'acquisition', alt: [], name: 'agreed takeover', re: /\b(?:agreed|agrees|agreement|deal|offer(?:ed|s)?|plans?|bid) (?:\w+ ){0,3}to (?:buy|acquire|purchase|take over) (?:(?:all|most|the rest|control) of )?/i, requires: orgFollows },
  { type: 'acquisition', alt: [], name: 'acquisition', re: /\b(?:acquir(?:e|es|ed|ing)\b|acquisition of|takeover|merg(?:e|er|ed|ing) with|(?:buy|bought|purchas(?:e|ed)) (?:the |a |its )?(?:\d+% )?stake)\b/i },
  // --- funding
  { type: 'funding', alt: [], name: 'capital raise', re: /\b(?:rais(?:ed|es|ing) \$|funding round|Series [A-K]\b|(?:priced|sold|issued) \$[\d.,]+\s*(?:bn|billion|m|million)? of (?:new )?(?:convertible )?(?:notes|shares|bonds|debt)|convertible notes|share sale|(?:a|its) round (?:valued|led)|initial public offering|\bIPO\b|confidential(?:ly)? (?:filing|submitted)|draft registration statement|went public|valued (?:the company )?at \$)/i },
  { type: 'funding', alt: ['partnership'], name: 'stake investment', re: /\binvest(?:s|ed|ing)? (?:up to |about |more than )?\$[\d.,]+\s*(?:bn|billion|m|million)? in /, requires: orgFollows, yieldsTo: ['partnership'] },
  // --- spend_plan
  { type: 'spend_plan', alt: [], name: 'capex plan', re: /\b(?:capital (?:expenditures?|spending|investments?)|capex|compute spending|spend(?:ing)? (?:roughly |about |more than |up to )?\$)/i, requires: hasMoney },
  { type: 'spend_plan', alt: ['buildout'], name: 'investment pledge', re: /(?:\b(?:will invest|plans? to invest|pledged(?: to invest)?|committed investment|investment of)|(?:[$€£]|\bRs\.? ?)[\d.,]+\s*(?:bn|billion|million|m|lakh crore|crore)? (?:plan|programme|program|investment))\b/i, requires: hasMoney },
  // --- buildout
  { type: 'buildout', alt: ['spend_plan'], name: 'site announced', re: new RegExp(String.raw`\b(?:named|unveil(?:ed|s)?|announc(?:ed|es)|pick(?:ed|s)|open(?:ed|s)|launch(?:ed|es)|break(?:s)? ground|broke ground|(?:will|may|could|might|would) build|plans? to build|to set up|to build|approv(?:ed|es)|rezon(?:ed|es)|awarded|expand(?:ed|s|ing)?)\b.{0,80}\b${FACILITY}\b|\b${FACILITY}\b.{0,60}\b(?:announced|unveiled|approved|opened)\b|\bawarded (?:\w+ ){0,3}\d[\d,.]* ?(?:MW|megawatts|GW|gigawatts)\b`, 'i'), requires: specificSite, yieldsTo: ['land_dispute', 'regulation'] },
  // --- energy
  { type: 'energy', alt: ['partnership'], name: 'power deal', re: /\b(?:power purchase agreement|PPA|restart (?:\w+ ){0,3}(?:nuclear|power|plant)|sell (?:most of )?its (?:output|power)|supply (?:\w+ )?power)\b/i },
  { type: 'energy', alt: ['land_dispute'], name: 'grid or water constraint', re: /\b(?:connect (?:new )?data[ -]?cent(?:er|re)s|grid connections?|connect to the grid|rights to connect|water (?:allowance|request|permit|use)|more water|rate (?:case|hike|increase)|power constraints?)\b/i },
  // --- partnership
  { type: 'partnership', alt: [], name: 'agreement', requires: (s, m) => twoParties(s) && recipientFollows(s, m), yieldsTo: ['regulation', 'buildout', 'acquisition', 'energy'], re: /\b(?:agreed (?:\w+ ){0,3}to (?:buy|supply|provide|sell|rent|lease|deploy)|will buy and deploy|(?:signed|struck|inked|reached|expanded) (?:a |an |its |their )?(?:\w+ ){0,3}(?:agreements?|deals?|contracts?|partnerships?|letters? of intent)|letter of intent|contract (?:worth|to supply|with)|(?:will|would) supply|supply (?:\w+ ){0,3}with|partner(?:ed|ing|s)? with|partnerships? with|deal (?:with|to)|alliance with|committed \$[\d.,]+\s*(?:bn|billion) to buy|under the \w+ deal|anchor customer|to supply \w+ with|teamed up)\b/i },
];

/** Rules that should not fire together: the first type wins over the second when both match. */
export const SUPPRESSES: Array<[EventType, EventType]> = [
  ['land_dispute', 'shutdown'],
  ['regulation', 'shutdown'],
  ['acquisition', 'partnership'],
  ['energy', 'partnership'],
  ['spend_plan', 'buildout'],
];

/**
 * Words a match of the pattern must contain (lower-cased when it ignores case): any of them, or null when
 * no such set can be read off the pattern. Read off the source: alternatives give the union of their sets,
 * a sequence the best of its literal runs and parts; classes, escapes, assertions and optional parts give none.
 */
export function requiredWords(re: RegExp): string[] | null {
  const src = re.source;
  const fold = re.flags.includes('i');
  let i = 0;
  const shortest = (ws: string[]) => Math.min(...ws.map((w) => w.length));
  const better = (a: string[] | null, b: string[] | null) => (!a ? b : !b ? a : shortest(b) > shortest(a) ? b : a);
  /** An optional quantifier after an atom: its minimum count (1 when there is none). */
  function quantifier(): number {
    const c = src[i];
    let min = 1;
    if (c === '?' || c === '*') { min = 0; i++; } else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
      if (!m) return 1;
      min = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (src[i] === '?') i++;
    return min;
  }
  function alternation(): string[] | null {
    const alts: Array<string[] | null> = [sequence()];
    while (src[i] === '|') { i++; alts.push(sequence()); }
    if (alts.some((a) => a === null)) return null;
    return [...new Set(alts.flat() as string[])];
  }
  function sequence(): string[] | null {
    let best: string[] | null = null;
    let run = '';
    const flush = () => { if (run) best = better(best, [run]); run = ''; };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i]!;
      if (c === '(') {
        i++;
        let look = false;
        if (src[i] === '?') {
          if (src[i + 1] === ':') i += 2;
          else if (src[i + 1] === '=' || src[i + 1] === '!') { i += 2; look = true; }
          else if (src[i + 1] === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) { i += 3; look = true; }
          else if (src[i + 1] === '<') i = src.indexOf('>', i) + 1;
          else throw new Error(`requiredWords: unsupported group in ${src}`);
        }
        const inner = alternation();
        if (src[i] !== ')') throw new Error(`requiredWords: unbalanced ${src}`);
        i++;
        const min = look ? 0 : quantifier();
        flush();
        if (!look && min >= 1) best = better(best, inner);
        continue;
      }
      let literal: string | null = null;
      if (c === '[') {
        i++;
        if (src[i] === '^') i++;
        if (src[i] === ']') i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '\\') {
        const e = src[i + 1]!;
        i += 2;
        if (/[.$^*+?()[\]{}|\\/\-&'’"“”!,:;#%@=<>~`]/.test(e)) literal = e;
        else if (e === 'u' || e === 'x' || e === 'c' || e === 'p' || e === 'P' || e === 'k') throw new Error(`requiredWords: unsupported escape in ${src}`);
      } else if (c === '.' || c === '^' || c === '$') i++;
      else { literal = c; i++; }
      const at = i;
      const min = quantifier();
      const ascii = literal !== null && literal.charCodeAt(0) < 128;
      if (ascii && i === at) { run += fold ? literal!.toLowerCase() : literal; continue; }
      flush();
      if (ascii && min >= 1) best = better(best, [fold ? literal!.toLowerCase() : literal!]);
    }
    flush();
    return best;
  }
  const words = alternation();
  if (i !== src.length) throw new Error(`requiredWords: could not read ${src}`);
  return words;
}

/**
 * A precheck that spares most rule patterns on most sentences: one scan of the lower-cased sentence finds
 * which rules' required words it holds, and only those rules' patterns run. The answer never changes: a
 * rule whose required words are all absent cannot match. Rules that keep case, or give no words, always run.
 */
const RULE_WORDS: Array<string[] | null> = EVENT_RULES.map((r) => (r.re.flags.includes('i') ? requiredWords(r.re) : null));
const ALL_WORDS = [...new Set(RULE_WORDS.flatMap((ws) => ws ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
/** Longest first, so at each position the scan reports the longest word starting there; the shorter ones are its prefixes. */
const ANY_WORD = new RegExp(`(?=(${ALL_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')}))`, 'g');
const PREFIX_WORDS = new Map(ALL_WORDS.map((w) => [w, ALL_WORDS.filter((p) => w.startsWith(p))]));
/** Per word found by the scan: the rules (by index) one of whose required words it holds, itself or a prefix of it. */
const RULES_OF_WORD = new Map(ALL_WORDS.map((w) => {
  const prefixes = new Set(PREFIX_WORDS.get(w));
  return [w, RULE_WORDS.flatMap((ws, k) => (ws !== null && ws.some((p) => prefixes.has(p)) ? [k] : []))];
}));
/** Rules that always run: they keep case or give no required words. */
const ALWAYS_TRIED = RULE_WORDS.map((ws) => ws === null);

/**
 * Which rules of EVENT_RULES (by index) may match the text: false only where the pattern cannot.
 * Tried and dropped: walking a trie of ALL_WORDS (a flat 128-way table) from each position instead of the
 * lookahead regex gave the same answers (45,815 bench and corpus sentences) but was no faster in a CPU
 * profile of bench:tag (the walk's time moved into articleFeatures: 5.3% -> 6.1% inclusive).
 */
export function rulesWorthTrying(text: string): boolean[] {
  const lower = text.toLowerCase();
  const worth = ALWAYS_TRIED.slice();
  ANY_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_WORD.exec(lower))) {
    for (const k of RULES_OF_WORD.get(m[1]!)!) worth[k] = true;
    ANY_WORD.lastIndex = m.index + 1;
  }
  return worth;
}
