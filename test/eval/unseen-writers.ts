/**
 * `npm run eval:unseen`: the shipped tagger (data/models/events.json, as `npm run train` writes it) scored on
 * data/unseen: articles by six more writers of the project's own (w6-w11) that nothing trains on (some readings were
 * chosen by reading its misses: data/unseen/README.md). With `--fresh`, data/fresh (w12-w14), whose misses are not
 * read: the closest thing here to the release check on articles nobody has seen.
 * It prints entities and events (with the event date and certainty accuracies over matched events), then the figures:
 * amounts and quantities P/R/F1 and, over matched amounts, who the amount is (owner), its category, period and
 * whether it is an estimate; per writer and over all of them. The figures were annotated later than the entities
 * and events, by other annotators who read the contract and a dozen corpus annotations, never the tagger or its output.
 *
 * Those writers annotated a little more densely than the corpus's (about three events an article, recalled
 * happenings included, alt types given freely), so its absolute figures sit below the CV figures; compare a change's
 * figures here with the figures before it, not with the CV table. `--model PATH` scores another event model file.
 * `--written` scores data/written the same way (its events are fitted: the event model trains on them; its figures and
 * entities are not, so it is where to diagnose the amount and name readers before checking them here). `--fresh`
 * scores data/fresh: three more writers whose misses are not read, the check for what was chosen by reading these.
 */
import { readFileSync } from 'node:fs';
import { scoreUnseen } from './unseen-score.ts';
import type { EventModel } from '../../ingest/tag/event-model.ts';

const args = process.argv.slice(2);
const modelAt = args.indexOf('--model');
const modelPath = modelAt >= 0 ? args[modelAt + 1] : undefined;
if (modelAt >= 0 && !modelPath) throw new Error('eval:unseen: --model needs a path to an event model JSON file (as npm run train writes)');

const eventModel = modelPath ? (JSON.parse(readFileSync(modelPath, 'utf8')) as EventModel) : undefined;
const written = args.includes('--written');
const fresh = args.includes('--fresh');
const { articles, byWriter } = await scoreUnseen(eventModel, written ? 'written' : fresh ? 'fresh' : 'unseen');

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const model = eventModel ? modelPath : 'the shipped model';
console.log(written ? `Written articles (data/written, ${articles} articles; events fitted: the event model trains on them), ${model}`
  : fresh ? `Fresh writers (data/fresh, ${articles} articles; their misses are not read), ${model}` : `Unseen writers (data/unseen, ${articles} articles), ${model}`);
console.log(`${'writer'.padEnd(8)} ${'articles'.padStart(8)}   entities P/R/F1        events P/R/F1          event date  certainty`);
for (const { writer, articles: n, score: s } of byWriter) {
  const e = s.entities, v = s.events;
  console.log(`${writer.padEnd(8)} ${String(n).padStart(8)}   ${pct(e.precision)}${pct(e.recall)}${pct(e.f1)}   ${pct(v.precision)}${pct(v.recall)}${pct(v.f1)}   ${pct(s.eventDateAccuracy)}    ${pct(s.eventCertaintyAccuracy)}`);
}

console.log(`\n${'writer'.padEnd(8)} ${'articles'.padStart(8)}   amounts P/R/F1         quantities P/R/F1      owner   category  period  estimate`);
for (const { writer, articles: n, score: s } of byWriter) {
  const a = s.amounts, q = s.quantities;
  console.log(`${writer.padEnd(8)} ${String(n).padStart(8)}   ${pct(a.precision)}${pct(a.recall)}${pct(a.f1)}   ${pct(q.precision)}${pct(q.recall)}${pct(q.f1)}  ${pct(s.amountEntityAccuracy)}  ${pct(s.amountCategoryAccuracy)}  ${pct(s.amountPeriodAccuracy)}  ${pct(s.amountEstimateAccuracy)}`);
}
