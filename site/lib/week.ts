/**
 * "This week" for the home page: the ISO week (Monday, UTC) containing the
 * build's clock (TRACKER_NOW pins it for reproducible builds).
 *
 * An event belongs to the week its own date falls in (a day-precise date);
 * an older event reported again during the week is listed after them,
 * labelled as a new report, never as this week's news. When the current week
 * has neither, the site shows the latest week that has, so an old database
 * still answers "what happened lately".
 */
import { weekStart } from './format.ts';
import { config } from '../../ingest/config.ts';
import { allEvents, eventMentionIndex, type EventRow } from '../../db/queries.ts';

export function buildNow(): Date {
  return config().TRACKER_NOW ?? new Date();
}

export interface Week {
  start: Date; end: Date;
  /** Events whose date falls in the week. */
  events: EventRow[];
  /** Events dated before the week that an article published during the week reported. */
  reported: EventRow[];
  isCurrent: boolean;
}

export function weekOf(d: Date): { start: Date; end: Date } {
  const start = weekStart(d);
  return { start, end: new Date(start.getTime() + 7 * 86_400_000) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function eventsOfWeek(start: Date, end: Date): { events: EventRow[]; reported: EventRow[] } {
  const from = start.toISOString().slice(0, 10), to = end.toISOString().slice(0, 10);
  const fromIso = start.toISOString(), toIso = end.toISOString();
  const mentions = eventMentionIndex();
  const events: EventRow[] = [], reported: EventRow[] = [];
  for (const e of allEvents()) {
    if (DAY.test(e.date) && e.date >= from && e.date < to) { events.push(e); continue; }
    if (e.date.slice(0, 10) >= to) continue; // dated after the week: never "older"
    if ((mentions.get(e.id) ?? []).some((m) => m.publishedAt >= fromIso && m.publishedAt < toIso)) reported.push(e);
  }
  return { events, reported };
}

/** The latest moment at or before `now` when something happened or was reported. */
function latestActivity(now: Date): Date | null {
  const nowDay = now.toISOString().slice(0, 10), nowIso = now.toISOString();
  let best = '';
  for (const e of allEvents()) if (DAY.test(e.date) && e.date <= nowDay && e.date > best.slice(0, 10)) best = `${e.date}T00:00:00.000Z`;
  for (const list of eventMentionIndex().values()) for (const m of list) if (m.publishedAt <= nowIso && m.publishedAt > best) best = m.publishedAt;
  return best ? new Date(best) : null;
}

export function homeWeek(): Week {
  const now = buildNow();
  const cur = weekOf(now);
  const found = eventsOfWeek(cur.start, cur.end);
  if (found.events.length + found.reported.length > 0) return { ...cur, ...found, isCurrent: true };
  const latest = latestActivity(now);
  if (!latest) return { ...cur, ...found, isCurrent: true };
  const last = weekOf(latest);
  return { ...last, ...eventsOfWeek(last.start, last.end), isCurrent: false };
}
