/**
 * `npm run eval:undetected-why [-- --set key=value]`: why the happening detector misses the gold events no
 * prediction comes from (events-by-type's "undetected"), cross-validated on the same folds. Each miss is put
 * in every group that fits it (not exclusive) and counted per fold; counts only, no corpus text is printed.
 * A diagnostic only: the tagger never reads it.
 */
import { resolve } from 'node:path';
import { loadGoldArticles } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { matchEvents, type GoldEvent } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainEventModel, overlaps } from '../../ingest/tag/learn/train-events.ts';
import { createTagger, readArticle } from '../../ingest/tag/index.ts';
import { articleFeatures, eventFeatures } from '../../ingest/tag/event-features.ts';
import { readsOf, scoreFeatures } from '../../ingest/tag/event-model.ts';
import { writtenArticlesFor } from './written-articles.ts';

const settings = settingsFromArgs(process.argv.slice(2));
// A corpus directory may be passed (as for npm run eval), else ../shared/corpus beside the checkout.
const dir = resolve(process.argv.slice(2).find((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--set') ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const gold = await loadGoldArticles(dir);
const written = await writtenArticlesFor(process.argv);
const gazetteer = Gazetteer.load();
const folds = [...new Set(gold.map((a) => themeFold(a.id)))];
/** group -> fold -> count */
const groups = new Map<string, Map<string, number>>();
const count = (g: string, fold: string) => { let m = groups.get(g); if (!m) groups.set(g, (m = new Map())); m.set(fold, (m.get(fold) ?? 0) + 1); };
const VOTE_TALLY = /\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b/;
const VOTE_WORD = /\b(?:vot|ballot|unanimous)/i;
const QUOTE = /["“”]/;

for (const fold of folds) {
  const held = gold.filter((a) => themeFold(a.id) === fold);
  const model = trainEventModel([...gold.filter((a) => themeFold(a.id) !== fold), ...written], gazetteer, settings);
  const tagger = createTagger({ gazetteer, eventModel: model });
  for (const a of held) {
    const pred = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }).events;
    const matched = new Set<GoldEvent>(matchEvents(a.gold.events, pred, (n) => tagger.gazetteer.canonicalName(n) ?? n).map(([g]) => g));
    const { infos } = readArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt }, gazetteer);
    const article = articleFeatures(infos);
    for (const g of a.gold.events) {
      if (matched.has(g) || !g.sentence) continue;
      if (pred.some((p) => overlaps(p.sentence, g.sentence!))) continue; // wrong type or actor, not undetected
      count('total', fold);
      const s = infos.find((x) => overlaps(x.text, g.sentence!));
      if (!s) { count(a.title && overlaps(a.title, g.sentence) ? 'headline only' : 'no sentence of ours overlaps gold\'s', fold); continue; }
      const fs = eventFeatures(s, model.lexicon, undefined, article, model.settings.wordClusters, readsOf(model));
      const p = scoreFeatures(model, fs).event;
      count(p >= model.settings.threshold ? 'detector above threshold (dropped later)' : p >= 0.3 ? 'detector 0.30-threshold' : p >= 0.1 ? 'detector 0.10-0.30' : 'detector < 0.10', fold);
      const cue = fs.some((f) => /^(?:lex|rule:)/.test(f));
      count(cue ? 'has cue (lexicon or rule)' : 'no cue hit (lexicon, neighbours or rule)', fold);
      if (fs.some((f) => /^lexn?v?:/.test(f) && f.endsWith(g.type))) count('cue of gold type', fold);
      if (fs.includes('passive')) count('passive', fold);
      if (QUOTE.test(s.text)) count('quote marks in sentence', fold);
      if (VOTE_WORD.test(s.text)) count('vote word', fold);
      if (VOTE_WORD.test(s.text) && VOTE_TALLY.test(s.text)) count('vote tally N-N', fold);
      if (!fs.includes('date')) count('no point date in sentence', fold);
      if (fs.some((f) => f.startsWith('md:'))) count('modal', fold);
      if (fs.includes('neg')) count('negation', fold);
      if (s.index === 0) count('first sentence', fold);
      count(`gold type ${g.type}`, fold);
    }
  }
}
console.log(`Undetected gold events by group (cross-validated, ${folds.length} folds; a miss can be in several groups)`);
console.log('group'.padEnd(44) + folds.map((f) => f.padStart(10)).join('') + '     total');
for (const [g, m] of [...groups.entries()].sort((x, y) => sum(y[1]) - sum(x[1]))) console.log(g.padEnd(44) + folds.map((f) => String(m.get(f) ?? 0).padStart(10)).join('') + String(sum(m)).padStart(10));
function sum(m: Map<string, number>): number { return [...m.values()].reduce((a, n) => a + n, 0); }
