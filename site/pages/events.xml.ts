import type { APIContext } from 'astro';
import { eventsFeed } from '../lib/feeds.ts';
import { rssResponse } from '../lib/rss.ts';

export function GET({ site }: APIContext): Response {
  return rssResponse(eventsFeed(site ?? new URL('http://localhost/')));
}
