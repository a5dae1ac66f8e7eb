/**
 * How alike two sentences are worded: Jaccard overlap of their content words' lemmas (wink-lemmatizer, as the
 * tagger reads words: "rules"/"rule", "restricted"/"restrict" meet; words split as stories.ts splits them). Event
 * merging reads it as corroboration, figure merging as "the same number said in the same words".
 */
import lemmatizer from 'wink-lemmatizer';
import { words } from './stories.ts';

const STOPWORDS = new Set(('the a an and or of to in on for with by at from as is are was were be been has have had will would could may might its it their they this that which who whom than then also into over under about after before more most such said says say new up out not no but per all any some other own'.split(' ')));

const lemmas = new Map<string, string>();
/** A verb form's lemma ("voted" -> "vote"), else the noun's ("rules" -> "rule"); decided once per word form. */
function lemmaOf(w: string): string {
  let l = lemmas.get(w);
  if (l === undefined) {
    const verb = lemmatizer.lemmatizeVerb(w);
    l = verb !== w ? verb : lemmatizer.lemmatizeNoun(w);
    if (lemmas.size > 50_000) lemmas.clear();
    lemmas.set(w, l);
  }
  return l;
}

const wordsCache = new Map<string, Set<string>>();
function contentWords(s: string): Set<string> {
  const cached = wordsCache.get(s);
  if (cached) return cached;
  const out = new Set<string>();
  for (const raw of words(s.replace(/[’']s\b/g, ''))) {
    if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw) || /[$€£%]/.test(raw)) continue;
    out.add(lemmaOf(raw));
  }
  if (wordsCache.size > 50_000) wordsCache.clear();
  wordsCache.set(s, out);
  return out;
}

/** Best word overlap (Jaccard over content words) between any evidence sentence of one side and any of the other. */
export function wordingSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a) {
    const wx = contentWords(x);
    for (const y of b) {
      const wy = contentWords(y);
      let shared = 0;
      for (const w of wx) if (wy.has(w)) shared++;
      const union = wx.size + wy.size - shared;
      if (union > 0) best = Math.max(best, shared / union);
    }
  }
  return best;
}
