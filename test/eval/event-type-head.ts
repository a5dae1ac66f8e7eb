/**
 * `npm run eval:type-head [-- --set key=value] [--list]`: the events model's type head alone, cross-validated
 * (the folds of `npm run eval -- --cv`). For every held-out sentence that is the evidence of a gold event,
 * the type head's ranking (with the article's type prior, as the tagger reads it): how often its first type
 * is the gold type or one of the gold alt_types, how often one of its first two, and the confusion matrix of
 * gold type x first type. The detector and the actors play no part, so this isolates type errors.
 * A diagnostic only: the tagger never reads it.
 */
import { resolve } from 'node:path';
import { loadGoldArticles } from './run-eval.ts';
import { settingsFromArgs, themeFold } from './cross-validate.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { readArticle } from '../../ingest/tag/index.ts';
import { articleFeatures, eventFeatures, matchedRules } from '../../ingest/tag/event-features.ts';
import { articleTypePrior, readsOf, reweigh, scoreFeatures } from '../../ingest/tag/event-model.ts';
import { overlaps, trainEventModel } from '../../ingest/tag/learn/train-events.ts';
import { writtenArticlesFor } from './written-articles.ts';

const args = process.argv.slice(2);
const list = args.includes('--list');
const settings = settingsFromArgs(args);
const dir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const gold = await loadGoldArticles(dir);
const written = await writtenArticlesFor(args);
const gazetteer = Gazetteer.load();

const folds = [...new Set(gold.map((a) => themeFold(a.id)))];
const confusion = new Map<string, Map<string, number>>();
const perFold: string[] = [];
const lines: string[] = [];
let allN = 0, allTop1 = 0, allTop2 = 0;
for (const fold of folds) {
  const held = gold.filter((a) => themeFold(a.id) === fold);
  const model = trainEventModel([...gold.filter((a) => themeFold(a.id) !== fold), ...written], gazetteer, settings);
  let n = 0, top1 = 0, top2 = 0;
  for (const a of held) {
    const { infos } = readArticle(a, gazetteer);
    const article = articleFeatures(infos);
    const scores = infos.map((s) => scoreFeatures(model, eventFeatures(s, model.lexicon, matchedRules(s), article, model.settings.wordClusters, readsOf(model))));
    const prior = model.settings.articlePrior ? articleTypePrior(model, scores) : undefined;
    infos.forEach((s, k) => {
      const types = prior ? reweigh(scores[k]!.types, prior, model.settings.articlePrior!) : scores[k]!.types;
      const ranked = model.types.map((t, i) => ({ t, p: types[i]! })).sort((x, y) => y.p - x.p);
      for (const ev of a.gold.events) {
        if (!ev.sentence || !overlaps(s.text, ev.sentence)) continue;
        const ok = new Set([ev.type, ...(ev.alt_types ?? [])]);
        n++;
        if (ok.has(ranked[0]!.t)) top1++;
        if (ok.has(ranked[0]!.t) || ok.has(ranked[1]!.t)) top2++;
        else if (list) lines.push(`${a.id} ${ev.type}${ev.alt_types?.length ? `(${ev.alt_types.join('/')})` : ''} -> ${ranked.slice(0, 2).map((r) => `${r.t} ${r.p.toFixed(2)}`).join(', ')} | ${s.text.slice(0, 160)}`);
        if (!ok.has(ranked[0]!.t)) { let m = confusion.get(ev.type); if (!m) confusion.set(ev.type, (m = new Map())); m.set(ranked[0]!.t, (m.get(ranked[0]!.t) ?? 0) + 1); }
      }
    });
  }
  allN += n; allTop1 += top1; allTop2 += top2;
  perFold.push(`${fold} ${((100 * top1) / n).toFixed(1)}/${((100 * top2) / n).toFixed(1)} (${n})`);
}
console.log(`Type head, cross-validated, over gold evidence sentences (first type right / one of two right, gold type or alt type):`);
console.log(`folds: ${perFold.join('; ')}`);
console.log(`all: ${((100 * allTop1) / allN).toFixed(1)} / ${((100 * allTop2) / allN).toFixed(1)} of ${allN}`);
const types = [...new Set([...confusion.keys(), ...[...confusion.values()].flatMap((m) => [...m.keys()])])].sort();
console.log('\nWrong first type: gold type (row) x the head\'s first type (column)');
console.log(''.padEnd(13) + types.map((t) => t.slice(0, 7).padStart(8)).join('') + '   total');
for (const g of types) {
  const m = confusion.get(g);
  if (m) console.log(g.padEnd(13) + types.map((t) => String(m.get(t) ?? '.').padStart(8)).join('') + String([...m.values()].reduce((x, y) => x + y, 0)).padStart(8));
}
if (list) console.log('\n' + lines.join('\n'));
