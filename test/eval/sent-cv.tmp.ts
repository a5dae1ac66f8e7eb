// Scratch (not part of the suite): sentence-level CV of the event classifier alone, each article read once, many settings in one run:
// node --import tsx test/eval/sent-cv.tmp.ts '{}' '{"classWeight":0}'  (per fold: (sentence, type) F1; detector P/R; type accuracy).
import { loadGoldArticles } from './run-eval.ts';
import { themeFold } from './cross-validate.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { examplesOf, fitEventModel, eventLexicon, type Example } from '../../ingest/tag/learn/train-events.ts';
import { scoreFeatures } from '../../ingest/tag/event-model.ts';
const arts = await loadGoldArticles(new URL('../../../shared/corpus', import.meta.url).pathname);
const gz = Gazetteer.load();
const lex = eventLexicon();
const folds = [...new Set(arts.map(a => themeFold(a.id)))];
const exByFold = new Map<string, Example[]>(folds.map(f => [f, examplesOf(arts.filter(a => themeFold(a.id) === f), gz, lex)]));
const configs = process.argv.slice(2).map(a => JSON.parse(a));
for (const settings of configs.length ? configs : [{}]) {
  const f1s: number[] = []; let TP=0,FP=0,FN=0,to=0,tn=0;
  for (const f of folds) {
    const train = folds.filter(g => g !== f).flatMap(g => exByFold.get(g)!);
    const m = fitEventModel(train, lex, { articles: 0, corpusHash: '' }, settings);
    let tp=0,fp=0,fn=0;
    for (const e of exByFold.get(f)!) {
      const s = scoreFeatures(m, e.features);
      const preds = new Set<string>();
      if (s.event >= m.settings.threshold) {
        const ranked = m.types.map((t, i) => [t, s.types[i]!] as const).sort((a, b) => b[1] - a[1]);
        preds.add(ranked[0]![0]);
        if (ranked[1]![1] >= m.settings.secondThreshold) preds.add(ranked[1]![0]);
      }
      for (const p of preds) if (e.pos.has(p as never) || e.ignore.has(p as never)) tp++; else fp++;
      for (const g of e.pos) if (!preds.has(g)) fn++;
      if (e.pos.size) { tn++; const best = m.types[s.types.indexOf(Math.max(...s.types))]!; if (e.pos.has(best) || e.ignore.has(best)) to++; }
    }
    f1s.push(2*tp/(2*tp+fp+fn)); TP+=tp;FP+=fp;FN+=fn;
  }
  console.log(`${JSON.stringify(settings)} :: sentF1 mean ${(100*f1s.reduce((a,b)=>a+b)/f1s.length).toFixed(1)} [${f1s.map(x=>(100*x).toFixed(0)).join(' ')}] P ${(TP/(TP+FP)).toFixed(2)} R ${(TP/(TP+FN)).toFixed(2)} typeAcc ${(to/tn).toFixed(3)}`);
}
