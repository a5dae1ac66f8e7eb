import { describe, expect, it } from 'vitest';
import { tokenize } from '../../ingest/tag/entity-tokens.ts';
import { findPersonNames, isFirstName, isHonorific } from '../../ingest/tag/person-names.ts';
import { findEntities } from '../../ingest/tag/entities.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';

const rules = {
  isTitle: (w: string) => /^(President|Ambassador|Mayor|CEO|Chief)$/.test(w),
  isNotNameWord: (w: string) => /^(Corporation|County|Center|Productions)$/.test(w),
};

function namesIn(text: string): string[] {
  return findPersonNames(text, tokenize(text), rules).map(([s, e]) => text.slice(s, e));
}

describe('person names without running a tagger', () => {
  it('reads names that open with a known first name, hyphenated ones included', () => {
    expect(namesIn('The deal was signed by Jane Doe and Charles-Antoine Beyney on Monday.')).toEqual(['Jane Doe', 'Charles-Antoine Beyney']);
  });

  it('takes a name after an honorific or a role title, but not the title itself', () => {
    expect(namesIn('Kentucky Gov. Andy Beshear spoke first.')).toEqual(['Andy Beshear']);
    expect(namesIn('Ambassador Gordon Sondland testified.')).toEqual(['Gordon Sondland']);
    expect(namesIn('Mr. Okonkwo declined to comment.')).toEqual(['Okonkwo']);
  });

  it('reads a two-word name whose second word is a known name and whose first is no ordinary word', () => {
    expect(namesIn('Former governor Deval Patrick entered the race.')).toEqual(['Deval Patrick']);
  });

  it('leaves organisations, places and ordinary words alone', () => {
    expect(namesIn('Virginia Democrats won a majority.')).toEqual([]);
    expect(namesIn('Dick Clark Productions sold the show.')).toEqual([]);
    expect(namesIn('Risks we see with this Incubation Grant.')).toEqual([]);
    expect(namesIn('Jones County approved the plan.')).toEqual([]);
  });

  it('knows everyday words that are also given names', () => {
    expect(isFirstName('Frank')).toBe(true);
    expect(isFirstName('Jean-Luc')).toBe(true);
    expect(isFirstName('Gigawatt')).toBe(false);
    expect(isHonorific('Gov')).toBe(true);
  });
});

describe('findEntities with the cheap person reader', () => {
  const gaz = Gazetteer.load();
  it('keeps a place that opens a person\'s name out of the places', () => {
    const mentions = findEntities('Paris Hilton said on Monday that she would build a hotel in Paris.', gaz);
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.name)).toEqual(['Paris Hilton']);
    expect(mentions.filter((m) => m.type === 'place').map((m) => m.start)).toEqual(['Paris Hilton said on Monday that she would build a hotel in '.length]);
  });
});
