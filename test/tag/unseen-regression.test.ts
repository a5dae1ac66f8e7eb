/**
 * The shipped tagger on data/unseen (articles by six writers nothing trains on; `npm run eval:unseen`; some name and
 * amount readings were chosen by reading its misses, see data/unseen/README.md):
 * fails when entities or events F1 there, or the figures' F1 and owner and category accuracies, fall below their floors
 * (the figures when these were written minus two or three points). A guard for names and happenings no list and no
 * training article covers, beside the CV floors.
 */
import { describe, expect, it } from 'vitest';
import { scoreUnseen } from '../eval/unseen-score.ts';
import type { CorpusScore } from '../eval/score.ts';

/** The figures a held-out set is held to, by name. */
const FIGURES = {
  entities: (s: CorpusScore) => s.entities.f1,
  events: (s: CorpusScore) => s.events.f1,
  certainty: (s: CorpusScore) => s.eventCertaintyAccuracy,
  amounts: (s: CorpusScore) => s.amounts.f1,
  quantities: (s: CorpusScore) => s.quantities.f1,
  owner: (s: CorpusScore) => s.amountEntityAccuracy,
  category: (s: CorpusScore) => s.amountCategoryAccuracy,
};

function expectFloors(score: CorpusScore, floors: Record<keyof typeof FIGURES, number>): void {
  for (const [name, floor] of Object.entries(floors) as Array<[keyof typeof FIGURES, number]>) expect(FIGURES[name](score), name).toBeGreaterThanOrEqual(floor);
}

describe('the shipped tagger on the unseen writers', () => {
  it('keeps entities, events and figures above their floors', async () => {
    const { all } = await scoreUnseen();
    // At 2229a3f: entities 82.9, events 52.9 (P 63.3, R 45.5), event date 75.8, certainty 93.2.
    // At c66852b: entities 85.1, events 59.0 (P 66.4, R 53.1), event date 78.2, certainty 92.0.
    // At 50da4de: entities 86.3, events 60.1 (P 67.4, R 54.3), event date 78.6, certainty 92.2.
    // At 8492ae4: entities 88.3, events 61.9 (P 68.5, R 56.5), event date 78.4, certainty 91.9.
    // At c4c419e: entities 89.0, events 62.5 (P 68.7, R 57.3), event date 78.3, certainty 92.1.
    // Figures (annotated later by other annotators; see data/unseen/README.md). At 6d42b3b: amounts 98.0, quantities
    // 97.6, owner 69.2, category 80.8 (when first scored, at 9566b97: 93.3, 97.6, 65.6, 78.3). At c4c419e: amounts 98.3,
    // quantities 97.6, owner 76.3, category 81.3 (owner partly fitted: three of its readings were found on these misses).
    expectFloors(all, { entities: 0.86, events: 0.6, certainty: 0.9, amounts: 0.96, quantities: 0.95, owner: 0.73, category: 0.79 });
  }, 120_000);

  it('keeps the fresh writers\' figures above their floors (data/fresh: misses never read)', async () => {
    const { all } = await scoreUnseen(undefined, 'fresh');
    // When written, at c7d11a8 (42 articles by w12-w14): entities 85.9, events 63.0 (P 64.0, R 62.0), event date 73.7,
    // certainty 95.6, amounts 99.6, quantities 95.0, owner 61.8, category 75.0.
    expectFloors(all, { entities: 0.83, events: 0.6, certainty: 0.9, amounts: 0.95, quantities: 0.92, owner: 0.58, category: 0.72 });
  }, 120_000);
});
