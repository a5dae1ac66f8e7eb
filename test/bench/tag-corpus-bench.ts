/**
 * `npm run bench:tag:corpus [-- DIR]`: tagging speed on real reporting, beside bench:tag's generated articles.
 * bench:tag builds its articles from sentence banks, so about half their sentences recur and the caches keyed by
 * a sentence's text hit far more often than on news. Here the tagger is first warmed on 3,000 generated articles
 * (so the JIT is warm, as in a long ingest), then tags the articles of ../shared/corpus (train/, dev/, seeds/;
 * read in place) once, as new news, and once more, as cached. Prints articles and words per CPU-second for each.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { createTagger } from '../../ingest/tag/index.ts';
import { loadGoldArticles } from '../eval/run-eval.ts';
import { benchArticles } from '../support/varied-articles.ts';

type Article = { title: string; body: string; publishedAt: string };

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
if (!existsSync(dir)) {
  console.error(`bench:tag:corpus: no corpus at ${dir}; it reads ../shared/corpus beside the checkout, or pass a directory shaped like it`);
  process.exit(2);
}
const corpus: Article[] = (await loadGoldArticles(dir)).map((a) => ({ title: a.title, body: a.body, publishedAt: a.publishedAt }));
const tagger = createTagger();

function rate(label: string, list: Article[]): void {
  const words = list.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
  const c0 = process.cpuUsage();
  for (const a of list) tagger.tag(a);
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  console.log(`  ${label.padEnd(34)} ${String(list.length).padStart(5)} articles, ${String(Math.round(words / list.length)).padStart(4)} words each: `
    + `${(list.length / s).toFixed(0).padStart(4)} articles per CPU-second, ${(words / s / 1000).toFixed(1).padStart(6)}k words per CPU-second`);
}

console.log(`tag speed on ${dir} against generated articles (one core, CPU time)`);
const generated = benchArticles(5000);
rate('generated, warm-up', generated.slice(0, 3000));
rate('corpus, first reading (new news)', corpus);
rate('corpus, second reading (cached)', corpus);
rate('generated, warm', generated.slice(3000));
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
