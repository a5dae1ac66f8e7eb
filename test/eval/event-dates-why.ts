/**
 * `npm run eval:event-dates [-- --list]`: cross-validated event-date misses, by cause.
 * Same folds as `npm run eval -- --cv` (one per theme plus dev+seeds, grouped by
 * event_key, the events model trained on the other folds). For each matched
 * event whose date differs from gold's, the cause:
 *   - other sentence: the event was taken from another sentence than gold's;
 *     split by whether gold's sentence gives gold's date itself (an earlier
 *     happening recalled with its own date), and whether a candidate from gold's
 *     sentence existed before restatements were merged (and so was merged away);
 *   - same sentence: month against day (one date is the other's prefix), the
 *     article's date standing in for an undated sentence, or another date picked.
 * Then every matched event by the reading that gave its date (event-dates.ts dateOf's `why`):
 * right and wrong, and in how many articles and folds, to judge each reading across writers.
 * A diagnostic only: the tagger never reads it.
 */
import { resolve } from 'node:path';
import { loadGoldArticles, type GoldArticle } from './run-eval.ts';
import { themeFold } from './cross-validate.ts';
import { matchEvents } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainEventModel } from '../../ingest/tag/learn/train-events.ts';
import { createTagger, eventContext, readArticle } from '../../ingest/tag/index.ts';
import { eventCandidates, findEvents, mergeWithinArticle, objectNames } from '../../ingest/tag/events.ts';
import { articleDay } from '../../ingest/tag/dates.ts';
import type { EventModel } from '../../ingest/tag/event-model.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const dir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const gold = await loadGoldArticles(dir);
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameSentence = (a: string | undefined, b: string | undefined) => !!a && !!b && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
const causes = new Map<string, number>();
const byFold = new Map<string, number>();
const lines: string[] = [];
let matched = 0;
/** Per reading that gave a matched event its date (dateOf's why): right and wrong, in how many articles and folds. */
const reasons = new Map<string, { right: number; wrong: number; rightIn: Set<string>; wrongIn: Set<string>; rightFolds: Set<string>; wrongFolds: Set<string> }>();

const folds = [...new Set(gold.map((a) => themeFold(a.id)))];
for (const fold of folds) {
  const held = gold.filter((a) => themeFold(a.id) === fold);
  const model = trainEventModel([...gold.filter((a) => themeFold(a.id) !== fold), ...written], gazetteer);
  const tagger = createTagger({ gazetteer, eventModel: model });
  for (const a of held) explain(a, fold, tagger, model);
}

