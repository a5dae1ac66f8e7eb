/**
 * What the per-sentence rules see: one sentence of the cleaned body with the
 * entity mentions, date expressions, money and quantities found in it
 * (offsets relative to the sentence).
 */
import type { EntityType } from './types.ts';
import type { DateExpr } from './dates.ts';
import type { MoneyMatch } from './money.ts';
import type { QuantityMatch } from './quantities.ts';
import { orgKind, type ActorKind } from './actor-kinds.ts';

export interface SentenceMention {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  surface: string;
}

export interface SentenceInfo {
  text: string;
  index: number;
  paragraph: number;
  mentions: SentenceMention[];
  dates: DateExpr[];
  money: MoneyMatch[];
  quantities: QuantityMatch[];
  /** End of a wire dateline ("OSLO, July 31 –") at the start of the sentence, else 0. */
  datelineEnd: number;
}

/** News outlets and wire services: attribution sources, not actors. */
export const OUTLET_NAMES = new Set([
  'reuters', 'bloomberg', 'bloomberg news', 'cnbc', 'financial times', 'the financial times', 'ft', 'the information',
  'wall street journal', 'the wall street journal', 'wsj', 'axios', 'nikkei', 'semafor', 'the verge', 'techcrunch',
  'associated press', 'ap', 'afp', 'new york times', 'the new york times', 'washington post', 'the washington post',
  'business insider', 'finansavisen', 'the economic times', 'economic times', 'the guardian', 'bbc', 'cnn', 'fortune', 'forbes',
]);

export function isOutlet(name: string): boolean {
  return OUTLET_NAMES.has(name.toLowerCase());
}

/** Orgs, products and projects may act; people and places do not (places become locations). */
export function isActorType(type: EntityType): boolean {
  return type === 'org' || type === 'product' || type === 'project';
}

const DATELINE = /^(?:[A-Z][A-Za-z.'’]*(?:[ /-][A-Z][A-Za-z.'’]*)*\.?,?(?:\s+[A-Z][a-z]+\.?)?(?:,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*[–—-]\s+)/;

/** Wire datelines are all caps ("LISBON –", "AMES, Iowa –", "RENO, Nev./BOISE, Idaho, Mar 3 –"). */
export function datelineEnd(sentence: string): number {
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  const head = m[0];
  // Require an all-caps place word so "Microsoft – the company" is not a dateline.
  if (!/^[A-Z]{2,}/.test(head.replace(/[^A-Za-z]/g, '') ) || !/[A-Z]{3,}/.test(head)) return 0;
  return head.length;
}

/** "Nasdaq-listed", "Amsterdam-based": a name used as an adjective is not a subject. */
export function isAdjectival(text: string, end: number): boolean {
  return text[end] === '-';
}

/** Words that point back to an actor named earlier ("the company", "it", "the two companies"). */
export const BACK_REFERENCE_ANYWHERE = /\b(?:it|its|they|their|the company|the firm|the group|the request|the plan|the deal|the agreement|the proposal|the two companies|both companies|the partners|the [\w-]+(?: [\w-]+){0,3} (?:company|firm|group|startup|maker))\b/i;
/** Back-references that stand for two parties at once. */
export const PAIR_REFERENCE = /\b(?:the two companies|both companies|the partners|the pair)\b/i;

/** "sued the county", "the board imposed", "the agency granted", "the utility said": a body named shortly before. */
const PUBLIC_BODY_REF = /\bthe (county|board|council|commission|city|department|ministry|agency|regulator|watchdog|utility|association|coalition|alliance|authority|tribunal|district|cooperative|committee|panel|court)\b/i;
const BODY_NAME: Record<string, RegExp> = {
  county: /\bCounty\b/, board: /\bBoard\b/, council: /\bCouncil\b/, commission: /\bCommission(?:ers)?\b/, city: /\b(?:City|Council)\b/,
  department: /\bDepartment\b/, ministry: /\bMinistry\b/, agency: /\bAgency\b/, regulator: /\b(?:Commission|Regulator|Authority)\b/,
  cooperative: /\bCo-?operative\b/,
};
// Other bodies by the head word of their name ("the association": "Pell Creek Water Users Association").
for (const head of ['association', 'coalition', 'alliance', 'authority', 'tribunal', 'district', 'committee', 'panel', 'court']) {
  BODY_NAME[head] = new RegExp(`\\b${head[0]!.toUpperCase()}${head.slice(1)}\\b`);
}
/**
 * Words that describe a body by what it is rather than by its name's own head word: "the agency" may be a
 * Department of Environmental Quality, "the utility" an Electric Cooperative. The kind of body (actor-kinds.ts,
 * from the head noun of its name) decides.
 */
const BODY_KIND: Record<string, ActorKind> = {
  agency: 'government', regulator: 'government', watchdog: 'government', department: 'government', ministry: 'government',
  authority: 'government', utility: 'utility', cooperative: 'utility', court: 'court', tribunal: 'court',
  coalition: 'advocacy', association: 'advocacy', alliance: 'advocacy',
};

function isReferredBody(word: string, name: string): boolean {
  const named = BODY_NAME[word];
  if (named?.test(name)) return true;
  const kind = BODY_KIND[word];
  return kind !== undefined && orgKind(name) === kind;
}

export function publicBodyReferred(sentences: SentenceInfo[], i: number): string | null {
  const m = PUBLIC_BODY_REF.exec(sentences[i]!.text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  // Named in this sentence before the reference: nothing to resolve; else the latest such body named before.
  if (sentences[i]!.mentions.some((x) => x.type === 'org' && x.start < m.index && isReferredBody(word, x.name))) return null; // named in the sentence itself: nothing to resolve
  // The sentences before, latest first, and each one's mentions last first (read in place, not from reversed copies).
  for (let j = i - 1; j >= 0; j--) {
    const mentions = sentences[j]!.mentions;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const x = mentions[k]!;
      if (x.type === 'org' && isReferredBody(word, x.name)) return x.name;
    }
  }
  return null;
}
