/**
 * The lower-case names of public bodies that belong to a place ("the Hanau town council", "the municipal council in
 * Norrvik", "the Johor state government"), in one list per kind, so the patterns that read such bodies before or
 * after their place (entities.ts) and the one that reads a council as the mark of a town (entity-discovery.ts)
 * share their words.
 */

/** Councils, boards and planning bodies of a town, county or district. */
export const PLACE_COUNCILS = [
  'municipal council', 'town council', 'village council', 'county council', 'district council', 'parish council',
  'town board', 'village board', 'township board', 'planning commission', 'plan commission',
];

/** The governments of a state, region or province. */
export const REGIONAL_GOVERNMENTS = ['state government', 'regional government', 'provincial government'];

/** Other bodies a place has, written after it with their own words ("the Harlan Township trustees", "the Marlow fiscal court"). */
export const OTHER_PLACE_BODIES = [
  'borough council', 'township trustees', 'trustees', 'board of trustees', 'school board', 'board of education',
  'board of zoning appeals', 'zoning board', 'zoning hearing board', 'select board', 'selectboard', 'board of selectmen',
  'board of aldermen', 'aldermen', 'fiscal court', 'city commission', 'board', 'planning board', 'local planning panel',
  '(?:state )?executive council', 'state cabinet', 'cabinet',
];

/** Alternatives of a pattern, longest first, so that no phrase is cut short by another it begins with. */
export function alternatives(phrases: string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).join('|');
}

/**
 * The bodies entities.ts names after their place when the text gives them by their kind alone ("the city council",
 * "the township board"). Narrower than PLACE_COUNCILS: only kinds whose generic name mergeShortBodies can give a place
 * (its GENERIC_BODY), and no planning commission (a town's or a county's; naming them lost on every set of articles).
 */
export const REFERRED_BODIES = [
  'city council', 'town council', 'village council', 'village board', 'township board', 'municipal council',
  'county board', 'county commission', 'county council',
];
