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
 * A diagnostic only: the tagger never reads it.
 */
import { resolve } from 'node:path';
import { loadGoldArticles, type GoldArticle } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { matchEvents, type GoldEvent } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainEventModel } from '../../ingest/tag/learn/train-events.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { ExtractedEvent } from '../../ingest/tag/types.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const confusion = args.includes('--confusion');
const settings = settingsFromArgs(args);
/** gold type -> predicted type -> count, over wrong-type misses. */
const confused = new Map<string, Map<string, number>>();
const dir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const gold = await loadGoldArticles(dir);
const gazetteer = Gazetteer.load();

interface Row { tp: number; fn: number; fp: number; fnWrongType: number; fnUndetected: number; fpWrongType: number; fpNoEvent: number; fpDuplicate: number }
const rows = new Map<string, Row>();
const row = (t: string) => { let r = rows.get(t); if (!r) rows.set(t, (r = { tp: 0, fn: 0, fp: 0, fnWrongType: 0, fnUndetected: 0, fpWrongType: 0, fpNoEvent: 0, fpDuplicate: 0 })); return r; };
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameSentence = (a: string | undefined, b: string) => !!a && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
const lines: string[] = [];

const folds = [...new Set(gold.map((a) => themeFold(a.id)))];
for (const fold of folds) {
  const held = gold.filter((a) => themeFold(a.id) === fold);
  const training = gold.filter((a) => themeFold(a.id) !== fold);
  const tagger = createTagger({ gazetteer, eventModel: trainEventModel(training, gazetteer, settings) });
  for (const a of held) tally(a, tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }).events, (n) => tagger.gazetteer.canonicalName(n) ?? n);
}

function tally(a: GoldArticle, pred: ExtractedEvent[], canon: (n: string) => string): void {
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
if (list) console.log('\n' + lines.join('\n'));
