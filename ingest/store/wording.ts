/**
 * How alike two sentences are worded: Jaccard overlap of their content words' lemmas (wink-lemmatizer, as the
 * tagger reads words: "rules"/"rule", "restricted"/"restrict" meet; stories.ts reads its topic terms the same way). Event
 * merging reads it as corroboration, figure merging as "the same number said in the same words".
 */
import lemmatizer from 'wink-lemmatizer';
import { boundedMemo } from '../common/bounded-memo.ts';

const STOPWORDS = new Set(('the a an and or of to in on for with by at from as is are was were be been has have had will would could may might its it their they this that which who whom than then also into over under about after before more most such said says say new up out not no but per all any some other own'.split(' ')));

/** Lower-case words of a text, accents folded; currency and percent signs kept with their numbers. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9$€£%]+/).filter(Boolean);
}

/** A verb form's lemma ("voted" -> "vote"), else the noun's ("rules" -> "rule"); decided once per word form. */
export const lemmaOf = boundedMemo(50_000, (w: string): string => {
  const verb = lemmatizer.lemmatizeVerb(w);
  return verb !== w ? verb : lemmatizer.lemmatizeNoun(w);
});

/** A sentence's content words as lemmas, read once per sentence. */
const contentWords = boundedMemo(50_000, (s: string): Set<string> => {
  const out = new Set<string>();
  for (const raw of words(s.replace(/[’']s\b/g, ''))) {
    if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw) || /[$€£%]/.test(raw)) continue;
    out.add(lemmaOf(raw));
  }
  return out;
});

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
