/**
 * `npm run eval:events-by-type [-- --list] [--confusion] [--set key=value]`: cross-validated events, per type.
 * Same folds as `npm run eval -- --cv` (one per theme plus dev+seeds, grouped
 * by event_key, the model trained on the other folds). For each gold type:
 * tp, fn and what became of the misses (scored under another type, or no
 * event from that sentence at all); for each predicted type: fp and why
 * (gold's happening of that type and an actor was already matched: a restatement; else another
 * type was gold in that sentence; else gold has no event there).
 * --confusion prints gold type x predicted type over the wrong-type misses (a gold event unmatched while
 * its sentence gave an event of another type); --set trains with other settings, as `npm run eval -- --cv`.
 * --actors prints why gold events found with the right type share no actor (actorMissReason), counts only.
 * --restated prints why each restated extra was not merged (events.ts, sameHappening) into the prediction that
 * matched its gold happening (restatedWhy), by fold, counts only; and, marked, the same for the other extras of
 * the type of a happening matched in the article (they share no actor with its gold).
 * A diagnostic only: the tagger never reads it.
 */
import { resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles, type GoldArticle } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { matchEvents, type GoldEvent } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { createTagger, eventContext, readArticle } from '../../ingest/tag/index.ts';
import { overlaps } from '../../ingest/tag/learn/train-events.ts';
import type { SentenceInfo } from '../../ingest/tag/context.ts';
import { PARTY_DEFINED_TYPES, aboutOtherThings, asCompared, eventCandidates, findEvents, objectNames, whyApart, type EventCandidate } from '../../ingest/tag/events.ts';
import { articleDay } from '../../ingest/tag/dates.ts';
import { isRecalledDate } from '../../ingest/tag/event-dates.ts';
import type { EventModel } from '../../ingest/tag/event-model.ts';
import type { ExtractedEvent } from '../../ingest/tag/types.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const confusion = args.includes('--confusion');
const actorsWhy = args.includes('--actors');
const restatedWhyFlag = args.includes('--restated');
/** reason -> fold -> count, over restated extras. */
const restatedReasons = new Map<string, Map<string, number>>();
let currentFold = '';
const objectsOf = new Map<GoldArticle, Set<string>>();
/** "same sentence"/"elsewhere" -> reason -> fold -> count, over gold events a prediction of their type shares no actor with. */
const actorMisses = new Map<string, Map<string, number>>();
const settings = settingsFromArgs(args);
/** gold type -> predicted type -> count, over wrong-type misses. */
const confused = new Map<string, Map<string, number>>();
// A corpus directory may be passed (as for npm run eval), else ../shared/corpus beside the checkout.
const dir = resolve(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--set') ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const gold = await loadGoldArticles(dir);
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();

interface Row { tp: number; fn: number; fp: number; fnWrongType: number; fnUndetected: number; fpWrongType: number; fpNoEvent: number; fpDuplicate: number }
const rows = new Map<string, Row>();
const row = (t: string) => { let r = rows.get(t); if (!r) rows.set(t, (r = { tp: 0, fn: 0, fp: 0, fnWrongType: 0, fnUndetected: 0, fpWrongType: 0, fpNoEvent: 0, fpDuplicate: 0 })); return r; };
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameSentence = (a: string | undefined, b: string) => !!a && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
const lines: string[] = [];

/** Words that point back to a party named earlier: a body by its kind ("the council"), a company, a pronoun. */
const POINTS_BACK = /\b(?:the (?:council|commission|board|county|city|town|state|agency|department|ministry|regulators?|authority|utility|company|firm|group|developer|operator|plaintiffs?|lawsuit|court|judge|supervisors|commissioners|lawmakers|legislature)|it|its|they|their)\b/i;

const folds = [...new Set(gold.map((a) => themeFold(a.id)))];
for (const fold of folds) {
  const held = gold.filter((a) => themeFold(a.id) === fold);
  const training = gold.filter((a) => themeFold(a.id) !== fold);
  const model = trainStackedEventModel([...training, ...written], gazetteer, settings, { label: goldEventLabels(gazetteer), foldOf: themeFold });
  const tagger = createTagger({ gazetteer, eventModel: model });
  for (const a of held) {
    const canon = (n: string) => tagger.gazetteer.canonicalName(n) ?? n;
    const pred = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }).events;
    currentFold = fold;
    // The same events before tag() drops their sentence index, alt types and date flag (the restated breakdown reads them).
    let full: EventCandidate[] | undefined;
    if (restatedWhyFlag) {
      const reading = readArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt }, gazetteer);
      full = findEvents(reading.infos, eventContext(reading, a.publishedAt, model));
      if (full.length !== pred.length || full.some((e, i) => e.type !== pred[i]!.type || e.sentence !== pred[i]!.sentence)) throw new Error(`findEvents and tag() disagree on ${a.id}`);
      objectsOf.set(a, objectNames(reading.infos));
    }
    tally(a, pred, canon, full);
    if (actorsWhy) actorTally(fold, a, pred, canon, model);
  }
}

