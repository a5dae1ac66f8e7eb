/**
 * "This week" for the home page and the digest: the ISO week (Monday, UTC)
 * containing the build's clock (TRACKER_NOW pins it for reproducible builds).
 * When that week is empty the site falls back to the latest week with events,
 * so an old database still answers "what happened lately".
 */
import { weekStart } from './format.ts';
import { config } from '../../ingest/config.ts';
import { eventsSeenBetween, latestSeenAt, type EventRow } from '../../db/queries.ts';

export function buildNow(): Date {
  return config().TRACKER_NOW ?? new Date();
}

export interface Week { start: Date; end: Date; events: EventRow[]; isCurrent: boolean }

export function weekOf(d: Date): { start: Date; end: Date } {
  const start = weekStart(d);
  return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
}

export function homeWeek(): Week {
  const now = buildNow();
  const cur = weekOf(now);
  const events = eventsSeenBetween(cur.start.toISOString(), cur.end.toISOString());
  if (events.length > 0) return { ...cur, events, isCurrent: true };
  const latest = latestSeenAt();
  if (!latest) return { ...cur, events, isCurrent: true };
  const last = weekOf(new Date(latest));
  return { ...last, events: eventsSeenBetween(last.start.toISOString(), last.end.toISOString()), isCurrent: false };
}
