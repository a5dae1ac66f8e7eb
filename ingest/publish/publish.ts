/**
 * One publishing run, as `tracker build` does it: take the build lock for
 * the output folder (never two builds into one folder at once), skip when
 * asked and the site already shows the database, build (staged, swapped in
 * place), journal it in `builds`, then run the --after-build command.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../db/open.ts';
import { config } from '../config.ts';
import { tryAcquireLock, releaseLock } from '../store/lock.ts';
import { contentVersion, finishBuild, lastBuild, recordAfterBuild, startBuild } from '../store/builds.ts';
import { abandonStagedBuilds, resolveOutDir } from './stage.ts';

export interface PublishOptions {
  dbPath: string;
  outDir: string;
  siteUrl?: string;
  /** Shell command run after a successful build, with TRACKER_SITE_DIR set to the output folder. */
  afterBuild?: string;
  /** Build only when the database changed since the last good build into this folder (or the folder is gone). */
  ifChanged?: boolean;
  log(line: string): void;
  /** CLI only: on SIGTERM/SIGINT drop the staging folder, journal the build as interrupted and exit. */
  exitOnSignal?: boolean;
}

export type PublishResult =
  | { status: 'built'; buildId: number; pages: number; afterBuildStatus: number | null }
  | { status: 'unchanged'; buildId: number }
  | { status: 'failed'; buildId: number | null; error: string };

/** A hung sync must not hold the next build forever. */
const AFTER_BUILD_TIMEOUT_MS = 60 * 60_000;

const PACKAGE_VERSION = (JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

export const buildLockName = (outDir: string) => `build:${outDir}`;

/** What the site at outDir would need to show; a different site URL or tracker version also means a rebuild. */
export function siteVersion(sqlite: Parameters<typeof contentVersion>[0], siteUrl: string | undefined): string {
  return `${contentVersion(sqlite)}:${PACKAGE_VERSION}:${siteUrl ?? config().TRACKER_SITE_URL}`;
}

export function siteIsCurrent(sqlite: Parameters<typeof contentVersion>[0], outDir: string, version: string): number | null {
  const good = lastBuild(sqlite, { outDir, status: 'ok' });
  return good && good.content_version === version && existsSync(join(outDir, 'index.html')) ? good.id : null;
}

export async function publishSite(opts: PublishOptions): Promise<PublishResult> {
  const outDir = resolveOutDir(resolve(opts.outDir));
  const dbPath = resolve(opts.dbPath);
  const opened = openDb(dbPath);
  const { sqlite } = opened;
  const lock = buildLockName(outDir);
  let buildId: number | null = null;
  let onSignal: ((sig: NodeJS.Signals) => void) | null = null;
  const holder = tryAcquireLock(sqlite, lock);
  if (holder) {
    opened.close();
    return { status: 'failed', buildId: null, error: `another build (pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}) is writing ${outDir}; the site there stays as it is` };
  }
  try {
    const version = siteVersion(sqlite, opts.siteUrl);
    const current = opts.ifChanged ? siteIsCurrent(sqlite, outDir, version) : null;
    if (current !== null) {
      opts.log(`site unchanged: ${outDir} already shows this database (build #${current}); nothing to build`);
      return { status: 'unchanged', buildId: current };
    }
    buildId = startBuild(sqlite, outDir, version, new Date().toISOString());
    if (opts.exitOnSignal) {
      const id = buildId;
      let stopping = false;
      // `on`, not `once`: a second signal (systemd sends one to the whole group, watch forwards another)
      // must not fall through to Node's default and kill the process in the middle of this cleanup.
      onSignal = (sig) => {
        if (stopping) return;
        stopping = true;
        // Synchronous on purpose: nothing of the build may run after this, and the previous site is untouched.
        abandonStagedBuilds();
        finishBuild(sqlite, id, { status: 'interrupted', at: new Date().toISOString(), error: `stopped by ${sig}` });
        releaseLock(sqlite, lock);
        opened.close();
        console.error(`build #${id} stopped by ${sig}; ${outDir} keeps the previous site`);
        process.exit(sig === 'SIGINT' ? 130 : 143);
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    }
    const { buildSite } = await import('./build.ts');
    let built;
    try {
      built = await buildSite({ dbPath, outDir, siteUrl: opts.siteUrl, onProgress: opts.log });
    } catch (err) {
      const error = oneLine((err as Error).message);
      finishBuild(sqlite, buildId, { status: 'failed', at: new Date().toISOString(), error });
      return { status: 'failed', buildId, error };
    }
    finishBuild(sqlite, buildId, { status: 'ok', at: new Date().toISOString(), pages: built.pages, bytes: built.bytes, durationMs: built.ms });
    let afterBuildStatus: number | null = null;
    if (opts.afterBuild) {
      afterBuildStatus = await runAfterBuild(opts.afterBuild, outDir, opts.log);
      recordAfterBuild(sqlite, buildId, afterBuildStatus);
    }
    return { status: 'built', buildId, pages: built.pages, afterBuildStatus };
  } finally {
    if (onSignal) {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
    releaseLock(sqlite, lock);
    opened.close();
  }
}

/** Runs CMD through the shell; resolves with its exit status (128 + signal number when killed, 127 when it could not start). */
export function runAfterBuild(cmd: string, outDir: string, log: (line: string) => void): Promise<number> {
  log(`after-build: running ${cmd}`);
  return new Promise((done) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, TRACKER_SITE_DIR: outDir } });
    const timer = setTimeout(() => child.kill('SIGTERM'), AFTER_BUILD_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      log(`after-build: could not start (${err.message})`);
      done(127);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const status = code ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0);
      log(`after-build: exited ${status}${signal ? ` (${signal})` : ''}`);
      done(status);
    });
  });
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 500);
