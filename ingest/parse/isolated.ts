/**
 * parseFeed in a worker thread, under a time budget. Parsing is CPU work on
 * untrusted bytes: if some input still makes a parser crawl, only that
 * source fails (`parse_timeout`) while the run's event loop stays free, so
 * request timeouts, other sources and SIGTERM keep working. The worker is
 * killed on timeout and a fresh one serves the next document.
 */
import { Worker } from 'node:worker_threads';
import type { ParsedFeed } from '../model.ts';
import { ParseError, type ParseErrorCode } from './errors.ts';
import type { ParseFeedOptions } from './feed.ts';

export const DEFAULT_PARSE_TIMEOUT_MS = 30_000;
/** A feed is at most TRACKER_MAX_BYTES (10 MiB by default); parsing one needs a few hundred MB at worst. */
const WORKER_HEAP_MB = 1024;

/** A parsed feed, possibly cut to maxItems; totalItems says how many it listed. */
export type IsolatedFeed = ParsedFeed & { totalItems: number };

export interface IsolatedParseOptions {
  timeoutMs?: number;
  /** Keep only the first maxItems items. */
  maxItems?: number;
}

interface Pending {
  id: number;
  text: string;
  opts: ParseFeedOptions;
  timeoutMs: number;
  maxItems?: number;
  resolve: (feed: IsolatedFeed) => void;
  reject: (err: Error) => void;
}

type Reply = { ready: true } | { id: number; ok: true; feed: ParsedFeed; total: number } | { id: number; ok: false; code: ParseErrorCode | null; name?: string; message: string };

/** One worker, one document at a time; callers queue. */
class ParserThread {
  private worker: Worker | null = null;
  private ready = false;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  parse(text: string, opts: ParseFeedOptions, timeoutMs: number, maxItems?: number): Promise<IsolatedFeed> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, opts, timeoutMs, maxItems, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker (tests, or the end of a long-lived process). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    if (w) await w.terminate();
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    if (!this.worker) this.spawn();
    if (!this.ready) return;
    const job = this.queue.shift()!;
    this.current = job;
    this.worker!.ref();
    // The budget starts when a loaded worker receives the document, so worker start-up never counts against a feed.
    this.timer = setTimeout(() => this.timeout(job), job.timeoutMs);
    this.worker!.postMessage({ id: job.id, text: job.text, opts: job.opts, maxItems: job.maxItems });
  }

  private spawn(): void {
    // execArgv: [] because the parent's flags (--eval, --input-type, a test runner's loaders) need not suit a worker; worker-entry.mjs loads TypeScript itself.
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker = worker;
    this.ready = false;
    worker.on('message', (reply: Reply) => {
      if (worker !== this.worker) return;
      if ('ready' in reply) {
        this.ready = true;
        worker.unref();
        this.pump();
        return;
      }
      const job = this.current;
      if (!job || job.id !== reply.id) return;
      this.settle();
      if (reply.ok) job.resolve({ ...reply.feed, totalItems: reply.total });
      else job.reject(reply.code ? new ParseError(reply.code, reply.message) : Object.assign(new Error(reply.message), { name: reply.name ?? 'Error' }));
      this.pump();
    });
    // A crash (out of memory, a bug) fails the document it was parsing; the next document gets a new worker.
    const died = (why: string) => {
      if (worker !== this.worker) return;
      this.worker = null;
      this.ready = false;
      const job = this.current;
      this.settle();
      job?.reject(new ParseError('parse_failed', `the parser stopped while reading ${job.opts.url} (${why}); the document is too large or too deeply nested to parse safely`));
      if (!job) for (const waiting of this.queue.splice(0)) waiting.reject(new ParseError('parse_failed', `the feed parser could not start (${why})`));
      else this.pump();
    };
    worker.on('error', (err) => died(err.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
  }

  private timeout(job: Pending): void {
    if (this.current !== job) return;
    const stuck = this.worker;
    this.worker = null;
    this.ready = false;
    this.settle();
    void stuck?.terminate();
    job.reject(
      new ParseError('parse_timeout', `parsing ${job.opts.url} took longer than ${job.timeoutMs} ms and was stopped; the document is pathological or far too large (raise TRACKER_PARSE_TIMEOUT_MS if it is a legitimate giant feed)`),
    );
    this.pump();
  }

  private settle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.worker?.unref();
  }
}

let shared: ParserThread | null = null;

/** parseFeed's result, computed in a worker thread under `timeoutMs`; throws ParseError (`parse_timeout` among its codes). */
export function parseFeedIsolated(text: string, opts: ParseFeedOptions, limits: IsolatedParseOptions | number = {}): Promise<IsolatedFeed> {
  const { timeoutMs = DEFAULT_PARSE_TIMEOUT_MS, maxItems } = typeof limits === 'number' ? { timeoutMs: limits } : limits;
  shared ??= new ParserThread();
  return shared.parse(text, opts, timeoutMs, maxItems);
}

/** Stops the shared parser thread, if any. */
export async function closeParserThread(): Promise<void> {
  const t = shared;
  shared = null;
  await t?.close();
}
