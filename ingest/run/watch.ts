/**
 * `tracker watch`: ingest on a node-cron schedule until SIGINT/SIGTERM.
 * Runs never overlap: not within this process (a tick while a run is going
 * is skipped) and not across processes (the database run lock). With
 * `afterRun` (watch --build), each tick then publishes, outside the ingest
 * lock so a manual `tracker ingest` is not held up by a slow build.
 */
import cron from 'node-cron';
import type { OpenedDb } from '../../db/open.ts';
import { tryAcquireLock, releaseLock } from '../store/lock.ts';

export interface WatchOptions {
  cron: string;
  lockName: string;
  runOnce: () => Promise<void>;
  /** After each run, successful or not (the site rebuild); its failure is logged and watching goes on. */
  afterRun?: () => Promise<void>;
  /** Called once on SIGINT/SIGTERM before waiting for the current tick (stops a build in progress). */
  onStop?: () => void;
  log: (line: string) => void;
  /** Run once at start instead of waiting for the first tick (default true). */
  runAtStart?: boolean;
  /** Stop after this many runs (tests). */
  maxRuns?: number;
}

export async function runWatch(opened: OpenedDb, opts: WatchOptions): Promise<void> {
  if (!cron.validate(opts.cron)) throw new Error(`--cron "${opts.cron}" is not a valid cron expression (e.g. "*/30 * * * *")`);
  let running: Promise<void> | null = null;
  let runs = 0;
  let stopping = false;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));

  const tick = async () => {
    if (stopping) return;
    if (running) {
      opts.log(`${new Date().toISOString()} skipped: the previous run is still going`);
      return;
    }
    const holder = tryAcquireLock(opened.sqlite, opts.lockName);
    if (holder) {
      opts.log(`${new Date().toISOString()} skipped: another process (pid ${holder.pid}) is running since ${holder.acquiredAt}`);
      return;
    }
    opts.log(`${new Date().toISOString()} run starting`);
    running = opts
      .runOnce()
      .catch((err) => opts.log(`run failed: ${(err as Error).message}; the next tick will try again`))
      .finally(() => releaseLock(opened.sqlite, opts.lockName))
      .then(async () => {
        if (opts.afterRun && !stopping) {
          await opts.afterRun().catch((err) => opts.log(`build failed: ${(err as Error).message}; the previous site stays in place`));
        }
      })
      .finally(() => {
        running = null;
        runs++;
        if (opts.maxRuns && runs >= opts.maxRuns) void stop('done');
      });
    await running;
  };

  const task = cron.schedule(opts.cron, tick, { noOverlap: true });

  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    await task.stop();
    opts.onStop?.();
    if (running) {
      opts.log(`${why}: finishing the current run before stopping`);
      await running;
    }
    opts.log(`watch stopped (${why})`);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    resolveDone();
  };
  const onSigint = () => void stop('SIGINT');
  const onSigterm = () => void stop('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);

  opts.log(`watching on "${opts.cron}" (Ctrl-C to stop)`);
  if (opts.runAtStart !== false) void tick();
  await done;
}