function explain(a: GoldArticle, fold: string, tagger: ReturnType<typeof createTagger>, model: EventModel): void {
  const input = { title: a.title, body: a.body, publishedAt: a.publishedAt };
  // The events as tag() finds them, read here so each keeps which reading gave its date.
  const reading = readArticle(input, gazetteer);
  const ctx = eventContext(reading, a.publishedAt, model);
  const pred = findEvents(reading.infos, ctx);
  const pairs = matchEvents(a.gold.events, pred, (n) => tagger.gazetteer.canonicalName(n) ?? n);
  matched += pairs.length;
  for (const [g, p] of pairs) {
    const r = reasons.get(p.dateWhy) ?? { right: 0, wrong: 0, rightIn: new Set<string>(), wrongIn: new Set<string>(), rightFolds: new Set<string>(), wrongFolds: new Set<string>() };
    reasons.set(p.dateWhy, r);
    if (list && g.date !== p.date) lines.push(`${a.id} ${g.type} [${g.actors.join(', ')}] gold=${g.date} got=${p.date} by ${p.dateWhy} (s${p.sentenceIndex})`);
    if (g.date === p.date) { r.right++; r.rightIn.add(a.id); r.rightFolds.add(fold); } else { r.wrong++; r.wrongIn.add(a.id); r.wrongFolds.add(fold); }
  }
  const misses = pairs.filter(([g, p]) => g.date !== p.date);
  if (!misses.length) return;
  const candidates = eventCandidates(reading.infos, ctx);
  const today = articleDay(a.publishedAt);
  const into = new Map<(typeof candidates)[number], (typeof candidates)[number]>();
  mergeWithinArticle(candidates.map((c) => ({ ...c, actors: [...c.actors] })), today, into, objectNames(reading.infos));
  const joined = new Map([...into.entries()].map(([c, k]) => [`${c.sentenceIndex}|${c.type}|${c.date}`, k.sentenceIndex]));
  const key = (n: string) => (tagger.gazetteer.canonicalName(n) ?? n).toLowerCase();
  for (const [g, p] of misses) {
    const gs = reading.infos.find((s) => sameSentence(g.sentence, s.text));
    const ownDate = !!gs?.dates.some((d) => d.role === 'point' && d.value === g.date);
    let cause: string;
    if (!sameSentence(g.sentence, p.sentence)) {
      const cand = candidates.find((c) => c.sentenceIndex === gs?.index && (c.type === g.type || (g.alt_types ?? []).includes(c.type)) && c.actors.some((x) => g.actors.some((y) => key(x) === key(y))));
      const fate = !gs ? 'gold sentence not found' : !cand ? 'no candidate there' : cand.date === g.date ? 'candidate there had gold date, merged away' : `candidate there dated ${cand.date}`;
      cause = `other sentence, gold's sentence ${ownDate ? 'gives gold date' : gs?.dates.some((d) => d.role === 'point') ? 'gives another date' : 'undated'}; ${fate}`;
    } else if (g.date.startsWith(p.date) || p.date.startsWith(g.date)) cause = 'same sentence, month vs day';
    else if (p.date === today && !gs?.dates.some((d) => d.role === 'point' && d.value === today)) cause = "same sentence, article's date stood in";
    else cause = `same sentence, ${ownDate ? "another of the sentence's dates picked" : 'gold date not in sentence'}`;
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    byFold.set(fold, (byFold.get(fold) ?? 0) + 1);
    if (!list) continue;
    // The candidates this event was assembled from (same type, an actor in common), in order: sentence:date, * when the text gave it.
    const chain = candidates.filter((c) => (c.type === g.type || (g.alt_types ?? []).includes(c.type)) && c.actors.some((x) => g.actors.some((y) => key(x) === key(y))))
      .map((c) => { const j = joined.get(`${c.sentenceIndex}|${c.type}|${c.date}`); return `s${c.sentenceIndex}:${c.type}:${c.date}${c.dateExplicit ? '*' : ''}${j !== undefined ? `->s${j}` : ''}`; });
    const there = candidates.filter((c) => c.sentenceIndex === gs?.index).map((c) => `${c.type}[${c.actors.join(', ')}]:${c.date}`);
    lines.push(`${a.id} ${g.type} [${g.actors.join(', ')}] gold=${g.date} (s${gs?.index ?? '?'}) got=${p.date} pub=${today} :: ${cause}\n    candidates ${chain.join(' ')}\n    in gold's sentence: ${there.join(' ') || '-'}`);
  }
}

const total = [...causes.values()].reduce((x, y) => x + y, 0);
console.log(`Cross-validated event-date misses by cause (${gold.length} articles, ${folds.length} folds): ${total} of ${matched} matched events`);
for (const [c, n] of [...causes.entries()].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${c}`);
console.log(`per fold: ${folds.map((f) => `${f} ${byFold.get(f) ?? 0}`).join('; ')}`);
console.log('\nmatched events by the reading that gave the date: right / wrong (articles, folds)');
for (const [why, r] of [...reasons.entries()].sort((x, y) => y[1].right + y[1].wrong - x[1].right - x[1].wrong)) {
  console.log(`${why.padEnd(44)} right ${String(r.right).padStart(3)} (${r.rightIn.size} articles, ${r.rightFolds.size} folds)   wrong ${String(r.wrong).padStart(3)} (${r.wrongIn.size} articles, ${r.wrongFolds.size} folds)`);
}
if (list) console.log('\n' + lines.join('\n'));
