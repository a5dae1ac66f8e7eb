/**
 * Staged builds: a site is built into a private folder and swapped into
 * place only when complete, so readers and a killed build never see a
 * half-written site. Folder names carry the builder's pid, so the next build
 * can tell a dead build's leftovers from a live one and sweep them.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';

/** Staging folders in flight in this process, removed synchronously by abandonStagedBuilds() on a signal. */
const active = new Set<string>();

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const remove = (p: string) => rmSync(p, { recursive: true, force: true, maxRetries: 3 });

/** The folder the site really lives in: a symlinked output folder is swapped at its target, keeping the link. */
export function resolveOutDir(outDir: string): string {
  try {
    if (lstatSync(outDir).isSymbolicLink()) return realpathSync(outDir);
  } catch { /* missing: created by the swap */ }
  return outDir;
}

/** A new staging folder under `root` (which must be inside the project, see build.ts). */
export function createStaging(root: string): string {
  const dir = join(root, `site-build-${process.pid}-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  active.add(dir);
  return dir;
}

export function releaseStaging(dir: string): void {
  active.delete(dir);
  remove(dir);
}

/** Synchronous stops for helper processes that write into a staging folder (Pagefind), run before it is dropped. */
const writers = new Set<() => void>();

/** Registers a way to stop a process that writes into a staging folder; returns its unregistration. */
export function stopOnAbandon(stop: () => void): () => void {
  writers.add(stop);
  return () => writers.delete(stop);
}

/**
 * For SIGTERM/SIGINT handlers: stop the helper processes still writing, then drop every unfinished staging
 * folder before exiting (a writer left running would recreate the folder after it was removed).
 */
export function abandonStagedBuilds(): void {
  for (const stop of writers) {
    try { stop(); } catch { /* already gone */ }
  }
  writers.clear();
  for (const dir of active) remove(dir);
  // File writes already handed to libuv's thread pool (Astro renders several pages at once) and a helper
  // process dying may still create a file just after the removal: wait briefly, then remove again.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
  for (const dir of active) remove(dir);
  active.clear();
}

const swapName = (outDir: string, what: 'new' | 'old') => join(dirname(outDir), `.${basename(outDir)}.${what}-${process.pid}-${randomUUID().slice(0, 8)}`);
const SWAP_RE = /^\.(.+)\.(new|old)-(\d+)-[0-9a-f]{8}$/;

/**
 * Removes what dead builds left behind: staging folders under `stagingRoot`,
 * half-swapped siblings of outDir, and the Astro cache folders the previous
 * version kept in the system temp folder. When a build died between the two
 * renames of a swap, its `.old` sibling is the previous site: it is put back.
 */
export function sweepLeftovers(stagingRoot: string, outDir: string): string[] {
  const swept: string[] = [];
  if (existsSync(stagingRoot)) {
    for (const name of readdirSync(stagingRoot)) {
      const m = /^site-build-(\d+)-[0-9a-f]{8}$/.exec(name);
      // The format before pids were in the name (site-build-<uuid>): only old ones, a live build may still own a young one.
      const legacy = /^site-build-[0-9a-f]{8}-[0-9a-f]{4}-/.test(name) && olderThan(join(stagingRoot, name), 6 * 3600_000);
      if ((m && !processAlive(Number(m[1]))) || legacy) { remove(join(stagingRoot, name)); swept.push(join(stagingRoot, name)); }
    }
  }
  const parent = dirname(outDir);
  if (existsSync(parent)) {
    for (const name of readdirSync(parent)) {
      const m = SWAP_RE.exec(name);
      if (!m || m[1] !== basename(outDir) || processAlive(Number(m[3]))) continue;
      const p = join(parent, name);
      if (m[2] === 'old' && !existsSync(outDir)) renameSync(p, outDir);
      else remove(p);
      swept.push(p);
    }
  }
  for (const name of safeReaddir(tmpdir())) {
    const p = join(tmpdir(), name);
    // Only day-old ones: a build of an earlier version may still be using a younger one.
    if (/^tracker-astro-[0-9a-f]{12}$/.test(name) && olderThan(p, 24 * 3600_000)) { remove(p); swept.push(p); }
  }
  return swept;
}

function safeReaddir(dir: string): string[] {
  try { return readdirSync(dir); } catch { return []; }
}

function olderThan(p: string, ms: number): boolean {
  try { return Date.now() - statSync(p).mtimeMs > ms; } catch { return false; }
}

/**
 * Puts the finished site `built` at outDir. Both renames happen in one
 * synchronous step (no signal handler can run between them); the previous
 * site is deleted only once the new one is in place. When `built` is on
 * another filesystem it is first copied next to outDir, so the swap itself
 * is still a rename.
 */
export function swapInto(built: string, outDir: string): void {
  mkdirSync(dirname(outDir), { recursive: true });
  let incoming = built;
  if (statSync(built).dev !== statSync(dirname(outDir)).dev) {
    incoming = swapName(outDir, 'new');
    active.add(incoming);
    try {
      cpSync(built, incoming, { recursive: true });
    } catch (err) {
      releaseStaging(incoming);
      throw err;
    }
  }
  let previous: string | null = null;
  if (existsSync(outDir)) {
    previous = swapName(outDir, 'old');
    try {
      renameSync(outDir, previous);
    } catch (err) {
      if (incoming !== built) releaseStaging(incoming);
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EBUSY' && code !== 'EXDEV' && code !== 'EACCES' && code !== 'EPERM') throw err;
      // A mount point (a container volume, say) cannot be renamed, nor a folder whose parent is not writable.
      throw new Error(
        `cannot swap the new site into ${outDir} (${code}): it is a mount point or its parent folder is not writable; build into a folder inside it (e.g. ${join(outDir, 'site')}) and serve that, or make the parent writable. The previous site is untouched.`,
      );
    }
  }
  try {
    renameSync(incoming, outDir);
  } catch (err) {
    if (previous) renameSync(previous, outDir);
    throw err;
  } finally {
    active.delete(incoming);
  }
  if (previous) remove(previous);
}
