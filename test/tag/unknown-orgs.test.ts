/**
 * Organisations no list knows, found from the article itself (entity-discovery.ts,
 * entities.ts): one test per error class. Sentences written for this test; the
 * names are invented, so neither gazetteer can know them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { findEntities, realPlace, summariseEntities } from '../../ingest/tag/entities.ts';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = Gazetteer.load();
  realPlace('London');
}, 120_000);

const entities = (text: string) => summariseEntities(findEntities(text, gaz)).map((e) => `${e.name} (${e.type})`);

describe('a lower-case word before a capitalised alias', () => {
  it('is a common noun, not the alias: the longer official name is found whole', () => {
    const found = entities('The state Department of Environmental Quality denied an air permit for the turbines.');
    expect(found).toContain('Department of Environmental Quality (org)');
    expect(found).not.toContain('State Department (org)');
  });

  it('leaves the alias itself found', () => {
    expect(entities('Officials at the State Department declined to comment on the export rules.')).toContain('State Department (org)');
  });
});
