/**
 * The trained event classifier's parts, on sentences written for these tests:
 * the cheap reading, the features, the WordNet cue lexicon, training
 * (deterministic, learns from examples) and the committed model at work.
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../../ingest/tag/nlp.ts';
import { articleFeatures, eventFeatures, detectorOnly, lexiconEntry } from '../../ingest/tag/event-features.ts';
import { buildLexicon } from '../../ingest/tag/learn/wordnet-lexicon.ts';
import { trainEventModel, examplesOf, fitEventModel, DEFAULT_SETTINGS, EVENT_TYPES, type TrainingArticle } from '../../ingest/tag/learn/train-events.ts';
import { articleTypePrior, classifySentence, loadEventModel, modelTag, reweigh, typePair, type EventModel } from '../../ingest/tag/event-model.ts';
import { createTagger, readArticle } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';

const gazetteer = Gazetteer.load();
const PUB = '2025-11-05T12:00:00Z';
const sentence = (text: string) => readArticle({ title: '', body: text, publishedAt: PUB }, gazetteer).infos[0]!;

describe('reading', () => {
  it('gives lemmas and a coarse part of speech: verbs, auxiliaries, names, numbers', () => {
    const r = readSentence('The planning board was asked to deny 300 permits for Halvorsen Foods.');
    expect(r.lemmas).toEqual(expect.arrayContaining(['board', 'ask', 'deny', 'permit']));
    expect(r.pos[r.words.indexOf('was')]).toBe('AUX');
    expect(r.pos[r.words.indexOf('deny')]).toBe('VERB');
    expect(r.pos[r.words.indexOf('300')]).toBe('NUM');
    expect(r.pos[r.words.indexOf('halvorsen')]).toBe('PROPN');
  });
});

describe('features', () => {
  it('name entities and figures by type, mark passive voice, modals and quotes, never a company name', () => {
    const f = eventFeatures(sentence('The rezoning request by Microsoft was rejected by the county board, which said "we may revisit it".'), buildLexicon());
    expect(f).toEqual(expect.arrayContaining(['passive', 'md:may', 'quote', 'e:org', 'v:reject', 'lex:land_dispute']));
    expect(f.some((x) => /microsoft/i.test(x))).toBe(false);
  });
  it('say what each sum of money is, as the amount reader does, and nothing for its currency conversion', () => {
    const raised = eventFeatures(sentence('Pellbrook Robotics raised $40 million from a group of venture investors on Monday.'), buildLexicon());
    expect(raised).toContain('mcat:funding');
    const fined = eventFeatures(sentence('The regulator fined Ostrava Cloud €12 million ($13 million) for breaking the data rules.'), buildLexicon());
    expect(fined.filter((x) => x.startsWith('mcat:'))).toEqual(['mcat:penalty']);
    expect(eventFeatures(sentence('The county board met on Tuesday to hear residents.'), buildLexicon()).some((x) => x.startsWith('mcat:'))).toBe(false);
  });
  it('read words that name members of a plain object ("constructor", "__proto__") as ordinary words', () => {
    const f = eventFeatures(sentence('The constructors of the __proto__ toolkit said the hangar was finished.'), buildLexicon());
    expect(f).toEqual(expect.arrayContaining(['w:constructor']));
    const tagged = createTagger().tag({ title: '', body: 'A constructor for Lindqvist Labs will build a 200 MW data center in Ohio.', publishedAt: PUB });
    expect(tagged.events.map((e) => e.type)).toContain('buildout');
  });
  it('tell what the whole article is about: the cue type most of its sentences share', () => {
    const infos = readArticle({
      title: '',
      body: 'Residents of Marlow Township protested outside the hall.\n\nA petition against the rezoning drew 900 names.\n\nThe township later adopted an ordinance with new zoning rules.\n\nThe weather was mild.',
      publishedAt: PUB,
    }, gazetteer).infos;
    expect(articleFeatures(infos)).toEqual(['doc:land_dispute']);
    expect(articleFeatures(infos.slice(3))).toEqual([]);
    // The article's features join every sentence's own.
    expect(eventFeatures(infos[3]!, buildLexicon(), undefined, articleFeatures(infos))).toContain('doc:land_dispute');
  });
  it('leave who-and-when features to the detector, not the type head', () => {
    expect(detectorOnly('e:org')).toBe(true);
    expect(detectorOnly('date')).toBe(true);
    expect(detectorOnly('v:sue')).toBe(false);
  });
});

describe('WordNet cue lexicon', () => {
  it('expands the contract\'s seed words through synonyms', () => {
    const lex = buildLexicon();
    expect(lex['discontinue']).toContain('shutdown/v');
    expect(lex['lawsuit']).toContain('legal/n');
    expect(lex['purchase']).toContain('acquisition/v');
    // Synonyms the seeds do not list come from WordNet ("cease" for "discontinue").
    expect(lex['cease']).toContain('shutdown/v');
  });
  it('keeps each entry\'s part of speech, so a verb seed\'s word is a cue only where it is read as a verb', () => {
    const lex = buildLexicon();
    // "rule" is a legal verb (a judge rules) and a regulation noun (the new rules).
    expect(lex['rule']).toEqual(expect.arrayContaining(['legal/v', 'regulation/n']));
    const asNoun = eventFeatures(sentence('The state board adopted a rule for battery storage yards on Friday.'), lex);
    expect(asNoun).toContain('lex:regulation');
    expect(asNoun).not.toContain('lex:legal');
    const asVerb = eventFeatures(sentence('A federal judge ruled against Quillon Freight on Friday.'), lex);
    expect(asVerb).toEqual(expect.arrayContaining(['lex:legal', 'lexv:legal']));
    expect(asVerb).not.toContain('lex:regulation');
  });
  it('reads untagged entries (models trained before the tags) as matching any token', () => {
    expect(lexiconEntry('legal')).toEqual({ type: 'legal', pos: null, near: false });
    expect(lexiconEntry('legal/v')).toEqual({ type: 'legal', pos: 'v', near: false });
    const f = eventFeatures(sentence('The new rules take effect in March.'), { rule: ['legal'] });
    expect(f).toContain('lex:legal');
  });
});

/** A small made-up corpus: a happening per article and a sentence with none. */
function toyCorpus(): TrainingArticle[] {
  const lines: Array<[string, string | null]> = [
    ['Brightwater Labs sued Corvane Systems in federal court on Monday.', 'legal'],
    ['Corvane Systems filed a lawsuit against Brightwater Labs last week.', 'legal'],
    ['Ostrava Cloud was sued by Pellmark Energy over unpaid bills.', 'legal'],
    ['Pellmark Energy shut down its Ostrava Cloud service on Friday.', 'shutdown'],
    ['Brightwater Labs discontinued its oldest model this month.', 'shutdown'],
    ['Corvane Systems will retire its legacy API in March.', 'shutdown'],
    ['Analysts expect demand for chips to keep growing.', null],
    ['The weather in the valley was mild for the season.', null],
    ['Many people use chat assistants at work.', null],
  ];
  return lines.map(([text, type], i) => ({
    id: `toy-${i}`, title: '', body: text, publishedAt: PUB,
    gold: { events: type ? [{ type, sentence: text }] : [] },
  }));
}

