/** Compact event list for the instant timeline filter (site/lib/live-filter.ts reads this shape). */
import { allEvents } from '../../db/queries.ts';
import { allPlaces, placeAncestors } from '../../db/place-queries.ts';

export function GET(): Response {
  const places = allPlaces();
  // The event's place and every place containing it, so "Virginia" finds an event in Prince William County.
  const placePath = (id: number | null) => {
    const p = id == null ? undefined : places.get(id);
    return p ? [p, ...placeAncestors(p.id)].map((x) => x.name).join(', ') : '';
  };
  const rows = allEvents().map((e) => [e.slug, e.date, e.type, e.certainty, e.summary, e.actors.map((a) => a.name).join(', '), e.location ?? '', e.sourceCount, placePath(e.locationEntityId)]);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
}
