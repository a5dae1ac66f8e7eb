/**
 * Cross-validates the tagger over ../shared/corpus (train/ + dev/ + seeds/,
 * one fold per writer, grouped by event_key; the event classifier retrained
 * on the other folds each time) and fails when a CV mean drops below its
 * floor: the CV mean when this was written, minus a few points. Fitted
 * figures (trained on everything) flatter the tagger, so no floor uses them,
 * except cross-article merging, which has no CV yet.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { goldEventLabels, loadGoldArticles } from '../eval/run-eval.ts';
import { crossValidate, cvMeans, themeFold } from '../eval/cross-validate.ts';
import { runMergeEval } from '../eval/merge-eval.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { trainStackedEventModel } from '../../ingest/tag/learn/train-keep.ts';
import { loadWrittenArticles } from '../eval/written-articles.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const corpus = resolve(repoRoot, '..', 'shared', 'corpus');

describe('tagger on the shared corpus, cross-validated', () => {
  it('keeps every CV mean above its floor, with no happening split across folds', async () => {
    if (!existsSync(corpus)) throw new Error(`../shared not found: this test needs the shared corpus beside the checkout (looked for ${corpus})`);
    const gazetteer = Gazetteer.load();
    const label = goldEventLabels(gazetteer);
    const written = await loadWrittenArticles();
    const cv = crossValidate(await loadGoldArticles(corpus), (training) => createTagger({ gazetteer, eventModel: trainStackedEventModel([...training, ...written], gazetteer, {}, { label, foldOf: themeFold }) }));
    expect(cv.check.leaks).toEqual([]);
    expect(cv.folds.map((f) => f.fold)).toEqual(['build', 'land', 'money', 'power', 'rules', 'dev+seeds']);
    const m = cvMeans(cv);
    // CV means when written (npm run eval -- --cv): entities 85.1, amounts 98.0, quantities 98.3, events 52.3 (events-lr@2: class weights 0.5, article cue type, thresholds 0.5), date 77.5,
    // amount entity 54.0, category 62.1, period 76.5, event certainty 93.2, date 75.9, promotional 97.4.
    // After the clause and date work of issue 7: entities 88.1, amount entity 71.4, category 86.7, event date 80.6.
    // After the owner and event-date work: amount entity 85.7, then 82.6 once eight rules right in one writer's fold only were dropped (npm run eval:rules).
    // After the events work of issue 7 (events-lr@3: part-of-speech lexicon, second type for alt pairs, general cues): events 56.8, event date 81.7, certainty 93.4.
    // With the article's type distribution re-ranking each sentence's type (settings.articlePrior): events 59.5 (P 60.6, R 58.9), event date 84.2.
    // After the owner/estimate/entity work (relative-clause antecedent, estimate read per figure, org appositions and lists): entities 89.0, amount entity 84.0, estimate 85.0;
    // with both, events-lr@4 retrained: events 60.7, event date 83.1.
    // After the owner readings "a sale's buyer pays" and "a public work or programme is nobody's" (each right in 2 articles in 2 folds): amount entity 86.0.
    // An undated telling not redated by a later sentence's date more than 45 days before the article (a recalled step): event date 84.2, events 61.0.
    // With the cue seeds' GloVe neighbours in the lexicon (events-lr@6, settings.lexiconNeighbours): events 62.3 (P 63.1, R 62.0), event date 84.9, certainty 93.7.
    // With "N days later" counted from the date before it, and bare local bodies named with their place (entities.ts): events 63.0 (P 63.9, R 62.7), event date 85.9, entities 89.1.
    // With a sentence naming a place but no party given the article's main actor (events.ts, zero anaphora): events 63.8 (P 65.1, R 63.1), event date 85.9, certainty 95.5.
    // With restatements naming a product on one side only merged, and a local body as the actor a type feature (events-lr@8, settings.actorKinds): events 64.8 (P 66.5, R 63.7), event date 86.1, certainty 95.5.
    // With a second stage keeping or dropping each telling (event-keep.ts, trained on out-of-fold tellings of inner folds and of their short copies, events-lr@10),
    // owners from the clause's party and categories from the verb and its object (attribute-amounts.ts): events 65.9 (P 69.6, R 63.1), event date 86.4,
    // certainty 95.5, amount entity 88.6, category 89.8, period 79.5.
    // With what each sum of money is as an event feature (event-features.ts mcat:, events-lr@11): events 66.0 (P 69.0, R 63.8), event date 87.4, certainty 95.6.
    // With unknown organisations found by their use (entity-discovery.ts) and the project's written articles training the type head and second stage
    // (data/written, events-lr@12, one inner fold of the second stage): entities 89.7, events 70.0 (seeds 7/42: 69.7/69.7), event date 85.2, certainty 96.0. The event date floor
    // goes from 0.86 to the target 0.85: it is scored over matched events, and the events newly matched are mostly undated tellings and recalled
    // happenings (first stage, npm run eval:event-dates: 277 of 316 matched events dated right before, 291 of 337 after).
    // At 50da4de (events-lr@14: defeat-verb features; firms and cities found from their surroundings): events 70.0 (P 70.4, R 70.1; seeds 7/42: 70.2/70.0),
    // event date 85.4 (seeds 7/42: 84.8/85.2: the date floor holds on this seed only narrowly), certainty 95.8, entities 90.4.
    // At 8492ae4 (local bodies named by their kind, 'also'/'separately' keep a telling apart, sites and people found from
    // their surroundings): events 70.7 (P 70.5, R 71.4; seeds 7/42: 70.7/70.7), event date 85.1 (seeds 7/42: 85.1/85.4),
    // entities 90.7, certainty 95.5.
    // At f4e9d8b (amount readers checked on other writers' figures; the event model reads their better categories):
    // events 71.6 (P 71.7, R 71.9; seeds 7/42: 71.5/71.4), event date 85.2 (seeds 7/42: 84.8/85.5), amount entity 88.6,
    // category 90.7, certainty 95.8. Retraining on slightly other written-article features moves events and event date
    // by 0.2-0.5 either way, so the date floor (the target) holds here by a narrow margin.
    // At c4c419e (owner and category readings checked on the written and unseen writers' figures): events 71.2 (P 71.3,
    // R 71.6; seeds 7/42: 71.5/71.4), event date 85.1 (seeds 7/42: 84.8/85.5), amount entity 88.6, category 90.8,
    // certainty 96.2. The events and date moves since f4e9d8b are retraining noise (the written articles' features).
    expect({
      entitiesF1: m['entities F1'], amountsF1: m['amounts F1'], quantitiesF1: m['quantities F1'], eventsF1: m['events F1'],
      amountEntity: m['amount entity'], amountCategory: m['amount category'], amountPeriod: m['amount period'], amountEstimate: m['amount estimate'],
      eventCertainty: m['event certainty'], eventDate: m['event date'], promotional: m.promotional,
    }).toEqual({
      entitiesF1: expect.toSatisfy((x: number) => x >= 0.88),
      amountsF1: expect.toSatisfy((x: number) => x >= 0.95),
      quantitiesF1: expect.toSatisfy((x: number) => x >= 0.95),
      eventsF1: expect.toSatisfy((x: number) => x >= 0.69),
      amountEntity: expect.toSatisfy((x: number) => x >= 0.87),
      amountCategory: expect.toSatisfy((x: number) => x >= 0.87),
      amountPeriod: expect.toSatisfy((x: number) => x >= 0.72),
      amountEstimate: expect.toSatisfy((x: number) => x >= 0.82),
      eventCertainty: expect.toSatisfy((x: number) => x >= 0.9),
      eventDate: expect.toSatisfy((x: number) => x >= 0.85),
      promotional: expect.toSatisfy((x: number) => x >= 0.95),
    });
  }, 600_000);

  it('merges the same happening across articles (fitted: merging has no CV yet)', async () => {
    if (!existsSync(corpus)) throw new Error(`../shared not found: this test needs the shared corpus beside the checkout (looked for ${corpus})`);
    const merge = await runMergeEval(corpus, createTagger());
    // 57.6 when written, with the committed model (trained on everything).
    expect(merge.pairs.f1).toBeGreaterThanOrEqual(0.53);
  }, 300_000);
});
