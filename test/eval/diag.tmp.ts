import { loadGoldArticles } from '/work/wt/tagger-events/test/eval/run-eval.ts';
import { themeFold } from '/work/wt/tagger-events/test/eval/cross-validate.ts';
import { Gazetteer } from '/work/wt/tagger-events/ingest/tag/gazetteer.ts';
import { trainEventModel, examplesOf } from '/work/wt/tagger-events/ingest/tag/learn/train-events.ts';
import { scoreFeatures } from '/work/wt/tagger-events/ingest/tag/event-model.ts';
const settings = JSON.parse(process.argv[2] ?? '{}');
const arts = await loadGoldArticles('/work/shared/corpus');
const gz = Gazetteer.load();
const folds = [...new Set(arts.map(a => themeFold(a.id)))];
const conf = new Map<string, number>();
let TP=0,FP=0,FN=0,typeOk=0,typeN=0;
for (const f of folds) {
  const m = trainEventModel(arts.filter(a => themeFold(a.id)!==f), gz, settings);
  const ex = examplesOf(arts.filter(a => themeFold(a.id)===f), gz, m.lexicon);
  let tp=0,fp=0,fn=0,to=0,tn=0;
  for (const e of ex) {
    const s = scoreFeatures(m, e.features);
    const pred = s.event >= m.settings.threshold;
    const gold = e.pos.size>0;
    if (pred&&gold) tp++; else if (pred) fp++; else if (gold) fn++;
    if (gold) { tn++; const best = m.types[s.types.indexOf(Math.max(...s.types))]; if (e.pos.has(best) || e.ignore.has(best)) to++; else conf.set(`${[...e.pos].join('+')} -> ${best}`, (conf.get(`${[...e.pos].join('+')} -> ${best}`) ?? 0) + 1); }
  }
  console.log(f, `detect P ${(tp/(tp+fp)).toFixed(2)} R ${(tp/(tp+fn)).toFixed(2)} type acc ${(to/tn).toFixed(2)} (n=${tn})`);
  TP+=tp;FP+=fp;FN+=fn;typeOk+=to;typeN+=tn;
}
console.log(`ALL detect P ${(TP/(TP+FP)).toFixed(3)} R ${(TP/(TP+FN)).toFixed(3)} type acc ${(typeOk/typeN).toFixed(3)}`);

console.log([...conf.entries()].sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>`${v} ${k}`).join('\n'));
