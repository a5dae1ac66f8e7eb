/**
 * Short copies of a gold article: its title and the first `n` sentences of its body, as the tracker reads an item
 * whose page could not be fetched (an RSS summary of one to three sentences). Only the gold events whose evidence
 * sentence lies inside the copy (or its title) stay. Used by the short-item eval (test/eval/short-items.ts) and, as
 * data augmentation, by the second stage's training (train-keep.ts).
 */
import { cleanBody } from '../clean.ts';
import { splitSentences } from '../sentences.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The article cut to its title and first `n` body sentences; gold events without evidence in the cut are left out. */
export function shortCopy<A extends { title: string; body: string; gold: { events: Array<{ sentence?: string }> } }>(a: A, n: number): A {
  const cleaned = cleanBody(a.body).text;
  const sentences = splitSentences(cleaned);
  const body = sentences.length <= n ? cleaned : cleaned.slice(0, sentences[n - 1]!.end);
  const inside = squash(`${a.title}\n${body}`);
  const events = a.gold.events.filter((e) => e.sentence != null && inside.includes(squash(e.sentence)));
  return { ...a, body, gold: { ...a.gold, events } };
}

/** The short copies of an article for each n that actually cuts it (fewer sentences than its body has). */
export function shortCopies<A extends { title: string; body: string; gold: { events: Array<{ sentence?: string }> } }>(a: A, ns: number[]): A[] {
  const count = splitSentences(cleanBody(a.body).text).length;
  return ns.filter((n) => n < count).map((n) => shortCopy(a, n));
}
