/**
 * The entity directory: every entity with a page, with the events and articles that name it. A place's events are
 * the ones its own page lists (placeEvents: located in it or in a place inside it), so "United States" is not listed
 * with 0 events above Kentucky's; its articles are those naming it or reporting those events. Its own module because
 * it reads both queries.ts and place-queries.ts, and place-queries.ts already imports queries.ts.
 */
import { allEntities, entityPageIds, memo, stmt, type EntityRef } from './queries.ts';
import { isPlace, placeEvents } from './place-queries.ts';

export interface EntitySummary extends EntityRef { events: number; articles: number }

/** Entities with pages, with counts, most covered first. */
export function entityDirectory(): EntitySummary[] {
  return memo('entityDirectory', () => {
    const actorEvents = new Map<number, Set<number>>();
    for (const r of stmt('SELECT entity_id, event_id FROM event_actors').all() as { entity_id: number; event_id: number }[]) {
      const set = actorEvents.get(r.entity_id);
      if (set) set.add(r.event_id); else actorEvents.set(r.entity_id, new Set([r.event_id]));
    }
    const eventCount = (id: number) => {
      const ids = new Set(actorEvents.get(id));
      if (isPlace(id)) for (const e of placeEvents(id)) ids.add(e.id);
      return ids.size;
    };
    const arts = new Map((stmt('SELECT entity_id, count(*) n FROM article_entities GROUP BY entity_id').all() as { entity_id: number; n: number }[]).map((r) => [r.entity_id, r.n]));
    // A place's articles are those naming it and those reporting the events it counts, so that a country whose events
    // all lie in its states is not listed with events but no articles.
    const eventArticles = articlesBy(stmt('SELECT event_id AS key, article_id FROM event_mentions').all() as KeyedArticle[]);
    // The articles naming each place, read in one query rather than one per place.
    const namingPlace = articlesBy(stmt(`SELECT ae.entity_id AS key, ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.type = 'place'`).all() as KeyedArticle[]);
    const articleCount = (id: number) => {
      if (!isPlace(id)) return arts.get(id) ?? 0;
      const ids = new Set(namingPlace.get(id));
      for (const e of placeEvents(id)) for (const a of eventArticles.get(e.id) ?? []) ids.add(a);
      return ids.size;
    };
    const ents = allEntities();
    return [...entityPageIds()].map((id) => ents.get(id)).filter((e): e is EntityRef => !!e)
      .map((e) => ({ ...e, events: eventCount(e.id), articles: articleCount(e.id) }))
      .sort((a, b) => b.events - a.events || b.articles - a.articles || a.name.localeCompare(b.name));
  });
}

interface KeyedArticle { key: number; article_id: number }

/** Article ids grouped by a key (an event's id, an entity's id). */
function articlesBy(rows: KeyedArticle[]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  for (const r of rows) {
    const list = by.get(r.key);
    if (list) list.push(r.article_id); else by.set(r.key, [r.article_id]);
  }
  return by;
}
