// Scratch diagnostic (not part of the suite): CV error classes for events.
import { loadGoldArticles } from './run-eval.ts';
import { themeFold } from './cross-validate.ts';
import { matchEvents } from './score.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainEventModel, examplesOf } from '../../ingest/tag/learn/train-events.ts';
import { scoreFeatures } from '../../ingest/tag/event-model.ts';
import { createTagger, readArticle } from '../../ingest/tag/index.ts';
import { classifySentence } from '../../ingest/tag/event-model.ts';
const settings = JSON.parse(process.argv[2] ?? '{}');
const verbose = process.argv.includes('-v');
const arts = await loadGoldArticles(new URL('../../../shared/corpus', import.meta.url).pathname);
const gz = Gazetteer.load();
const folds = [...new Set(arts.map(a => themeFold(a.id)))];
const conf = new Map<string, number>();
const cls = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const ov = (a?: string, b?: string) => !!a && !!b && (norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
let TP=0,FP=0,FN=0,typeOk=0,typeN=0;
for (const f of folds) {
  const train = arts.filter(a => themeFold(a.id)!==f), held = arts.filter(a => themeFold(a.id)===f);
  const m = trainEventModel(train, gz, settings);
  const ex = examplesOf(held, gz, m.lexicon);
  let tp=0,fp=0,fn=0,to=0,tn=0;
  for (const e of ex) {
    const s = scoreFeatures(m, e.features);
    const pred = s.event >= m.settings.threshold;
    const gold = e.pos.size>0;
    if (pred&&gold) tp++; else if (pred) fp++; else if (gold) fn++;
    if (gold) { tn++; const best = m.types[s.types.indexOf(Math.max(...s.types))]!; if (e.pos.has(best) || e.ignore.has(best)) to++; else bump(conf, `${[...e.pos].join('+')} -> ${best}`); }
  }
  TP+=tp;FP+=fp;FN+=fn;typeOk+=to;typeN+=tn;
  const tagger = createTagger({ gazetteer: gz, eventModel: m });
  const canon = (n: string) => gz.canonicalName(n) ?? n;
  for (const a of held) {
    const out = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt });
    const pairs = matchEvents(a.gold.events, out.events, canon);
    const infos = readArticle(a, gz).infos;
    const mg = new Set(pairs.map(p => p[0])), mp = new Set(pairs.map(p => p[1]));
    for (const g of a.gold.events) {
      if (mg.has(g)) { bump(cls, 'gold matched'); continue; }
      const inSent = out.events.filter(p => ov(p.sentence, g.sentence));
      let why = '';
      if (inSent.length === 0) {
        const si = infos.find(x => ov(x.text, g.sentence));
        if (!si) why = ' (sentence not found)';
        else { const v = classifySentence(m, si); why = v.decisions.length ? ` (classifier says ${v.decisions.map(d => d.type).join('+')}, dropped later)` : ` (detector ${v.event.toFixed(2)} < thr; gold type p=${v.typeProbability(g.type as never).toFixed(2)})`; }
        bump(cls, `gold missed none: ${why.replace(/[\d.]+/g, '').replace(/says .*,/, 'says,')}`);
      }
      const k = inSent.length === 0 ? 'none in sentence' + why : inSent.some(p => p.type === g.type || (g.alt_types ?? []).includes(p.type)) ? 'type ok, actor miss' : 'wrong type only';
      bump(cls, `gold missed: ${k}`);
      if (verbose) console.log(`MISS[${k}] ${g.type} [${g.actors.join(', ')}] | ${inSent.map(p => `${p.type}[${p.actors.join(',')}]`).join(' ')} | ${g.sentence?.slice(0, 140)}`);
    }
    for (const p of out.events) {
      if (mp.has(p)) continue;
      const gs = a.gold.events.filter(g => ov(p.sentence, g.sentence));
      const k = gs.length === 0 ? 'no gold in sentence' : gs.some(g => g.type === p.type || (g.alt_types ?? []).includes(p.type)) ? (gs.some(g => mg.has(g)) ? 'dup/other of matched' : 'type ok, actor miss') : 'wrong type';
      bump(cls, `extra: ${k}`);
      if (a.gold.events.length === 0) bump(cls, `extra in article without gold events`);
      if (verbose) console.log(`EXTRA[${k}] ${p.type} [${p.actors.join(', ')}] gold: ${gs.map(g => `${g.type}[${g.actors.join(',')}]`).join(' ')} | ${p.sentence.slice(0, 140)}`);
    }
  }
}
console.log(`ALL detect P ${(TP/(TP+FP)).toFixed(3)} R ${(TP/(TP+FN)).toFixed(3)} type acc ${(typeOk/typeN).toFixed(3)}`);
console.log([...cls.entries()].sort().map(([k,v])=>`${v} ${k}`).join('\n'));
console.log([...conf.entries()].sort((a,b)=>b[1]-a[1]).slice(0,20).map(([k,v])=>`${v} ${k}`).join('\n'));