/**
 * Why a gold event that a prediction of its type (or alt type) exists for shares no actor with any of them:
 * the first reason that holds over the gold actors, from nearest to furthest.
 */
function actorMissReason(g: GoldEvent, pred: ExtractedEvent[], infos: SentenceInfo[], canon: (n: string) => string): string {
  const key = (n: string) => canon(n).toLowerCase();
  if (g.actors.length === 0) return pred.some((p) => p.location) ? 'gold has no actors: location differs' : 'gold has no actors: no location predicted';
  const wanted = new Set(g.actors.map(key));
  // The prediction names a gold actor, yet was scored against another gold event: two gold happenings, one prediction.
  if (pred.some((p) => p.actors.some((x) => wanted.has(key(x))))) return 'shares an actor, but paired with another gold event';
  const s = g.sentence ? infos.find((x) => overlaps(x.text, g.sentence!)) : undefined;
  const here = s?.mentions.filter((m) => wanted.has(key(m.name))) ?? [];
  if (here.length) return `actor tagged in the sentence (${[...new Set(here.map((m) => m.type))].sort().join('/')}) but not an actor of the prediction`;
  const elsewhere = infos.some((x) => x !== s && x.mentions.some((m) => wanted.has(key(m.name))));
  const refers = !!s && POINTS_BACK.test(s.text);
  if (elsewhere) return refers ? 'actor tagged in another sentence; sentence refers back' : 'actor tagged in another sentence; no back-reference';
  // A tagged name sharing a capitalised word with a gold actor: an alias, a cut-short or over-long name.
  const words = (n: string) => n.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w) && w.length > 2);
  const goldWords = new Set(g.actors.flatMap(words));
  const near = infos.some((x) => x.mentions.some((m) => words(m.name).some((w) => goldWords.has(w))));
  if (near) return refers ? 'a near name tagged (alias/cut short); sentence refers back' : 'a near name tagged (alias/cut short)';
  return refers ? 'actor not tagged anywhere; sentence refers back' : 'actor not tagged anywhere';
}

function actorTally(fold: string, a: GoldArticle, pred: ExtractedEvent[], canon: (n: string) => string, model: EventModel): void {
  const matched = new Set<GoldEvent>(matchEvents(a.gold.events, pred, canon).map(([g]) => g));
  const reading = readArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt }, gazetteer);
  const { infos } = reading;
  // Before restatements are merged: did the gold sentence itself give a candidate of the type?
  const candidates = eventCandidates(infos, eventContext(reading, a.publishedAt, model));
  for (const g of a.gold.events) {
    if (matched.has(g)) continue;
    const typeOk = (p: ExtractedEvent) => p.type === g.type || (g.alt_types ?? []).includes(p.type);
    const typed = pred.filter(typeOk);
    if (!typed.length) continue;
    const inSentence = typed.filter((p) => sameSentence(g.sentence, p.sentence));
    let scope = 'prediction of the type from its sentence';
    let reason: string;
    if (inSentence.length) reason = actorMissReason(g, inSentence, infos, canon);
    else {
      const own = candidates.filter((c) => typeOk(c) && sameSentence(g.sentence, c.sentence));
      if (own.length) { scope = 'candidate of the type from its sentence, merged into another telling'; reason = actorMissReason(g, own, infos, canon); }
      else { scope = 'prediction of the type only from other sentences'; reason = actorMissReason(g, typed, infos, canon); }
    }
    let byReason = actorMisses.get(scope);
    if (!byReason) actorMisses.set(scope, (byReason = new Map()));
    const k = `${reason}\t${fold}`;
    byReason.set(k, (byReason.get(k) ?? 0) + 1);
  }
}

