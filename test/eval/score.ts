/**
 * Scores tagger output against gold, with the matching rules of
 * ../shared/design/extraction.md ("How it is scored"): one-to-one matches
 * per article, then precision/recall/F1 micro-averaged over the corpus.
 */
import type { Extraction, ExtractedEvent } from '../../ingest/tag/types.ts';

export interface GoldEntity { name: string; type: string; aliases_in_text?: string[] }
export interface GoldAmount { text: string; value: number; value_min?: number | null; currency: string; category: string; entity: string | null; period?: string | null; estimate?: boolean }
export interface GoldQuantity { text: string; kind: string; value: number; value_min?: number | null; unit: string }
export interface GoldEvent { type: string; alt_types?: string[]; actors: string[]; location: string | null; date: string; certainty: string; sentence?: string; event_key?: string; summary?: string }
export interface Gold { promotional: boolean; entities: GoldEntity[]; amounts: GoldAmount[]; quantities: GoldQuantity[]; events: GoldEvent[] }

/** Maps any surface or alias to one comparable key (gazetteer aliases allowed). */
export type Canonicalise = (name: string) => string;

export interface Counts { tp: number; fp: number; fn: number }
export interface ArticleScore {
  id: string;
  entities: Counts; amounts: Counts; quantities: Counts; events: Counts;
  amountEntityOk: number; amountCategoryOk: number; amountPeriodOk: number; amountEstimateOk: number;
  eventCertaintyOk: number; eventDateOk: number;
  promotionalOk: boolean;
  misses: string[];
}

const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= Math.abs(b) * tol + 1e-9;

/** Greedy one-to-one matching: each gold item takes the best-scoring unmatched prediction that matches at all. */
function matchAll<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number): Array<[G, P]> {
  const used = new Set<number>();
  const pairs: Array<[G, P]> = [];
  const options: Array<{ gi: number; pi: number; s: number }> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { const s = score(g, p); if (s > 0) options.push({ gi, pi, s }); }));
  options.sort((a, b) => b.s - a.s || a.gi - b.gi || a.pi - b.pi);
  const goldUsed = new Set<number>();
  for (const o of options) {
    if (goldUsed.has(o.gi) || used.has(o.pi)) continue;
    goldUsed.add(o.gi); used.add(o.pi);
    pairs.push([gold[o.gi]!, pred[o.pi]!]);
  }
  return pairs;
}

/**
 * Events: same type (or a gold alt type) and a shared actor, or the same
 * location when gold has no actors. Exported so the merge eval pairs gold
 * and predicted events exactly as the per-article scorer does.
 */
export function matchEvents<G extends GoldEvent, P extends ExtractedEvent>(gold: G[], pred: P[], canon: Canonicalise): Array<[G, P]> {
  const key = (n: string | null | undefined) => (n == null ? '' : canon(n).toLowerCase());
  return matchAll(gold, pred, (g, p) => {
    const typeOk = g.type === p.type || (g.alt_types ?? []).includes(p.type);
    if (!typeOk) return 0;
    const ok = g.actors.length === 0
      ? g.location != null && p.location != null && key(g.location) === key(p.location)
      : g.actors.some((a) => p.actors.some((b) => key(a) === key(b)));
    if (!ok) return 0;
    return 1 + (g.type === p.type ? 0.5 : 0) + (g.date === p.date ? 0.5 : 0) + (g.certainty === p.certainty ? 0.25 : 0)
      + (g.sentence && p.sentence && (g.sentence.includes(p.sentence) || p.sentence.includes(g.sentence)) ? 1 : 0);
  });
}

/** Amounts: same currency and value within 0.5% (a range matches on its upper or lower bound); owner, category and exact value break ties. */
export function matchAmounts<P extends Extraction['amounts'][number]>(gold: GoldAmount[], pred: P[], key: (n: string | null | undefined) => string): Array<[GoldAmount, P]> {
  return matchAll(gold, pred, (g, p) => {
    if (g.currency !== p.currency) return 0;
    const gv = [g.value, g.value_min].filter((v): v is number => typeof v === 'number');
    const pv = [p.value, p.value_min].filter((v): v is number => typeof v === 'number');
    if (!gv.some((a) => pv.some((b) => close(b, a, 0.005)))) return 0;
    return 1 + (key(g.entity) === key(p.entity) ? 0.5 : 0) + (g.category === p.category ? 0.5 : 0) + (close(p.value, g.value, 0.005) ? 0.25 : 0);
  });
}

