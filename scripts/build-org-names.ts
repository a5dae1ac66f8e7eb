/**
 * `npm run build:org-names`: writes data/org-names.json, real organisations the curated gazetteer does not list,
 * from the name-suggestion-index (NSI, BSD-3-Clause: the brands and operators OpenStreetMap mappers tag, each tied to
 * a Wikidata item). The tagger finds names no list knows by their shape (entity-discovery.ts), but a one-word brand
 * ("Costco"), a utility named as a place plus a plain word ("Piedmont Natural Gas") or a foreign body ("Comisión
 * Federal de Electricidad") has no shape to find it by. NSI is installed only to rebuild:
 *
 *   npm install --no-save name-suggestion-index@8.0.20260918 && npm run build:org-names
 *
 * Kept: brands (banks, chains, carmakers...) and the operators of power, pipelines, masts and government offices,
 * with a Wikidata id, in Latin script. Left out, because each would name something else in a news story: a name that is
 * a place (gazetteer of places), a single English word (WordNet or wink's lexicon) or given name ("Target", "Orange",
 * "Switch"), a phrase of English words ("Clean Energy"), a name of three letters or fewer unless an acronym, a person by Wikidata's description, and names the
 * curated gazetteer already knows (it wins). Deterministic: the same package gives the same file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Gazetteer, foldSurface } from '../ingest/tag/gazetteer.ts';
import { lookupPlaces } from '../ingest/places/index.ts';
import { lexiconTags } from '../ingest/tag/nlp.ts';
import { isWordNetLemma } from '../ingest/tag/learn/wordnet-lexicon.ts';
import { isFirstName } from '../ingest/tag/person-names.ts';
import { ORG_NAMES_PATH } from '../ingest/tag/gazetteer.ts';

const PACKAGE = 'name-suggestion-index@8.0.20260918';

function packageDir(): string {
  // Its package.json exports no path for package.json itself, so the folder is looked for where require would look.
  for (const base of createRequire(import.meta.url).resolve.paths('name-suggestion-index') ?? []) {
    if (existsSync(join(base, 'name-suggestion-index', 'dist', 'json', 'nsi.json'))) return join(base, 'name-suggestion-index');
  }
  {
    throw new Error(`build:org-names: name-suggestion-index is not installed; run \`npm install --no-save ${PACKAGE}\` (a 22 MB download, needed only to rebuild data/org-names.json, so it is not a dependency)`);
  }
}

/** NSI categories whose names are organisations a story about AI infrastructure may name, and the kind each gets. */
function kindOf(category: string): string | null {
  if (category.startsWith('brands/amenity/bank') || category.startsWith('brands/amenity/atm')) return 'bank';
  if (category.startsWith('brands/')) return 'company';
  if (/^operators\/(power|pipeline)\//.test(category) || category === 'operators/man_made/pipeline' || category === 'operators/amenity/charging_station') return 'utility';
  if (/^operators\/man_made\/(mast|tower|street_cabinet|water_works)$/.test(category)) return 'operator';
  if (category === 'operators/office/government') return 'government';
  return null;
}

interface NsiItem { tags?: Record<string, string> }
interface Nsi { nsi: Record<string, { items: NsiItem[] }> }
interface Wikidata { wikidata: Record<string, { label?: string; description?: string }> }

const dir = packageDir();
const nsi = JSON.parse(readFileSync(join(dir, 'dist', 'json', 'nsi.json'), 'utf8')) as Nsi;
const wikidata = JSON.parse(readFileSync(join(dir, 'dist', 'wikidata', 'wikidata.json'), 'utf8')) as Wikidata;
const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const curated = Gazetteer.load({ withOrgNames: false });

const LATIN = /^[\p{Script=Latin}\d\s&.,'’+\-!]+$/u;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
const FUNCTION_WORD = /^(?:the|of|and|a|an|for|in|on|at|by|to|de|la|le|du|des|der|die|das)$/i;
/** "City of Dover" runs the power: a place's government, which the place reader names. */
const PLACE_BODY = /^(?:City|Town|Village|County|Borough|Municipality|Township|Parish|State|Province) of /i;
const PERSON = /\b(?:given name|family name|surname|human|person)\b/i;

/** A WordNet lemma or in wink's English lexicon, in lower case ("national", "avenue", "comet", "patagonia"). */
const inLexicon = (w: string) => isWordNetLemma(w) || lexiconTags(w).length > 0;
// compromise's lexicon is no test here: it lists brands ("costco") among its words.
const isEnglishWord = (w: string) => { const l = w.toLowerCase(); return inLexicon(l) || (l.endsWith('s') && inLexicon(l.slice(0, -1))); };

/** "Alabama", "Bangkok": a country, a region or a city of 100,000 people, not a hamlet called "Home" or "Star". */
function isKnownPlace(word: string): boolean {
  return lookupPlaces(word).some((p) => p.kind === 'country' || p.kind === 'region' || (p.population ?? 0) >= 100_000);
}

/** Why a name is left out, or null to keep it. */
function rejected(name: string, description: string | undefined): string | null {
  if (!LATIN.test(name) || !/^[\p{Lu}\d]/u.test(name)) return 'script';
  const acronym = /^[\p{Lu}\d&.-]+$/u.test(name);
  if (letters(name) < 4 && !(acronym && letters(name) === 3)) return 'short';
  const words = name.split(/\s+/);
  if (words.length === 1 && (isEnglishWord(name) || isFirstName(name))) return 'everyday word';
  // "All Day", "Clean Energy", "Best Friends": a phrase of everyday words is a phrase before it is a brand.
  const content = words.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w && !FUNCTION_WORD.test(w));
  if (!acronym && content.every((w) => isEnglishWord(w) && !isKnownPlace(w))) return 'everyday words';
  if (PLACE_BODY.test(name)) return 'place body';
  // "Bob Evans", "Ann Taylor": a brand named like a person is read as the person more often than not.
  if (words.length === 2 && isFirstName(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!)) return 'person-like';
  if (description && PERSON.test(description)) return 'person';
  if (lookupPlaces(name).length > 0) return 'place';
  if (curated.lookup(name)) return 'curated';
  return null;
}

// Matched in their own case only: a brand written in other case is usually the words it is made of.
const entries = new Map<string, { name: string; type: 'org'; kind: string; aliases: string[]; caseSensitive: true }>();
const why = new Map<string, number>();
for (const category of Object.keys(nsi.nsi).sort()) {
  const kind = kindOf(category);
  if (!kind) continue;
  for (const item of nsi.nsi[category]!.items) {
    const t = item.tags ?? {};
    const role = t.brand ? 'brand' : t.operator ? 'operator' : null;
    if (!role) continue;
    const name = t[role]!.trim();
    const qid = t[`${role}:wikidata`];
    if (!qid) { why.set('no wikidata', (why.get('no wikidata') ?? 0) + 1); continue; }
    const key = foldSurface(name);
    if (entries.has(key)) continue;
    const reason = rejected(name, wikidata.wikidata[qid]?.description);
    if (reason) { why.set(reason, (why.get(reason) ?? 0) + 1); continue; }
    // The English name where the tag gives another ("Federal Electricity Commission"), as an alias.
    const aliases = [t[`${role}:en`]].filter((a): a is string => !!a && a !== name && LATIN.test(a) && !rejected(a, undefined));
    entries.set(key, { name, type: 'org', kind, aliases, caseSensitive: true });
  }
}

// An alias another entry also claims names neither.
const claims = new Map<string, number>();
for (const e of entries.values()) for (const a of [e.name, ...e.aliases]) claims.set(foldSurface(a), (claims.get(foldSurface(a)) ?? 0) + 1);
const list = [...entries.values()].map((e) => ({ ...e, aliases: e.aliases.filter((a) => claims.get(foldSurface(a)) === 1) }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const file = {
  version: 1,
  source: `name-suggestion-index ${version} (BSD-3-Clause; Wikidata labels CC0): brands and the operators of power, pipelines, masts and government offices, built by scripts/build-org-names.ts`,
  entries: list.map((e) => (e.aliases.length ? e : { name: e.name, type: e.type, kind: e.kind, caseSensitive: true })),
};
writeFileSync(ORG_NAMES_PATH, `${JSON.stringify(file, null, 0).replace(/\},\{/g, '},\n{')}\n`);
const byKind = new Map<string, number>();
for (const e of list) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
console.log(`wrote ${list.length} organisations to ${ORG_NAMES_PATH} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`left out: ${[...why].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
