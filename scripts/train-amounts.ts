/**
 * `npm run train:amounts -- [CORPUS_DIR] [--cv] [--write]`: trains the
 * amount model (ingest/tag/amount-model.ts) from the gold corpus (default
 * ../shared/corpus: train/, dev/ and seeds/). --cv prints cross-validated
 * accuracies of category, owner and estimate over the matched figures, one
 * writer's theme per fold (dev/ + seeds/ is a sixth), beside the rules'
 * accuracies on the same figures. --write saves data/models/amounts.json,
 * which the tagger then uses instead of the rules: do so only when --cv shows
 * the model ahead (it is not, today). --ranker cross-validates the owner
 * ranker over the rules (its override margin chosen inside each training
 * part), --weights adds its largest weights; --set l2=0.03 or
 * --set drop=REGEX (features left out) tries other settings.
 * --with-written trains on data/written's figures too (one more fold);
 * --unseen scores the models trained on everything on data/unseen; --blend
 * prints the category choice model with a bonus for the rules' category,
 * from the model alone to the rules alone, by fold and on data/unseen.
 *
 * Not shipped, at ac13df2 (`-- --blend --with-written`): the category model
 * trained with the written articles reads the unseen writers' categories
 * better than the rules (84.8 against 80.7; trained on the corpus alone 80.2),
 * but scores 82.1 against the rules' 89.9 over the corpus folds, and the
 * written and unseen figures were annotated from one brief by the same kind of
 * annotator, so part of that gain may be their shared conventions rather than
 * reading; every bonus between trades one for the other.
 */
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { readArticleFile } from '../ingest/importer/read-file.ts';
import { loadWrittenArticles, UNSEEN_DIR } from '../test/eval/written-articles.ts';
import { Gazetteer } from '../ingest/tag/gazetteer.ts';
import { AMOUNT_CATEGORIES, AMOUNT_MODEL_PATH, choose, score, type AmountModel } from '../ingest/tag/amount-model.ts';
import { amountExamples, chooseOwnerMargin, ownerRight, OWNER_MARGINS, trainFromExamples, trainOwnerModel, trainOwnerRanker, type AmountExample, type TrainingArticle } from '../ingest/tag/amount-train.ts';

