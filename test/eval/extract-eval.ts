/**
 * Scores our extractor on the article-extraction benchmark beside the
 * checkout (../shared/peers/extraction-benchmark, 181 pages) with the
 * benchmark's own metric, and prints the published figures next to ours.
 *
 *   npm run eval:extract [-- --tool readability|rules|combined] [--worst N]
 */
import { performance } from 'node:perf_hooks';
import { extractArticle, type BodyStrategy } from '../../ingest/extract/index.ts';
import { loadBenchmark, loadPublishedScores, scoreOutputs, type BenchmarkPage } from './extract-benchmark.ts';
import type { CorpusScore, PageScore } from './extract-metric.ts';

const TOOLS: BodyStrategy[] = ['readability', 'rules', 'combined'];

export interface EvalResult {
  score: CorpusScore;
  perPage: Map<string, PageScore>;
  msPerPage: number;
}

export function evaluateExtractor(pages: BenchmarkPage[], strategy: BodyStrategy = 'combined'): EvalResult {
  const predicted: Record<string, string> = {};
  const start = performance.now();
  for (const page of pages) predicted[page.id] = extractArticle(page.html, page.url, { strategy }).bodyText;
  const msPerPage = (performance.now() - start) / pages.length;
  return { ...scoreOutputs(pages, predicted), msPerPage };
}

function parseArgs(argv: string[]): { tool: BodyStrategy; worst: number } {
  let tool: BodyStrategy = 'combined';
  let worst = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.includes('=') ? arg.split('=')[1] : argv[i + 1];
    if (arg.startsWith('--tool')) {
      if (!TOOLS.includes(value as BodyStrategy)) throw new Error(`--tool must be one of ${TOOLS.join(', ')} (got ${value ?? 'nothing'})`);
      tool = value as BodyStrategy;
      if (!arg.includes('=')) i++;
    } else if (arg.startsWith('--worst')) {
      worst = Number(value);
      if (!arg.includes('=')) i++;
    }
  }
  return { tool, worst };
}

function main(): void {
  const { tool, worst } = parseArgs(process.argv.slice(2));
  const pages = loadBenchmark();
  // One untimed pass warms the JIT and module caches so the time per page is steady-state.
  for (const page of pages.slice(0, 10)) extractArticle(page.html, page.url, { strategy: tool });
  const { score, perPage, msPerPage } = evaluateExtractor(pages, tool);
  const f = (x: number) => x.toFixed(3);
  console.log(`extraction benchmark: ${score.pages} pages, tool=${tool}`);
  console.log(`ours (${tool})`.padEnd(34) + `F1 ${f(score.f1)}  precision ${f(score.precision)}  recall ${f(score.recall)}  accuracy ${f(score.accuracy)}  empty pages ${score.emptyPages}`);
  console.log(`time per page: ${msPerPage.toFixed(1)} ms (node ${process.version}, single thread, after a 10-page warm-up)`);
  console.log('\npublished (latest evaluation, same metric):');
  const published = loadPublishedScores().filter((r) => r.evaluation === 'latest' && r.reproduced_by_output).sort((a, b) => b.f1 - a.f1);
  for (const row of published.slice(0, 10)) {
    console.log(`  ${`${row.tool} ${row.version}`.padEnd(32)}F1 ${f(row.f1)}  precision ${f(row.precision)}  recall ${f(row.recall)}  accuracy ${f(row.accuracy)}`);
  }
  if (worst > 0) {
    console.log(`\nworst ${worst} pages by F1:`);
    const byId = new Map(pages.map((p) => [p.id, p]));
    const rows = [...perPage].map(([id, s]) => ({ id, s, f1: s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall) }));
    for (const { id, s, f1 } of rows.sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`  ${f(f1)}  P ${f(s.precision)} R ${f(s.recall)}  fp ${s.fp} fn ${s.fn}  ${id.slice(0, 12)} ${byId.get(id)!.url}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
