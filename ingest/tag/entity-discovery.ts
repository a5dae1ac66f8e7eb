/**
 * Finds names the gazetteer does not know: capitalised sequences typed by
 * their suffix ("... Cooperative", "... County", "... Industrial Park"), their
 * context (a title before a person, a state after a town) and the
 * person-name reader (person-names.ts, compromise's name lists). Anything
 * it cannot type with confidence is dropped: a wrong entity pollutes the
 * site more than a missed one.
 *
 * Unknown organisations are typed from evidence in the article, not lists
 * (wt-ents; measured with the gazetteer's 350 non-major orgs removed,
 * TRACKER_GAZETTEER=no-orgs.json, CV entities F1 86.1 -> 87.8, normal 89.1
 * -> 89.7; CV events 66.2 -> 66.1, mean of seeds default/7/42;
 * test/eval/entity-misses.ts lists what is still
 * missed, by class):
 * a lone unknown word that acts as a company ("Nomura argued", also opening
 * a sentence when wink-lexicon does not know the word) or stands after
 * "analysts at", "shares of", "a stake in"; a 2-4-word name before a
 * company verb ("Halden Digital announced"); initials then a state or
 * country ("AEP Ohio"); "X Data Centers"; "X spokesperson Jane Roe". A
 * cue makes a person only of a name opening with a given name or a word
 * English does not know ("Related Digital", "Acme Robots" are no people).
 * Tried and left out: "unit of X" and
 * "parent X" as lone-brand cues (one entity more, CV events F1 -0.4 over
 * three seeds through the retrained event model); asking every cued person
 * for a given name the lexicon lists (ten real people lost, "Mukesh",
 * "Yoshimitsu": entities 89.4 -> 89.1); compromise's 235 Organization words
 * ("costco") read as no everyday word (one org more and one less under the
 * ablation, nothing in normal CV). Not solved: "Acme Widgets said"
 * stays a person when neither lexicon knows the plural ("widgets"); WordNet
 * would, but is not loaded at run time.
 *
 * Org heads learnt from the gazetteer (Gazetteer.orgHeads: a word closing two or more of its names, four in five of
 * them organisations', and an English word or short acronym: "Data", "Digital", "AI", "Computer", "Operator"), with
 * a guard for words that are also everyday words (no nationality, figure or connector before it, no verb opening a
 * sentence), and a name of 2-4 words after someone who works there ("a strategist at X"). Diagnosed on the written
 * articles (`npm run eval:entity-misses -- --written`, names no list knows): entities F1 there 83.4 -> 84.5. CV on the
 * corpus unchanged (entities 89.7, ablation 87.8; events 70.0 -> 69.9, ablation 67.3 -> 67.0, within seed noise);
 * `npm run eval:unseen` (writers nothing was fitted to): entities 81.3 -> 81.9, events 49.0 -> 52.1, their actors now found.
 * Then real places from the grammar around them: the town before "-based"/"-area" (entity-tokens.ts splits it off),
 * "In" opening a sentence, a region after another region and "and", "or" or a comma, two regions joined by "and"
 * (entities.ts): written 84.7 -> 85.1, corpus misses -3 and extras +1 (CV unchanged), eval:unseen entities 81.9 -> 82.4.
 * Then two names joined by "&" as one firm, and everyday firm heads (EVERYDAY_ORG_HEAD) under the learnt heads' guard,
 * which now also turns away an adjective opening a sentence: written 85.1 -> 85.7, corpus one miss less and one extra
 * more; CV events 69.9/69.7 -> 69.6/69.8 (seeds 20251129/7, noise), eval:unseen entities 82.4 -> 82.9, events 52.1 -> 52.9.
 */
import type { EntityType } from './types.ts';
import { tokenize, type Token } from './entity-tokens.ts';
import { lexiconTags } from './nlp.ts';
import { findPersonNames, isCommonWordOrName, isEverydayWord, isFirstName, type PersonNameRules } from './person-names.ts';
import { ISO_CODES } from './currency-names.ts';
import { ABBREVIATED_FORM, CLOSING_FORM, COMMA_FORM } from './legal-forms.ts';

export interface Candidate {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  surface: string;
  /** Set when the name came out of a longer span ("Mayor Jane Doe" -> "Jane Doe"). */
  rule: string;
}

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'la', 'le', 'von', 'van', 'der', 'den', 'bin', 'bint', 'al', 'the', 'en', 'y']);

/** Words that start sentences or headings and are not names. */
const FUNCTION_WORDS = new Set((
  'a an the this that these those its it he she they we you i our their his her my your there here ' +
  'however but and or so yet also then thus still meanwhile moreover instead while when where after before since until ' +
  'in on at by for from with without into onto over under about above across between among through during per via ' +
  'if as than because although though unless whether once not no yes all some any each every many most more much few ' +
  'last next first second third new other another such both either neither only just even ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'mr mrs ms dr prof sir read share related sign subscribe advertisement sponsored photo image video watch listen ' +
  'according analysts analyst officials company companies shares investors residents critics some several'
).split(' '));

/** A month or weekday name ("Nov.", "Tuesday"): capitalised, yet no name. */
export const MONTHS_AND_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

const ORG_HEAD = /^(Energy|Capital|Compute|Centers|Centres|Partners|Partnership|Development|Developments|Construction|Labs?|Technologies|Technology|Systems|Networks|Ventures|Bank|Fund|Foundation|Institute|Association|Coalition|Alliance|Council|Commission|Commissioners|Supervisors|Authority|Department|Division|Ministry|Agency|Administration|Board|Bureau|Office|University|College|School|Cooperative|Co-op|Utility|Utilities|Electric|Power|Communications|Media|News|Journal|Court|Party|Committee|Union|Trust|REIT|Industries|Solutions|Services|Infrastructure|Datacenters|Realty|Properties|Investments|Management|Advisors|Advisers|Securities|Research|Club|Society|Federation|Chamber|Exchange|Parliament|Senate|Assembly|Legislature|Army|Navy|Police|Airlines|Motors|Pharmaceuticals|Semiconductor|Semiconductors|Robotics|Mining|Assets|Developers|Enterprises|Commonwealth|Bancorp|Hospital|Regulator|Watch|Forum|Initiative|Opera|Orchestra|Museum|Church)$/;

/**
 * Everyday words that close many firms' names in this trade and in the press ("Basin Range Solar", "Hallett
 * Midstream", "Quabbin Valley Register"): as guarded as the heads learnt from the gazetteer, since each is also a word.
 */
const EVERYDAY_ORG_HEAD = /^(?:Solar|Storage|Renewables|Telecom|Telecommunications|Midstream|Hyperscale|Colo|Colocation|Transmission|Analytics|Advisory|Consulting|Ratings|Investors|Logistics|Tribunal|Register|Gazette|Herald|Tribune|GPU)$/;

/** Heads that name a site rather than an organisation. */
const PROJECT_HEAD = /^(Park|Campus|Plant|Station|Hub|Gigafactory|Cluster|Facility|Site|Reactor|Dam|Zone)$/;
/** Heads that name a product or service. */
const PRODUCT_HEAD = /^(Cloud|API|APIs|Chatbot|Assistant)$/;
const PROJECT_TWO_WORD = /^(Energy|Generating|Nuclear|Power|Data|Computing|Supercomputing|Innovation) (Center|Centre)$/;

/** Verbs that name a campaign by its demand. */
const CAMPAIGN_VERB = /^(?:Stop|Save|Protect|Preserve|Defend)$/;
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;

