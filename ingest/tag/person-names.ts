/**
 * Cheap person-name reading: a run of capitalised words is a person's name
 * when it opens with a known first name or follows an honorific ("Gov.",
 * "Mr."). The name lists are compromise's own lexicon, exported once to
 * data/name-lexicon.json (`npm run build:names`): loading compromise at run
 * time for these lists alone cost about 39 MB of memory, and running its
 * full tagger per sentence ~0.1 ms a word.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Token } from './entity-tokens.ts';

export const NAME_LEXICON_PATH = resolve(import.meta.dirname, '..', '..', 'data', 'name-lexicon.json');

interface NameLexicon {
  first: Set<string>;
  last: Set<string>;
  honorific: Set<string>;
  /** Whole names compromise knows ("kanye west"). */
  full: Set<string>;
  /** Every other single word compromise knows: common words are not given names. */
  known: Set<string>;
  /** Single words compromise files as people ("mason", "taylor", also "austin"): names only beside another name. */
  persons: Set<string>;
}

let lexicon: NameLexicon | null = null;

/** Common given names that are also everyday English words, so compromise's lexicon does not list them as names. */
const EVERYDAY_WORD_NAMES = ['bill', 'dick', 'frank', 'gene', 'guy', 'hunter', 'robin', 'jean', 'rich', 'ray', 'rose', 'dawn', 'hope', 'joy', 'victor', 'earl', 'grace', 'ivy', 'ruby', 'pearl', 'june', 'rusty', 'sandy', 'sonny', 'buddy'];

function names(): NameLexicon {
  if (lexicon) return lexicon;
  let lists: Record<'first' | 'last' | 'honorific' | 'full' | 'known' | 'persons', string[]>;
  try {
    lists = JSON.parse(readFileSync(NAME_LEXICON_PATH, 'utf8'));
  } catch (e) {
    throw new Error(`person-names: cannot read ${NAME_LEXICON_PATH} (${(e as Error).message}); restore it from git or rebuild it with \`npm run build:names\``);
  }
  const first = new Set(lists.first);
  // Given names compromise files only as ordinary words ("bill", "frank").
  for (const name of EVERYDAY_WORD_NAMES) first.add(name);
  lexicon = { first, last: new Set(lists.last), honorific: new Set(lists.honorific), full: new Set(lists.full), known: new Set(lists.known), persons: new Set(lists.persons) };
  return lexicon;
}

/** "Jane", "Jean-Luc" (its first part), in any case. */
export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  const { first } = names();
  if (first.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && first.has(lower.slice(0, dash));
}

/**
 * "Deval Patrick", "Ilhan Omar", "Kanye West": two words, the second a known
 * first or last name and the first no ordinary word ("Incubation Grant" and
 * "Sky Sports" are not people).
 */
function isSurnamePair(name: string[]): boolean {
  if (name.length !== 2) return false;
  const { first, last, known, full, persons } = names();
  const [a, b] = name.map((w) => w.toLowerCase());
  if (full.has(`${a} ${b}`)) return true;
  if (!last.has(b) && !first.has(b)) return false;
  // "Mason Rudolph", "Taylor Fritz": a word compromise files as a person's name opens one.
  if (persons.has(a)) return true;
  return !known.has(a) && !COMMON_WORD_ENDING.test(a);
}

/** Endings of derived English words the lexicon does not list ("incubation", "readiness"). */
const COMMON_WORD_ENDING = /(?:tion|sion|ment|ness|ity|ing|ism|ance|ence|ical|ship|ware)$/;

/** An everyday English word or a known given or family name ("Reading", "Orange", "Moore"): not a place by itself. */
export function isCommonWordOrName(word: string): boolean {
  const lower = word.toLowerCase();
  const { known, first, last, persons } = names();
  return known.has(lower) || first.has(lower) || last.has(lower) || persons.has(lower);
}

/** An everyday word compromise knows that is no given or family name ("state", "board"). */
export function isEverydayWord(word: string): boolean {
  const lower = word.toLowerCase();
  const { known, first, last } = names();
  return known.has(lower) && !first.has(lower) && !last.has(lower);
}

