/**
 * Loads the extraction benchmark that sits beside the checkout
 * (../shared/peers/extraction-benchmark) and scores an extractor on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../../ingest/fetch/index.ts';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './extract-metric.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCHMARK_DIR = path.resolve(repoRoot, '..', 'shared', 'peers', 'extraction-benchmark');

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface PublishedScore {
  evaluation: string;
  tool: string;
  version: string;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  reproduced_by_output: string | null;
}

function requireBenchmark(): void {
  if (!existsSync(path.join(BENCHMARK_DIR, 'ground-truth.json'))) {
    throw new Error(
      `../shared not found: the extraction benchmark needs the shared corpus beside the checkout, at ${BENCHMARK_DIR} (ground-truth.json and html/ missing)`,
    );
  }
}

export function loadBenchmark(): BenchmarkPage[] {
  requireBenchmark();
  const truth = JSON.parse(readFileSync(path.join(BENCHMARK_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const htmlDir = path.join(BENCHMARK_DIR, 'html');
  const files = new Map(readdirSync(htmlDir).map((f) => [f.replace(/\.html(\.gz)?$/, ''), f]));
  return Object.entries(truth).map(([id, gt]) => {
    const file = files.get(id);
    if (!file) throw new Error(`extraction benchmark: no HTML file for page ${id} in ${htmlDir}`);
    const raw = readFileSync(path.join(htmlDir, file));
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    return { id, url: gt.url, html: decodeBytes(Buffer.from(bytes), null).text, truth: gt.articleBody };
  });
}

export function loadPublishedScores(): PublishedScore[] {
  requireBenchmark();
  return JSON.parse(readFileSync(path.join(BENCHMARK_DIR, 'published-scores.json'), 'utf8')) as PublishedScore[];
}

/** A tool's stored output (output/<tool>.json.gz), unwrapped from {"version","output"} when wrapped. */
export function loadToolOutput(relativePath: string): Record<string, string> {
  requireBenchmark();
  const raw = gunzipSync(readFileSync(path.join(BENCHMARK_DIR, relativePath))).toString('utf8');
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  const records = (parsed.output && typeof parsed.output === 'object' ? parsed.output : parsed) as Record<string, { articleBody?: string }>;
  const out: Record<string, string> = {};
  for (const [id, rec] of Object.entries(records)) out[id] = rec?.articleBody ?? '';
  return out;
}

export function scoreOutputs(pages: Pick<BenchmarkPage, 'id' | 'truth'>[], predicted: Record<string, string>): { score: CorpusScore; perPage: Map<string, PageScore> } {
  const perPage = new Map<string, PageScore>();
  for (const page of pages) perPage.set(page.id, scorePage(page.truth, predicted[page.id] ?? ''));
  return { score: scoreCorpus([...perPage.values()]), perPage };
}
