/**
 * `npm run eval:retellings [-- DIR] [--cv]`: how noisy the events model's training labels are. Every sentence
 * is a training example labelled by the gold events whose evidence sentence it is; a happening told
 * twice is one gold event with one evidence sentence, so its other tellings are labelled negatives.
 * Per fold (cross-validate.ts's themes), counts the negative sentences that retell a gold happening:
 *   cue+actor: retoldTypes() (what training could use): a cue of the event's type and one of its actors;
 *   model: the fitted model (data/models/events.json) finds an event in the sentence that the scorer
 *          would match to a gold event of the article (type or alt type, a shared actor);
 *   merged: that event is merged (events.ts, mergeWithinArticle) into one found in a gold sentence.
 * And how the scorer credits events: matched pairs whose found event came from another sentence than
 * the gold evidence (the scorer matches by type and actors, the sentence only breaks ties).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadGoldArticles } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { matchEvents } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { createTagger, eventContext, readArticle } from '../../ingest/tag/index.ts';
import { articleFeatures, cueTypeOf, eventFeatures } from '../../ingest/tag/event-features.ts';
import { loadEventModel } from '../../ingest/tag/event-model.ts';
import { eventCandidates, mergeWithinArticle, objectNames, type EventCandidate } from '../../ingest/tag/events.ts';
import { articleDay } from '../../ingest/tag/dates.ts';
import { eventLexicon, overlaps, trainEventModel, type TrainingArticle } from '../../ingest/tag/learn/train-events.ts';
import { writtenArticlesFor } from './written-articles.ts';


/** The event types a sentence's features cue: cue-lexicon hits (lex:, lexv:) and general cue patterns (rule:); not the GloVe neighbours. */
function cuedTypes(features: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of features) {
    if (f.startsWith('lexn')) continue;
    const t = cueTypeOf(f);
    if (t) out.add(t);
  }
  return out;
}

const ACTOR_TYPES = new Set(['org', 'product', 'project', 'person']);
type GoldEventLike = TrainingArticle['gold']['events'][number] & { actors?: string[]; location?: string | null };

/**
 * The gold events a sentence that is not their evidence retells, read as the scorer and the within-article
 * merge read a happening: a cue of the event's type (or an alt type) and one of its actors named (its
 * location, when it has none). strict: the type itself, and the sentence's parties and the event's actors
 * one within the other (as mergeWithinArticle asks).
 */
function retoldTypes(s: { mentions: Array<{ name: string; type: string }> }, features: string[], events: GoldEventLike[], key: (n: string) => string, strict = false): Set<string> {
  const out = new Set<string>();
  const cued = cuedTypes(features);
  if (cued.size === 0) return out;
  const named = new Set(s.mentions.map((m) => key(m.name)));
  const parties = new Set(s.mentions.filter((m) => ACTOR_TYPES.has(m.type)).map((m) => key(m.name)));
  for (const ev of events) {
    if (![ev.type, ...(strict ? [] : ev.alt_types ?? [])].some((t) => cued.has(t))) continue;
    const actors = (ev.actors ?? []).map(key);
    const shared = actors.length ? actors.some((a) => named.has(a)) : ev.location != null && named.has(key(ev.location));
    const merges = !strict || actors.length === 0 || (parties.size > 0 && ([...parties].every((p) => actors.includes(p)) || actors.every((a) => parties.has(a))));
    if (shared && merges) out.add(ev.type);
  }
  return out;
}

