CREATE INDEX `event_actors_entity_event` ON `event_actors` (`entity_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `events_location` ON `events` (`location`);