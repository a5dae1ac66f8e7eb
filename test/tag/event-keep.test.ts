/**
 * The second stage of event extraction (event-keep.ts, learn/train-keep.ts), on articles written for these tests:
 * its features read the article around a telling, its learner is deterministic and learns from examples, and a
 * keep model that keeps everything changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { keepFeatures, keepProbability, readKeepModel, type KeepModel } from '../../ingest/tag/event-keep.ts';
import { DEFAULT_KEEP, fitKeepModel, type KeepExample } from '../../ingest/tag/learn/train-keep.ts';
import { eventsWithKeepFeatures, findEvents, type EventContext } from '../../ingest/tag/events.ts';
import { loadEventModel, detectionThreshold, type EventModel } from '../../ingest/tag/event-model.ts';
import { eventContext, readArticle } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';

const gazetteer = Gazetteer.load();
const PUB = '2025-11-05T12:00:00Z';
const TITLE = 'Lindqvist Labs raises $400 million for a Texas data center';
const BODY = [
  'Lindqvist Labs raised $400 million in a funding round led by Orvane Capital on Tuesday, the company said.',
  '',
  'The startup plans to build a 300 MW data center near Abilene, Texas, with construction starting in 2026.',
  '',
  'Lindqvist Labs said the new money would also pay for more chips. Separately, Halvorsen Foods sued a supplier over late deliveries.',
].join('\n');

function context(model: EventModel): EventContext {
  const reading = readArticle({ title: TITLE, body: BODY, publishedAt: PUB }, gazetteer);
  return eventContext(reading, PUB, model);
}
const sentencesOf = () => readArticle({ title: TITLE, body: BODY, publishedAt: PUB }, gazetteer).infos;

/** A keep model over one feature: keeps what its weight says, everything when the weight is 0 and the threshold 0. */
function keepOn(feature: string, weight: number, threshold: number): KeepModel {
  return { candidateThreshold: 0.5, features: [feature], mean: [0], sd: [1], weights: [weight], bias: 0, threshold, trainedOn: { events: 0, positives: 0, innerFolds: 0 } };
}

describe('second-stage features', () => {
  it('read the telling in its article: the lead, the main actor, a title name, what the sentence carries', () => {
    const model = { ...loadEventModel(), keep: keepOn('detector', 0, 0) };
    const found = eventsWithKeepFeatures(sentencesOf(), context(model));
    const funding = found.find((e) => e.event.type === 'funding' && e.event.sentenceIndex === 0);
    expect(funding).toBeDefined();
    const f = funding!.features;
    expect(f.firstSentence).toBe(1);
    expect(f.leadParagraph).toBe(1);
    expect(f.mainActor).toBe(1);
    expect(f.titleActor).toBe(1);
    expect(f.money).toBe(1);
    expect(f.detector).toBeGreaterThan(0);
    expect(Object.keys(f).some((k) => /lindqvist|orvane/i.test(k))).toBe(false);
  });
  it('take the main actor from the body: the organisation its sentences name most, ties the first named', () => {
    const read = (title: string, body: string) => readArticle({ title, body, publishedAt: PUB }, gazetteer);
    expect(read(TITLE, BODY).mostNamedOrg).toBe('Lindqvist Labs');
    // The title's names do not count: Orvane Capital twice there, once in the body.
    const titled = read('Orvane Capital backs Lindqvist Labs, Orvane Capital says', 'Lindqvist Labs raised money from Orvane Capital on Monday. Lindqvist Labs will build a data center.');
    expect(titled.mostNamedOrg).toBe('Lindqvist Labs');
    const tie = read('Orvane Capital and Lindqvist Labs', 'Orvane Capital met Lindqvist Labs on Monday. Lindqvist Labs and Orvane Capital signed a deal.');
    expect(tie.mostNamedOrg).toBe('Orvane Capital');
    expect(read('A quiet week', 'Nothing happened on Monday.').mostNamedOrg).toBeNull();
  });
  it('are the same whatever article was read before: nothing read of one article carries into the next', () => {
    const model = { ...loadEventModel(), keep: keepOn('detector', 0, 0) };
    const alone = eventsWithKeepFeatures(sentencesOf(), context(model));
    expect(alone.some((e) => e.features.articleShare !== undefined)).toBe(true);
    const otherBody = 'Brandvik Power said on Friday it had shut its Tromso plant after a fire. The utility sued its insurer on Monday.';
    const other = readArticle({ title: 'Brandvik Power shuts a plant', body: otherBody, publishedAt: PUB }, gazetteer);
    expect(findEvents(other.infos, eventContext(other, PUB, model)).length).toBeGreaterThan(0);
    expect(eventsWithKeepFeatures(sentencesOf(), context(model))).toEqual(alone);
  });
  it('count how often the article comes back to a happening and how many sentences tell its type', () => {
    const sentences = sentencesOf();
    const a = { type: 'funding', actors: ['Acme'], sentenceIndex: 0 } as never;
    const b = { type: 'funding', actors: ['Acme'], sentenceIndex: 2 } as never;
    const c = { type: 'legal', actors: ['Other'], sentenceIndex: 3 } as never;
    const f = keepFeatures(a, { sentences, candidates: [a, b, c], types: ['funding', 'legal'] });
    expect(f.similarTellings).toBeCloseTo(Math.log1p(1));
    expect(f.typeSentences).toBeCloseTo(Math.log1p(2));
    expect(f.otherTypeSentences).toBeCloseTo(Math.log1p(1));
  });
});

