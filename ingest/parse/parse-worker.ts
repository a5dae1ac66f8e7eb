/**
 * The worker side of isolated.ts: parses one document per message with the
 * ordinary parseFeed and posts back the feed or the error's code and message.
 */
import { parentPort } from 'node:worker_threads';
import { parseFeed } from './index.ts';
import { ParseError } from './errors.ts';
import type { ParseFeedOptions } from './feed.ts';

export interface ParseJob {
  id: number;
  text: string;
  opts: ParseFeedOptions;
  /** Items sent back at most: a giant feed's tail is not copied to the main thread only to be dropped there. */
  maxItems?: number;
}

parentPort!.on('message', async (job: ParseJob) => {
  try {
    const feed = await parseFeed(job.text, job.opts);
    const total = feed.items.length;
    if (job.maxItems !== undefined && total > job.maxItems) feed.items = feed.items.slice(0, job.maxItems);
    parentPort!.postMessage({ id: job.id, ok: true, feed, total });
  } catch (err) {
    const e = err as Error & { code?: unknown };
    parentPort!.postMessage({ id: job.id, ok: false, code: err instanceof ParseError ? e.code : null, name: e?.name, message: e?.message ?? String(err) });
  }
});
parentPort!.postMessage({ ready: true });
