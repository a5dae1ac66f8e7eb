/**
 * Every setting the tracker reads from the environment, in one place: parsed
 * with defaults and validated once (per distinct environment), so a typo
 * fails at start-up with a message naming the variable. The CLI, the fetcher,
 * the database, the site build and the site's pages all read `config()`;
 * nothing else reads `process.env.TRACKER_*`. The README's settings tables
 * list the same variables.
 */
import { z } from 'zod';
import cron from 'node-cron';

/** An unset variable and an empty one mean the same: use the default. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const setting = <T extends z.ZodTypeAny>(type: T) => z.preprocess(unsetIfEmpty, type);
const positiveInt = (fallback: number) => setting(z.coerce.number().int().min(1).default(fallback));
/** "1" on, "0" (or unset) off. */
const flag = setting(z.enum(['0', '1']).default('0').transform((v) => v === '1'));

const schema = z.object({
  /** The database file (`--db` wins over it). */
  TRACKER_DB: setting(z.string().default('data/tracker.db')),
  /** node-cron expression for `watch` (default: every 30 minutes). */
  TRACKER_CRON: setting(
    z.string()
      .default('*/30 * * * *')
      .refine((v) => cron.validate(v), { message: 'not a valid cron expression (e.g. "*/30 * * * *")' }),
  ),
  /** Sources fetched at once. */
  TRACKER_CONCURRENCY: setting(z.coerce.number().int().min(1).max(64).default(4)),
  /** Total time allowed for one HTTP request, in milliseconds. */
  TRACKER_TIMEOUT_MS: setting(z.coerce.number().int().min(100).default(30_000)),
  /** Largest response body accepted, in bytes (after decompression). */
  TRACKER_MAX_BYTES: setting(z.coerce.number().int().min(1024).default(10 * 1024 * 1024)),
  /** Retries on 5xx, 429 and network resets. */
  TRACKER_RETRIES: setting(z.coerce.number().int().min(0).max(10).default(2)),
  /** Requests in flight to one host at once. */
  TRACKER_PER_HOST: setting(z.coerce.number().int().min(1).max(32).default(2)),
  /** Minimum milliseconds between two requests to one host. */
  TRACKER_HOST_DELAY_MS: setting(z.coerce.number().int().min(0).default(250)),
  /** Fetch article pages for feed items that carry only a summary ("0" turns it off; so does `ingest --no-full-text`). */
  TRACKER_FULL_TEXT: setting(z.enum(['0', '1']).default('1')),
  /** "1" lets every source reach loopback and private addresses (tests, a trusted intranet). */
  TRACKER_ALLOW_PRIVATE_HOSTS: flag,
  /** Extra gazetteer files, colon-separated (data/README.md). */
  TRACKER_GAZETTEER: setting(z.string().default('').transform((v) => v.split(':').filter(Boolean))),
  /** Public URL of the site, for absolute links in its feeds (`build --site-url` wins over it). */
  TRACKER_SITE_URL: setting(z.string().url({ message: 'not a URL (e.g. "https://tracker.example.org")' }).default('http://localhost:4321')),
  /** Events in /events.xml and in each per-type feed. */
  TRACKER_FEED_LIMIT: positiveInt(500),
  /** Weeks in /digest.xml. */
  TRACKER_DIGEST_WEEKS: positiveInt(12),
  /** Newest events in each /entities/<slug>.xml feed (the entity's page and the timeline hold the rest). */
  TRACKER_ENTITY_FEED_LIMIT: positiveInt(50),
  /** Events a timeline page lists (tests set it small to exercise pagination). */
  TRACKER_PAGE_SIZE: positiveInt(50),
  /** Pins the build's clock ("this week" on the home page and the digest) for reproducible builds; ISO 8601. */
  TRACKER_NOW: setting(
    z.string()
      .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'not a date (ISO 8601, e.g. "2026-03-27T12:00:00Z")' })
      .transform((v) => new Date(v))
      .optional(),
  ),
  /** "1" prints the stack trace of a failure after its one-line reason. */
  TRACKER_DEBUG: flag,
  /** Internal: set by `build` for each site build, so the site reopens a rebuilt database. */
  TRACKER_BUILD_ID: setting(z.string().optional()),
  /** Milliseconds one feed may take to parse (in a worker thread) before that source fails with parse_timeout. */
  TRACKER_PARSE_TIMEOUT_MS: setting(z.coerce.number().int().min(50).default(30_000)),
  /** Items taken from one feed in one run. */
  TRACKER_MAX_ITEMS: positiveInt(500),
  /** Characters of text kept per item. */
  TRACKER_MAX_ITEM_CHARS: setting(z.coerce.number().int().min(1000).default(200_000)),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses and validates `env` (no caching; `config()` is what callers use). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid settings in the environment: ${issues}`);
  }
  return parsed.data;
}

let cached: { key: string; value: Config } | null = null;

/**
 * The settings, validated once per distinct set of TRACKER_* values (the
 * site build sets a few for the duration of a build, so a later call sees them).
 */
export function config(env: NodeJS.ProcessEnv = process.env): Config {
  const key = JSON.stringify(Object.keys(schema.shape).map((name) => env[name] ?? null));
  if (cached?.key !== key) cached = { key, value: loadConfig(env) };
  return cached.value;
}

/** Whether to print stack traces; false when the settings themselves are what failed. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    return config(env).TRACKER_DEBUG;
  } catch {
    return false;
  }
}