describe('second stage at work', () => {
  it('keeping every telling gives the first stage\'s events, restatements merged as without it', () => {
    const plain = findEvents(sentencesOf(), context({ ...loadEventModel(), keep: undefined }));
    expect(plain.length).toBeGreaterThan(0);
    const all = findEvents(sentencesOf(), context({ ...loadEventModel(), keep: keepOn('detector', 0, 0) }));
    expect(all.map((e) => [e.type, e.actors, e.date])).toEqual(plain.map((e) => [e.type, e.actors, e.date]));
  });
  it('drops what it gives too low a probability', () => {
    // A large negative weight on the lead sentence: its funding round goes, the rest stays.
    const model = { ...loadEventModel(), keep: keepOn('firstSentence', -20, 0.5) };
    const events = findEvents(sentencesOf(), context(model));
    expect(events.some((e) => e.sentence.startsWith('Lindqvist Labs raised'))).toBe(false);
    expect(keepProbability(model.keep, { firstSentence: 1 })).toBeLessThan(0.01);
  });
  it('reads model files that still name the telling unit, and refuses one that judged merged events', () => {
    const written = { ...keepOn('detector', 1, 0.3), unit: 'telling' };
    const read = readKeepModel(written);
    expect(read).toEqual(keepOn('detector', 1, 0.3));
    expect(keepProbability(read, { detector: 2 })).toBe(keepProbability(keepOn('detector', 1, 0.3), { detector: 2 }));
    expect(() => readKeepModel({ ...keepOn('detector', 1, 0.3), unit: 'event' })).toThrow(/no longer supported/);
    expect(loadEventModel().keep).not.toHaveProperty('unit');
  });
  it('reads candidates from its own detector threshold', () => {
    const model = loadEventModel();
    expect(detectionThreshold(model)).toBe(model.settings.threshold);
    expect(detectionThreshold({ ...model, keep: { ...keepOn('detector', 0, 0), candidateThreshold: 0.3 } })).toBe(0.3);
  });
});

describe('second-stage learner', () => {
  const examples: KeepExample[] = Array.from({ length: 60 }, (_, i) => ({ features: { sure: i % 3 === 0 ? 1 : 0, noise: (i * 7) % 5 }, kept: i % 3 === 0 }));
  it('learns which feature tells a true event, the same weights every time', () => {
    const a = fitKeepModel(examples, DEFAULT_KEEP, 2);
    const b = fitKeepModel(examples, DEFAULT_KEEP, 2);
    expect(a).toEqual(b);
    expect(a.weights[a.features.indexOf('sure')]!).toBeGreaterThan(1);
    expect(keepProbability(a, { sure: 1, noise: 2 })).toBeGreaterThan(0.8);
    expect(keepProbability(a, { sure: 0, noise: 2 })).toBeLessThan(0.2);
  });
  it('leaves out the features it is told to', () => {
    expect(fitKeepModel(examples, { ...DEFAULT_KEEP, drop: ['noise'] }, 2).features).toEqual(['sure']);
  });
});
