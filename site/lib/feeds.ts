/**
 * The site's feeds: weekly digest, every event, one per event type, one per
 * entity page (a place's includes the places inside it).
 *
 * Items are dated by the event's own date (a 2019 moratorium found today is
 * not today's news) and carry the outlets and evidence. GUIDs never contain
 * the site URL, so they survive a change of host or a first build without
 * --site-url: `ai-infra-tracker:event:<slug>`, `ai-infra-tracker:digest:<ISO week>`.
 */
import { EVENT_TYPE_LIST, eventsBySeen, allEvents, eventMentionIndex, type EventRow, type EntityRef } from '../../db/queries.ts';
import { isPlace, placeEvents } from '../../db/place-queries.ts';
import { renderRss, escapeHtml, type RssItem } from './rss.ts';
import { typeLabel, formatEventDate, certaintyLabel, formatDay, countOf } from './format.ts';
import { weekOf } from './week.ts';
import { config } from '../../ingest/config.ts';

/** Feed readers poll often; the newest events are enough (the timeline and database hold all of them). */
export function feedLimit(): number {
  return config().TRACKER_FEED_LIMIT;
}
/** Items in each entity's feed: its newest events (the entity's page and the timeline hold the rest). */
export function entityFeedLimit(): number {
  return config().TRACKER_ENTITY_FEED_LIMIT;
}
export function digestWeeks(): number {
  return config().TRACKER_DIGEST_WEEKS;
}

const abs = (site: URL, path: string) => new URL(path, site).href;

/** Stable across hosts and rebuilds: an event keeps its slug for life. */
export const eventGuid = (slug: string) => `ai-infra-tracker:event:${slug}`;
export const digestGuid = (isoWeek: string) => `ai-infra-tracker:digest:${isoWeek}`;

/** The first moment of an event's date at its own precision (YYYY -> 1 Jan, YYYY-MM -> the 1st), UTC. */
export function eventDateAsDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y, (m || 1) - 1, d || 1);
  return Number.isNaN(t) ? new Date(0) : new Date(t);
}

/** Evidence shown in a feed item: the first few reports, each with its outlet. */
const EVIDENCE_PER_ITEM = 3;

function eventItem(site: URL, e: EventRow): RssItem {
  const actors = e.actors.map((a) => a.name).join(', ');
  const link = abs(site, `/events/${e.slug}/`);
  const mentions = eventMentionIndex().get(e.id) ?? [];
  const outlets = [...new Set(mentions.map((m) => m.outlet).filter((o): o is string => !!o))];
  const evidence = mentions.slice(0, EVIDENCE_PER_ITEM).map((m) =>
    `<blockquote>${escapeHtml(m.sentence)}</blockquote><p>${escapeHtml(m.outlet ?? 'unknown outlet')}, ${escapeHtml(formatDay(m.publishedAt))}</p>`).join('');
  return {
    title: `${typeLabel(e.type)}: ${e.summary}`,
    link, guid: eventGuid(e.slug), guidIsPermaLink: false,
    pubDate: eventDateAsDate(e.date),
    category: e.type,
    description: `<p>${escapeHtml(e.summary)}</p><p>${escapeHtml(formatEventDate(e.date))} · ${escapeHtml(certaintyLabel(e.certainty))}`
      + `${actors ? ` · ${escapeHtml(actors)}` : ''}${e.location ? ` · ${escapeHtml(e.location)}` : ''} · ${e.sourceCount} ${e.sourceCount === 1 ? 'source' : 'sources'}</p>`
      + (outlets.length ? `<p>Reported by ${escapeHtml(outlets.join(', '))}.</p>` : '') + evidence,
  };
}

/** The feed of one entity page: the events it is an actor in, or for a place the events located in it or inside it. */
export function entityFeed(site: URL, entity: EntityRef, events: EventRow[]): string {
  const place = isPlace(entity.id);
  const list = (place ? placeEvents(entity.id) : events).slice(0, entityFeedLimit());
  return renderRss({
    title: `AI Infrastructure Tracker: ${entity.name}`,
    link: abs(site, `/entities/${entity.slug}/`),
    selfUrl: abs(site, `/entities/${entity.slug}.xml`),
    description: place
      ? `Events located in ${entity.name} or in the places inside it, found by the AI Infrastructure Tracker.`
      : `Events involving ${entity.name}, found by the AI Infrastructure Tracker.`,
    items: list.map((e) => eventItem(site, e)),
  });
}

export function eventsFeed(site: URL, type?: string): string {
  const label = type ? `${typeLabel(type)} events` : 'Every event';
  return renderRss({
    title: `AI Infrastructure Tracker: ${label}`,
    link: abs(site, type ? `/timeline/type/${type}/` : '/timeline/'),
    selfUrl: abs(site, type ? `/events/${type}.xml` : '/events.xml'),
    description: `${label} found by the AI Infrastructure Tracker, newest first.`,
    items: eventsBySeen(feedLimit(), type).map((e) => eventItem(site, e)),
  });
}

/** ISO-week key like 2026-W10, so a week's GUID never changes. */
function isoWeekKey(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** One item a week (by when the tracker first saw each event), grouping the week's events by type. */
export function digestFeed(site: URL): string {
  const weeks = new Map<number, EventRow[]>();
  for (const e of allEvents()) {
    const start = weekOf(new Date(e.firstSeenAt)).start.getTime();
    const list = weeks.get(start);
    if (list) list.push(e); else weeks.set(start, [e]);
  }
  const items: RssItem[] = [...weeks.entries()].sort((a, b) => b[0] - a[0]).slice(0, digestWeeks()).map(([startMs, events]) => {
    const start = new Date(startMs);
    const key = isoWeekKey(start);
    const lastSeen = events.reduce((m, e) => (e.firstSeenAt > m ? e.firstSeenAt : m), events[0].firstSeenAt);
    const sections = EVENT_TYPE_LIST.map((t) => {
      const list = events.filter((e) => e.type === t);
      if (!list.length) return '';
      return `<h3>${escapeHtml(typeLabel(t))} (${list.length})</h3><ul>${list.map((e) =>
        `<li><a href="${escapeHtml(abs(site, `/events/${e.slug}/`))}">${escapeHtml(e.summary)}</a> (${escapeHtml(formatEventDate(e.date))}, ${escapeHtml(certaintyLabel(e.certainty))})</li>`).join('')}</ul>`;
    }).join('');
    const end = new Date(startMs + 6 * 86_400_000);
    return {
      title: `Week of ${formatDay(start.toISOString())}: ${events.length} ${events.length === 1 ? 'event' : 'events'}`,
      link: abs(site, '/timeline/'),
      guid: digestGuid(key), guidIsPermaLink: false,
      pubDate: new Date(lastSeen),
      description: `<p>${countOf(events.length, 'event')} first seen ${escapeHtml(formatDay(start.toISOString()))} to ${escapeHtml(formatDay(end.toISOString()))}.</p>${sections}`,
    };
  });
  return renderRss({
    title: 'AI Infrastructure Tracker: weekly digest',
    link: abs(site, '/'),
    selfUrl: abs(site, '/digest.xml'),
    description: 'One item a week: the events the tracker found that week, grouped by type.',
    items,
  });
}
