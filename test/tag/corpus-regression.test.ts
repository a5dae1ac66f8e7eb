/**
 * Runs the full eval over ../shared/corpus (dev + seeds) and fails when any
 * figure drops below the floor: the level reached when this was written,
 * minus a small margin (the contract's targets are lower still).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runEval } from '../eval/run-eval.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const corpus = resolve(repoRoot, '..', 'shared', 'corpus');

describe('tagger on the shared corpus', () => {
  it('stays above the floor on every field', async () => {
    if (!existsSync(corpus)) throw new Error(`../shared not found: this test needs the shared corpus beside the checkout (looked for ${corpus})`);
    const { corpus: s } = await runEval(corpus);
    const figures = {
      entitiesF1: s.entities.f1, amountsF1: s.amounts.f1, quantitiesF1: s.quantities.f1, eventsF1: s.events.f1,
      amountEntity: s.amountEntityAccuracy, amountCategory: s.amountCategoryAccuracy, eventCertainty: s.eventCertaintyAccuracy,
      promotional: s.promotionalAccuracy,
    };
    // Targets: entities 0.90, amounts 0.95 (entity 0.85, category 0.80), quantities 0.90, events 0.80 (certainty 0.80).
    expect(figures).toEqual({
      entitiesF1: expect.toSatisfy((x: number) => x >= 0.92),
      amountsF1: expect.toSatisfy((x: number) => x >= 0.97),
      quantitiesF1: expect.toSatisfy((x: number) => x >= 0.97),
      eventsF1: expect.toSatisfy((x: number) => x >= 0.83),
      amountEntity: expect.toSatisfy((x: number) => x >= 0.85),
      amountCategory: expect.toSatisfy((x: number) => x >= 0.95),
      eventCertainty: expect.toSatisfy((x: number) => x >= 0.95),
      promotional: 1,
    });
  }, 120_000);
});