/** Inside quotation marks a demand is speech ("Stop the Data Center!" they chanted), not a group's name. */
function sentenceStartQuote(text: string, start: number): boolean {
  return /["“‘]\s*$/.test(text.slice(Math.max(0, start - 2), start));
}

const PLACE_HEAD = /^(County|Parish|Township|Province|Prefecture|Borough|Municipality|Valley)$/;

const TITLES = /^(Mayor|President|Vice President|CEO|Chief Executive|Chief Executive Officer|Chairman|Chairwoman|Chair|Chief|Founder|Co-founder|Cofounder|Director|Secretary|Commissioner|Councilman|Councilwoman|Councilor|Councillor|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Lt\. Gov\.|Judge|Justice|Attorney General|Minister|Prime Minister|Premier|Chancellor|Treasurer|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Professor|Sheikh|Prince|Crown Prince|King|Queen|Analyst|Investor|Economist|Republican|Democrat|Democratic|GOP|Strategist|Founder|Spokesperson|Spokesman|Spokeswoman|Supervisor|Administrator|Superintendent|Manager|Engineer|Lawyer|Attorney|Executive|Officer|Partner|CFO|CTO|COO|EVP|SVP|VP|Trustee|Village Trustee|Leader|Majority Leader|Minority Leader|Speaker|Delegate|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Selectman|Selectwoman|Clerk|Sheriff|Auditor|Comptroller|Councilmember|Council Member|Supervisor|Magistrate|Ambassador|Deputy|Inspector|Cr|Cllr|Datuk|Dato'|Dato’|Dato|Datin|Tan Sri|Puan Sri|Tun|Shri|Smt\.|Hon\.)$/;

/** First words of the titles, without full stops: a phrase starting with anything else is no title. */
const TITLE_FIRST_WORDS = new Set(TITLES.source.replace(/^\^\(|\)\$$/g, '').split('|').map((alt) => alt.split(' ')[0].replace(/\\\./g, '')));

/** Two humps at most: "DataOne", "GoFundMe"; "TodayInSenatePlenary" is a hashtag. */
function camel(w: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*(\p{Lu}\p{Ll}*)?$/u.test(w) && !CAMEL_STOP.has(w) && !/^(Mc|Mac|De|Di|Van|Le|La|O)\p{Lu}/u.test(w);
}

/** The kind of site after its name, maybe after what powers it: "campus", "data center", "nuclear station", "solar and battery project". */
const SITE_AFTER = /^\s+(?:(?:nuclear|solar|wind|gas|gas-fired|coal|hydro|battery|storage|and)\s+){0,3}(?:campus|data cent(?:er|re)|station|project)\b/;
/** Words that make a name a road's. */
const ROAD_WORD = /^(?:Avenue|Ave\.?|Road|Rd\.?|Street|St\.|Highway|Hwy\.?|Lane|Drive|Boulevard|Blvd\.?|Parkway|Route|Interstate|Pike|Turnpike|Freeway|Expressway)$/;
/** A number run into its unit: "250MW", "1.2GW", "500kV", "40MVA". */
const MEASURE = /^\d[\d.,]*(?:[kMGT]Wh?|MVA|[kM]V|[GTP]B|GHz|MHz|nm)$/;
/** A round, an offering or a loan, then who led it: "funding led by", "the offering was led by". */
const LED_BY_BEFORE = /\b(?:round|rounds|funding|financing|investment|offering|raise|placement|debt|loan|deal|consortium|syndicate|tranche)\s+(?:was\s+|were\s+|is\s+)?(?:co-)?led\s+by\s*$/i;

/** ISO currency codes as the money reader takes them (currency-names.ts). */
const CURRENCY_CODES = new Set(ISO_CODES);

/** Acronyms and shorthand that are never entities by themselves. */
const COMMON_CAPS = new Set(('AI GPU GPUs CPU CPUs TPU API APIs CEO CFO CTO COO IPO LLM LLMs ML MW GW kW KW TWh MWh GWh MVA ' +
  'ESG PPA PPAs FY Q1 Q2 Q3 Q4 EPS ARR GDP IRB PILOT LLC OK TV PC PCs IT HR PR US UK EU UN AM PM ET PT GMT UTC ' +
  'FAQ PDF URL HTML CSS JSON SQL SaaS IaaS PaaS NVL72 RAM HBM DRAM SSD HVAC EV EVs R&D M&A ' +
  'ETF ETFs SPV SPVs CDN NDA NDAs LOI MOU MoU EBITDA GAAP CAGR YoY KPI SLA SKU OEM ODM RFP ROI CAPEX OPEX TCO').split(' '));

export { ORG_HEAD };

export function isCapitalised(t: Token): boolean {
  if (!t.word) return false;
  // ASCII letters answer without a Unicode regex; this is asked for nearly every token.
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^[\p{Lu}]/u.test(t.text) || /^\p{N}+\p{Lu}/u.test(t.text);
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** True when the token starts a sentence, a paragraph or a heading. */
export function isSentenceInitial(text: string, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^["“‘'(\[]$/.test(tokens[j].text)) j--;
  if (j < 0) return true;
  if (/\n/.test(text.slice(tokens[j].end, tokens[i].start))) return true;
  return /^[.!?:;•·—–-]$/.test(tokens[j].text) || tokens[j].text === '|';
}

/** A line that reads as a heading: short, no closing punctuation, mostly capitalised. */
export function headingLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    // A line ending a sentence is no heading: most lines are paragraphs, so they are not split into words.
    const words = t && !/[.!?:;"”]$/.test(t) ? t.split(/\s+/).filter(Boolean) : [];
    if (t && words.length <= 10 && !/[.!?:;"”]$/.test(t)) {
      const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
      if (caps / words.length >= 0.6 && words.length >= 2) out.push([pos, pos + line.length]);
    }
    pos += line.length + 1;
  }
  return out;
}

export interface Span { first: number; last: number }

/** Maximal runs of capitalised tokens joined by connectors, not crossing punctuation or lines. */
export function capitalisedSpans(text: string, tokens: Token[], covered: Uint8Array): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !isCapitalised(tokens[i])) { i++; continue; }
    // @handles and #hashtags are not names in running text.
    if (i > 0 && /^[@#]$/.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start) { i++; continue; }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (gap.includes('\n') || gap.length > 1) break;
      if (covered[j]) break;
      // "Members of Stop the ...": a campaign's name starts its own span.
      if (isCapitalised(tokens[j]) && CAMPAIGN_VERB.test(tokens[j].text) && tokens[j + 1]?.text === 'the') break;
      if (isCapitalised(tokens[j])) { last = j; j++; continue; }
      // "St. Charles", "Ft. Worth", "Mt. Vernon": the abbreviation's full stop stays inside the name.
      if (tokens[j].text === '.' && gap === '' && /^(?:St|Ste|Ft|Mt|Pt|ST|STE|FT|MT|PT)$/.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1]) && text.slice(tokens[j].end, tokens[j + 1].start) === ' ') {
        j++;
        continue;
      }
      // "Brightwell Pte. Ltd.", "Acme Co. Ltd.": a legal form's full stop before another legal form stays inside the name.
      if (tokens[j].text === '.' && gap === '' && /^(?:Pte|Pty|Co|Corp|Inc|Sdn)$/.test(tokens[j - 1].text) && tokens[j + 1] && /^(?:Ltd|Limited|Bhd|LLC)$/.test(tokens[j + 1].text) &&
        text.slice(tokens[j].end, tokens[j + 1].start) === ' ') {
        j++;
        continue;
      }
      // "Ohio Manufacturers' Association": a plural's possessive apostrophe inside a body's name.
      if ((tokens[j].text === "'" || tokens[j].text === '’') && gap === '' && /s$/.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1]) &&
        text.slice(tokens[j].end, tokens[j + 1].start) === ' ' && ORG_HEAD.test(tokens[j + 1].text)) {
        j++;
        continue;
      }
      const lower = tokens[j].text.toLowerCase();
      // "Commission on Environmental Quality": "on" joins a body's head to its remit.
      if (lower === 'on' && ORG_HEAD.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1]) && !MONTHS_AND_DAYS.test(tokens[j + 1].text)) { j++; continue; }
      // "Stop the Saline Data Center", "Save the Bay": a campaign named by its demand keeps its "the".
      if (lower === 'the' && !(j - 1 === i && CAMPAIGN_VERB.test(tokens[i].text) && tokens[j + 1] && isCapitalised(tokens[j + 1])) && tokens[j - 1].text !== 'of') break;
      // "Smith & Sons", "Keswick Design + Construction": a plus joins a firm's name as an ampersand does.
      if ((CONNECTORS.has(lower) && tokens[j].word && /^\p{Ll}|^&$/u.test(tokens[j].text)) || tokens[j].text === '&' || (tokens[j].text === '+' && tokens[j + 1] && isCapitalised(tokens[j + 1]))) {
        j++;
        continue;
      }
      break;
    }
    spans.push({ first: i, last });
    i = last + 1;
  }
  return spans;
}

/** Who reads as a person: see person-names.ts. */
export interface PersonTags {
  /** True when [start, end) is (part of) one person's name. */
  covers(start: number, end: number): boolean;
}

const PERSON_RULES: PersonNameRules = {
  isTitle: (w) => TITLES.test(w),
  isNotNameWord: (w) => ORG_HEAD.test(w) || CLOSING_FORM.test(w) || PLACE_HEAD.test(w) || PROJECT_HEAD.test(w) || PRODUCT_HEAD.test(w) ||
    /^(Officer|Finals?|Cup|League|Awards?|Street|Avenue|Road|Lane|Drive|Boulevard|Highway|Parkway|Trail|Pike|Route|Center|Centre|Pavilion|Arena|Stadium|Hall|Theat(?:er|re)|Design|Studios?|Records|Festival|Productions|Entertainment|Pictures|Films)$/.test(w),
};

export function personTags(text: string, tokens: Token[] = tokenize(text)): PersonTags {
  let ranges: Array<[number, number]> | null = null;
  return {
    covers(start, end) {
      ranges ??= findPersonNames(text, tokens, PERSON_RULES);
      return ranges.some(([s, e]) => s <= start && end <= e + 1);
    },
  };
}

function insidePerson(tags: PersonTags, start: number, end: number): boolean {
  return tags.covers(start, end);
}

/** "Widgets", "Robotics": the plural of an everyday noun that is no given or family name ("Jones", "Roberts" are names). */
function isPluralNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || isFirstName(word) || isCommonWordOrName(word) && !isEverydayWord(word)) return false;
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  return tags[0] === 'NNS' || (tags.length === 0 && lexiconTags(lower.slice(0, -1))[0] === 'NN');
}

