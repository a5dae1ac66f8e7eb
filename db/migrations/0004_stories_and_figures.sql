CREATE TABLE `figure_mentions` (
	`figure_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`amount_id` integer,
	`quantity_id` integer,
	`sentence` text NOT NULL,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`amount_id`) REFERENCES `amounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quantity_id`) REFERENCES `quantities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `figure_mentions_figure` ON `figure_mentions` (`figure_id`);--> statement-breakpoint
CREATE INDEX `figure_mentions_article` ON `figure_mentions` (`article_id`);--> statement-breakpoint
CREATE INDEX `figure_mentions_amount` ON `figure_mentions` (`amount_id`);--> statement-breakpoint
CREATE INDEX `figure_mentions_quantity` ON `figure_mentions` (`quantity_id`);--> statement-breakpoint
CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`category` text,
	`entity_id` integer,
	`period` text,
	`value` real NOT NULL,
	`value_min` real,
	`unit` text NOT NULL,
	`value_usd` real,
	`estimate` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'current' NOT NULL,
	`revises_id` integer,
	`dispute_of` integer,
	`first_seen_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`source_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `figures_owner` ON `figures` (`kind`,`entity_id`,`category`,`period`);--> statement-breakpoint
CREATE INDEX `figures_value` ON `figures` (`kind`,`unit`,`value`);--> statement-breakpoint
CREATE TABLE `stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`first_published_at` text NOT NULL,
	`last_published_at` text NOT NULL,
	`article_count` integer DEFAULT 0 NOT NULL,
	`independent_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_last_published` ON `stories` (`last_published_at`);--> statement-breakpoint
CREATE TABLE `story_articles` (
	`story_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`independent` integer DEFAULT true NOT NULL,
	`copy_of` integer,
	`similarity` real,
	PRIMARY KEY(`story_id`, `article_id`),
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_articles_article` ON `story_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `story_index` (
	`key` text NOT NULL,
	`article_id` integer NOT NULL,
	`published_at` text NOT NULL,
	PRIMARY KEY(`key`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_index_key_date` ON `story_index` (`key`,`published_at`);--> statement-breakpoint
CREATE INDEX `story_index_article` ON `story_index` (`article_id`);--> statement-breakpoint
CREATE TABLE `story_signatures` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`published_at` text NOT NULL,
	`minhash` text NOT NULL,
	`weights` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `story_term_df` (
	`term` text PRIMARY KEY NOT NULL,
	`df` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `event_actors_entity_event` ON `event_actors` (`entity_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `events_location` ON `events` (`location`);--> statement-breakpoint
-- The spend view becomes one row a money figure (a fact), never a mention, so sums never count a figure twice
-- (interface.md, "Figures: one fact, one row"). `counted` is 1 for the rows a total should add up: current
-- figures and the first of each dispute (superseded guidance and the other side of a dispute are shown, not summed).
-- The first article reporting the figure gives amount_id, text, sentence and the link, as the old view's columns did.
-- Raw SQL: drizzle cannot declare views with correlated subqueries.
DROP VIEW IF EXISTS `spend`;
--> statement-breakpoint
CREATE VIEW `spend` AS
SELECT f.id AS figure_id, en.name AS entity, f.period, f.category, f.value, f.value_min, f.unit AS currency, f.value_usd, f.estimate,
  f.status, f.revises_id, f.dispute_of,
  CASE WHEN f.status = 'current' OR (f.status = 'disputed' AND f.dispute_of IS NULL) THEN 1 ELSE 0 END AS counted,
  f.source_count, f.first_seen_at, f.last_seen_at,
  fm.amount_id, am.text, fm.sentence, fm.article_id, ar.url AS article_url, ar.title AS article_title, ar.published_at
FROM figures f
LEFT JOIN entities en ON en.id = f.entity_id
LEFT JOIN figure_mentions fm ON fm.rowid = (
  SELECT m.rowid FROM figure_mentions m JOIN articles a2 ON a2.id = m.article_id
  WHERE m.figure_id = f.id ORDER BY a2.published_at, a2.id LIMIT 1)
LEFT JOIN amounts am ON am.id = fm.amount_id
LEFT JOIN articles ar ON ar.id = fm.article_id
WHERE f.kind = 'amount';
