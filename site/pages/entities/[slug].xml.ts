/** `/entities/<slug>.xml`: one feed per entity page (interface.md, "More pages and feeds"). */
import type { APIContext } from 'astro';
import { allEntities, entityPageIds, entityBySlug, entityEvents } from '../../../db/queries.ts';
import { entityFeed } from '../../lib/feeds.ts';
import { rssResponse } from '../../lib/rss.ts';
import { siteOrigin } from '../../lib/site-url.ts';

export function getStaticPaths() {
  const ents = allEntities();
  return [...entityPageIds()].flatMap((id) => { const e = ents.get(id); return e ? [{ params: { slug: e.slug } }] : []; });
}

export function GET({ site, params }: APIContext): Response {
  const entity = entityBySlug(params.slug!)!;
  return rssResponse(entityFeed(siteOrigin(site), entity, entityEvents(entity.id)));
}