/**
 * "Inference", "Intelligence", "Analytics": an abstract noun (its ending says so, and English lists the word, if at all,
 * as a noun only) closes a firm's name, as a plural everyday noun does; a family name so ending ("Lawrence") is one
 * the name lists know. (person-names.ts COMMON_WORD_ENDING is the same idea for a name's first word, with endings such
 * as "-ing" and "-ship" that close firms' names less often than they open ordinary words.)
 */
function isAbstractNoun(word: string): boolean {
  if (word.length < 7 || !/^\p{Lu}\p{Ll}+(?:ence|ance|ity|ics|tion|sion|ment|ness|ogy)$/u.test(word)) return false;
  // A word the lexicon lacks may still be one ("Inference"); a name the name lists know is a name ("Lawrence").
  if (isCommonWordOrName(word) && !isEverydayWord(word)) return false;
  return lexiconTags(word.toLowerCase()).every((t) => t === 'NN' || t === 'NNS');
}

/** "Cleo King", "Diana Prince": a title word closing a name after a given name is a surname. */
function isSurnameTitle(words: Token[], i: number): boolean {
  return i === words.length - 1 && i > 0 && isFirstName(words[0]!.text);
}

function looksLikePersonName(words: Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (words.some((w, i) => (TITLES.test(w.text) && !isSurnameTitle(words, i)) || ORG_HEAD.test(w.text) || /^(Officer|Finals?|Cup|League|Awards?|Street|Avenue|Road|Lane|Drive|Boulevard|Highway|Parkway|Way|Court|Place|Trail|Pike|Route)$/.test(w.text))) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’\-]+(\p{Lu}[\p{Ll}]+)?$|^\p{Lu}\.?$|^(?:\p{Lu}\.){2,3}$|^(bin|al|de|van|von|der|da|di|la|le)$/u.test(w.text)) &&
    /^\p{Lu}\p{Ll}/u.test(words[words.length - 1].text);
}

/** Lower-case words that introduce a person's name ("analyst Jane Doe", "said Jane Doe"). */
const PERSON_CUE_BEFORE = /\b(plaintiff|defendant|trustee|neighbou?r|farmer|landowner|homeowner|organi[sz]er|activist|member|candidate|delegate|speaker|leader|clerk|sheriff|coach|pitcher|player|rider|author|writer|founder|analyst|investor|economist|executive|chief executive|founder|co-founder|president|director|partner|professor|researcher|resident|residents|lawyer|attorney|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|official|minister|secretary|senator|governor|mayor|judge|commissioner|councilman|councilwoman|manager|engineer|scientist|officer|head|leader|star|singer|artist|said|says|told|according to)\s*,?\s*$/i;
/** "the head of engineering, ", "its director of policy, ": a role of something, then the name in apposition. */
const ROLE_OF_BEFORE = /\b(?:head|director|chief|vice president|president|professor|minister|secretary|manager|chair|dean)\s+of\s+(?:\p{Ll}[\p{Ll}&'’-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s*$/u;
/** "alderman ", "co-founders ", "general counsel, ": a title (TITLES) written in lower case, or its plural, just before. */
function lowerCaseTitleBefore(before: string): boolean {
  const m = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*)\s*,?\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1]!;
  const title = (w: string) => TITLES.test(w.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase()));
  return title(word) || (word.endsWith('s') && title(word.slice(0, -1))) || /^counsel$/.test(word);
}
/** What follows a person's name: a verb of saying, or an apposition with a role. */
const PERSON_CUE_AFTER = /^(,?\s+(said|says|told|wrote|writes|added|noted|argued|explained|warned|replied|responded|asked|called|testified)\b|,\s+(a|an|the)?\s*(former\s+|then-)?(chief|president|founder|co-founder|director|head|spokes\w*|analyst|partner|professor|ceo|cfo|cto|coo|chair\w*|member|vice|senior|general|managing|executive|resident|lawyer|attorney|economist|researcher|who|whose)\b)/i;
/** Lower-case words that introduce an organisation's name ("the group Sustain SJ"). */
const ORG_CUE_BEFORE = /\b(the|a|an)\s+(group|company|firm|startup|start-up|developer|nonprofit|non-profit|organization|organisation|coalition|fund|investor|lender|bank|utility|operator|chipmaker|provider|outlet|newspaper|broadcaster|agency|consultancy|manufacturer|band|campaign|cooperative|co-op)\s*$/i;
/**
 * A kind of organisation in apposition before a name, with the modifiers a
 * news style puts before it and no article: "construction firm Acme", "French
 * state bank Acme", "planning consultants Acme", "its Polish studio Acme".
 * Only nouns that name organisations (not roles of people: "developer" may be
 * a person's job, so it needs a modifier that says which kind).
 */
/** Nationality adjectives: "a Danish utility"; no name opens with one ("Chinese AI" is no company). */
const NATIONALITY_WORDS = 'French|German|British|Dutch|Danish|Swedish|Norwegian|Finnish|Polish|Italian|Spanish|Portuguese|Brazilian|Mexican|Canadian|American|Japanese|Chinese|Korean|Indian|Australian|Irish|Swiss|Austrian|Belgian|Israeli|Saudi|Emirati|Qatari|Vietnamese|Thai|Malaysian|Singaporean|Indonesian|Chilean|Argentine|Colombian|Turkish|Greek|Czech|Hungarian|Romanian|Ukrainian|Russian|Taiwanese|Nigerian|Kenyan|Egyptian|Moroccan|Pakistani|Filipino|Peruvian|Icelandic|Estonian|Latvian|Lithuanian|Welsh|Scottish|English|Nordic|Scandinavian|Baltic|Arab|Arabic|European|African|Asian';
const NATIONALITY = new RegExp(`^(?:${NATIONALITY_WORDS})$`);
/** The kinds of organisation such a modifier may close on. */
const ORG_KINDS = 'firm|bank|lender|utility|operator|group|company|consultancy|consultants|solicitors|studio|society|insurer|retailer|contractor|builder|maker|chipmaker|manufacturer|startup|start-up|developer|investor|fund|regulator|watchdog|broadcaster|publisher|cooperative|provider|supplier|house|distributor|reseller|vendor|wholesaler|exporter|importer|integrator|outfit|carrier|telco|hyperscaler|neocloud|lab';
/** What may modify the kind: a lower-case word, a nationality or a well-known place ... */
const KIND_MODIFIER = String.raw`[\p{Ll}][\p{Ll}-]*\s+|(?:${NATIONALITY_WORDS}|Dubai|Abu Dhabi|US|U\.S\.|UK|EU)\s+`;
/** ... a firm's seat made an adjective ("Guadalajara-based developer") ... */
const SEAT_MODIFIER = String.raw`\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?-(?:based|area|headquartered|registered|listed)\s+`;
/** ... or a place's name, only before the kinds that are never a person's job ("Jakarta start-up", "the Monterrey cloud provider"). */
const PLACE_MODIFIER = String.raw`\p{Lu}[\p{L}'’]+(?:\s\p{Lu}[\p{L}'’]+)?\s+(?=(?:[\p{Ll}-]+\s+){0,2}(?:firm|startup|start-up|provider|operator|maker|house)\s*$)`;
const ORG_KIND_BEFORE = new RegExp(String.raw`(?:^|[\s(,;:])(?:(?:the|a|an|its|their)\s+)?(?:${KIND_MODIFIER}|${SEAT_MODIFIER}|${PLACE_MODIFIER}){1,3}(?:${ORG_KINDS})\s*$`, 'u');
/**
 * Kinds of organisation that open no company's name ("Bank", "Group" and "Fund" do), and the parties of a filing, a
 * case or a sale ("Applicant", "Plaintiff", "Bidder"), capitalised as a sentence's first word before the name.
 */
