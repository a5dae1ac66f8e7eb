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

describe('"and" after a word English does not know', () => {
  it('joins two names, as after a known name', () => {
    const found = entities('The round was led by Kestrelwyn and Harbour Ridge Capital, with Voltaro and Gridmont Networks joining later.');
    expect(found).toContain('Kestrelwyn (org)');
    expect(found).toContain('Harbour Ridge Capital (org)');
    expect(found).toContain('Voltaro (org)');
    expect(found).toContain('Gridmont Networks (org)');
  });

  it('keeps a body whose remit opens with an everyday word whole', () => {
    expect(entities('The county Planning and Zoning Commission met on Monday.')).toContain('Planning and Zoning Commission (org)');
    expect(entities('An outage hit its Identity and Access Management service for hours.')).not.toContain('Identity (org)');
  });
});
