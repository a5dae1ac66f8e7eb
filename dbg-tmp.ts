import { lookupPlaces } from './ingest/places/index.ts';
for (const n of process.argv.slice(2)) console.log(n, lookupPlaces(n).slice(0,3).map(p=>`${p.kind}:${p.name}:${p.countryCode}:${p.population}`));