/**
 * Why a restated extra and the prediction that matched its gold happening stayed two events: the check of
 * sameHappening that fails (events.ts, whyApart), read earlier telling first, with what sets the parties or dates apart.
 */
function restatedWhy(x: EventCandidate, y: EventCandidate, objects: ReadonlySet<string>, today: string): string {
  const [a, later] = x.sentenceIndex <= y.sentenceIndex ? [x, y] : [y, x];
  const b = asCompared(later, today);
  const where = a.sentenceIndex === b.sentenceIndex ? 'one sentence' : 'two sentences';
  const why = whyApart(a, b, undefined, objects);
  switch (why) {
    case null: return 'would merge now (merge order: joined another telling first)';
    case 'later says another': return 'later says another/separate';
    case 'places differ in one sentence': return why;
    case 'types differ': {
      const alt = a.alt_types.includes(b.type) || b.alt_types.includes(a.type);
      return alt ? `types differ, alt type of each other, later dated (${where})` : `types differ, not alt types (${where})`;
    }
    case 'dates differ': return isRecalledDate(a.date, today) || isRecalledDate(b.date, today) ? 'dates differ, one recalled (well before the article)' : 'dates differ, both recent';
    case 'no parties to compare': return 'one has no parties';
    case 'each about another thing':
    case 'parties differ': {
      const shared = a.actors.filter((n) => b.actors.includes(n)).length;
      const kind = (e: EventCandidate) => (e.actors.some((n) => objects.has(n)) ? 'names a product/project' : 'companies only');
      if (shared === 0) return `parties disjoint (${kind(a)} / ${kind(b)})`;
      if (PARTY_DEFINED_TYPES.has(a.type)) return 'parties overlap, party-defined type';
      return why === 'each about another thing' || aboutOtherThings(a, b, objects) ? 'parties overlap, each names a product the other does not' : 'parties overlap, under half shared';
    }
    case 'later dated, shares under half the parties': return why;
  }
}

