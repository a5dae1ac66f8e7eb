/** What the entity finder reads from a test's own sentences, as "Name (type)" (summariseEntities' names). */
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { findEntities, realPlace, summariseEntities } from '../../ingest/tag/entities.ts';

/** The shipped gazetteer, with the places gazetteer loaded too (its first lookup reads it): for a beforeAll. */
export function loadTestGazetteer(): Gazetteer {
  const gaz = Gazetteer.load();
  realPlace('London');
  return gaz;
}

export function namesIn(gaz: Gazetteer, text: string, title = ''): string[] {
  return summariseEntities(findEntities(text, gaz, title)).map((e) => `${e.name} (${e.type})`);
}
