CREATE TABLE `builds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`out_dir` text NOT NULL,
	`content_version` text,
	`pages` integer,
	`bytes` integer,
	`duration_ms` integer,
	`error` text,
	`after_build_status` integer
);
--> statement-breakpoint
CREATE INDEX `builds_out_dir` ON `builds` (`out_dir`,`id`);