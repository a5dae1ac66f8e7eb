import type { APIContext } from 'astro';
import { EVENT_TYPE_LIST } from '../../../db/queries.ts';
import { eventsFeed } from '../../lib/feeds.ts';
import { rssResponse } from '../../lib/rss.ts';

export function getStaticPaths() {
  return EVENT_TYPE_LIST.map((type) => ({ params: { type } }));
}

export function GET({ site, params }: APIContext): Response {
  return rssResponse(eventsFeed(site ?? new URL('http://localhost/'), params.type));
}
