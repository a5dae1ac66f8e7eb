import { Gazetteer } from './ingest/tag/gazetteer.ts';
import { findEntities, summariseEntities } from './ingest/tag/entities.ts';
const gaz = Gazetteer.load();
for (const t of process.argv.slice(2)) console.log(summariseEntities(findEntities(t, gaz)).map((e) => `${e.name} (${e.type})`));
