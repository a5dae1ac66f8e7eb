/**
 * `npm run eval:rules [-- DIR]`: which hand-written rules earn their keep.
 * Tags the gold corpus and, for every reason the amount attributor gives
 * (the `entity: ...` and `category cue "..."` parts of an amount's `rule`),
 * counts the matched gold amounts it got right and wrong, in how many
 * articles and in how many writers' folds it was right.
 *
 * A rule right in one article only is the signature of a rule fitted to one
 * sentence: cross-validation cannot catch it when the rule was written after
 * reading every fold's misses, so this audit is the check (issue 7).
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadGoldArticles } from './run-eval.ts';
import { matchAmounts } from './score.ts';
import { themeFold } from './cross-validate.ts';
import { createTagger } from '../../ingest/tag/index.ts';

const args = process.argv.slice(2);
const repoRoot = resolve(import.meta.dirname, '..', '..');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? resolve(repoRoot, '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`eval:rules: ${dir} not found: pass a corpus directory, or put ../shared (with corpus/) beside the checkout`);
  process.exit(2);
}

interface Tally { right: number; wrong: number; articles: Set<string>; folds: Set<string> }
const tallies = { owner: new Map<string, Tally>(), category: new Map<string, Tally>() };
const tally = (kind: keyof typeof tallies, reason: string, ok: boolean, id: string) => {
  let t = tallies[kind].get(reason);
  if (!t) tallies[kind].set(reason, (t = { right: 0, wrong: 0, articles: new Set(), folds: new Set() }));
  if (ok) { t.right++; t.articles.add(id); t.folds.add(themeFold(id)); } else t.wrong++;
};

const tagger = createTagger();
const canon = (name: string) => tagger.gazetteer.canonicalName(name) ?? name;
const key = (n: string | null | undefined) => (n == null ? '' : canon(n).toLowerCase());
const articles = await loadGoldArticles(dir);
for (const a of articles) {
  const pred = tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt });
  for (const [g, p] of matchAmounts(a.gold.amounts, pred.amounts, key)) {
    const rule = p.rule ?? '';
    const owner = /entity: (.+)$/.exec(rule)?.[1] ?? (rule.startsWith('conversion') ? 'conversion' : 'model or other');
    const cue = /category cue "([^"]*)"/.exec(rule)?.[1] ?? /cue "([^"]*)"/.exec(rule)?.[1] ?? 'none';
    tally('owner', owner, key(g.entity) === key(p.entity), a.id);
    tally('category', cue, g.category === p.category, a.id);
  }
}

function print(kind: keyof typeof tallies, title: string): void {
  const rows = [...tallies[kind].entries()].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong) || (a[0] < b[0] ? -1 : 1));
  console.log(`\n${title} (${rows.length} reasons)`);
  console.log(`${'reason'.padEnd(58)} right wrong articles folds`);
  for (const [reason, t] of rows) {
    const flag = t.right > 0 && t.articles.size === 1 ? '  <- right in one article only' : t.right === 0 ? '  <- never right' : '';
    console.log(`${reason.slice(0, 57).padEnd(58)} ${String(t.right).padStart(5)} ${String(t.wrong).padStart(5)} ${String(t.articles.size).padStart(8)} ${String(t.folds.size).padStart(5)}${flag}`);
  }
  const single = rows.filter(([, t]) => t.right > 0 && t.articles.size === 1);
  console.log(`${single.length} of ${rows.length} reasons are right in one article only (${single.reduce((n, [, t]) => n + t.right, 0)} right answers depend on them)`);
}

console.log(`Rule audit on ${dir} (${articles.length} articles; fitted: every rule here was written with this corpus in view)`);
print('owner', 'Amount owner, by the attributor\'s reason');
print('category', 'Amount category, by the cue that decided it');
