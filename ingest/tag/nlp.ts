/**
 * One cheap linguistic reading of a sentence: words, lemmas (wink-lemmatizer)
 * and a coarse part of speech. The full wink-nlp pipeline (tokenizer + POS
 * tagger) cost as much as the rest of the tagger together, halving
 * `bench:tag`, for no gain in cross-validated accuracy; this reading keeps
 * what the event features use: lemmas, verbs, auxiliaries, names, numbers.
 */
import lemmatizer from 'wink-lemmatizer';
import { isAsciiDigitCode, isAsciiLetterCode, isSpaceCode } from './char-codes.ts';
import { boundedMemo } from '../common/bounded-memo.ts';
import { createRequire } from 'node:module';

/** wink-lexicon's part-of-speech lexicon: word -> Penn tags, likeliest first (the lexicon wink's own POS tagger starts from). */
let posLexicon: Record<string, string[] | undefined> | null = null;

/** The Penn tags wink-lexicon lists for a lower-case word form, likeliest first (empty when it lists none). */
export function lexiconTags(word: string): readonly string[] {
  posLexicon ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return posLexicon[word] ?? NO_TAGS; // a prototype-less object: "constructor" is a word here like any other
}
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * Whether a plain word form's likeliest part of speech is a verb ("argue", "want": yes; "demand", "request": no).
 * The reading leaves uninflected forms nouns unless "to" or a modal precedes them, which serves the event features
 * (reading every such form by this prior lowered CV events F1 63.1 -> 61.8); a check about particular verbs can ask this.
 */
export function likeliestVerb(word: string): boolean {
  return lexiconTags(word)[0]?.startsWith('VB') === true;
}

export interface Reading {
  /** Lower-cased surface forms. */
  words: string[];
  lemmas: string[];
  /** Coarse universal tags: VERB, NOUN, PROPN, AUX, NUM, PUNCT, X (function words). */
  pos: string[];
  /** Where each token starts and ends in the text (the checks that quote the text between two words need them). */
  starts: number[];
  ends: number[];
  /** Each word token's form, one object per lower-case word form (null for numbers and punctuation). */
  forms: Array<WordForm | null>;
}

/**
 * A lower-case word form as decided once: its lemma and coarse tag out of context, and a slot where the
 * event features keep what they read of the form (event-features.ts), so a token costs one lookup by its
 * text (here) rather than one more per reader.
 */
export interface WordForm { readonly lemma: string; readonly pos: string; features: unknown }

const AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);
const FUNCTION = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'with', 'and', 'or', 'but', 'by', 'at', 'from', 'as', 'that', 'this',
  'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'which', 'who', 'whom',
  'whose', 'what', 'if', 'than', 'then', 'so', 'not', "n't", 'no', 'into', 'over', 'under', 'about', 'after', 'before', 'while', 'since',
  'until', 'also', 'there', 'here', 'all', 'any', 'some', 'each', 'both', 'more', 'most', 'such', 'other', 'up', 'out', 'down', 'off']);

/** A lower-case word form's verb lemma, once per form: the lemmatiser is slow per call and a run meets the same forms again. */
export const verbLemma = boundedMemo(50_000, (w: string): string => lemmatizer.lemmatizeVerb(w));

/** A lower-case word's lemma and coarse tag, decided once per word form. */
const wordInfo = boundedMemo(50_000, (w: string): WordForm => {
  if (BE.has(w)) return { lemma: 'be', pos: 'AUX', features: null };
  if (AUX.has(w)) return { lemma: verbLemma(w), pos: 'AUX', features: null };
  if (FUNCTION.has(w)) return { lemma: w, pos: 'X', features: null };
  const verb = verbLemma(w);
  // Inflected verb forms ("voted", "denying", "sues"); a plain form stays a noun unless it only reads as a verb.
  const isVerb = verb !== w && /(?:ed|ing|en|wn|s)$/.test(w) && !/(?:ss|us|is)$/.test(w);
  return isVerb ? { lemma: verb, pos: 'VERB', features: null } : { lemma: lemmatizer.lemmatizeNoun(w), pos: 'NOUN', features: null };
});

/**
 * Where the token starting at `at` ends, read by character codes rather than a regex match per token:
 * exactly /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]/ (a word, a number, or one other code unit).
 */
function tokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let i = at + 1;
  if (isAsciiLetterCode(c)) {
    for (let d = text.charCodeAt(i); isAsciiLetterCode(d) || d === 39 /* ' */ || d === 0x2019 /* ’ */ || d === 45 /* - */; d = text.charCodeAt(++i));
  } else if (isAsciiDigitCode(c)) {
    for (let d = text.charCodeAt(i); isAsciiDigitCode(d) || d === 44 /* , */ || d === 46 /* . */; d = text.charCodeAt(++i));
  }
  return i;
}

export function readSentence(text: string): Reading {
  const words: string[] = [], lemmas: string[] = [], pos: string[] = [], starts: number[] = [], ends: number[] = [];
  const forms: Array<WordForm | null> = [];
  let first = true;
  for (let at = 0, end = 0; at < text.length; at = end) {
    if (isSpaceCode(text.charCodeAt(at))) { end = at + 1; continue; }
    end = tokenEnd(text, at);
    starts.push(at);
    ends.push(end);
    const t = text.slice(at, end);
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) { words.push(t); lemmas.push(t); pos.push('NUM'); forms.push(null); first = false; continue; }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) { words.push(t); lemmas.push(t); pos.push('PUNCT'); forms.push(null); continue; }
    let w = t.toLowerCase();
    // A possessive's "'s" is dropped ("OpenAI's" -> "openai").
    const n = w.length;
    if (n >= 2 && w.charCodeAt(n - 1) === 115 /* s */ && (w.charCodeAt(n - 2) === 39 /* ' */ || w.charCodeAt(n - 2) === 0x2019 /* ’ */)) w = w.slice(0, -2);
    const form = wordInfo(w);
    let info: { lemma: string; pos: string } = form;
    // A plain form after "to" or a modal is a verb ("voted to deny", "will build").
    if (info.pos === 'NOUN' && pos.length && (words[words.length - 1] === 'to' || (pos[pos.length - 1] === 'AUX' && !BE.has(words[words.length - 1]!)))) {
      info = { lemma: verbLemma(w), pos: 'VERB' };
    }
    // A capitalised word inside the sentence is a name; at the start only when it is no ordinary word.
    const capital = c >= 65 && c <= 90;
    const name = capital && (!first || (info.pos === 'NOUN' && t.length > 1 && t === t.toUpperCase()));
    words.push(w);
    lemmas.push(name ? w : info.lemma);
    pos.push(name ? 'PROPN' : info.pos);
    forms.push(form);
    first = false;
  }
  return { words, lemmas, pos, starts, ends, forms };
}
