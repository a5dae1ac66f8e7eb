-- Full-text search over articles, kept in step by triggers (external content).
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body_text, content='articles', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF title, body_text ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body_text) VALUES ('delete', old.id, old.title, old.body_text);
  INSERT INTO articles_fts(rowid, title, body_text) VALUES (new.id, new.title, new.body_text);
END;
--> statement-breakpoint
-- One row an event, actors in order of centrality.
CREATE VIEW `timeline` AS
SELECT e.id AS event_id, e.slug, e.date, e.type, e.summary,
  (SELECT group_concat(name, ', ') FROM (SELECT en.name FROM event_actors ea JOIN entities en ON en.id = ea.entity_id WHERE ea.event_id = e.id ORDER BY ea.position)) AS actors,
  e.location, e.certainty, e.source_count
FROM events e;
--> statement-breakpoint
-- One row an amount, with who spends and where it was reported. Conversions are left out so sums never double count.
CREATE VIEW `spend` AS
SELECT a.id AS amount_id, en.name AS entity, a.period, a.category, a.value, a.value_min, a.currency, a.value_usd, a.estimate,
  a.text, a.sentence, ar.url AS article_url, ar.title AS article_title, ar.published_at
FROM amounts a
JOIN articles ar ON ar.id = a.article_id
LEFT JOIN entities en ON en.id = a.entity_id
WHERE a.conversion = 0;