const args = process.argv.slice(2);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const dir = resolve(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--set') ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`eval:retellings: ${dir} not found: pass a corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}
const articles = await loadGoldArticles(dir);
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();
const lexicon = eventLexicon();
const model = loadEventModel();
const key = (n: string) => (gazetteer.canonicalName(n) ?? n).toLowerCase();
const canon = (n: string) => gazetteer.canonicalName(n) ?? n;

interface Row { sentences: number; positive: number; negative: number; cueActor: number; strict: number; model: number; merged: number; both: number; goldEvents: number; noEvidence: number; tp: number; tpOtherSentence: number }
const rows = new Map<string, Row>();
const empty = (): Row => ({ sentences: 0, positive: 0, negative: 0, cueActor: 0, strict: 0, model: 0, merged: 0, both: 0, goldEvents: 0, noEvidence: 0, tp: 0, tpOtherSentence: 0 });

for (const a of articles) {
  const fold = themeFold(a.id);
  const r = rows.get(fold) ?? empty();
  rows.set(fold, r);
  const reading = readArticle(a, gazetteer);
  const infos = reading.infos;
  const withEvidence = a.gold.events.filter((ev) => ev.sentence);
  r.goldEvents += a.gold.events.length;
  r.noEvidence += a.gold.events.filter((ev) => !ev.sentence || !infos.some((s) => overlaps(s.text, ev.sentence!))).length;
  const goldSentence = infos.map((s) => withEvidence.some((ev) => overlaps(s.text, ev.sentence!)));
  const article = articleFeatures(infos);
  const candidates = eventCandidates(infos, eventContext(reading, a.publishedAt, model));
  const into = new Map<EventCandidate, EventCandidate>();
  const kept = mergeWithinArticle(candidates.map((c) => ({ ...c, actors: [...c.actors] })), articleDay(a.publishedAt), into, objectNames(infos));
  // mergeWithinArticle was given copies: map each copy back to its candidate's sentence.
  const copies = [...into.entries()];
  for (const s of infos) {
    r.sentences++;
    if (goldSentence[s.index]) { r.positive++; continue; }
    r.negative++;
    const feats = eventFeatures(s, lexicon, undefined, article);
    const cueActor = retoldTypes(s, feats, withEvidence, key).size > 0;
    if (retoldTypes(s, feats, withEvidence, key, true).size > 0) r.strict++;
    const mine = candidates.filter((c) => c.sentenceIndex === s.index);
    const byModel = mine.some((c) => matchEvents(a.gold.events, [c], canon).length > 0);
    const merged = copies.some(([from, to]) => from.sentenceIndex === s.index && goldSentence[to.sentenceIndex] && matchEvents(a.gold.events, [from], canon).length > 0);
    if (cueActor) r.cueActor++;
    if (byModel) r.model++;
    if (merged) r.merged++;
    if (cueActor && byModel) r.both++;
  }
  for (const [g, p] of matchEvents(a.gold.events, kept, canon)) {
    r.tp++;
    if (!g.sentence || !overlaps(p.sentence, g.sentence)) r.tpOtherSentence++;
  }
}

const total = [...rows.values()].reduce((acc, r) => { for (const k of Object.keys(acc) as Array<keyof Row>) acc[k] += r[k]; return acc; }, empty());
const cols: Array<keyof Row> = ['sentences', 'positive', 'negative', 'cueActor', 'strict', 'model', 'both', 'merged', 'goldEvents', 'noEvidence', 'tp', 'tpOtherSentence'];
console.log(`Retellings among negative training sentences (${articles.length} articles; model: fitted ${model.name}@${model.version})`);
console.log('fold'.padEnd(12) + cols.map((c) => c.padStart(16)).join(''));
for (const [fold, r] of [...rows.entries(), ['all', total] as const]) console.log(fold.padEnd(12) + cols.map((c) => String(r[c]).padStart(16)).join(''));
console.log('cueActor: negatives retoldTypes() marks; strict: retoldTypes(strict) (the type itself, parties one within the other); model: negatives where the fitted model finds an event the scorer matches to a gold event; both: both; merged: such an event merged into a gold sentence\'s;');
console.log('noEvidence: gold events whose evidence sentence no sentence overlaps; tpOtherSentence: fitted tp whose found event\'s sentence is not the gold evidence.');

// --cv: where the held-out errors sit, per fold (models trained on the other folds, as `npm run eval -- --cv`).
//   fp dup: found events the scorer left unmatched that match a gold event another found event already took
//           (a retelling the within-article merge did not merge);
//   fn retold: gold events missed although a sentence other than the evidence retells them (cue+actor).
if (args.includes('--cv')) {
  const settings = settingsFromArgs(args);
  const folds = [...new Set(articles.map((a) => themeFold(a.id)))];
  console.log(`\nHeld-out errors (--cv${Object.keys(settings).length ? ` ${JSON.stringify(settings)}` : ''})`);
  console.log('fold'.padEnd(12) + ['tp', 'fp', 'fp dup', 'fn', 'fn retold'].map((c) => c.padStart(12)).join(''));
  const sum = [0, 0, 0, 0, 0];
  for (const fold of folds) {
    const held = articles.filter((a) => themeFold(a.id) === fold);
    const tagger = createTagger({ gazetteer, eventModel: trainEventModel([...articles.filter((a) => themeFold(a.id) !== fold), ...written], gazetteer, settings) });
    const c = [0, 0, 0, 0, 0];
    for (const a of held) {
      const pred = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }).events;
      const pairs = matchEvents(a.gold.events, pred, canon);
      const matchedPred = new Set(pairs.map(([, p]) => p)), matchedGold = new Set(pairs.map(([g]) => g));
      c[0] += pairs.length;
      for (const p of pred) if (!matchedPred.has(p)) { c[1]++; if (matchEvents([...matchedGold], [p], canon).length) c[2]++; }
      const reading = readArticle(a, gazetteer);
      const article = articleFeatures(reading.infos);
      for (const g of a.gold.events) {
        if (matchedGold.has(g)) continue;
        c[3]++;
        if (reading.infos.some((s) => !(g.sentence && overlaps(s.text, g.sentence)) && retoldTypes(s, eventFeatures(s, lexicon, undefined, article), [g], key).size)) c[4]++;
      }
    }
    c.forEach((x, i) => (sum[i] += x));
    console.log(fold.padEnd(12) + c.map((x) => String(x).padStart(12)).join(''));
  }
  console.log('all'.padEnd(12) + sum.map((x) => String(x).padStart(12)).join(''));
}
