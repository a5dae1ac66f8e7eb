/** Compact event list for the instant timeline filter (site/lib/live-filter.ts reads this shape). */
import { allEvents } from '../../db/queries.ts';

export function GET(): Response {
  const rows = allEvents().map((e) => [e.slug, e.date, e.type, e.certainty, e.summary, e.actors.map((a) => a.name).join(', '), e.location ?? '', e.sourceCount]);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
}
