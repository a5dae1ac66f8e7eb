/**
 * Places and the events located in them, for the map, place pages, feeds
 * and the timeline's place filter. Every index is built once per build
 * (memo in db/queries.ts); a place's events include those of the places
 * inside it (interface.md, "Places").
 */
import { isIndependentCity } from '../ingest/places/names.ts';
import { allEvents, memo, stmt, type EventRow, type AmountRow, type QuantityRow, amountsOfArticles, quantitiesOfArticles } from './queries.ts';

export interface PlaceRow {
  id: number; slug: string; name: string;
  /** The gazetteer's key ('US-C51153', 'GN4791259'); null for a place the gazetteer did not know. */
  placeKey: string | null;
  /** locality | county | region | country; null for a place the gazetteer did not know. */
  placeKind: string | null;
  parentId: number | null; countryCode: string | null; lat: number | null; lon: number | null;
}

/** Every place entity, by id. */
export function allPlaces(): Map<number, PlaceRow> {
  return memo('places', () => new Map((stmt(`SELECT id, slug, name, place_key AS placeKey, place_kind AS placeKind, parent_id AS parentId, country_code AS countryCode, lat, lon
    FROM entities WHERE type = 'place'`).all() as PlaceRow[]).map((p) => [p.id, p])));
}

/** The chain of places containing `id`, nearest first (guarded against a cycle in hand-edited data). */
export function placeAncestors(id: number): PlaceRow[] {
  const places = allPlaces();
  const out: PlaceRow[] = [];
  const seen = new Set<number>([id]);
  for (let p = places.get(id)?.parentId ?? null; p != null && !seen.has(p); p = places.get(p)?.parentId ?? null) {
    const row = places.get(p);
    if (!row) break;
    seen.add(p);
    out.push(row);
  }
  return out;
}

/** Places directly inside each place. */
export function placeChildren(id: number): PlaceRow[] {
  return memo('placeChildren', () => {
    const m = new Map<number, PlaceRow[]>();
    for (const p of allPlaces().values()) {
      if (p.parentId == null) continue;
      const l = m.get(p.parentId);
      if (l) l.push(p); else m.set(p.parentId, [p]);
    }
    for (const l of m.values()) l.sort((a, b) => a.name.localeCompare(b.name));
    return m;
  }).get(id) ?? [];
}

/** Events located in each place or any place inside it, newest first; built in one pass over the events. */
function eventsByPlace(): Map<number, EventRow[]> {
  return memo('eventsByPlace', () => {
    const m = new Map<number, EventRow[]>();
    for (const e of allEvents()) {
      if (e.locationEntityId == null) continue;
      for (const id of [e.locationEntityId, ...placeAncestors(e.locationEntityId).map((p) => p.id)]) {
        const l = m.get(id);
        if (l) l.push(e); else m.set(id, [e]);
      }
    }
    return m;
  });
}

export function placeEvents(id: number): EventRow[] {
  return eventsByPlace().get(id) ?? [];
}

export function isPlace(id: number): boolean {
  return allPlaces().has(id);
}

/** Land disputes first, then by how much happened there. */
const markOrder = (a: PlaceMark, b: PlaceMark) => b.landDisputes - a.landDisputes || b.events - a.events || a.name.localeCompare(b.name);

export interface PlaceMark extends PlaceRow { lat: number; lon: number; events: number; landDisputes: number; latest: string }

/**
 * One mark per place where events are located (not counting the places inside it, which have marks of their
 * own), for the map and the list beside it. Places without coordinates are left out of the map.
 */
export function placeMarks(): PlaceMark[] {
  return memo('placeMarks', () => {
    const counts = new Map<number, { events: number; land: number; latest: string }>();
    for (const e of allEvents()) {
      if (e.locationEntityId == null) continue;
      const c = counts.get(e.locationEntityId) ?? { events: 0, land: 0, latest: '' };
      c.events++;
      if (e.type === 'land_dispute') c.land++;
      if (e.date > c.latest) c.latest = e.date;
      counts.set(e.locationEntityId, c);
    }
    const places = allPlaces();
    return [...counts].flatMap(([id, c]) => {
      const p = places.get(id);
      if (!p || p.lat == null || p.lon == null) return [];
      return [{ ...p, lat: p.lat, lon: p.lon, events: c.events, landDisputes: c.land, latest: c.latest }];
    }).sort(markOrder);
  });
}

/** Located events whose place has no coordinates (shown in the list, not on the map). */
export function unmappedLocatedEvents(): number {
  return memo('unmappedLocated', () => allEvents().filter((e) => {
    if (e.locationEntityId == null) return false;
    const p = allPlaces().get(e.locationEntityId);
    return !p || p.lat == null || p.lon == null;
  }).length);
}

/** Money and quantities reported by the articles about a place's events (its own and those of the places inside it). */
export function placeFigures(id: number, limit = 25): { amounts: AmountRow[]; quantities: QuantityRow[] } {
  const events = placeEvents(id);
  if (events.length === 0) return { amounts: [], quantities: [] };
  const articleIds = eventArticleIds(events.map((e) => e.id));
  return { amounts: amountsOfArticles(articleIds, limit), quantities: quantitiesOfArticles(articleIds, limit) };
}

function eventArticleIds(eventIds: number[]): number[] {
  const byEvent = memo('articlesByEvent', () => {
    const m = new Map<number, number[]>();
    for (const r of stmt('SELECT event_id, article_id FROM event_mentions').all() as { event_id: number; article_id: number }[]) {
      const l = m.get(r.event_id);
      if (l) l.push(r.article_id); else m.set(r.event_id, [r.article_id]);
    }
    return m;
  });
  return [...new Set(eventIds.flatMap((id) => byEvent.get(id) ?? []))];
}

export const PLACE_KIND_LABELS: Record<string, string> = { locality: 'Town or city', county: 'County', region: 'State or region', country: 'Country' };

/** What kind of place it is, in words: an independent city is a county-equivalent, not a county ('US-C51683', Manassas). */
export function placeKindLabel(p: Pick<PlaceRow, 'placeKind' | 'placeKey'> | undefined): string {
  if (p?.placeKind === 'county' && p.placeKey?.startsWith('US-C') && isIndependentCity(p.placeKey.slice(4))) return 'Independent city';
  return PLACE_KIND_LABELS[p?.placeKind ?? ''] ?? 'Place';
}
