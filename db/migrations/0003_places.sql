ALTER TABLE `entities` ADD `place_kind` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `parent_id` integer;--> statement-breakpoint
ALTER TABLE `entities` ADD `country_code` text;--> statement-breakpoint
ALTER TABLE `entities` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `entities` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `entities` ADD `place_key` text;--> statement-breakpoint
CREATE INDEX `entities_parent` ON `entities` (`parent_id`);--> statement-breakpoint
CREATE INDEX `entities_place_key` ON `entities` (`place_key`);--> statement-breakpoint
ALTER TABLE `events` ADD `location_entity_id` integer REFERENCES entities(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `events_location_entity` ON `events` (`location_entity_id`);