export function scoreArticle(id: string, gold: Gold, pred: Extraction, canon: Canonicalise): ArticleScore {
  const misses: string[] = [];
  const key = (n: string | null | undefined) => (n == null ? '' : canon(n).toLowerCase());

  // Entities: same canonical name (or one of the gold's aliases) and type.
  const entPairs = matchAll(gold.entities, pred.entities, (g, p) => {
    if (g.type !== p.type) return 0;
    const names = [g.name, ...(g.aliases_in_text ?? [])].map(key);
    return names.includes(key(p.name)) ? 1 : 0;
  });
  const entities = { tp: entPairs.length, fp: pred.entities.length - entPairs.length, fn: gold.entities.length - entPairs.length };
  const matchedGoldEnt = new Set(entPairs.map(([g]) => g));
  const matchedPredEnt = new Set(entPairs.map(([, p]) => p));
  for (const g of gold.entities) if (!matchedGoldEnt.has(g)) misses.push(`entity missed: ${g.name} (${g.type})`);
  for (const p of pred.entities) if (!matchedPredEnt.has(p)) misses.push(`entity extra: ${p.name} (${p.type})`);

  const amtPairs = matchAmounts(gold.amounts, pred.amounts, key);
  const amounts = { tp: amtPairs.length, fp: pred.amounts.length - amtPairs.length, fn: gold.amounts.length - amtPairs.length };
  let amountEntityOk = 0, amountCategoryOk = 0, amountPeriodOk = 0, amountEstimateOk = 0;
  for (const [g, p] of amtPairs) {
    if (key(g.entity) === key(p.entity)) amountEntityOk++; else misses.push(`amount entity: ${g.text} gold=${g.entity} got=${p.entity} [${p.rule ?? ''}]`);
    if (g.category === p.category) amountCategoryOk++; else misses.push(`amount category: ${g.text} gold=${g.category} got=${p.category} [${p.rule ?? ''}]`);
    if ((g.period ?? null) === (p.period ?? null)) amountPeriodOk++; else misses.push(`amount period: ${g.text} gold=${g.period} got=${p.period}`);
    if (!!g.estimate === !!p.estimate) amountEstimateOk++; else misses.push(`amount estimate: ${g.text} gold=${g.estimate} got=${p.estimate}`);
  }
  const mg = new Set(amtPairs.map(([g]) => g)); const mp = new Set(amtPairs.map(([, p]) => p));
  for (const g of gold.amounts) if (!mg.has(g)) misses.push(`amount missed: ${g.text} ${g.currency} ${g.value}`);
  for (const p of pred.amounts) if (!mp.has(p)) misses.push(`amount extra: ${p.text} ${p.currency} ${p.value} in "${p.sentence.slice(0, 90)}"`);

  // Quantities: same kind and normalised value within 1%.
  const qPairs = matchAll(gold.quantities, pred.quantities, (g, p) => (g.kind === p.kind && (close(p.value, g.value, 0.01) || (g.value_min != null && close(p.value_min ?? p.value, g.value_min, 0.01))) ? 1 : 0));
  const quantities = { tp: qPairs.length, fp: pred.quantities.length - qPairs.length, fn: gold.quantities.length - qPairs.length };
  const qg = new Set(qPairs.map(([g]) => g)); const qp = new Set(qPairs.map(([, p]) => p));
  for (const g of gold.quantities) if (!qg.has(g)) misses.push(`quantity missed: ${g.text} ${g.kind} ${g.value}`);
  for (const p of pred.quantities) if (!qp.has(p)) misses.push(`quantity extra: ${p.text} ${p.kind} ${p.value}`);

  const evPairs = matchEvents(gold.events, pred.events, canon);
  const events = { tp: evPairs.length, fp: pred.events.length - evPairs.length, fn: gold.events.length - evPairs.length };
  let eventCertaintyOk = 0, eventDateOk = 0;
  for (const [g, p] of evPairs) {
    if (g.certainty === p.certainty) eventCertaintyOk++; else misses.push(`event certainty: ${g.type} ${g.actors.join('/')} gold=${g.certainty} got=${p.certainty} [${p.rule ?? ''}]`);
    if (g.date === p.date) eventDateOk++; else misses.push(`event date: ${g.type} ${g.actors.join('/')} gold=${g.date} got=${p.date}`);
  }
  const eg = new Set(evPairs.map(([g]) => g)); const ep = new Set(evPairs.map(([, p]) => p));
  for (const g of gold.events) if (!eg.has(g)) misses.push(`event missed: ${g.type} [${g.actors.join(', ')}] @${g.location} ${g.date} "${(g.sentence ?? '').slice(0, 100)}"`);
  for (const p of pred.events) if (!ep.has(p)) misses.push(`event extra: ${p.type} [${p.actors.join(', ')}] @${p.location} ${p.date} (${p.rule}) "${p.sentence.slice(0, 100)}"`);

  const promotionalOk = gold.promotional === pred.promotional;
  if (!promotionalOk) misses.push(`promotional: gold=${gold.promotional} got=${pred.promotional}`);
  return { id, entities, amounts, quantities, events, amountEntityOk, amountCategoryOk, amountPeriodOk, amountEstimateOk, eventCertaintyOk, eventDateOk, promotionalOk, misses };
}

export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface CorpusScore {
  articles: number;
  entities: Prf; amounts: Prf; quantities: Prf; events: Prf;
  amountEntityAccuracy: number; amountCategoryAccuracy: number; amountPeriodAccuracy: number; amountEstimateAccuracy: number;
  eventCertaintyAccuracy: number; eventDateAccuracy: number; promotionalAccuracy: number;
}

/** Precision, recall and F1 of counts (1 where nothing was to find or nothing was found). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

export function scoreCorpus(scores: ArticleScore[]): CorpusScore {
  const sum = (f: (s: ArticleScore) => Counts): Counts => scores.reduce((acc, s) => { const c = f(s); return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }; }, counts());
  const total = (f: (s: ArticleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const amt = sum((s) => s.amounts); const ev = sum((s) => s.events);
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    articles: scores.length,
    entities: prf(sum((s) => s.entities)), amounts: prf(amt), quantities: prf(sum((s) => s.quantities)), events: prf(ev),
    amountEntityAccuracy: ratio(total((s) => s.amountEntityOk), amt.tp),
    amountCategoryAccuracy: ratio(total((s) => s.amountCategoryOk), amt.tp),
    amountPeriodAccuracy: ratio(total((s) => s.amountPeriodOk), amt.tp),
    amountEstimateAccuracy: ratio(total((s) => s.amountEstimateOk), amt.tp),
    eventCertaintyAccuracy: ratio(total((s) => s.eventCertaintyOk), ev.tp),
    eventDateAccuracy: ratio(total((s) => s.eventDateOk), ev.tp),
    promotionalAccuracy: ratio(scores.filter((s) => s.promotionalOk).length, scores.length),
  };
}
