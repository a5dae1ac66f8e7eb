/**
 * Places at store time: every place entity an article names is resolved
 * against the gazetteer of real places (ingest/places/) with the article's
 * text as context, stored with its kind, coordinates and country, and linked
 * to its parent place, which is stored too, so the chain town -> county ->
 * state -> country exists in the database. Each of the article's events is
 * then located (events.location_entity_id):
 *
 * 1. the place of an actor that is a local body ("Prince William County
 *    Board of Supervisors" votes in Prince William County), then a place
 *    its own sentence names (not in a dateline): a later one only refines;
 * 2. else the location the tagger gave it, else the article's dateline
 *    ("ABILENE, Texas —");
 * 3. else the article's places, when they all lie on one chain (an article
 *    about one county fight names the county and its state) and the event
 *    points there without naming it: its sentence or an actor's name says
 *    "the county", "city officials", "residents", "the rezoning" (the place
 *    of that kind on the chain, else the deepest).
 *
 * An event that points nowhere stays unlocated: a round-up that names
 * Kentucky once does not put a company's product shutdown in Kentucky.
 *
 * Runs inside storeTags' transaction (interface.md, "Places").
 */
import type { Database } from 'better-sqlite3';
import { stmt } from './statements.ts';
import { resolvePlace, ancestorsOf, getPlace, type Place } from '../places/index.ts';
import type { PlaceKind } from '../places/types.ts';
import type { Extraction } from '../tag/types.ts';


function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Depth in the hierarchy: a country is 0, a town in a county in a state 3. */
const depth = (p: Place) => ancestorsOf(p.key).length;

/**
 * The entity row of a gazetteer place, created with its ancestors when missing. An existing place entity of the
 * same name that no gazetteer place has claimed yet (the tagger's "Kentucky") becomes this place.
 */
export function placeEntityId(sqlite: Database, place: Place): number {
  const byKey = stmt(sqlite, 'SELECT id, name, parent_id AS parentId FROM entities WHERE place_key = ?').get(place.key) as { id: number; name: string; parentId: number | null } | undefined;
  if (byKey) {
    // The gazetteer names the places it resolved: a name it has since corrected ("Manassas County" for an independent
    // city) follows on the next store or retag, and a missing parent is filled in; the slug stays, so links and feed GUIDs do not change.
    if (byKey.name !== place.name) {
      stmt(sqlite, 'UPDATE entities SET name = ? WHERE id = ?').run(place.name, byKey.id);
      stmt(sqlite, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)').run(byKey.id, place.name);
    }
    const knownParent = byKey.parentId == null && place.parentKey ? getPlace(place.parentKey) : undefined;
    if (knownParent && knownParent.key !== place.key) {
      stmt(sqlite, 'UPDATE entities SET parent_id = ? WHERE id = ?').run(placeEntityId(sqlite, knownParent), byKey.id);
    }
    return byKey.id;
  }
  const parent = place.parentKey ? getPlace(place.parentKey) : undefined;
  const parentId = parent && parent.key !== place.key ? placeEntityId(sqlite, parent) : null;
  const unclaimed = stmt(sqlite, `SELECT id FROM entities WHERE type = 'place' AND place_key IS NULL AND name = ? COLLATE NOCASE`).get(place.name) as { id: number } | undefined;
  if (unclaimed) {
    stmt(sqlite, 'UPDATE entities SET place_key = ?, place_kind = ?, parent_id = ?, country_code = ?, lat = ?, lon = ? WHERE id = ?')
      .run(place.key, place.kind, parentId, place.countryCode, place.lat, place.lon, unclaimed.id);
    return unclaimed.id;
  }
  // Another place of the same name keeps the plain slug: "georgia", then "georgia-united-states".
  const taken = stmt(sqlite, 'SELECT 1 FROM entities WHERE slug = ?');
  let slug = slugify(place.name);
  if (taken.get(slug)) slug = slugify(`${place.name} ${parent?.name ?? place.countryCode}`);
  for (let n = 2; taken.get(slug); n++) slug = `${slugify(`${place.name} ${parent?.name ?? place.countryCode}`)}-${n}`;
  const id = Number(stmt(sqlite, `INSERT INTO entities (slug, name, type, origin, place_key, place_kind, parent_id, country_code, lat, lon)
    VALUES (?, ?, 'place', 'gazetteer', ?, ?, ?, ?, ?, ?)`).run(slug, place.name, place.key, place.kind, parentId, place.countryCode, place.lat, place.lon).lastInsertRowid);
  stmt(sqlite, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)').run(id, place.name);
  return id;
}

/** "Prince William County Board of Supervisors", "Tucson City Council": a local body acts where it governs. */
const LOCAL_BODY = /^(?:the\s+)?(.+?)\s+(?:Board of (?:Supervisors|Commissioners|County Commissioners|Zoning Appeals|Selectmen|Aldermen)|County Commission|Commission(?:ers Court)?|Planning Commission|City Council|Town Council|Council|Fiscal Court|Commissioners|Board)$/i;

