/**
 * The article-extraction benchmark's score (Zyte article-extraction-benchmark,
 * evaluate.py as restated in ../shared/peers/extraction-benchmark/README.md):
 * 4-word shingles as multisets, per-page precision/recall, then means over
 * pages. Precision skips pages where the tool returned nothing, which is why
 * we keep that rule: otherwise published figures do not reproduce.
 */

/** Python's Unicode `\w+`: letters, digits and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; 1 to 3 tokens give one short shingle, none give nothing. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    // \u0001 cannot occur inside a token, so joined keys never collide.
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Token lists identical. */
  exact: boolean;
  predictedShingles: number;
  trueShingles: number;
}

export function scorePage(trueText: string, predictedText: string): PageScore {
  const truth = shingles(trueText);
  const pred = shingles(predictedText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let predictedShingles = 0;
  let trueShingles = 0;
  for (const [key, p] of pred) {
    const t = truth.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    predictedShingles += p;
  }
  for (const [key, t] of truth) {
    const p = pred.get(key) ?? 0;
    fn += Math.max(0, t - p);
    trueShingles += t;
  }
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  const a = tokenize(trueText);
  const b = tokenize(predictedText);
  const exact = a.length === b.length && a.every((tok, i) => tok === b[i]);
  return { tp, fp, fn, precision, recall, exact, predictedShingles, trueShingles };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
  /** Pages where the tool returned no shingle at all (left out of the precision mean). */
  emptyPages: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const withPrediction = pages.filter((p) => p.predictedShingles > 0);
  const withTruth = pages.filter((p) => p.trueShingles > 0);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
  const precision = mean(withPrediction.map((p) => p.precision));
  const recall = mean(withTruth.map((p) => (p.predictedShingles > 0 ? p.recall : 0)));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    f1,
    precision,
    recall,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
    pages: pages.length,
    emptyPages: pages.length - withPrediction.length,
  };
}
