CREATE TABLE `amounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`text` text NOT NULL,
	`value` real NOT NULL,
	`value_min` real,
	`currency` text NOT NULL,
	`value_usd` real,
	`category` text NOT NULL,
	`entity_id` integer,
	`period` text,
	`estimate` integer DEFAULT false NOT NULL,
	`conversion` integer DEFAULT false NOT NULL,
	`sentence` text NOT NULL,
	`rule` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `amounts_article` ON `amounts` (`article_id`);--> statement-breakpoint
CREATE INDEX `amounts_entity` ON `amounts` (`entity_id`);--> statement-breakpoint
CREATE TABLE `article_entities` (
	`article_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`mentions` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`article_id`, `entity_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_entities_entity` ON `article_entities` (`entity_id`);--> statement-breakpoint
CREATE TABLE `article_urls` (
	`article_id` integer NOT NULL,
	`url` text NOT NULL,
	`source_id` integer,
	`first_seen_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_urls_url` ON `article_urls` (`url`);--> statement-breakpoint
CREATE INDEX `article_urls_article` ON `article_urls` (`article_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer,
	`url` text NOT NULL,
	`canonical_url` text NOT NULL,
	`title` text NOT NULL,
	`author` text,
	`published_at` text NOT NULL,
	`fetched_at` text NOT NULL,
	`summary` text,
	`body_text` text NOT NULL,
	`content_hash` text NOT NULL,
	`promotional` integer DEFAULT false NOT NULL,
	`tagged_at` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_canonical_url_unique` ON `articles` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `articles_published_at` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `articles_content_hash` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`origin` text DEFAULT 'gazetteer' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_slug_unique` ON `entities` (`slug`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`entity_id` integer NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`entity_id`, `alias`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entity_aliases_alias` ON `entity_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `event_actors` (
	`event_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`event_id`, `entity_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_actors_entity` ON `event_actors` (`entity_id`);--> statement-breakpoint
CREATE TABLE `event_mentions` (
	`event_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`sentence` text NOT NULL,
	`certainty` text NOT NULL,
	`rule` text,
	PRIMARY KEY(`event_id`, `article_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_mentions_article` ON `event_mentions` (`article_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`type` text NOT NULL,
	`summary` text NOT NULL,
	`date` text NOT NULL,
	`certainty` text NOT NULL,
	`location` text,
	`first_seen_at` text NOT NULL,
	`source_count` integer DEFAULT 0 NOT NULL,
	`rule` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_date` ON `events` (`date`);--> statement-breakpoint
CREATE INDEX `events_type` ON `events` (`type`);--> statement-breakpoint
CREATE TABLE `locks` (
	`name` text PRIMARY KEY NOT NULL,
	`pid` integer NOT NULL,
	`host` text NOT NULL,
	`acquired_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quantities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`value_min` real,
	`unit` text NOT NULL,
	`entity_id` integer,
	`conversion` integer DEFAULT false NOT NULL,
	`sentence` text NOT NULL,
	`rule` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `quantities_article` ON `quantities` (`article_id`);--> statement-breakpoint
CREATE TABLE `run_sources` (
	`run_id` integer NOT NULL,
	`source_id` integer,
	`source_name` text NOT NULL,
	`status` text NOT NULL,
	`items_seen` integer DEFAULT 0 NOT NULL,
	`items_new` integer DEFAULT 0 NOT NULL,
	`error` text,
	`duration_ms` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `run_sources_run` ON `run_sources` (`run_id`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'ingest' NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`items_seen` integer DEFAULT 0 NOT NULL,
	`items_new` integer DEFAULT 0 NOT NULL,
	`errors` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`type` text DEFAULT 'feed' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`allow_private` integer DEFAULT false NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_fetched_at` text,
	`last_status` text,
	`last_error` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_name_unique` ON `sources` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);