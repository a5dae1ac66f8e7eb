/**
 * Scenario data for the site tests: a hostile article pushed through every
 * tagger table (so its strings reach every page type, the charts, the feeds
 * and search), and a known article that search must find.
 */
import Database from 'better-sqlite3';
import { figuresFromMentions } from '../support/generate-db.ts';

export const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">';
export const KNOWN_TITLE = 'Zephyrine Quarry campus rezoning vote delayed again';
export const KNOWN_WORD = 'Zephyrine';
export const HOSTILE_ENTITY_SLUG = 'hostile-entity';

/** Inserts the hostile and known articles with their tags, dated on `day` (YYYY-MM-DD). */
export function addScenarioArticles(dbPath: string, day: string): { hostileArticleId: number; knownArticleId: number } {
  const db = new Database(dbPath);
  try {
    return db.transaction(() => {
      const source = Number(db.prepare(`INSERT INTO sources (name, url, type, last_status, last_error, consecutive_failures)
        VALUES (?, 'javascript:window.__pwned=1', 'feed', 'error', ?, 2)`).run(`Hostile Outlet ${HOSTILE}`, `http_500: ${HOSTILE}`).lastInsertRowid);
      const addArticle = (title: string, url: string, body: string, n: number) => Number(db.prepare(`INSERT INTO articles
        (source_id, url, canonical_url, title, published_at, fetched_at, summary, body_text, content_hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(source, url, `${url}#${n}`, title, `${day}T09:00:00.000Z`, `${day}T10:00:00.000Z`, null, body, `scenario-${n}`).lastInsertRowid);
      const hostileArticleId = addArticle(`Breaking ${HOSTILE}`, 'javascript:window.__pwned=1', `${HOSTILE} The county denied the ${HOSTILE} rezoning.`, 1);
      const knownArticleId = addArticle(KNOWN_TITLE, 'https://news.example.org/zephyrine', 'The Zephyrine Quarry data center campus rezoning vote was delayed after residents objected.', 2);

      const entity = Number(db.prepare(`INSERT INTO entities (slug, name, type, origin) VALUES (?, ?, 'org', 'discovered')`).run(HOSTILE_ENTITY_SLUG, `Evil Corp ${HOSTILE}`).lastInsertRowid);
      db.prepare('INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)').run(entity, `alias ${HOSTILE}`);
      db.prepare('INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, 5)').run(hostileArticleId, entity);
      // Big enough to be the top spender, so its name lands in the chart legend.
      db.prepare(`INSERT INTO amounts (article_id, text, value, currency, value_usd, category, entity_id, period, estimate, sentence)
        VALUES (?, ?, 9e14, 'USD', 9e14, 'capex', ?, ?, 0, ?)`).run(hostileArticleId, `$900 trillion ${HOSTILE}`, entity, day.slice(0, 4), `Sentence ${HOSTILE}`);
      db.prepare(`INSERT INTO quantities (article_id, text, kind, value, unit, entity_id, sentence) VALUES (?, ?, 'land', 5000, 'acre', ?, ?)`)
        .run(hostileArticleId, `5000 acres ${HOSTILE}`, entity, `Land ${HOSTILE}`);
      const event = Number(db.prepare(`INSERT INTO events (slug, type, summary, date, certainty, location, first_seen_at, source_count)
        VALUES ('hostile-event', 'land_dispute', ?, ?, 'confirmed', ?, ?, 1)`).run(`Dispute ${HOSTILE}`, day, `Place ${HOSTILE}`, `${day}T10:00:00.000Z`).lastInsertRowid);
      db.prepare('INSERT INTO event_actors (event_id, entity_id, position) VALUES (?, ?, 0)').run(event, entity);
      db.prepare('INSERT INTO event_mentions (event_id, article_id, sentence, certainty) VALUES (?, ?, ?, ?)').run(event, hostileArticleId, `Evidence ${HOSTILE}`, 'confirmed');
      figuresFromMentions(db);
      return { hostileArticleId, knownArticleId };
    })();
  } finally {
    db.close();
  }
}
