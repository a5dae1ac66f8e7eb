/**
 * Local public bodies named as their articles name them: the place a story is
 * about gives a bare "City Council" or "the county Planning Commission" its
 * full name, and an all-caps dateline keeps "ST." inside the town's name.
 * Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { findEntities, realPlace, summariseEntities } from '../../ingest/tag/entities.ts';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = Gazetteer.load();
  realPlace('London');
}, 120_000);

const names = (text: string) => summariseEntities(findEntities(text, gaz)).map((e) => `${e.name} (${e.type})`);

describe('all-caps datelines', () => {
  it('keeps an abbreviated "ST." or "MT." inside the town it opens', () => {
    const list = names('MT. HOLLOWAY, Ore. — Residents packed the library on Tuesday. The City Council voted 6-1 to pause new permits.');
    expect(list).toContain('Mt. Holloway (place)');
    expect(list).toContain('Mt. Holloway City Council (org)');
    expect(list).not.toContain('Holloway (place)');
  });
});
