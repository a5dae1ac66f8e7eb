/**
 * Name forms of places: the normal form every lookup goes through, and the
 * short forms news writes instead of a place's name (postal and AP-style US
 * state abbreviations, common country short names). These are general
 * tables of the language, not fitted to any article.
 */

/** Case-, accent- and punctuation-insensitive key: "Aragón" = "aragon", "St. Louis" = "st louis". */
export function nameKey(name: string): string {
  // Most names are plain ASCII, where accents cannot occur and \p{L}\p{N} are [a-z0-9] once lower-cased:
  // the same key without the Unicode normalisation (loading reads some 300,000 names).
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** US states, DC and territories: postal code -> AP style abbreviations (AP omits short names). */
export const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ['Ala.'], AK: [], AZ: ['Ariz.'], AR: ['Ark.'], CA: ['Calif.', 'Cal.'], CO: ['Colo.'],
  CT: ['Conn.'], DE: ['Del.'], DC: ['D.C.'], FL: ['Fla.'], GA: ['Ga.'], HI: [], ID: [], IL: ['Ill.'],
  IN: ['Ind.'], IA: [], KS: ['Kan.', 'Kans.'], KY: ['Ky.'], LA: ['La.'], ME: [], MD: ['Md.'],
  MA: ['Mass.'], MI: ['Mich.'], MN: ['Minn.'], MS: ['Miss.'], MO: ['Mo.'], MT: ['Mont.'],
  NE: ['Neb.', 'Nebr.'], NV: ['Nev.'], NH: ['N.H.'], NJ: ['N.J.'], NM: ['N.M.'], NY: ['N.Y.'],
  NC: ['N.C.'], ND: ['N.D.'], OH: [], OK: ['Okla.'], OR: ['Ore.', 'Oreg.'], PA: ['Pa.', 'Penn.'],
  RI: ['R.I.'], SC: ['S.C.'], SD: ['S.D.'], TN: ['Tenn.'], TX: ['Tex.'], UT: [], VT: ['Vt.'],
  VA: ['Va.'], WA: ['Wash.'], WV: ['W.Va.', 'W. Va.'], WI: ['Wis.', 'Wisc.'], WY: ['Wyo.'],
  PR: ['P.R.'],
};

/** Short and older names of countries used in news, keyed by ISO 3166-1 alpha-2. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['United States of America', 'USA', 'U.S.', 'U.S.A.', 'US', 'America', 'the United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['Korea', 'Republic of Korea'],
  KP: ['North Korea'],
  RU: ['Russian Federation'],
  CZ: ['Czechia', 'Czech Republic'],
  NL: ['Holland', 'The Netherlands'],
  TW: ['Republic of China'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  VN: ['Vietnam', 'Viet Nam'],
  IR: ['Iran'],
  SY: ['Syria'],
  LA: ['Laos'],
  VA: ['Vatican', 'Holy See'],
  TR: ['Turkiye', 'Türkiye', 'Turkey'],
  MM: ['Burma', 'Myanmar'],
  SA: ['KSA'],
};

/** Suffix a US county carries in writing, by state (Louisiana has parishes, Alaska boroughs, Puerto Rico municipios). */
export function countySuffix(statePostal: string): string {
  if (statePostal === 'LA') return 'Parish';
  if (statePostal === 'AK') return 'Borough';
  if (statePostal === 'PR') return 'Municipio';
  return 'County';
}

/**
 * Independent cities (Virginia's, Baltimore, St. Louis, Carson City) belong to no county and are county-equivalents
 * themselves. The Census numbers them from 510 up within their state; no county's code reaches 510 (Texas's
 * last is 507).
 */
export function isIndependentCity(countyFips: string): boolean {
  return /^\d{5}$/.test(countyFips) && Number(countyFips.slice(2)) >= 510;
}

/**
 * The written name of a US county or county-equivalent, from its us-atlas name (which carries no suffix) and its
 * FIPS code, with the other forms news uses: "Loudoun County"; an independent city is "City of Manassas" (also
 * "Manassas City"), Carson City stays as it is; the District of Columbia is no county.
 */
export function countyNames(atlasName: string, fips: string): { name: string; aliases: string[] } {
  const postal = US_STATE_FIPS[fips.slice(0, 2)] ?? '';
  if (isIndependentCity(fips)) {
    return /\bCity$/i.test(atlasName) ? { name: atlasName, aliases: [] } : { name: `City of ${atlasName}`, aliases: [`${atlasName} City`] };
  }
  if (postal === 'DC') return { name: atlasName, aliases: [] };
  return { name: `${atlasName} ${countySuffix(postal)}`, aliases: [] };
}

/** US state FIPS code -> postal code (Census Bureau numbering). */
export const US_STATE_FIPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE',
  '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA',
  '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN',
  '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM',
  '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI',
  '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA',
  '54': 'WV', '55': 'WI', '56': 'WY', '72': 'PR',
};

/** Names made only of compass and position words ("Central Province", "North Western Province"): no name without the unit. */
const COMPASS_NAME = /^(?:(?:North|South|East|West)(?:ern)?|Central|Upper|Lower|Middle|Capital|Inner|Outer|Greater)(?:[\s-]+(?:(?:North|South|East|West)(?:ern)?|Central))*$/u;

/**
 * The name news writes for a first-level region whose listed name carries the kind of unit: "Aichi Prefecture" ->
 * "Aichi", "Guangdong Province" -> "Guangdong". Null when the name carries no such word.
 */
export function shortRegionName(name: string): string | null {
  // Only unit words that follow a proper name: "Central Region", "Has District" and "Capital Municipality" would
  // leave an English word as a place's name.
  const short = name.replace(/\s+(?:Prefecture|Province|Governorate|Oblast|Voivodeship)$/u, '');
  if (short === name || short.replace(/[^\p{L}]/gu, '').length < 4 || COMPASS_NAME.test(short)) return null;
  return short;
}

/**
 * Shorter forms of a GeoNames town name that news writes: the name before a river or district qualifier ("Hanau am
 * Main" -> "Hanau", "Freiburg im Breisgau" -> "Freiburg"), and the "Aa" spelling of a Danish or Norwegian "Å" ("Århus" ->
 * "Aarhus", as English writes it).
 */
export function localityShortNames(name: string): string[] {
  const out: string[] = [];
  // Not a bracketed qualifier: GeoNames lists a city's districts that way ("Zürich (Kreis 3)").
  const qualified = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)\s+(?:am|an der|an den|im|in der|ob der|upon|on the)\s+\p{Lu}/u.exec(name);
  if (qualified) out.push(qualified[1]!);
  if (/[Åå]/.test(name)) out.push(name.replace(/Å/g, 'Aa').replace(/å/g, 'aa'));
  return out;
}
