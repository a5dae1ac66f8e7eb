/**
 * One linguistic reading of a sentence: tokens with lemma and universal part
 * of speech, from wink-nlp and its English model (loaded once, ~80 ms).
 * Finders share the reading through SentenceInfo, so a sentence is read once.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Reading {
  /** Lower-cased surface forms. */
  words: string[];
  lemmas: string[];
  /** Universal POS tags: VERB, NOUN, PROPN, AUX, ADP ... */
  pos: string[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;

function engine(): ReturnType<typeof winkNLP> {
  // 'pos' only: sentence boundaries and entities come from the tagger's own finders.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

export function readSentence(text: string): Reading {
  const e = engine();
  const tokens = e.readDoc(text).tokens();
  const its = e.its;
  return {
    words: tokens.out(its.normal) as string[],
    lemmas: tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[],
    pos: tokens.out(its.pos) as string[],
  };
}
