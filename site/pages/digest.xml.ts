import type { APIContext } from 'astro';
import { digestFeed } from '../lib/feeds.ts';
import { rssResponse } from '../lib/rss.ts';

export function GET({ site }: APIContext): Response {
  return rssResponse(digestFeed(site ?? new URL('http://localhost/')));
}
