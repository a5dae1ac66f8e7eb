/**
 * Runtime settings, parsed once from the environment with defaults and
 * validated, so a typo fails at start-up with a message naming the variable.
 */
import { z } from 'zod';
import cron from 'node-cron';

const schema = z.object({
  /** node-cron expression for `watch` (default: every 30 minutes). */
  TRACKER_CRON: z
    .string()
    .default('*/30 * * * *')
    .refine((v) => cron.validate(v), { message: 'not a valid cron expression (e.g. "*/30 * * * *")' }),
  /** Sources fetched at once. */
  TRACKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Total time allowed for one HTTP request, in milliseconds. */
  TRACKER_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Largest response body accepted, in bytes (after decompression). */
  TRACKER_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  /** Retries on 5xx, 429 and network resets. */
  TRACKER_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** Requests in flight to one host at once. */
  TRACKER_PER_HOST: z.coerce.number().int().min(1).max(32).default(2),
  /** Minimum milliseconds between two requests to one host. */
  TRACKER_HOST_DELAY_MS: z.coerce.number().int().min(0).default(250),
  /** Fetch article pages for feed items that carry only a summary ("0" turns it off). */
  TRACKER_FULL_TEXT: z.enum(['0', '1']).default('1'),
  /** Milliseconds one feed may take to parse (in a worker thread) before that source fails with parse_timeout. */
  TRACKER_PARSE_TIMEOUT_MS: z.coerce.number().int().min(50).default(30_000),
  /** Items taken from one feed in one run. */
  TRACKER_MAX_ITEMS: z.coerce.number().int().min(1).default(500),
  /** Characters of text kept per item. */
  TRACKER_MAX_ITEM_CHARS: z.coerce.number().int().min(1000).default(200_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid settings in the environment: ${issues}`);
  }
  return parsed.data;
}
