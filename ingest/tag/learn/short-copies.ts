/**
 * Short copies of a gold article: its title and the first `n` sentences of its body, as the tracker reads an item
 * whose page could not be fetched (an RSS summary of one to three sentences). Only the gold events whose evidence
 * sentence lies inside the copy (or its title) stay. Used by the short-item eval (test/eval/short-items.ts) and, as
 * data augmentation, by the second stage's training (train-keep.ts).
 */
import { cleanBody } from '../clean.ts';
import { splitSentences } from '../sentences.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type GoldLike = { title: string; body: string; gold: { events: Array<{ sentence?: string }> } };

/** The article's cleaned body and its sentences, read once for all of its cuts. */
function bodyOf(a: GoldLike): { cleaned: string; sentences: Array<{ end: number }> } {
  const cleaned = cleanBody(a.body).text;
  return { cleaned, sentences: splitSentences(cleaned) };
}

function cut<A extends GoldLike>(a: A, { cleaned, sentences }: ReturnType<typeof bodyOf>, n: number): A {
  const body = sentences.length <= n ? cleaned : cleaned.slice(0, sentences[n - 1]!.end);
  const inside = squash(`${a.title}\n${body}`);
  const events = a.gold.events.filter((e) => e.sentence != null && inside.includes(squash(e.sentence)));
  return { ...a, body, gold: { ...a.gold, events } };
}

/** The article cut to its title and first `n` body sentences; gold events without evidence in the cut are left out. */
export function shortCopy<A extends GoldLike>(a: A, n: number): A {
  return cut(a, bodyOf(a), n);
}

/** The short copies of an article for each n that actually cuts it (fewer sentences than its body has). */
export function shortCopies<A extends GoldLike>(a: A, ns: number[]): A[] {
  const body = bodyOf(a);
  return ns.filter((n) => n < body.sentences.length).map((n) => cut(a, body, n));
}
