/**
 * An event's place as a link target: the place's page when the event is located in a place that has one.
 * A plain function, not a component: event lists render tens of thousands of items per build.
 */
import { hasEntityPage } from '../../db/queries.ts';
import { allPlaces } from '../../db/place-queries.ts';

export function placeLink(id: number | null): { href: string; name: string } | null {
  const place = id == null ? undefined : allPlaces().get(id);
  return place && hasEntityPage(place.id) ? { href: `/entities/${place.slug}/`, name: place.name } : null;
}