function tally(a: GoldArticle, pred: ExtractedEvent[], canon: (n: string) => string, full?: EventCandidate[]): void {
  const pairs = matchEvents(a.gold.events, pred, canon);
  const mg = new Set<GoldEvent>(pairs.map(([g]) => g));
  const mp = new Set<ExtractedEvent>(pairs.map(([, p]) => p));
  for (const [g] of pairs) row(g.type).tp++;
  for (const g of a.gold.events) {
    if (mg.has(g)) continue;
    const r = row(g.type);
    r.fn++;
    const there = pred.filter((p) => sameSentence(g.sentence, p.sentence));
    if (there.length) r.fnWrongType++; else r.fnUndetected++;
    for (const t of new Set(there.map((p) => p.type))) { let m = confused.get(g.type); if (!m) confused.set(g.type, (m = new Map())); m.set(t, (m.get(t) ?? 0) + 1); }
    if (list) lines.push(`${a.id} MISS ${g.type} [${g.actors.join(', ')}] got ${there.map((p) => `${p.type} {${p.rule ?? ''}}`).join('/') || '-'}`);
  }
  for (const p of pred) {
    if (mp.has(p)) continue;
    const r = row(p.type);
    r.fp++;
    const there = a.gold.events.filter((g) => sameSentence(g.sentence, p.sentence));
    // A restatement: gold's happening of this type, sharing an actor, was already matched by another prediction.
    const key = (n: string) => canon(n).toLowerCase();
    const restated = pairs.find(([g]) => (g.type === p.type || (g.alt_types ?? []).includes(p.type)) && g.actors.some((x) => p.actors.some((y) => key(x) === key(y))));
    if (restated) r.fpDuplicate++;
    // Not counted as restated, yet of the type of a happening matched in the article: a retelling naming other parties?
    const sameType = restated ? undefined : pairs.find(([g]) => g.type === p.type || (g.alt_types ?? []).includes(p.type));
    const against = restated ?? sameType;
    if (against && full) {
      const why = `${restated ? '' : '[no actor shared with gold] '}${restatedWhy(full[pred.indexOf(p)]!, full[pred.indexOf(against[1])]!, objectsOf.get(a)!, articleDay(a.publishedAt))}`;
      let m = restatedReasons.get(why);
      if (!m) restatedReasons.set(why, (m = new Map()));
      m.set(currentFold, (m.get(currentFold) ?? 0) + 1);
      if (list) lines.push(`${a.id} ${restated ? 'RESTATED' : 'SAME-TYPE'} ${why}`);
    }
    else if (there.length) r.fpWrongType++;
    else r.fpNoEvent++;
    if (list) lines.push(`${a.id} EXTRA ${p.type} [${p.actors.join(', ')}] ${p.date} gold ${there.map((g) => g.type).join('/') || '-'}${restated ? ` restates ${restated[1].type} [${restated[1].actors.join(', ')}] ${restated[1].date}` : ''}`);
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-').padStart(6);
console.log(`Cross-validated events per type (${gold.length} articles, ${folds.length} folds)`);
console.log('type           gold  pred    tp    P      R      F1   | miss: wrong-type undetected | extra: wrong-type no-event restated');
const total: Row = { tp: 0, fn: 0, fp: 0, fnWrongType: 0, fnUndetected: 0, fpWrongType: 0, fpNoEvent: 0, fpDuplicate: 0 };
for (const [t, r] of [...rows.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  for (const k of Object.keys(total) as Array<keyof Row>) total[k] += r[k];
  print(t, r);
}
print('all', total);
function print(t: string, r: Row): void {
  const p = r.tp / (r.tp + r.fp || 1), rec = r.tp / (r.tp + r.fn || 1);
  const f1 = p + rec ? (2 * p * rec) / (p + rec) : 0;
  console.log(`${t.padEnd(13)}${String(r.tp + r.fn).padStart(5)}${String(r.tp + r.fp).padStart(6)}${String(r.tp).padStart(6)}${pct(r.tp, r.tp + r.fp)} ${pct(r.tp, r.tp + r.fn)} ${(100 * f1).toFixed(1).padStart(6)}  | ${String(r.fnWrongType).padStart(16)} ${String(r.fnUndetected).padStart(10)} | ${String(r.fpWrongType).padStart(17)} ${String(r.fpNoEvent).padStart(8)} ${String(r.fpDuplicate).padStart(8)}`);
}
if (confusion) {
  const types = [...new Set([...confused.keys(), ...[...confused.values()].flatMap((m) => [...m.keys()])])].sort();
  const short = (t: string) => t.slice(0, 7).padStart(8);
  console.log('\nWrong-type misses: gold type (row) x type predicted from its sentence (column)');
  console.log(''.padEnd(13) + types.map(short).join('') + '   total');
  for (const g of types) {
    const m = confused.get(g);
    if (!m) continue;
    console.log(g.padEnd(13) + types.map((t) => String(m.get(t) ?? '.').padStart(8)).join('') + String([...m.values()].reduce((a, n) => a + n, 0)).padStart(8));
  }
}
/** reason -> fold -> count as a table, most frequent reason first. */
function printReasons(reasons: Map<string, Map<string, number>>, width: number): void {
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, n) => x + n, 0);
  console.log('reason'.padEnd(width) + folds.map((f) => f.slice(0, 9).padStart(10)).join('') + '     total');
  for (const [r, m] of [...reasons.entries()].sort((x, y) => total(y[1]) - total(x[1]))) console.log(r.padEnd(width) + folds.map((f) => String(m.get(f) ?? 0).padStart(10)).join('') + String(total(m)).padStart(10));
}
if (actorsWhy) {
  console.log('\nGold events a prediction of their type shares no actor with, by reason and fold (counts only)');
  for (const [scope, byReason] of actorMisses) {
    console.log(`\n${scope}`);
    const reasons = new Map<string, Map<string, number>>();
    for (const [k, n] of byReason) { const [r, f] = k.split('\t') as [string, string]; let m = reasons.get(r); if (!m) reasons.set(r, (m = new Map())); m.set(f, n); }
    printReasons(reasons, 78);
  }
}
if (restatedWhyFlag) {
  console.log('\nRestated extras: why they did not merge into the prediction matched to their gold happening, by fold (counts only)');
  printReasons(restatedReasons, 90);
}
if (list) console.log('\n' + lines.join('\n'));