describe('training', () => {
  it('is deterministic: the same corpus gives the same model', () => {
    const a = trainEventModel(toyCorpus(), gazetteer, { epochs: 10 });
    const b = trainEventModel(toyCorpus(), gazetteer, { epochs: 10 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.trainedOn).toMatchObject({ articles: 9 });
    expect(a.trainedOn.corpusHash).toMatch(/^[0-9a-f]{16}$/);
  });
  it('weighs rare types up: with class weights a type seen once still wins its own sentence', () => {
    // Five lawsuits and one shutdown: without weights the commoner type pulls the rare one's sentence towards itself.
    const corpus = toyCorpus().filter((a) => !/retire|discontinued/.test(a.body));
    for (const [i, text] of ['Halvorsen Foods sued Ostrava Cloud on Monday.', 'Pellmark Energy took Corvane Systems to court in May.'].entries()) {
      corpus.push({ id: `toy-more-${i}`, title: '', body: text, publishedAt: PUB, gold: { events: [{ type: 'legal', sentence: text }] } });
    }
    const lexicon = buildLexicon();
    const examples = examplesOf(corpus, gazetteer, lexicon);
    const pShutdown = (classWeight: number) => {
      const model = fitEventModel(examples, lexicon, { articles: corpus.length, corpusHash: 'toy' }, { classWeight, epochs: 20, minFeatureCount: 1 });
      return classifySentence(model, sentence('Pellmark Energy shut down its Ostrava Cloud service on Friday.')).typeProbability('shutdown');
    };
    expect(pShutdown(1)).toBeGreaterThan(pShutdown(0));
  });
  it('pulls the detector\'s plain-word weights back harder than its general features (detectorWordL2)', () => {
    // A word and a date that always come together: with equal L2 they share the evidence equally; with the word
    // penalised harder, the date (which carries to other writers' stories) takes the larger share.
    const examples = [
      ...Array.from({ length: 6 }, () => ({ features: ['w:quarry', 'date', 'e:org'], pos: new Set(['buildout' as const]), ignore: new Set<never>() })),
      ...Array.from({ length: 12 }, () => ({ features: ['e:org'], pos: new Set<never>(), ignore: new Set<never>() })),
    ];
    const detector = (detectorWordL2: number) => {
      const m = fitEventModel(examples, {}, { articles: 1, corpusHash: 'toy' }, { detectorWordL2, epochs: 40, l2: 0.05, minFeatureCount: 1 });
      return { word: m.weights['w:quarry']![0]!, date: m.weights['date']![0]! };
    };
    const even = detector(1), firm = detector(5);
    expect(even.word).toBeCloseTo(even.date, 3);
    expect(firm.word).toBeLessThan(firm.date);
    expect(DEFAULT_SETTINGS.detectorWordL2).toBeGreaterThan(1);
  });
  it('learns types from examples and tells them apart on new sentences', () => {
    const model = trainEventModel(toyCorpus(), gazetteer, { epochs: 60, learningRate: 0.1, minFeatureCount: 1 });
    const typeOf = (text: string) => classifySentence(model, sentence(text)).decisions[0]?.type;
    expect(typeOf('Halvorsen Foods sued Pellmark Energy on Tuesday.')).toBe('legal');
    expect(typeOf('Halvorsen Foods shut down its delivery app on Tuesday.')).toBe('shutdown');
  });
});

describe('deciding a sentence\'s types', () => {
  // A hand-set model: the detector fires on a date; "sue" and "rule" (the lexicon's legal and regulation cues) split the type mass.
  const handModel = (secondThreshold: number): EventModel => ({
    name: 'hand', version: 1, trainedOn: { articles: 0, corpusHash: 'hand' },
    settings: { ...DEFAULT_SETTINGS, secondThreshold },
    types: EVENT_TYPES,
    bias: [-2, ...EVENT_TYPES.map(() => 0)],
    weights: {
      date: [6, ...EVENT_TYPES.map(() => 0)],
      'lex:legal': [0, ...EVENT_TYPES.map((t) => (t === 'legal' ? 5 : 0))],
      'lex:regulation': [0, ...EVENT_TYPES.map((t) => (t === 'regulation' ? 4.2 : 0))],
    },
    lexicon: { sue: ['legal/v'], regulation: ['regulation/n'] },
    verbClasses: { stance: { single: [], phrases: [] }, defeat: { single: [], phrases: [] } },
  });
  const text = 'Quillon Freight sued the state over its trucking regulation on Monday.';
  it('states the likeliest type, and the second too when it holds at least secondThreshold of the mass', () => {
    const types = (t: number) => classifySentence(handModel(t), sentence(text)).decisions.map((d) => d.type);
    // legal ~0.66, regulation ~0.30 of the type mass.
    expect(types(0.25)).toEqual(['legal', 'regulation']);
    expect(types(0.5)).toEqual(['legal']);
  });
  it('states the second type only for a pair the annotators treat as alternatives', () => {
    const only = (pairs: string[]) => classifySentence({ ...handModel(0.25), secondPairs: pairs }, sentence(text)).decisions.map((d) => d.type);
    expect(only(['land_dispute|regulation'])).toEqual(['legal']);
    expect(only([typePair('regulation', 'legal')])).toEqual(['legal', 'regulation']);
  });
  it('learns those pairs from the gold type and alt_types of the training sentences', () => {
    const corpus = toyCorpus();
    const text2 = 'The county council barred Quillon Freight from its depot site on Monday.';
    corpus.push({ id: 'toy-alt-1', title: '', body: text2, publishedAt: PUB, gold: { events: [{ type: 'land_dispute', alt_types: ['regulation'], sentence: text2 }] } });
    expect(trainEventModel(corpus, gazetteer, { epochs: 2, secondPairMin: 1 }).secondPairs).toEqual(['land_dispute|regulation']);
    expect(trainEventModel(corpus, gazetteer, { epochs: 2, secondPairMin: 2 }).secondPairs).toEqual([]);
  });
  it('states no type when the detector does not fire', () => {
    expect(classifySentence(handModel(0.25), sentence('Quillon Freight sued the state over its trucking regulation.')).decisions).toEqual([]);
  });
});

describe('the article\'s type distribution', () => {
  // A hand-set model: a date makes a happening; "sue" says legal, "regulation" says regulation a little more strongly.
  const model = (articlePrior: number): EventModel => ({
    name: 'hand', version: 1, trainedOn: { articles: 0, corpusHash: 'hand' },
    settings: { ...DEFAULT_SETTINGS, secondThreshold: 1, articlePrior },
    types: EVENT_TYPES,
    bias: [-2, ...EVENT_TYPES.map(() => 0)],
    weights: {
      date: [6, ...EVENT_TYPES.map(() => 0)],
      'lex:legal': [0, ...EVENT_TYPES.map((t) => (t === 'legal' ? 3 : 0))],
      'lex:regulation': [0, ...EVENT_TYPES.map((t) => (t === 'regulation' ? 3.4 : 0))],
    },
    lexicon: { sue: ['legal/v'], regulation: ['regulation/n'] },
    verbClasses: { stance: { single: [], phrases: [] }, defeat: { single: [], phrases: [] } },
  });
  const story = [
    'Oracle sued Microsoft on Monday.',
    'Microsoft sued Oracle on Tuesday.',
    'Google sued the state over its trucking regulation on Wednesday.',
  ].join('\n\n');
  const typesOf = (m: EventModel, body: string) => createTagger({ gazetteer, eventModel: m }).tag({ title: '', body, publishedAt: PUB }).events.map((e) => e.type);

  it('is the sentences\' type distributions weighted by how likely each tells a happening, smoothed towards uniform', () => {
    const m = model(1);
    const prior = articleTypePrior(m, [{ event: 1, types: EVENT_TYPES.map((t) => (t === 'legal' ? 1 : 0)) }, { event: 0, types: EVENT_TYPES.map((t) => (t === 'pricing' ? 1 : 0)) }]);
    expect(prior.reduce((a, x) => a + x, 0)).toBeCloseTo(1);
    expect(prior[EVENT_TYPES.indexOf('legal')]).toBeGreaterThan(0.6);
    // A sentence that tells no happening adds nothing; no type is ruled out.
    expect(prior[EVENT_TYPES.indexOf('pricing')]).toBeCloseTo(prior[EVENT_TYPES.indexOf('energy')]!);
    expect(Math.min(...prior)).toBeGreaterThan(0);
  });
  it('re-ranks a sentence torn between two types towards the kind of happening the story tells', () => {
    expect(reweigh([0.5, 0.4, 0.1], [0.2, 0.7, 0.1], 1).map((x) => Math.round(x * 100))).toEqual([26, 72, 3]);
    expect(typesOf(model(0), story)).toEqual(['legal', 'legal', 'regulation']);
    expect(typesOf(model(1), story)).toEqual(['legal', 'legal', 'legal']);
  });
  it('leaves a sentence that stands alone its own reading', () => {
    expect(typesOf(model(1), 'Google sued the state over its trucking regulation on Wednesday.')).toEqual(['regulation']);
  });
});

describe('the committed model', () => {
  const model = loadEventModel();
  it('names itself and the corpus that trained it', () => {
    expect(modelTag(model)).toMatch(/^events-lr@\d+$/);
    expect(model.trainedOn.articles).toBeGreaterThan(100);
    expect(model.types).toHaveLength(12);
  });
  it('carries the WordNet verb classes the tagger reads, so tagging opens no WordNet file', () => {
    expect(model.verbClasses.stance.single).toEqual(expect.arrayContaining(['argue', 'contend', 'urge', 'demand', 'request', 'insist', 'propose']));
    expect(model.verbClasses.stance.phrases).toContainEqual(['call', 'on']);
    expect(model.verbClasses.defeat.single).toEqual(expect.arrayContaining(['reject', 'veto', 'block']));
    expect(model.verbClasses.defeat.phrases).toContainEqual(['vote', 'down']);
    // Sorted, as the deterministic model file needs.
    expect(model.verbClasses.stance.single).toEqual([...model.verbClasses.stance.single].sort());
  });
  it('reads passive voice and a retirement dated when it takes effect, and stores its name as the rule', () => {
    const tagger = createTagger();
    const evs = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).events;
    const legal = evs('Halvorsen Foods was sued by the Sierra Club in federal court on Monday.');
    expect(legal[0]).toMatchObject({ type: 'legal', date: '2025-11-03' });
    expect(legal[0]!.rule).toMatch(/^events-lr@\d+ /);
    expect(evs('Google will shut down its Halvorsen app on December 1, the company said.')[0]).toMatchObject({ type: 'shutdown', date: '2025-12-01' });
  });
  it('does not read an opinion or a generic statement as a happening', () => {
    const tagger = createTagger();
    const evs = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).events;
    expect(evs('Many people think the weather will be mild this winter.')).toEqual([]);
  });
});
