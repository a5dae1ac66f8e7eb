/**
 * Regression floor on the article-extraction benchmark (181 real pages,
 * ../shared/peers/extraction-benchmark). The figures themselves are printed
 * by `npm run eval:extract`; this only fails when quality falls.
 */
import { describe, expect, it } from 'vitest';
import { loadBenchmark, loadPublishedScores, loadToolOutput, scoreOutputs } from '../eval/extract-benchmark.ts';
import { evaluateExtractor } from '../eval/extract-eval.ts';
import { scorePage, shingles } from '../eval/extract-metric.ts';

describe('extraction benchmark', () => {
  it('our scorer reproduces the published Readability.js figures from its stored output', () => {
    const pages = loadBenchmark();
    const row = loadPublishedScores().find((r) => r.tool === 'readability_js' && r.reproduced_by_output)!;
    const { score } = scoreOutputs(pages, loadToolOutput(row.reproduced_by_output!));
    expect(score.f1.toFixed(3)).toBe(row.f1.toFixed(3));
    expect(score.precision.toFixed(3)).toBe(row.precision.toFixed(3));
    expect(score.recall.toFixed(3)).toBe(row.recall.toFixed(3));
  }, 60_000);

  it('keeps F1 at or above 0.90 on all 181 pages', () => {
    const pages = loadBenchmark();
    expect(pages).toHaveLength(181);
    const { score } = evaluateExtractor(pages, 'combined');
    expect(score.emptyPages).toBeLessThanOrEqual(2);
    expect(score.f1, `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});

describe('shingle metric', () => {
  it('counts shingles as a multiset and short texts as one shingle', () => {
    expect([...shingles('a b c d a b c d').values()].reduce((s, n) => s + n, 0)).toBe(5);
    expect(shingles('two words').size).toBe(1);
    expect(shingles('  ... ').size).toBe(0);
  });

  it('scores precision and recall on 4-word shingles, ignoring punctuation', () => {
    const perfect = scorePage('The plant opened, on time.', 'the plant opened on time'.replace(/^t/, 'T'));
    expect(perfect.precision).toBe(1);
    expect(perfect.recall).toBe(1);
    const extra = scorePage('one two three four', 'one two three four five');
    expect(extra.tp).toBe(1);
    expect(extra.fp).toBe(1);
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBe(0.5);
  });
});