const GENERIC_BODY_PREFIX = /^(?:the\s+)?(?:city|town|county|village|borough|township|parish|state|local|municipal|regional|planning|zoning)$/i;

function placeOfActor(name: string, text: string): Place | null {
  const m = LOCAL_BODY.exec(name.trim());
  if (!m) return null;
  // "Loudoun County Board of Supervisors" governs Loudoun County; "Tucson City Council" governs Tucson.
  const where = m[1].replace(/^(?:City|Town|County) of\s+/i, '');
  // "The City Council", "County Commission": a body named by its kind alone names no place ("City" is a town in Australia).
  if (GENERIC_BODY_PREFIX.test(where)) return null;
  const place = resolvePlace(where, { text });
  return place && (place.kind === 'county' || place.kind === 'locality' || place.kind === 'region') ? place : null;
}

/** "ABILENE, Texas (Reuters) —" or "Memphis, Tenn. –": the place a report was filed from. */
const DATELINE = /^\s*([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*([A-Z][A-Za-z. ]{1,25}?))?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s/;

function datelinePlace(body: string, text: string): Place | null {
  const m = DATELINE.exec(body.slice(0, 160));
  if (!m) return null;
  const town = m[1].trim();
  // Only the dateline forms: "ABILENE —" in capitals, or "Town, State —"; "Meta - the company said" is a sentence.
  if (!m[2] && (town !== town.toUpperCase() || town.length < 3)) return null;
  const name = town === town.toUpperCase() ? town.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : town;
  return resolvePlace(m[2] ? `${name}, ${m[2]}` : name, { text }) ?? resolvePlace(name, { text: `${name}, ${m[2] ?? ''} ${text}` });
}

const SENTENCE_DATELINE = /^\s*[A-Z][A-Z .'’/-]{2,60}(?:,[^—–\n]{0,40}?)?\s[—–-]{1,2}\s/;

/** The deepest of the article's places when they all lie on one chain (each contains the next), else null. */
function singleChainPlace(places: Place[]): Place | null {
  if (places.length === 0) return null;
  const deepest = [...places].sort((a, b) => depth(b) - depth(a))[0];
  const chain = new Set([deepest.key, ...ancestorsOf(deepest.key).map((p) => p.key)]);
  return places.every((p) => chain.has(p.key)) ? deepest : null;
}

/** "the county", "county officials", "the county's board": a sentence speaking of the government of a place of one kind. */
const governmentOf = (nouns: string) => new RegExp(`\\b(?:the|this|that|its|their)\\s+(?:${nouns})\\b|\\b(?:${nouns})(?:'s|’s)?\\s+(?:officials|board|commission(?:ers)?|`
  + 'supervisors|council|leaders|government|administrator|executive|manager|planners|staff|residents|lawmakers|legislators|legislature|regulators|attorney|senate|house|voters)\\b', 'i');

/**
 * How a sentence or an actor's name points at a place it does not name: the local government and its people
 * ("the county", "city officials", "the board of supervisors", "residents") or a local process ("the rezoning").
 * The first three imply a kind of place; the last, the place the article is about, whatever its kind.
 */
const LOCAL_REFERENCES: { pattern: RegExp; kind: PlaceKind | null }[] = [
  { pattern: governmentOf('county|parish'), kind: 'county' },
  { pattern: new RegExp(`${governmentOf('city|town|village|borough|township').source}|\\bmayor\\b`, 'i'), kind: 'locality' },
  { pattern: new RegExp(`${governmentOf('state').source}|\\bgovernor\\b`, 'i'), kind: 'region' },
  { pattern: /\b(?:supervisors|commissioners|council(?:ors|lors|members?)?|aldermen|selectboard|planning (?:board|commission)|planners|zoning|rezon\w*|residents|neighbou?rs|local officials)\b/i, kind: null },
];

/** Depth of a kind of place in the hierarchy, as `depth` counts it. */
const KIND_DEPTH: Record<PlaceKind, number> = { country: 0, region: 1, county: 2, locality: 3 };

/**
 * The place of the article's single chain (see singleChainPlace) that the text points at: the one of the kind it
 * names, else the deepest when that kind lies inside it ("county officials" in an article naming only Virginia:
 * somewhere in Virginia), else null; null too when the text points nowhere.
 */
function referencedPlace(texts: string[], chainPlace: Place | null): Place | null {
  if (!chainPlace) return null;
  const chain = [chainPlace, ...ancestorsOf(chainPlace.key)];
  for (const { pattern, kind } of LOCAL_REFERENCES) {
    if (!texts.some((t) => pattern.test(t))) continue;
    if (!kind) return chainPlace;
    return chain.find((p) => p.kind === kind) ?? (KIND_DEPTH[kind] > depth(chainPlace) ? chainPlace : null);
  }
  return null;
}

/** The more specific of two places when one contains the other; else the first. */
function moreSpecific(a: Place | null, b: Place | null): Place | null {
  if (!a) return b;
  if (!b) return a;
  return ancestorsOf(b.key).some((p) => p.key === a.key) ? b : a;
}

export interface LocateInput { articleId: number; extraction: Extraction; eventIds: number[] }

/**
 * Resolves the article's places, then locates each of its events. A merged event keeps its place unless this
 * article names a place inside it (a later report gives the county of a state-level dispute).
 */
export function locateArticle(sqlite: Database, input: LocateInput): void {
  // Nothing to resolve: no need to load the gazetteer (seconds, once per process).
  if (input.extraction.events.length === 0 && !input.extraction.entities.some((e) => e.type === 'place')) return;
  const article = stmt(sqlite, 'SELECT title, body_text FROM articles WHERE id = ?').get(input.articleId) as { title: string; body_text: string } | undefined;
  if (!article) return;
  const text = `${article.title}\n${article.body_text}`;
  const placeNames = input.extraction.entities.filter((e) => e.type === 'place').map((e) => e.name);
  const resolved = new Map<string, Place | null>();
  const resolve = (name: string | null): Place | null => {
    if (!name) return null;
    if (!resolved.has(name)) resolved.set(name, resolvePlace(name, { text, places: placeNames }));
    return resolved.get(name) ?? null;
  };

  // The article's place mentions point at the gazetteer place this article means.
  const entityOfName = stmt(sqlite, `SELECT e.id, e.place_key AS placeKey FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
    WHERE ae.article_id = ? AND e.type = 'place' AND (e.name = ? COLLATE NOCASE OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE))`);
  const articlePlaces: Place[] = [];
  for (const name of placeNames) {
    const place = resolve(name);
    if (!place) continue;
    articlePlaces.push(place);
    const id = placeEntityId(sqlite, place);
    for (const row of entityOfName.all(input.articleId, name, name) as { id: number; placeKey: string | null }[]) {
      if (row.id === id) continue;
      // The tagger stored the mention on another row ("Georgia" the country when this article means the state): move it.
      const mentions = (stmt(sqlite, 'SELECT mentions FROM article_entities WHERE article_id = ? AND entity_id = ?').get(input.articleId, row.id) as { mentions: number } | undefined)?.mentions ?? 0;
      stmt(sqlite, 'DELETE FROM article_entities WHERE article_id = ? AND entity_id = ?').run(input.articleId, row.id);
      stmt(sqlite, `INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)
        ON CONFLICT(article_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions`).run(input.articleId, id, mentions);
      if (!row.placeKey) stmt(sqlite, 'INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)').run(id, name);
    }
  }

  const dateline = datelinePlace(article.body_text, text);
  const chainPlace = singleChainPlace(articlePlaces);
  const current = stmt(sqlite, 'SELECT e.location_entity_id AS id, p.place_key AS placeKey FROM events e LEFT JOIN entities p ON p.id = e.location_entity_id WHERE e.id = ?');
  const setPlace = stmt(sqlite, 'UPDATE events SET location_entity_id = ? WHERE id = ?');
  input.extraction.events.forEach((ev, i) => {
    const eventId = input.eventIds[i];
    if (eventId === undefined) return;
    // A dateline at the head of the sentence ("LISBON/OSLO, Mar 3 (Wire) -") says where the reporter was.
    const sentence = ev.sentence.replace(SENTENCE_DATELINE, '');
    // Strongest first: a local body among the actors governs where it acts, then the place the tagger gave when
    // the sentence itself names it, then the other places the sentence names; a later one only refines (lies inside).
    const named: (Place | null)[] = [
      ...ev.actors.map((actor) => placeOfActor(actor, text)),
      ev.location && mentionsName(sentence, ev.location) ? resolve(ev.location) : null,
      ...articlePlaces.filter((p) => mentionsName(sentence, p.name)),
    ];
    let place: Place | null = null;
    for (const p of named) place = moreSpecific(place, p);
    place ??= resolve(ev.location);
    place ??= dateline;
    place ??= referencedPlace([sentence, ...ev.actors], chainPlace);
    if (!place) return;
    const had = current.get(eventId) as { id: number | null; placeKey: string | null } | undefined;
    if (had?.id != null) {
      // Only a place inside the stored one refines it; a different place from another report does not move the event.
      if (!had.placeKey || !ancestorsOf(place.key).some((p) => p.key === had.placeKey)) return;
    }
    setPlace.run(placeEntityId(sqlite, place), eventId);
  });
}

function mentionsName(sentence: string, name: string): boolean {
  const i = sentence.indexOf(name);
  if (i < 0) return false;
  const before = sentence[i - 1] ?? ' ', after = sentence[i + name.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