const SEED_DEFAULT_PUBLISHED_AT = '2026-03-27T12:00:00Z';
const args = process.argv.slice(2);
const repoRoot = resolve(import.meta.dirname, '..');
const dir = resolve(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--set') ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`train:amounts: ${dir} not found: pass the corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}

async function loadCorpus(root: string): Promise<TrainingArticle[]> {
  const out: TrainingArticle[] = [];
  for (const sub of ['train', 'dev']) {
    const d = join(root, sub);
    if (!existsSync(d)) continue;
    for (const f of (await readdir(d)).filter((f) => f.endsWith('.json')).sort()) {
      const rec = (await readArticleFile(join(d, f)))[0]!;
      const gold = (JSON.parse(await readFile(join(d, f), 'utf8')) as { gold: TrainingArticle['gold'] }).gold;
      out.push({ id: `${sub}/${f.replace(/\.json$/, '')}`, title: rec.title, body: rec.body, publishedAt: rec.publishedAt, gold });
    }
  }
  const seeds = join(root, 'seeds');
  if (existsSync(seeds)) {
    for (const f of (await readdir(seeds)).filter((f) => f.endsWith('.gold.json')).sort()) {
      const g = JSON.parse(await readFile(join(seeds, f), 'utf8')) as { file: string; published_at?: string; gold: TrainingArticle['gold'] };
      const input = resolve(dirname(join(seeds, f)), g.file);
      const rec = (await readArticleFile(input, input.endsWith('.json') ? {} : { publishedAt: g.published_at ?? SEED_DEFAULT_PUBLISHED_AT }))[0]!;
      out.push({ id: `seeds/${basename(f, '.gold.json')}`, title: rec.title, body: rec.body, publishedAt: rec.publishedAt, gold: g.gold });
    }
  }
  return out;
}

/** One writer per fold: the theme of train/ files, dev/ and seeds/ together. */
const foldOf = (id: string) => /^train\/([a-z]+)-/.exec(id)?.[1] ?? (id.startsWith('written/') ? 'written' : 'dev+seeds');

function accuracy(model: AmountModel, ex: AmountExample[]) {
  let cat = 0, est = 0, own = 0, rCat = 0, rEst = 0, rOwn = 0;
  for (const e of ex) {
    if (choose(model.category, e.category.options) === e.category.gold) cat++;
    if (choose(model.estimate, e.estimate.options) === e.estimate.gold) est++;
    // Owner over every matched figure: an unrecognised owner counts as wrong.
    if (e.owner && choose(model.owner, e.owner.options) === e.owner.gold) own++;
    if (e.rule.category === ['capex', 'compute_spend', 'deal', 'funding', 'valuation', 'revenue', 'offer', 'cost', 'penalty', 'incentive', 'other'][e.category.gold]) rCat++;
    if (e.rule.estimate === (e.estimate.gold === 1)) rEst++;
    if (e.rule.ownerOk) rOwn++;
  }
  const n = Math.max(1, ex.length);
  return { n: ex.length, cat: cat / n, own: own / n, est: est / n, rCat: rCat / n, rOwn: rOwn / n, rEst: rEst / n };
}

// --set l2=0.03, --set drop=^(rule|why:) (the ranker without the rules' pick): other training settings of the owner ranker.
const settings = Object.fromEntries(args.filter((a, i) => args[i - 1] === '--set').map((kv) => { const at = kv.indexOf('='); const k = kv.slice(0, at), v = kv.slice(at + 1); return [k, k === 'drop' ? v : Number(v)]; }));
const gaz = Gazetteer.load();
// --with-written: the project's written articles (data/written, their figures annotated by other annotators) train too, as
// one more fold; --unseen: a model trained on everything is also scored on data/unseen, which nothing trains on.
const written = args.includes('--with-written') ? await loadWrittenArticles() : [];
const articles = [...await loadCorpus(dir), ...written];
const examples = new Map<string, AmountExample[]>();
for (const a of articles) examples.set(a.id, amountExamples(a, gaz));
const all = [...examples.values()].flat();
console.log(`owner not among candidates: ${all.filter((e) => !e.owner).length} of ${all.length}`);

if (args.includes('--dump')) {
  for (const e of all) if (e.rule.category !== e.goldCategory) console.log(`${e.article.slice(0, 18)} ${e.text} gold=${e.goldCategory} rule=${e.rule.category} | ${e.sentence.slice(0, 220)}`);
}

if (args.includes('--dump-owner')) {
  const m = trainFromExamples(all);
  for (const e of all) {
    const names = e.ownerNames;
    const got = e.owner ? names[choose(m.owner, e.owner.options)] : '(not a candidate)';
    if (!e.owner || got !== names[e.owner.gold]) console.log(`${e.article.slice(6, 22)} ${e.text} gold=${e.goldOwner} ${e.goldCategory} got=${got} cands=[${names.join('|')}] | ${e.sentence.slice(0, 200)}`);
  }
}

if (args.includes('--cv')) {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const folds = [...new Set(articles.map((a) => foldOf(a.id)))];
  console.log(`fold          figures  category (rules)   owner (rules)   estimate (rules)`);
  const means = { cat: 0, own: 0, est: 0, rCat: 0, rOwn: 0, rEst: 0 };
  for (const fold of folds) {
    const held = all.filter((e) => foldOf(e.article) === fold);
    const model = trainFromExamples(all.filter((e) => foldOf(e.article) !== fold));
    const r = accuracy(model, held);
    for (const k of Object.keys(means) as Array<keyof typeof means>) means[k] += r[k] / folds.length;
    console.log(`${fold.padEnd(12)} ${String(r.n).padStart(7)}  ${pct(r.cat)} (${pct(r.rCat)})  ${pct(r.own)} (${pct(r.rOwn)})  ${pct(r.est)} (${pct(r.rEst)})`);
  }
  console.log(`${'CV mean'.padEnd(12)} ${String(all.length).padStart(7)}  ${pct(means.cat)} (${pct(means.rCat)})  ${pct(means.own)} (${pct(means.rOwn)})  ${pct(means.est)} (${pct(means.rEst)})`);
  const fitted = accuracy(trainFromExamples(all), all);
  console.log(`${'fitted'.padEnd(12)} ${String(all.length).padStart(7)}  ${pct(fitted.cat)} (${pct(fitted.rCat)})  ${pct(fitted.own)} (${pct(fitted.rOwn)})  ${pct(fitted.est)} (${pct(fitted.rEst)})`);
}

if (args.includes('--rule-misses')) {
  for (const e of all) if (!e.rule.ownerOk) {
    const r = e.ranking;
    const ruleName = r.ruleAt >= 0 ? e.rankNames[r.ruleAt] : '?';
    console.log(`${foldOf(e.article).padEnd(9)} ${e.article.slice(6, 30).padEnd(24)} ${e.text} [${e.goldCategory}] gold=${e.goldOwner} rule=${ruleName} (${r.options[r.ruleAt]?.find((f) => f.startsWith('why:')) ?? ''}) goldAt=${r.gold} | ${e.sentence.slice(0, 240)}`);
  }
}

if (args.includes('--ranker')) {
  // The owner ranker over the rules: margin chosen inside each training part, scored on the held-out writer.
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const folds = [...new Set(articles.map((a) => foldOf(a.id)))];
  console.log(`fold          figures  ranker  rules  margin   | by margin ${OWNER_MARGINS.join(' ')}`);
  let mean = 0, meanRules = 0;
  const t0 = performance.now();
  for (const fold of folds) {
    const held = all.filter((e) => foldOf(e.article) === fold);
    const training = all.filter((e) => foldOf(e.article) !== fold);
    const model = trainOwnerModel(training, foldOf, settings);
    const acc = ownerRight(model.owner, model.ownerMargin!, held) / held.length;
    const rules = held.filter((e) => e.rule.ownerOk).length / held.length;
    mean += acc / folds.length; meanRules += rules / folds.length;
    const byMargin = OWNER_MARGINS.map((m) => pct(ownerRight(model.owner, m, held) / held.length)).join(' ');
    console.log(`${fold.padEnd(12)} ${String(held.length).padStart(7)}  ${pct(acc)} ${pct(rules)}  ${String(model.ownerMargin).padStart(5)}   | ${byMargin}`);
  }
  console.log(`${'CV mean'.padEnd(12)} ${String(all.length).padStart(7)}  ${pct(mean)} ${pct(meanRules)}   (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (args.includes('--weights')) {
    const w = trainOwnerRanker(all, settings);
    const top = Object.entries(w).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 30);
    console.log(`margin on everything: ${chooseOwnerMargin(all, foldOf, settings)}`);
    for (const [f, v] of top) console.log(`${v.toFixed(3).padStart(8)}  ${f}`);
  }
}

if (args.includes('--unseen')) {
  const unseen = (await loadWrittenArticles(UNSEEN_DIR, 'unseen')).flatMap((a) => amountExamples(a, gaz));
  const model = trainOwnerModel(all, foldOf, settings);
  const pct = (x: number) => (x * 100).toFixed(1);
  const plain = trainFromExamples(all);
  const acc = accuracy(plain, unseen);
  console.log(`unseen: ${unseen.length} figures; owner ranker ${pct(ownerRight(model.owner, model.ownerMargin!, unseen) / unseen.length)} (margin ${model.ownerMargin}), rules ${pct(acc.rOwn)}; choice models: category ${pct(acc.cat)} (rules ${pct(acc.rCat)}), owner ${pct(acc.own)}, estimate ${pct(acc.est)} (rules ${pct(acc.rEst)})`);
}

if (args.includes('--blend')) {
  // The category choice model with a bonus b for the cue rules' category: b = 0 is the model, a large b the rules.
  const cats = AMOUNT_CATEGORIES;
  const right = (model: AmountModel, ex: AmountExample[], b: number) => ex.filter((e) => {
    const ruleAt = cats.indexOf(e.rule.category);
    let best = 0, bestScore = -Infinity;
    e.category.options.forEach((o, i) => { const sc = score(model.category, o) + (i === ruleAt ? b : 0); if (sc > bestScore + 1e-12) { best = i; bestScore = sc; } });
    return best === e.category.gold;
  }).length;
  const folds = [...new Set(articles.map((a) => foldOf(a.id)))];
  const models = new Map(folds.map((f) => [f, trainFromExamples(all.filter((e) => foldOf(e.article) !== f))]));
  const unseen = (await loadWrittenArticles(UNSEEN_DIR, 'unseen')).flatMap((a) => amountExamples(a, gaz));
  const full = trainFromExamples(all);
  for (const b of [0, 0.5, 1, 1.5, 2, 3, 5, 1e9]) {
    const perFold = folds.map((f) => { const held = all.filter((e) => foldOf(e.article) === f); return right(models.get(f)!, held, b) / held.length; });
    const mean = perFold.reduce((x, y) => x + y, 0) / perFold.length;
    console.log(`bonus ${String(b).padStart(10)}  CV mean ${(mean * 100).toFixed(1)}  folds ${perFold.map((x) => (x * 100).toFixed(1)).join(' ')}  unseen ${(100 * right(full, unseen, b) / unseen.length).toFixed(1)}`);
  }
}

if (!args.includes('--write')) {
  console.log(`train:amounts: ${all.length} figures from ${articles.length} articles; no model written (pass --write)`);
  process.exit(0);
}
const model = trainFromExamples(all);
await mkdir(dirname(AMOUNT_MODEL_PATH), { recursive: true });
await writeFile(AMOUNT_MODEL_PATH, JSON.stringify(model) + '\n');
console.log(`train:amounts: ${all.length} figures from ${articles.length} articles -> ${AMOUNT_MODEL_PATH} (${Object.keys(model.category).length + Object.keys(model.owner).length + Object.keys(model.estimate).length} weights)`);