/** "Mr", "Gov", "Sen", "Dr": written with or without its full stop. */
export function isHonorific(word: string): boolean {
  return names().honorific.has(word.toLowerCase());
}

/** Lower-case particles inside names: "Ahmad bin Hanbal", "Ursula von der Leyen". */
const PARTICLES = new Set(['bin', 'bint', 'al', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter']);

export interface PersonNameRules {
  /** Role words that may stand before a name without being part of it ("President", "Ambassador"). */
  isTitle: (word: string) => boolean;
  /** Words that make a run an organisation, site or place, not a person ("Corporation", "County"). */
  isNotNameWord: (word: string) => boolean;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\p{Lu}[\p{Ll}]+)?$/u;

/**
 * Character ranges of the person names in the text. A name is two to four
 * capitalised words (initials and particles allowed inside) opening with a
 * known first name, or one to four after an honorific; a role title before it
 * is context, not name.
 */
export function findPersonNames(text: string, tokens: Token[], rules: PersonNameRules): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const run = capitalisedRun(text, tokens, i);
    if (run.length === 0) { i++; continue; }
    readNamesInRun(tokens, run, rules, out);
    i = run[run.length - 1] + 1;
  }
  return out;
}

function startsCapital(t: Token): boolean {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^\p{Lu}/u.test(t.text);
}

/** Token indexes of the capitalised words from i on, kept together by single spaces, initials' full stops and particles. */
/** The answer for a token that opens no run: one shared empty array (callers only read its length), not one per token. */
const NO_RUN: readonly number[] = [];

function capitalisedRun(text: string, tokens: Token[], i: number): readonly number[] {
  if (!startsCapital(tokens[i])) return NO_RUN;
  const run = [i];
  let j = i + 1;
  while (j < tokens.length) {
    const prev = tokens[j - 1];
    const t = tokens[j];
    // "Gov." and "W.": a full stop straight after a short capitalised word keeps the run going.
    if (t.text === '.' && t.start === prev.end && prev.word && prev.text.length <= 4 && startsCapital(prev)) { j++; continue; }
    const gap = t.start - prev.end;
    if (gap !== 1 || text[prev.end] !== ' ') break;
    if (startsCapital(t)) { run.push(j); j++; continue; }
    if (PARTICLES.has(t.text) && tokens[j + 1] && startsCapital(tokens[j + 1]) && tokens[j + 1].start === t.end + 1) { run.push(j); j++; continue; }
    break;
  }
  return run;
}

function readNamesInRun(tokens: Token[], run: readonly number[], rules: PersonNameRules, out: Array<[number, number]>): void {
  // A lone capitalised word is no name: an honorific before it would be part of the run.
  if (run.length < 2) return;
  const words = run.map((k) => tokens[k].text);
  if (words.some((w) => rules.isNotNameWord(w))) return;
  for (let k = 0; k < words.length; k++) {
    if (isHonorific(words[k]) || rules.isTitle(words[k])) continue;
    const afterRole = k > 0 && (isHonorific(words[k - 1]) || rules.isTitle(words[k - 1]));
    // An honorific right before a word makes it a name ("Gov. Beshear").
    const cued = k > 0 && isHonorific(words[k - 1]);
    const opensRun = k === 0 || afterRole;
    const surnamePair = opensRun && words.length - k === 2 && isSurnamePair(words.slice(k));
    if (!cued && !surnamePair && !isFirstName(words[k])) continue;
    const end = Math.min(words.length, k + 4);
    const name = words.slice(k, end);
    if (!name.every((w) => NAME_WORD.test(w) || PARTICLES.has(w) || /^\p{Lu}$/u.test(w))) continue;
    if (!cued && name.length < 2) continue;
    if (PARTICLES.has(name[name.length - 1])) continue;
    out.push([tokens[run[k]].start, tokens[run[end - 1]].end]);
    return;
  }
}
