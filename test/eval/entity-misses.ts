/**
 * `npm run eval:entity-misses -- [--written|--unseen] [--type org] [--context N] [--summary]`: every
 * gold entity the tagger misses and every entity it adds, by fold (theme),
 * sorted into classes, with where the name stands in the text. Entities are
 * found by rules and lists, nothing trained on the corpus, so these are
 * out-of-fold errors as they are. Run it under the gazetteer ablation
 * (TRACKER_GAZETTEER=/path/no-orgs.json) to see what unknown names cost.
 *
 * Classes of a miss: "typed X" (the name found with another type), "inside
 * Y" (found only as part of a longer name), "fragment Y" (a shorter name
 * found in its place), "absent". An extra is "typed" when the gold has the
 * name with another type, "joined" when it spans gold names, else "extra".
 * Its per-fold F1 lets one prediction match several gold entries, so it
 * runs a little above the scorer's: quote `npm run eval -- --cv`.
 */
import { resolve } from 'node:path';
import { loadGoldArticles } from './run-eval.ts';
import { themeFold } from './cross-validate.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { loadWrittenArticles, UNSEEN_DIR, writerOf } from './written-articles.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const onlyType = opt('--type');
const width = Number(opt('--context') ?? 60);
const summary = args.includes('--summary');
const dir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

// --written: the project's written articles (data/written) instead, one fold per writer: names no list knows.
// --unseen: the held-out writers' articles (data/unseen), which nothing is tuned on; read them for classes, not cases.
const unseen = args.includes('--unseen');
const written = unseen || args.includes('--written');
const articles = unseen ? await loadWrittenArticles(UNSEEN_DIR, 'unseen') : written ? await loadWrittenArticles() : await loadGoldArticles(dir);
const tagger = createTagger();
const canon = (n: string) => (tagger.gazetteer.canonicalName(n) ?? n).toLowerCase();
const counts = new Map<string, number>();
const lines: string[] = [];
const perFold = new Map<string, { tp: number; fp: number; fn: number }>();

function contexts(body: string, name: string, n = 2): string[] {
  const out: string[] = [];
  for (let i = body.indexOf(name); i >= 0 && out.length < n; i = body.indexOf(name, i + name.length)) {
    out.push(body.slice(Math.max(0, i - width), i + name.length + width).replace(/\s+/g, ' '));
  }
  return out;
}

for (const a of articles) {
  const fold = written ? writerOf(a.id) : themeFold(a.id);
  const got = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }).entities;
  const gold = a.gold.entities;
  // Scored as score.ts does: the canonical name or one of the gold's aliases, and the type.
  const goldKeys = new Set(gold.flatMap((g) => [g.name, ...(g.aliases_in_text ?? [])].map((n) => `${canon(n)}|${g.type}`)));
  const matches = (g: (typeof gold)[number], p: (typeof got)[number]) => g.type === p.type && [g.name, ...(g.aliases_in_text ?? [])].some((n) => canon(n) === canon(p.name));
  const t = perFold.get(fold) ?? { tp: 0, fp: 0, fn: 0 };
  perFold.set(fold, t);
  const hit = gold.filter((g) => got.some((p) => matches(g, p))).length;
  t.tp += hit; t.fn += gold.length - hit; t.fp += got.filter((p) => !gold.some((g) => matches(g, p))).length;
  for (const g of gold) {
    if (got.some((p) => matches(g, p)) || (onlyType && g.type !== onlyType)) continue;
    const same = got.find((p) => canon(p.name) === canon(g.name));
    const longer = got.find((p) => p.name.includes(g.name) && p.name !== g.name);
    const shorter = got.find((p) => g.name.includes(p.name) && p.name !== g.name);
    const cls = same ? `typed ${same.type}` : longer ? 'inside' : shorter ? 'fragment' : 'absent';
    counts.set(`missed ${g.type} ${cls}`, (counts.get(`missed ${g.type} ${cls}`) ?? 0) + 1);
    const note = longer ? ` <${longer.name}>` : shorter ? ` <${shorter.name} (${shorter.type})>` : '';
    lines.push(`${fold}\t${a.id}\tMISS ${g.type} [${cls}] ${g.name}${note}`);
    for (const c of contexts(a.body, g.name)) lines.push(`\t\t… ${c} …`);
  }
  for (const p of got) {
    if (goldKeys.has(`${canon(p.name)}|${p.type}`) || (onlyType && p.type !== onlyType)) continue;
    const same = gold.find((g) => canon(g.name) === canon(p.name));
    const joined = gold.filter((g) => p.name.includes(g.name)).length >= 2;
    const cls = same ? `typed (gold ${same.type})` : joined ? 'joined' : 'extra';
    counts.set(`extra ${p.type} ${cls}`, (counts.get(`extra ${p.type} ${cls}`) ?? 0) + 1);
    lines.push(`${fold}\t${a.id}\tEXTRA ${p.type} [${cls}] ${p.name} (${p.origin})`);
    for (const c of contexts(a.body, p.aliases?.[0] ?? p.name, 1)) lines.push(`\t\t… ${c} …`);
  }
}
if (!summary) console.log(lines.join('\n'));
console.log('\nclass counts');
const f1 = (x: { tp: number; fp: number; fn: number }) => (200 * x.tp) / (2 * x.tp + x.fp + x.fn);
console.log(`entities F1 per fold: ${[...perFold].map(([k, v]) => `${k} ${f1(v).toFixed(1)}`).join('  ')}  mean ${([...perFold.values()].reduce((a, v) => a + f1(v), 0) / perFold.size).toFixed(2)}`);
for (const [k, v] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(v).padStart(5)}  ${k}`);
