/**
 * The gazetteer of real places, shared by the tagger (is this name a place?),
 * the store (which place is it, and what contains it?) and the site (where
 * to draw it). Data come from npm packages (see load.ts); nothing here is a
 * hand list of places.
 */
import { loadGazetteer, namedItems, namedPlace, placeByKey } from './load.js';
import { COUNTRY_ALIASES, nameKey } from './names.js';
import { namedIn } from '../common/named-in.js';
import type { Place, PlaceKind } from './types.js';

export type { Place, PlaceKind } from './types.js';
export { nameKey } from './names.js';

/** Prior weight of each kind of place, on the scale of log10(population) of a locality. */
const KIND_PRIOR: Record<PlaceKind, number> = { country: 9, region: 6, county: 6, locality: 0 };
/** A US state is the likelier reading of a bare name in this tracker's news (mostly US local siting fights). */
const US_STATE_BONUS = 2;
/** Weight of a candidate's country being named elsewhere in the text. */
const COUNTRY_IN_TEXT = 3;
/** Weight of "Name, Parent" or the parent named anywhere in the text. */
const PARENT_AFTER_COMMA = 6;
const PARENT_IN_TEXT = 2;

function prominence(place: Place): number {
  let score = KIND_PRIOR[place.kind];
  if (place.kind === 'region' && place.countryCode === 'US') score += US_STATE_BONUS;
  if (place.population) score += Math.log10(place.population + 1);
  return score;
}

/**
 * Every place a surface form can denote, most prominent first. A town's parent (its county, or its region outside
 * the US) is worked out when first read (see Localities), so the tagger, which only asks whether a name is a place,
 * does not pay for it.
 */
export function lookupPlaces(name: string): Place[] {
  const g = loadGazetteer();
  const trimmed = name.trim();
  const exact = g.exact.get(trimmed);
  const found = exact ? [placeByKey(g, exact)!] : [];
  const key = nameKey(trimmed.replace(/^the\s+/i, ''));
  for (const item of namedItems(g.byName.get(key))) {
    const place = namedPlace(g, item);
    if (!found.includes(place)) found.push(place);
  }
  return found.sort((a, b) => prominence(b) - prominence(a));
}

/** A place by its key. */
export function getPlace(key: string): Place | undefined {
  return placeByKey(loadGazetteer(), key);
}

/** The parent chain of a place, nearest first (town -> county -> state -> country). */
export function ancestorsOf(key: string): Place[] {
  const chain: Place[] = [];
  let place = getPlace(key);
  while (place?.parentKey) {
    const parent = getPlace(place.parentKey);
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    place = parent;
  }
  return chain;
}

function namesOf(place: Place): string[] {
  const names = [place.name];
  if (place.kind === 'country') names.push(...(COUNTRY_ALIASES[place.key] ?? []));
  if (place.kind === 'region' && place.countryCode === 'US') names.push(place.key.slice(3));
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, name: string): boolean {
  return name.length >= 2 && namedIn(name, text);
}

export interface PlaceHints {
  /** The article (or sentence) the name was read in. */
  text?: string;
  /** Countries known to be the article's setting; replaces those read from the text. */
  countryCodes?: string[];
  /** Other place names the article mentions. */
  places?: string[];
}

let countryPattern: RegExp | undefined;
const countryOfName = new Map<string, string>();

/**
 * Countries a text names, directly or through one of the US states (local US
 * news names the state, rarely the country). The queried name itself does not
 * count: "Georgia" is no evidence for either Georgia.
 */
function countriesInText(text: string, except: string): string[] {
  if (!text) return [];
  if (!countryPattern) {
    const g = loadGazetteer();
    for (const place of g.byKey.values()) {
      if (place.kind === 'country' || (place.kind === 'region' && place.countryCode === 'US')) {
        for (const n of namesOf(place)) if (n.length > 2 || place.kind === 'country') countryOfName.set(n, place.countryCode);
      }
    }
    const alternatives = [...countryOfName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    countryPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }
  const skip = nameKey(except);
  const found = new Set<string>();
  for (const m of text.matchAll(countryPattern)) {
    if (nameKey(m[0]) === skip) continue;
    const code = countryOfName.get(m[0]);
    if (code) found.add(code);
  }
  return [...found];
}

/**
 * One place for a name, or null when the gazetteer knows none. Ambiguous
 * names ("Georgia", "Springfield") are settled by the text: its parent
 * written after a comma ("Springfield, Illinois"), its state or country named
 * elsewhere, the countries given as hints; then by prominence.
 */
export function resolvePlace(name: string, hints: PlaceHints = {}): Place | null {
  const candidates = lookupPlaces(name);
  if (candidates.length <= 1) return candidates[0] ? getPlace(candidates[0].key) ?? null : null;
  const text = hints.text ?? '';
  const countries = new Set(hints.countryCodes ?? countriesInText(text, name));
  // Other places the article names: their countries count as context, and a
  // candidate that contains one of them ("Macon" inside Georgia, US) is likelier.
  const containing = new Set<string>();
  for (const other of hints.places ?? []) {
    if (nameKey(other) === nameKey(name)) continue;
    const top = lookupPlaces(other)[0];
    if (!top) continue;
    countries.add(top.countryCode);
    for (const ancestor of ancestorsOf(top.key)) containing.add(ancestor.key);
  }
  let best: Place | null = null;
  let bestScore = -Infinity;
  // Only the most prominent few are worth weighing against the text.
  for (const candidate of candidates.slice(0, 25)) {
    let score = prominence(candidate);
    if (countries.has(candidate.countryCode)) score += COUNTRY_IN_TEXT;
    if (containing.has(candidate.key)) score += PARENT_AFTER_COMMA;
    if (text) {
      const chain = ancestorsOf(candidate.key);
      for (const ancestor of chain) {
        const names = namesOf(ancestor);
        if (names.some((n) => mentions(text, `${name}, ${n}`))) score += PARENT_AFTER_COMMA;
        else if (ancestor.kind !== 'country' && names.some((n) => n.length > 2 && mentions(text, n))) score += PARENT_IN_TEXT;
      }
    }
    if (score > bestScore) { best = candidate; bestScore = score; }
  }
  return best ? getPlace(best.key) ?? null : null;
}
