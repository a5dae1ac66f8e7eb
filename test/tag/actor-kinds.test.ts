/**
 * Who acts, by kind (actor-kinds.ts), on names and sentences written for these tests: the head noun of an
 * organisation's name, local words and counties, titles before people, and the type-head-only feature.
 */
import { describe, expect, it } from 'vitest';
import { actorKindFeatures, orgKind, typeHeadOnly, ACTOR_TYPE } from '../../ingest/tag/actor-kinds.ts';
import { eventFeatures } from '../../ingest/tag/event-features.ts';
import { buildLexicon } from '../../ingest/tag/learn/wordnet-lexicon.ts';
import { DEFAULT_SETTINGS } from '../../ingest/tag/learn/train-events.ts';
import { loadEventModel } from '../../ingest/tag/event-model.ts';
import { readArticle } from '../../ingest/tag/index.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';

const gazetteer = Gazetteer.load();
const sentence = (text: string) => readArticle({ title: '', body: text, publishedAt: '2025-11-05T12:00:00Z' }, gazetteer).infos[0]!;

describe('orgKind', () => {
  it('reads the head noun, before "of" when there is one', () => {
    expect(orgKind('Marlow Township Board of Trustees')).toBe('local');
    expect(orgKind('Court of Appeals for the Ninth Circuit')).toBe('court');
    expect(orgKind('Department of Water Resources')).toBe('government');
  });
  it('makes a board or commission local by a local word, wider by a national or state word', () => {
    expect(orgKind('Ashgrove Planning and Zoning Commission')).toBe('local');
    expect(orgKind('Federal Maritime Commission')).toBe('government');
    expect(orgKind('State Water Board')).toBe('government');
    expect(orgKind('Fairfax County Board of Supervisors')).toBe('local');
  });
  it('leaves corporate suffixes aside and calls the rest companies, funds or utilities', () => {
    expect(orgKind('Quillon Freight Inc.')).toBe('company');
    expect(orgKind('Tarn Valley Capital Partners')).toBe('investor');
    expect(orgKind('Northfork Electric Cooperative')).toBe('utility');
  });
});

describe('actorKindFeatures', () => {
  it('gives a local body named in the sentence as ak:local', () => {
    expect(actorKindFeatures(sentence('The Ridgeway City Council voted 4-3 on Tuesday to turn down the warehouse rezoning.'))).toEqual(['ak:local']);
  });
  it('gives a mayor by title as local', () => {
    expect(actorKindFeatures(sentence('Mayor Dana Okafor said the hangar plan would go back to the planners.'))).toEqual(['ak:local']);
  });
  it('gives only kinds with a type (a company alone gives none)', () => {
    expect(actorKindFeatures(sentence('Quillon Freight Inc. opened a second depot near the river last spring.'))).toEqual([]);
    for (const k of Object.keys(ACTOR_TYPE)) expect(typeHeadOnly(k)).toBe(true);
  });
  it('reaches the features only when the model reads actor kinds, and the committed model does', () => {
    const s = sentence('The Ridgeway City Council voted 4-3 on Tuesday to turn down the warehouse rezoning.');
    const lex = buildLexicon();
    expect(eventFeatures(s, lex)).not.toContain('ak:local');
    expect(eventFeatures(s, lex, undefined, [], undefined, { actorKinds: true })).toContain('ak:local');
    expect(DEFAULT_SETTINGS.actorKinds).toBe(true);
    const model = loadEventModel();
    expect(model.settings.actorKinds).toBe(true);
    // Type head only: the detector's column stays 0; land_dispute's leans up.
    const w = model.weights['ak:local']!;
    expect(w[0]).toBe(0);
    expect(w[model.types.indexOf('land_dispute') + 1]).toBeGreaterThan(0.5);
  });
});
