/** The site's feeds: weekly digest, every event, one per event type. */
import { EVENT_TYPE_LIST, eventsBySeen, allEvents, type EventRow } from '../../db/queries.ts';
import { renderRss, escapeHtml, type RssItem } from './rss.ts';
import { typeLabel, formatEventDate, certaintyLabel, formatDay } from './format.ts';
import { weekOf } from './week.ts';
import { config } from '../../ingest/config.ts';

/** Feed readers poll often; the newest events are enough (the timeline and database hold all of them). */
export function feedLimit(): number {
  return config().TRACKER_FEED_LIMIT;
}
export function digestWeeks(): number {
  return config().TRACKER_DIGEST_WEEKS;
}

const abs = (site: URL, path: string) => new URL(path, site).href;

function eventItem(site: URL, e: EventRow): RssItem {
  const actors = e.actors.map((a) => a.name).join(', ');
  const link = abs(site, `/events/${e.slug}/`);
  return {
    title: `${typeLabel(e.type)}: ${e.summary}`,
    link, guid: link, guidIsPermaLink: true,
    pubDate: new Date(e.firstSeenAt),
    category: e.type,
    description: `<p>${escapeHtml(e.summary)}</p><p>${escapeHtml(formatEventDate(e.date))} · ${escapeHtml(certaintyLabel(e.certainty))}`
      + `${actors ? ` · ${escapeHtml(actors)}` : ''}${e.location ? ` · ${escapeHtml(e.location)}` : ''} · ${e.sourceCount} ${e.sourceCount === 1 ? 'source' : 'sources'}</p>`,
  };
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
      guid: abs(site, `/digest/${key}`), guidIsPermaLink: false,
      pubDate: new Date(lastSeen),
      description: `<p>${events.length} events first seen ${escapeHtml(formatDay(start.toISOString()))} to ${escapeHtml(formatDay(end.toISOString()))}.</p>${sections}`,
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