const ORG_KIND_OPENER = /^(?:Operator|Consultancy|Consultants|Developer|Utility|Lender|Insurer|Retailer|Contractor|Builder|Chipmaker|Manufacturer|Startup|Start-up|Investor|Regulator|Watchdog|Broadcaster|Publisher|Automaker|Landlord|Applicant|Appellant|Petitioner|Plaintiffs?|Defendants?|Respondent|Claimant|Complainant|Objector|Landowner|Bidder|Buyer|Seller|Tenant)$/;
/** The same in apposition after the name: "Acme, the investment firm founded by ...", "Acme, a unit of Globex". */
const ORG_KIND_AFTER = /^,\s+(?:the|a|an|its)\s+(?:[\p{Ll}][\p{Ll}-]*\s+|\p{Lu}[\p{L}-]*\s+){0,3}(?:firm|company|bank|lender|utility|operator|group|consultancy|studio|insurer|retailer|contractor|builder|maker|chipmaker|manufacturer|startup|start-up|subsidiary|unit|arm|division|affiliate|vehicle|fund|regulator|watchdog|publisher|cooperative)\b(?!\s*['’])/u;
/** Lower-case heads after a site's name ("Plhus logistics park", "India South Central cloud region"). */
const PROJECT_AFTER = /^\s+(cloud region|logistics park|industrial park|business park|technology park|data cent(?:er|re) campus|power plant|nuclear plant|gigafactory|supercomputer|cluster)\b/i;
/** Words after which a capitalised name is a place ("near Palo", "outside Narvik"). */
const PLACE_CUE_BEFORE = /\b(near|outside|town of|village of|city of|municipality of|suburb of|county seat of|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s*$/i;
/** Well-known CamelCase words that are not company names. */
const CAMEL_STOP = new Set(['DevOps', 'MLOps', 'FinOps', 'JavaScript', 'TypeScript', 'PowerPoint', 'PostgreSQL', 'MySQL', 'NoSQL', 'GraphQL', 'WiFi', 'PhD', 'McDonald', 'MacBook', 'iPad', 'eBay', 'YouTube', 'LinkedIn', 'GitHub', 'OpenAPI', 'FastAPI', 'PyTorch', 'TensorFlow', 'NumPy', 'ChatBot']);
/** Words of a dateline or kicker that are not places. */
const DATELINE_STOP = /^(UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|WATCH|LIVE|NEW|FILE|PHOTO|VIDEO|PODCAST|EDITORIAL|REVIEW|NOTE|CORRECTION|SPONSORED|ADVERTISEMENT)$/;

export interface RealPlace {
  name: string; kind: 'locality' | 'county' | 'region' | 'country'; countryCode: string; population: number | null;
  /** The largest town of the name, when a region outranks it ("Fukushima": the prefecture, and a city of 290,000). */
  townPopulation?: number | null;
}

/** Words before a name that make it a place: "in", "near", "outside", "from". */
const PLACE_PREPOSITION = /\b(?:[Ii]n|near|nearby|outside|from|across|around|at|north of|south of|east of|west of|town of|city of|village of|(?:edge|edges|outskirts|suburbs|centre|center|heart|port|region|province|state|municipality|mayor|governor|residents|people|citizens) of)\s*$/;
/** A lower-case word after a name that says what kind of place it is: "the Essonne department", "the Gauteng region". */
const PLACE_NOUN_AFTER = /^\s+(?:region|province|department|prefecture|state|district|municipality|commune|county|valley|basin|area|metro area|suburb|capital)\b/;
/** A place's name used as a modifier of the people or bodies it has: "Tarboro officials", "the Niigata governor". */
const PLACE_PEOPLE_AFTER = /^\s+(?:officials|leaders|residents|voters|lawmakers|legislators|authorities|governor|mayor|councillors|council members|planners|police|homeowners|taxpayers|ratepayers)\b/;
/**
 * A lower-case council that only a town has ("municipal council", "town board", "plan commission", "trustees"): the mark
 * that an unknown name is a town's. Narrower than local-bodies.ts' lists, which also hold a county's or a state's bodies.
 */
const LOCAL_BODY_AFTER = /^\s+(?:(?:town|municipal|parish|district|village|borough|shire|city)\s+(?:council|board)|plan(?:ning)? commission|(?:township\s+)?trustees|selectboard|select board|board of aldermen)\b/;
/** A council, a site or land, then where it is: "the council in", "a campus at", "400 acres near". */
const SITED_IN_BEFORE = /\b(?:council|municipality|commune|town|village|campus|site|plant|facility|data cent(?:er|re)s?|residents|farmers|landowners|land|hectares|acres|homes|substation)\s+(?:in|at|near|outside)\s*$/i;
/** An apposition headed by an agent noun: ", a regional hydropower producer", ", the Denver developer". */
const AGENT_APPOSITION = /^,\s+(?:the|a|an)\s+((?:[\p{L}][\p{L}-]*\s+){0,4}[\p{L}][\p{L}'’-]*)/u;
/** An agent noun of the apposition: "-er" or "-or" ("producer", "operator"), not "hydropower" before its head. */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or)$/u;
/** Words in -er and -or that name no one who makes or runs anything. */
const NOT_AGENTS = new Set(['former', 'other', 'order', 'matter', 'number', 'letter', 'quarter', 'corridor', 'floor', 'border', 'member', 'neighbor', 'neighbour', 'partner', 'center', 'water', 'power', 'paper', 'river', 'sector', 'factor', 'error', 'major', 'minor', 'mother', 'father', 'daughter', 'sister', 'brother', 'author', 'actor', 'doctor', 'senator', 'governor', 'mayor', 'professor', 'director', 'officer', 'lawyer', 'leader', 'reporter', 'writer', 'speaker', 'teacher', 'farmer', 'worker', 'voter', 'customer', 'user', 'founder', 'manager', 'engineer', 'researcher', 'player', 'singer', 'rider', 'owner']);
/** What a firm does, in a relative clause: ", which designs ...", ", which sells ...". */
const FIRM_WHICH_AFTER = /^,\s+which\s+(?:makes|designs|sells|builds|operates|runs|develops|provides|offers|owns|supplies|manufactures|leases|rents|hosts)\b/;
/** A locality this large is named as itself even without a preposition ("Atlanta-area", "Doha's"). */
const PROMINENT_LOCALITY = 100_000;
/**
 * A city this large is the place its name means even where a list of given and family names also holds the word
 * ("Santiago", "Sapporo", "Guadalajara"): news names a city of a million more often than a person by one name.
 */
export const MAJOR_CITY = 1_000_000;

/** "in Oxfordshire or Northumberland", "Hesse, Bavaria", "Lakeville, Faribault": a real place named just before, then "and", "or" or a comma. */
function placeBeforeConjunction(ctx: SpanContext, before: string): boolean {
  const m = /(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s*|\s+(?:and|or)\s+)$/u.exec(before);
  if (!m || !ctx.realPlace) return false;
  const p = ctx.realPlace(m[1]!);
  return p != null;
}

/** A state, province or country named just before, then "and" or "or": "Hokkaido and ...". */
function regionBeforeConjunction(ctx: SpanContext, before: string): boolean {
  const m = /(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:and|or)\s+$/u.exec(before);
  const kind = m ? ctx.realPlace?.(m[1]!)?.kind : undefined;
  return kind === 'region' || kind === 'country';
}

/**
 * A name the gazetteer of real places knows is a place: states, counties and
 * countries whenever they are named; towns when the grammar says place (after
 * "in", "near", "from"; before ", State"), when the name has two words or
 * more, or when the town is large. People named like towns ("Chandler",
 * "Austin") are left to the person rules.
 */
function realPlaceOf(ctx: SpanContext, names: string[], surface: string, before: string, after: string, sentenceStart: boolean, personLike: boolean): string | null {
  if (!ctx.realPlace) return null;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  // Postal codes ("TX") only as the state after a town: "Austin, TX".
  if (/^\p{Lu}{2}$/u.test(letters) && !/,\s*$/.test(before)) return null;
  const place = ctx.realPlace(surface);
  if (!place) return null;
  // A town, or a region abroad, is named as the text names it ("Hokkaido", not the list's "Hokkaidō Prefecture"); a US
  // state or a country by its full name ("Calif." is California).
  const asWritten = place.kind === 'locality' || (place.kind === 'region' && place.countryCode !== 'US');
  const name = asWritten ? (isAllCaps(surface) && letters.length > 3 ? titleCase(surface) : surface) : place.name;
  // Countries, US states and counties are places wherever they are named; a foreign province needs the cues a town needs.
  if (place.kind === 'country' || place.kind === 'county' || (place.kind === 'region' && place.countryCode === 'US')) return personLike ? null : name;
  if (personLike) return null;
  const parent = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(after);
  const parentPlace = parent ? ctx.realPlace(parent[1]!) : null;
  // "Santiago-based developer ...": where a firm is based is a place, at a sentence's start as anywhere (no one is "-based").
  const based = /^-(?:based|area|headquartered|registered|incorporated)\b/.test(after);
  if (based) return name;
  // "Hokkaido and Kyushu": a region or country coordinated with another name is named as a place.
  const coordinated = place.kind !== 'locality' && /^\s+(?:and|or)\s+\p{Lu}/u.test(after);
  // "across the Piedmont", "in the Midlands": a region after a preposition and "the" (a town so placed is mostly
  // something else's: "in the Chandler case").
  const regionAfterThe = place.kind !== 'locality' && /\b(?:[Ii]n|across|throughout|around|from|near) the\s*$/.test(before);
  const cued = PLACE_PREPOSITION.test(before) || regionAfterThe || placeBeforeConjunction(ctx, before) || coordinated || (parentPlace != null && parentPlace.kind !== 'locality') || /^\s+(?:County|City|Town|Township|Village)\b/.test(after) || PLACE_NOUN_AFTER.test(after);
  if (cued && !sentenceStart) return name;
  // The noun after says place wherever the name stands, a sentence's first word included ("Tarboro officials said"),
  // unless the name is one everyday word ("City officials").
  if (PLACE_PEOPLE_AFTER.test(after) && !(names.length === 1 && isEverydayWord(names[0]!))) return name;
  if (names.length >= 2 && !sentenceStart) return name;
  // A lone word that is also an everyday word or a person's name needs the grammar's word for it.
  if (names.length === 1 && isCommonWordOrName(names[0]!) && (place.population ?? 0) < MAJOR_CITY) return null;
  if (Math.max(place.population ?? 0, place.townPopulation ?? 0) >= PROMINENT_LOCALITY && !sentenceStart) return name;
  return null;
}

export interface SpanContext {
  persons: PersonTags;
  headings: Array<[number, number]>;
  isKnownPlace: (s: string) => boolean;
  /** The most prominent real place of this name (ingest/places), if any. */
  realPlace?: (s: string) => RealPlace | null;
  /** True when the gazetteer already names exactly [start, end): typing it again is wasted work. */
  isGazetteerSpan?: (start: number, end: number) => boolean;
  /** Last words the gazetteer's names say close an organisation's name (Gazetteer.orgHeads). */
  orgHeads?: Set<string>;
}

// Module-level, not closures inside classifySpan: tsx keeps function names, which costs a call per closure made.
/** "New" opens place names ("New Castle County", "New South Wales"); only a "New" before a lower-case word is the adjective. */
function keepsNew(tokens: Token[], k: number, last: number): boolean {
  return tokens[k].text === 'New' && k < last && isCapitalised(tokens[k + 1]);
}
/** Words of a page's furniture ("Related:", "Watch", "Photo") that may also open a company's name. */
const PAGE_WORDS = /^(?:Related|Read|Share|Sign|Subscribe|Photo|Image|Video|Watch|Listen)$/;
/** "Related Digital said": mid-line, a page word before another capitalised word opens a name, not a link list. */
function keepsPageWord(text: string, tokens: Token[], k: number, last: number): boolean {
  return k < last && PAGE_WORDS.test(tokens[k].text) && !(k === 0 || /\n\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)));
}
/** "the Second Environmental Court", "Ninth Circuit Court": an ordinal opening a body's name is part of it. */
function keepsOrdinal(tokens: Token[], k: number, last: number): boolean {
  return ORDINAL.test(tokens[k].text) && k < last && ORG_HEAD.test(tokens[last].text);
}

/**
 * Types a span, after trimming sentence-initial function words and titles.
 * Returns null when the span is not confidently an entity.
 */
export function classifySpan(text: string, tokens: Token[], span: Span, ctx: SpanContext): Candidate | null {
  let { first, last } = span;
  // Leading function words ("The", "However") and months are not part of names.
  while (first <= last && !keepsNew(tokens, first, last) && !keepsOrdinal(tokens, first, last) && !keepsPageWord(text, tokens, first, last) && (FUNCTION_WORDS.has(tokens[first].text.toLowerCase()) || CONNECTORS.has(tokens[first].text) || MONTHS_AND_DAYS.test(tokens[first].text))) first++;
  while (last >= first && (CONNECTORS.has(tokens[last].text.toLowerCase()) || tokens[last].text === 'on' || MONTHS_AND_DAYS.test(tokens[last].text))) last--;
  // "Atlanta-based TPA Group": the place made an adjective is not part of the name.
  while (first < last && /-(?:based|area|born|headquartered|registered|listed|incorporated)$/.test(tokens[first].text)) first++;
  // "Operator Beacon Colocation said": at a sentence's start, the kind of organisation is the apposition written in
  // lower case elsewhere ("operator Beacon Colocation"), not the first word of the name.
  const kindOpened = first < last && ORG_KIND_OPENER.test(tokens[first].text) && isSentenceInitial(text, tokens, first);
  if (kindOpened) first++;
  if (first > last) return null;

  let titled = false;
  // "Mayor Jane Doe", "Council President Jane Doe": the title is context, not name.
  for (let k = Math.min(last - 1, first + 4); k >= first; k--) {
    for (let b = first; b <= k; b++) {
      // "Co-founders Jane Roe and ...": a title in the plural too.
      const plural = b === k && b === first && tokens[b].text.endsWith('s') && !ORG_HEAD.test(tokens[b].text) && TITLES.test(tokens[b].text.slice(0, -1)) &&
        /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
      if (!TITLE_FIRST_WORDS.has(tokens[b].text) && !plural) continue;
      const phrase = tokens.slice(b, k + 1).map((t) => t.text).join(' ').replace(/ \./g, '.');
      if ((TITLES.test(phrase) || plural) && (b === first || tokens.slice(first, b).every((t) => /^\p{Lu}/u.test(t.text)))) {
        let rest = tokens.slice(k + 1, last + 1);
        // "District Judge Celia Armbruster of the Northern District": a titled person's name ends before the "of" that says whose.
        const of = rest.findIndex((t) => t.text === 'of');
        if (of >= 2 && looksLikePersonName(rest.slice(0, of))) rest = rest.slice(0, of);
        // "Beignet Investor LLC", "Air Justice Coalition": a title word inside a company's name leaves a legal suffix or a head, not a person.
        const restIsName = rest.length > 0 && !CLOSING_FORM.test(rest[rest.length - 1]!.text) && !ORG_HEAD.test(rest[rest.length - 1]!.text);
        if (rest.length >= 1 && rest.length <= 4 && restIsName) { first = k + 1; last = k + rest.length; titled = true; }
        break;
      }
    }
    if (titled) break;
  }
  // "Minister of State for ...": what follows a stripped title never opens with a connector.
  while (first <= last && CONNECTORS.has(tokens[first].text)) first++;
  if (first > last) return null;

  const words = tokens.slice(first, last + 1);
  const start = words[0].start;
  const end = words[words.length - 1].end;
  if (ctx.isGazetteerSpan?.(start, end)) return null;
  const surface = text.slice(start, end);
  const names = words.map((w) => w.text);
  const lastWord = names[names.length - 1];
  // "a 250MW campus", "the 1.2GW plan": a figure written with its unit is a quantity, never a name.
  if (names.length === 1 && MEASURE.test(surface)) return null;
  const sentenceStart = isSentenceInitial(text, tokens, first) && !titled;
  const inHeading = ctx.headings.some(([s, e]) => start >= s && end <= e);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  // "Arcadia Land Co.", "Vadata Inc.": an abbreviated legal form keeps its full stop, which the tokens leave out.
  const fullName = ABBREVIATED_FORM.test(surface) && text[end] === '.' ? `${surface}.` : surface;
  const mk = (type: EntityType, rule: string, name = fullName): Candidate => ({ name: normaliseName(name), type, start, end, surface, rule });

  if (inHeading) return null;
  if (names.every((n) => COMMON_CAPS.has(n))) return null;
  // "Nordic operators", "Arabic-language": a people's or a region's adjective alone names no one.
  if (names.length === 1 && NATIONALITY.test(names[0]!)) return null;
  // "NOK 4bn", "SAR 3.8 billion": a currency's code before a figure is the money's unit, not a name.
  if (names.length === 1 && CURRENCY_CODES.has(names[0]!) && /^\s*\d/.test(after)) return null;
  // "World Cup-style", "Apple-designed": a compound adjective, not a name, when a word it modifies follows. Not a given
  // name in two parts at the end of a clause ("the chief executive, Park Jae-won.").
  if (/-\p{Ll}+$/u.test(lastWord) && !/^\s*(?:[.,;:)"”]|$)/.test(after)) return null;

  const dateline = datelinePlace(text, tokens, first, last);
  if (dateline) return mk('place', 'dateline', dateline);

  // A campaign named by its demand ("Stop the Saline Data Center", "Protect Franklin Township") is a group of people: an org.
  if (names.length >= 2 && CAMPAIGN_VERB.test(names[0]!) && !sentenceStartQuote(text, start)) return mk('org', 'campaign');

  // "the Ninth Circuit", "the D.C. Circuit": a federal appeals court.
  if (names.length >= 2 && lastWord === 'Circuit' && /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.?C\.?)$/.test(names[names.length - 2]!)) return mk('org', 'appeals-circuit');
  // "Banco Alameda", "Banque Ferrand": a bank's name opens with the word for bank in the Romance languages.
  if (names.length >= 2 && names.length <= 4 && /^(?:Banco|Banca|Banque)$/.test(names[0]!)) return mk('org', 'bank-prefix');
  // "Friends of Tanner Creek", "Friends of the Irish Environment": a group named for what it stands up for.
  if (names.length >= 3 && names[0] === 'Friends' && names[1] === 'of') return mk('org', 'friends-of');

  const hasConnector = names.some((n) => CONNECTORS.has(n.toLowerCase()));
  // County, parish, township: the place; a board or commission of it is an org (caught below).
  if (names.length >= 2 && PLACE_HEAD.test(lastWord) && !hasConnector) return mk('place', 'place-suffix');
  if (names.length >= 3 && names[0] === 'City' && names[1] === 'of') return mk('place', 'city-of', names.slice(2).join(' '));

  if (names.length >= 2 && PROJECT_TWO_WORD.test(names.slice(-2).join(' '))) return mk('project', 'project-suffix');
  if (names.length >= 2 && names[0] === 'Project') return mk('project', 'project-prefix');
  if (names.length >= 2 && PROJECT_HEAD.test(lastWord)) return mk('project', 'project-suffix');
  if (PROJECT_AFTER.test(after) && !sentenceStart && names.length <= 4) return mk('project', 'project-lowercase-head');
  // "Acme Cloud said": a brand's cloud is its cloud business, an org; "Sovereign Public Cloud", all everyday words, is an offering.
  if (names.length === 2 && lastWord === 'Cloud' && !isCommonWordOrName(names[0]!)) return mk('org', 'brand-cloud');
  if (names.length >= 2 && PRODUCT_HEAD.test(lastWord)) return mk('product', 'product-suffix');

  // "Pell & Voss", "Harrowgate & Finch": partners' names joined by an ampersand name their firm.
  if (names.length === 3 && names[1] === '&' && [names[0]!, names[2]!].every((n) => /^\p{Lu}\p{Ll}/u.test(n) && !FUNCTION_WORDS.has(n.toLowerCase()) && !MONTHS_AND_DAYS.test(n)) &&
    !ctx.realPlace?.(names[0]!)) return mk('org', 'ampersand');
  // "Congaree Power & Light", "Tidewater Gas & Electric": a firm's head word joined by an ampersand to another names the firm.
  const amp = names.indexOf('&');
  if (amp >= 2 && amp === names.length - 2 && ORG_HEAD.test(names[amp - 1]!) && names.every((n, k) => k === amp || /^\p{Lu}/u.test(n))) return mk('org', 'ampersand-head');
  // A head learnt from the gazetteer's names ("... Data", "... AI") asks more of the words before it, since it is also an
  // everyday word: capitalised names, no figure, no connector, no nationality ("Chinese AI"), no verb or adjective opening a sentence ("Can AI", "Cheap Solar").
  if (names.length >= 2 && !ORG_HEAD.test(lastWord) && !CLOSING_FORM.test(lastWord) && (ctx.orgHeads?.has(lastWord) || EVERYDAY_ORG_HEAD.test(lastWord))) {
    const lead = names.slice(0, -1);
    if (lead.every((n) => /^\p{Lu}[\p{L}&'’.]*(?:-\p{Lu}[\p{L}]*)*$/u.test(n) && !FUNCTION_WORDS.has(n.toLowerCase()) && !NATIONALITY.test(n)) &&
      !(sentenceStart && lexiconTags(lead[0]!.toLowerCase()).some((t) => /^(?:VB|MD|JJ)/.test(t)) && !namedMidSentence(text, lead.join(' ')))) return mk('org', 'org-head-learnt');
  }
  if (names.length >= 2 && (CLOSING_FORM.test(lastWord) || ORG_HEAD.test(lastWord))) {
    if (sentenceStart && names.length === 2 && FUNCTION_WORDS.has(names[0].toLowerCase())) return null;
    // "Vantage Data Centers" runs many sites, a company; "Data Centers" alone is the words for them.
    if (/^Cent(?:er|re)s$/.test(lastWord) && names.length < 3) return null;
    return mk('org', 'org-suffix');
  }
  if (names.length >= 3 && /^(Department|Ministry|Bureau|Office|Commission|Council|Board|Authority|Agency|University|Institute|Bank|Court|Instituto|Ministerio|Agencia|Consejo|Comisión|Banco|Fondo|Autoridad|Universidad|Ayuntamiento|Gobierno|Junta|Confederación|Ministère|Institut|Conseil|Agence|Banque)$/.test(names[0]) && CONNECTORS.has(names[1].toLowerCase())) {
    return mk('org', 'org-prefix');
  }

  // "Arkansas Department of Parks and Heritage", "Oregon Center for Rural Water Advocacy": a body's head word then its remit.
  if (names.length >= 3 && names.slice(0, -1).some((n, k) => k > 0 && (ORG_HEAD.test(n) || /^(?:Center|Centre)$/.test(n)) && /^(?:of|for|on)$/.test(names[k + 1]!))) {
    // "Secretary of the Department of ...": the title is not part of the body's name.
    if (TITLES.test(names[0]!) && names[1] === 'of') return null;
    return mk('org', 'org-head-remit');
  }
  // "Southern Environmental Law Center": a centre of law, policy or research is an organisation, not a site.
  if (names.length >= 2 && /^(?:Center|Centre)$/.test(lastWord) && /^(?:Law|Legal|Policy|Research|Justice|Studies|Advocacy|Action|Rights|Resource|Resources|Information|Innovation|Ethics)$/.test(names[names.length - 2]!)) {
    return mk('org', 'org-centre');
  }

  // "in Santa Teresa", "in Villanueva de Gállego": a name after "in" is a place, whatever the tagger says.
  if (/\b([Ii]n|near|outside)\s*$/.test(before) && !/^['’]s\b/.test(after) && !titled && !sentenceStart &&
    names.length <= 4 && /^\p{Lu}\p{Ll}/u.test(names[0]) && !names.some((n) => ORG_HEAD.test(n) || CLOSING_FORM.test(n) || PROJECT_HEAD.test(n) || /^(Project|Center|Centre|Arena|Stadium|Hall)$/.test(n)) &&
    (names.length > 1 || insidePerson(ctx.persons, start, end))) {
    return mk('place', 'place-after-in');
  }

  // "the Norrvik municipal council", "Brenholt town council": a council of a town, district or parish belongs to a
  // place, whether or not the lists know the place (entities.ts then names the council itself).
  if (!titled && names.length <= 3 && /^\p{Lu}\p{Ll}/u.test(names[0]!) && LOCAL_BODY_AFTER.test(after) &&
    !names.some((n) => ORG_HEAD.test(n) || CLOSING_FORM.test(n))) return mk('place', 'place-of-council');
  // "The municipal council in Norrvik", "a campus at Skarvneset": where a council sits or a site is built is a place,
  // as "a stake in X" is a company; one word no list knows, and no person's name.
  if (!titled && !sentenceStart && names.length <= 2 && SITED_IN_BEFORE.test(before) && !/^['’]s\b/.test(after) && names.every((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && !ORG_HEAD.test(n) && !CLOSING_FORM.test(n)) &&
    !insidePerson(ctx.persons, start, end) && !ctx.isGazetteerSpan?.(start, end)) return mk('place', 'place-of-site');

  if (!titled) {
    const personLike = insidePerson(ctx.persons, start, end) || (looksLikePersonName(words) && (PERSON_CUE_AFTER.test(after) || PERSON_CUE_BEFORE.test(before)));
    const place = realPlaceOf(ctx, names, surface, before, after, sentenceStart, personLike);
    if (place) return mk('place', 'real-place', place);
    // "the Sawyer Creek campus", "its Larch Point station", "the planned Kettle Point solar and battery project": a name no
    // list knows as a place, before the kind of site it names, is the site's (extraction.md: named campuses and plants are
    // projects). Two words or more: one word before a site is mostly its owner ("the Tract data center") or its town.
    if (names.length >= 2 && names.length <= 3 && !personLike && SITE_AFTER.test(after) && names.every((n) => /^\p{Lu}\p{Ll}/u.test(n) && !ORG_HEAD.test(n) && !CLOSING_FORM.test(n)) &&
      !ctx.isKnownPlace(surface) && !ctx.realPlace?.(surface) && !isFirstName(names[0]!)) return mk('project', 'site-after');
  }

  // "Commissioner Alvarez said": a person's title then a surname alone names that person.
  if (titled && names.length === 1 && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(names[0]!) && !/^(?:Analyst|Investor|Economist|Republican|Democrat|Democratic|GOP|Strategist|Partner|Executive|Officer|Manager|Engineer)$/.test(tokens[first - 1]?.text ?? '') &&
    !ORG_HEAD.test(names[0]!) && !PLACE_HEAD.test(names[0]!) && !MONTHS_AND_DAYS.test(names[0]!) && !ctx.isKnownPlace(names[0]!) &&
    !isEverydayWord(names[0]!) && !new RegExp(`(?<![\\p{L}])${names[0]!.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) {
    return mk('person', 'title-surname');
  }

  // "Operator Beacon Colocation said": a kind of organisation opened the sentence, and no given name follows it
  // ("Investor Jane Roe said" is a person introduced by her role).
  if (kindOpened && names.length <= 5 && !isFirstName(names[0]!)) return mk('org', 'org-kind-opener');
  // "Guadalajara-based developer Nodo Bajío said": a kind of organisation just before a name no given name opens is
  // its apposition, whatever verb follows ("developer Jane Roe said" stays a person).
  if (names.length <= 5 && !sentenceStart && !isFirstName(names[0]!) && ORG_KIND_BEFORE.test(before) && !insidePerson(ctx.persons, start, end)) return mk('org', 'org-kind-before');

  // "Saguaro Basin Water District", "Elk Valley School District": a special-purpose district is a public body, though a
  // given name may open it ("Harlan Irrigation District sued"); a business or historic district is a part of town.
  if (names.length >= 3 && lastWord === 'District' && SERVICE_DISTRICT.test(names[names.length - 2]!) && names.every((n) => /^\p{Lu}/u.test(n) || CONNECTORS.has(n))) return mk('org', 'service-district');
  // People: a title or role before the name, a verb of saying after it, or compromise's tagger agreeing.
  if (looksLikePersonName(words)) {
    if (titled) return mk('person', 'titled-person');
    // "Acme Widgets said": a cue says someone spoke, not that a person did. A name closed by the plural of an everyday
    // noun ("Widgets", "Robots") is a company's unless a given name opens it; people's surnames are no plural nouns.
    // (Asking every cued name for a given name lost ten people the lexicon does not list, "Mukesh", "Yoshimitsu":
    // entities F1 89.4 -> 89.1.)
    // A first word that is an everyday English word and no given name ("Related Digital") opens no person's name either.
    const givenName = isFirstName(names[0]!) || /^(?:\p{Lu}\.){1,3}$/u.test(names[0]!) || insidePerson(ctx.persons, start, end) ||
      (!isPluralNoun(lastWord) && !isAbstractNoun(lastWord) && lexiconTags(names[0]!.toLowerCase()).length === 0 && !isEverydayWord(names[0]!));
    // A role before the name: the cue list, a title written in lower case ("alderman", "co-founders"), or a role "of" something
    // set off by a comma ("the head of engineering, Jane Roe"). Then a surname English does not know will do for a given name
    // the name lists lack ("chief executive Warren Tiegs").
    const roleBefore = ((PERSON_CUE_BEFORE.test(before) || lowerCaseTitleBefore(before)) && !/\bthe\s+\w+\s*$/i.test(before)) || ROLE_OF_BEFORE.test(before);
    const surname = names.length === 2 && lexiconTags(lastWord.toLowerCase()).length === 0 && !isEverydayWord(lastWord) && !isPluralNoun(lastWord);
    if ((givenName || surname) && roleBefore) return mk('person', 'role-before');
    if (givenName && PERSON_CUE_AFTER.test(after)) return mk('person', 'role-after');
    if (/^\s+of\s+(the\s+)?\p{Lu}/u.test(after) && insidePerson(ctx.persons, start, end)) return mk('person', 'person-of-org');
    if (/^\s+of\s+(the\s+)?\p{Lu}/u.test(after) && names.length === 2 && !sentenceStart) return mk('person', 'person-of-org');
    if (insidePerson(ctx.persons, start, end)) return mk('person', 'person-tagger');
  }

  // "AEP Ohio", "ESB Ireland": a company's initials then a state or country name its arm there.
  if (names.length === 2 && /^\p{Lu}{2,5}$/u.test(names[0]!) && !COMMON_CAPS.has(names[0]!) && !ctx.isKnownPlace(names[0]!)) {
    const place = ctx.realPlace?.(names[1]!);
    if (place && place.kind !== 'locality') return mk('org', 'initials-place');
  }
  if (ORG_CUE_BEFORE.test(before) && names.length <= 5) return mk('org', 'org-cue');
  // "Tallyflow, Inc., which makes ...": a legal form set off by a comma closes a company's registered name.
  const commaForm = COMMA_FORM.exec(after);
  if (commaForm && names.length <= 5 && !isFirstName(names[0]!)) return mk('org', 'comma-legal-form', `${surface}${commaForm[0]}`);
  // "a round led by Tidewater Growth": who leads a round, an offering or a loan is a firm, unless a given name opens it.
  if (names.length <= 4 && /led\s+by\s*$/i.test(before) && LED_BY_BEFORE.test(before) && !isFirstName(names[0]!) && !insidePerson(ctx.persons, start, end) && !ctx.realPlace?.(surface)) return mk('org', 'led-by');
  if (ORG_KIND_BEFORE.test(before) && names.length <= 5 && !sentenceStart) return mk('org', 'org-kind-before');
  // "In Farmington, a group of residents sued": after a fronted place the comma opens the clause, no apposition.
  if (ORG_KIND_AFTER.test(after) && names.length <= 5 && !/\b(?:in|at|near|outside|from|across|around)\s*$/i.test(before)) return mk('org', 'org-kind-after');
  // "Palmetto Stack, a developer planning ...", "Lumenforge, which designs interconnects": a name no given name opens,
  // set off by an agent noun ("-er", "-or": developer, producer, designer, provider) or by what it makes and sells, is a firm's.
  if (names.length <= 4 && surface.length >= 3 && !isFirstName(names[0]!) && !insidePerson(ctx.persons, start, end) && !/\b(?:in|at|near|outside|from|across|around)\s*$/i.test(before)) {
    const phrase = AGENT_APPOSITION.exec(after)?.[1]?.split(/\s+/) ?? [];
    if (phrase.some((w) => AGENT_NOUN.test(w) && lexiconTags(w).some((t) => t.startsWith('NN')) && !NOT_AGENTS.has(w))) return mk('org', 'agent-apposition');
    if (FIRM_WHICH_AFTER.test(after)) return mk('org', 'firm-which');
  }
  // Roads are left out: "west of Michigan Avenue" names no place the way the contract counts places.
  if (PLACE_CUE_BEFORE.test(before) && names.length <= 3 && !insidePerson(ctx.persons, start, end) && !names.some((n) => ROAD_WORD.test(n))) return mk('place', 'place-cue');

  // A CamelCase word ("DataOne", "EagleRock") is a brand, almost always a company.
  if (camel(names[0]) && names.length <= 4 && (!sentenceStart || countOccurrences(text, names[0]) >= 2)) {
    return mk('org', 'camel-case');
  }

  // A town followed by its state or country: "Palo, Iowa", "GRAY, Ga."
  const comma = tokens[last + 1];
  if (comma?.text === ',' && tokens[last + 2] && names.length <= 3) {
    const tail = tokens.slice(last + 2, last + 6);
    for (let n = tail.length; n >= 1; n--) {
      const cand = text.slice(tail[0].start, tail[n - 1].end);
      if (ctx.isKnownPlace(cand) && !names.some((w) => FUNCTION_WORDS.has(w.toLowerCase())) && (!sentenceStart || names.length > 1 || isAllCaps(surface) || countOccurrences(text, surface) > 1)) {
        if (insidePerson(ctx.persons, start, end) && !isAllCaps(surface)) break;
        // With the gazetteer of real places at hand, the town must be one ("Superman, Batman" is no town and state).
        // So must a town no list knows, unless the grammar before it says place ("east of Callowhill, Texas").
        if (ctx.realPlace && !isAllCaps(surface) && !ctx.realPlace(surface) && !PLACE_PREPOSITION.test(before)) break;
        return mk('place', 'town-state', isAllCaps(surface) ? titleCase(surface) : surface);
      }
    }
  }
  // "Acme Robots said", "Halden Digital announced": a name of several capitalised words that is no person (above) and
  // no place acts as a company does.
  if (names.length >= 2 && names.length <= 4 && (ORG_ACTS_AFTER.test(after) || ORG_ROLE_AFTER.test(after) || WORKS_AT_BEFORE.test(before) || LONE_ORG_BEFORE.test(before) || ORG_ACTED_ON_BEFORE.test(before)) && names.every((n) => /^\p{Lu}/u.test(n)) &&
    !names.some((n) => MONTHS_AND_DAYS.test(n) || (FUNCTION_WORDS.has(n.toLowerCase()) && !PAGE_WORDS.test(n)) || TITLES.test(n)) && !ctx.realPlace?.(surface)) {
    return mk('org', 'name-acts');
  }
  // "Hokkaido and Kyushu": one word coordinated with a region or country names a place like it, not a firm.
  if (names.length === 1 && !sentenceStart && regionBeforeConjunction(ctx, before)) return mk('place', 'coordinated-place');
  const brand = loneProperNoun(text, names, surface, before, after, sentenceStart, ctx);
  // "Snapchat app", "Vantor chips": a product noun after the brand makes it the product.
  if (brand) return PRODUCT_AFTER.test(after) || /\d/.test(surface) ? mk('product', 'proper-noun-product') : mk('org', 'proper-noun');
  return null;
}

interface TextWords { lower: Set<string>; tails: Set<string>; bracketed: Set<string> }
let lastText: { text: string; words: TextWords } | null = null;

/** Per text, once: its lower-case words, the words that close a run of capitalised words, and bracketed short forms after a name. */
function textWords(text: string): TextWords {
  if (lastText?.text === text) return lastText.words;
  const lower = new Set<string>();
  const tails = new Set<string>();
  const bracketed = new Set<string>();
  let prevCap = false;
  let atStart = true;
  // The previous word opened a sentence as an article ("The Musk ..."): it is no name before a name.
  let prevArticleAtStart = false;
  // Commas, colons and quotation marks part two names as full stops do ("Graham Williams, Tract's chief").
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{N}.'’&-]*|[.!?\n(,;:"“”]/gu)) {
    // "Dan Borgmeyer." closing a sentence, "Borgmeyer's": the name is the word without its full stop or possessive.
    const w = m[0].length > 1 ? m[0].replace(/(?:['’]s)?\.?$/u, '') : m[0];
    if (w.length === 1 && ',;:"“”'.includes(w)) { prevCap = false; prevArticleAtStart = false; continue; }
    if (w.length === 1 && '.!?\n('.includes(w)) {
      if (w === '(' && prevCap) {
        const close = /^([\p{L}\p{N}&.-]+)\)/u.exec(text.slice(m.index! + 1, m.index! + 16));
        if (close) bracketed.add(close[1]!);
      }
      prevCap = false;
      atStart = w !== '(';
      prevArticleAtStart = false;
      continue;
    }
    const cap = /^\p{Lu}/u.test(w);
    if (!cap) lower.add(w.toLowerCase());
    else if (prevCap && !prevArticleAtStart) tails.add(w);
    prevArticleAtStart = atStart && /^(?:The|A|An)$/.test(w);
    atStart = false;
    prevCap = cap;
  }
  const words = { lower, tails, bracketed };
  lastText = { text, words };
  return words;
}

/** Nouns that say the name before them is a product. */
const PRODUCT_AFTER = /^\s+(?:app|apps|service|platform|model|models|chatbot|assistant|browser|game|console|chip|chips|processor|accelerator|feature|subscription|software|headset|device|phone|wearable|pin)\b/i;

/** Endings of derived English words: "construction", "readiness". */
const COMMON_WORD_ENDING = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ical|ship|ish|ian|ese|ween)$/;

/** A company's verbs of saying and doing, right after its name (no auxiliary: "Big Tech has" is any subject). */
const ORG_ACTS_AFTER = /^\s+(?:said|says|announced|agreed|filed|sued|bought|sold|acquired|raised|signed|declined|confirmed|denied|reported|reports|plans)\b/;
/** A role in the company, then its holder: "Halden Digital spokesperson Jane Roe", "Tata Sons chairman N. Chandrasekaran". */
const ORG_ROLE_AFTER = /^\s+(?:spokes(?:person|man|woman)|chief executive|chief [a-z]+ officer|ceo|cfo|coo|cto|chairman|chairwoman|co-founder|founder|president|general counsel|managing director)\s+\p{Lu}/u;

/** A company's verbs after a lone name, auxiliaries left out ("Nomura argued", "Bloomberg reported", "Energinet froze"). */
const ORG_VERB_AFTER = /^\s+(?:said|says|announced|agreed|filed|sued|bought|sold|acquired|raised|signed|declined|confirmed|denied|reported|reports|argued|estimated|estimates|led|projects|expects|warned|told|owns|operates|invested|backed)\b/;
/** Someone who works at the name after it: "a strategist at Pell & Voss", "engineers at Redwater Logistics". */
const WORKS_AT_BEFORE = /\b(?:analysts?|economists?|strategists?|researchers?|executives?|officials?|bankers?|consultants?|engineers?|lawyers?|attorneys?|managers?|directors?|partners?|scientists?|employees?|workers?|spokes\w+) at\s*$/i;
/** What a special-purpose district serves (water, schools, irrigation, fire...): the word before "District" in a public body's name. */
const SERVICE_DISTRICT = /^(?:Water|School|Schools|Irrigation|Fire|Sanitation|Sanitary|Utility|Utilities|Conservation|Drainage|Levee|Transit|Hospital|Health|Library|Port|Improvement|Power|Electric|Sewer|Wastewater|Groundwater|Aquifer|Flood|Reclamation|Park|Parks|Recreation|Airport)$/;
/**
 * Verbs whose object is a company ("fined Yarrow Chat", "agreed to buy Tidal Sheets"): a name of several words after one
 * that is no person or place. ("a stake in X" is LONE_ORG_BEFORE's, read beside it.)
 */
const ORG_ACTED_ON_BEFORE = /\b(?:fined|sued|banned|barred|acquired|acquire|buy|bought|take over|took over|invested in|merge with|merged with)\s+$/;
/** Before a lone name, words that put a company there: "analysts at X", "shares of X", "a stake in X". */
const LONE_ORG_BEFORE = /\b(?:(?:[Aa]nalysts?|economists?|strategists?|researchers?|executives?|officials?|bankers?|spokes\w+) at|shares of|stake in|holding in)\s*$/

/** What may follow an organisation's name: a verb of saying or doing, a possessive, an apposition. */
const ORG_CUE_AFTER = /^(?:['’]s?\b|\s+(?:said|says|announced|agreed|plans|planned|filed|sued|bought|sold|acquired|raised|signed|will|would|has|had|is|was|declined|confirmed|denied|shares|stock)\b|,\s+(?:a|an|the|which)\b)/;

/**
 * "Clayco said", "Vingroup's unit": a single capitalised word English does
 * not know as a word, a name or a place, written mid-sentence, is a brand:
 * an organisation when a company's verb or a possessive follows it once, or
 * when the text names it twice. Acronyms count when they are not common
 * shorthand ("GPU", "ESG").
 */
function loneProperNoun(text: string, names: string[], surface: string, before: string, after: string, sentenceStart: boolean, ctx: SpanContext): boolean {
  if (names.length !== 1) return false;
  const word = names[0]!;
  // Opening a sentence, a capitalised word may be any word: only one that acts as a company does ("Nomura argued") is one.
  const acts = ORG_VERB_AFTER.test(after) || ORG_ROLE_AFTER.test(after);
  // So does one English lacks that the text names again, followed by a company's verb or an auxiliary ("Forgeline will
  // ..."), not by a possessive ("Skarvik's council": a place's as well); an acronym so placed may be a known firm's short form.
  if (sentenceStart) {
    if (lexiconTags(word.toLowerCase()).length > 0) return false;
    if (!acts && !(/^\s/.test(after) && !isAllCaps(word) && ORG_CUE_AFTER.test(after) && countOccurrences(text, word) >= 2)) return false;
  }
  // "... della Concorrenza e del Mercato said": after a lower-case particle the word closes a longer foreign name.
  if (/(?:^|\s)(?:de|del|della|di|da|do|dos|du|von|van|der|e|y|la|le)\s+$/.test(before)) return false;
  if (word.length < 3 || COMMON_CAPS.has(word) || MONTHS_AND_DAYS.test(word) || TITLES.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  if (!/^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(word) || /^\p{Lu}[\p{Ll}]+$/u.test(word) === false && !isAllCaps(word) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return false;
  const cuedBefore = LONE_ORG_BEFORE.test(before);
  // "the plant at Figueruelas reports": after a preposition of place the verb's subject is the phrase before it.
  const afterPlaceWord = /\b(?:in|at|near|outside|from)\s+$/.test(before) && !cuedBefore;
  const cued = ORG_CUE_AFTER.test(after) || (acts && !afterPlaceWord) || cuedBefore;
  if (isCommonWordOrName(word) || ctx.isKnownPlace(word)) return false;
  // A small town of the same name is no reason against a word that acts as a company ("Blackstone led the round").
  const place = ctx.realPlace?.(word);
  if (place && !(place.kind === 'locality' && (place.population ?? 0) < PROMINENT_LOCALITY && ((acts && !afterPlaceWord) || cuedBefore))) return false;
  if (ORG_HEAD.test(word) || PLACE_HEAD.test(word) || PROJECT_HEAD.test(word) || COMMON_WORD_ENDING.test(word.toLowerCase())) return false;
  const words = textWords(text);
  // Written in lower case elsewhere ("construction"), it is an everyday word capitalised for emphasis or a heading.
  if (!isAllCaps(word) && words.lower.has(word.toLowerCase())) return false;
  // The last word of a longer name somewhere ("Elon Musk" ... "Musk"): a surname or a name's tail, not a brand.
  if (words.tails.has(word)) return false;
  // "(MCEA)" after a name is that name's short form, resolved with it.
  if (words.bracketed.has(word)) return false;
  return cued || countOccurrences(text, word) >= 2;
}

/**
 * "VINELAND –", "AMSTERDAM/NEW YORK, Sept 9 -": an all-caps run opening a
 * line and closed by a dash (after an optional state or date) is a dateline.
 */
function datelinePlace(text: string, tokens: Token[], first: number, last: number): string | null {
  const words = tokens.slice(first, last + 1);
  const surface = text.slice(words[0].start, words[words.length - 1].end);
  if (!isAllCaps(surface) || surface.replace(/[^\p{L}]/gu, '').length < 4) return null;
  if (words.some((w) => DATELINE_STOP.test(w.text))) return null;
  const lineStart = text.lastIndexOf('\n', words[0].start - 1) + 1;
  const lead = text.slice(lineStart, words[0].start);
  if (!/^[\p{Lu}\s/.,]*$/u.test(lead)) return null;
  const rest = text.slice(words[words.length - 1].end, words[words.length - 1].end + 40);
  if (!/^(\s*\/|\s*(,\s*[^–—\-\n]{1,25})?\s*[–—-]\s)/u.test(rest)) return null;
  return titleCase(surface);
}

/**
 * The words are capitalised somewhere inside a sentence too ("... said Lone Cedar had not"): there they are a name, so
 * the same words opening a sentence are no capitalised adjective or verb ("Lone Cedar Digital informed ...").
 */
function namedMidSentence(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
    if (/\p{Ll}[\p{L},]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

function countOccurrences(text: string, word: string): number {
  if (!word) return text.split(word).length - 1;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-/])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

function normaliseName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[’]/g, "'").trim();
}

export { isAllCaps };
