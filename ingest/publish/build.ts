/**
 * Builds the static site from the SQLite file: Astro (pages read the
 * database through db/queries.ts) and, at the same time, the Pagefind search
 * index from the same database (ingest/publish/search-index.ts), then a
 * consistent snapshot of the database at <out>/data/tracker.db for download.
 */
import { readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { openDb } from '../../db/open.ts';
import { openSiteDb, closeSiteDb } from '../../db/queries.ts';
import { createStaging, releaseStaging, resolveOutDir, sweepLeftovers, swapInto } from './stage.ts';
import { publishData, NO_SITE_URL_WARNING } from './data.ts';
import { writeSearchIndex } from './search-index.ts';
import { ASTRO_OPTIONS } from '../../site/astro-options.ts';

export interface BuildSiteOptions {
  dbPath: string;
  outDir: string;
  /** Absolute URL the site will be served from (feeds need absolute links). */
  siteUrl?: string;
  /** Events per timeline page (default 50). */
  pageSize?: number;
  onProgress?(msg: string): void;
  /** Problems worth a reader's attention that do not stop the build (default: console.warn). */
  onWarning?(msg: string): void;
}
export interface BuildSiteResult { pages: number; bytes: number; ms: number }

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Staging folders live inside the project (see the comment in buildSite); .tmp/ is git-ignored. */
export const STAGING_ROOT = join(REPO_ROOT, '.tmp');

/** Env vars the site code reads; set for the build only, then restored. */
function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, val] of Object.entries(v)) if (val === undefined) delete process.env[k]; else process.env[k] = val;
  };
  apply(vars);
  return run().finally(() => apply(saved));
}

export async function buildSite(opts: BuildSiteOptions): Promise<BuildSiteResult> {
  const t0 = performance.now();
  const progress = opts.onProgress ?? (() => {});
  const dbPath = resolve(opts.dbPath);
  const outDir = resolveOutDir(resolve(opts.outDir));
  if (opts.siteUrl) {
    try { new URL(opts.siteUrl); } catch {
      throw new Error(`buildSite: site URL "${opts.siteUrl}" is not an absolute URL; pass something like https://tracker.example.org/`);
    }
  }
  if (!opts.siteUrl && !process.env.TRACKER_SITE_URL) (opts.onWarning ?? console.warn)(NO_SITE_URL_WARNING);
  const rel = relative(outDir, REPO_ROOT);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    throw new Error(`buildSite: output folder ${outDir} contains the project itself and would be emptied; choose a dedicated folder such as dist/`);
  }
  const inStaging = relative(STAGING_ROOT, outDir);
  if (!inStaging.startsWith('..') && !isAbsolute(inStaging)) {
    throw new Error(`buildSite: output folder ${outDir} is inside the staging folder ${STAGING_ROOT}; choose a dedicated folder such as dist/`);
  }
  // Creates and migrates a missing or old database, so an empty tracker still builds (with empty states).
  openDb(dbPath).close();

  const { build } = await import('astro');
  const buildId = randomUUID();
  sweepLeftovers(STAGING_ROOT, outDir);
  // Astro writes its server chunks inside outDir when outDir is under the working directory, else into
  // <cwd>/.astro/, which concurrent builds share and break. So every build runs from the repo root into
  // a private staging folder under it (with its own Astro cache), swapped into place once complete.
  const prevCwd = process.cwd();
  const staging = createStaging(STAGING_ROOT);
  const workDir = join(staging, 'site');
  // Search is indexed from the database, not the pages, in Pagefind's own process: it runs while Astro renders,
  // into a folder beside the site (Astro owns workDir until it is done), and is moved in afterwards.
  const searchDir = join(staging, 'pagefind');
  const search = writeSearchIndex(dbPath, searchDir);
  // Observed below; this keeps a failure from being reported as unhandled while Astro still runs.
  search.catch(() => {});
  try {
    progress(`Building pages from ${dbPath}`);
    await withEnv({
      TRACKER_DB: dbPath,
      TRACKER_BUILD_ID: buildId,
      TRACKER_PAGE_SIZE: opts.pageSize ? String(opts.pageSize) : process.env.TRACKER_PAGE_SIZE,
      TRACKER_SITE_URL: opts.siteUrl ?? process.env.TRACKER_SITE_URL,
      ASTRO_TELEMETRY_DISABLED: '1',
    }, async () => {
      if (prevCwd !== REPO_ROOT) process.chdir(REPO_ROOT);
      try {
        openSiteDb(dbPath);
        await build({
          ...ASTRO_OPTIONS,
          configFile: false,
          root: REPO_ROOT,
          outDir: workDir,
          cacheDir: join(staging, 'cache'),
          site: opts.siteUrl ?? config().TRACKER_SITE_URL,
          logLevel: 'warn',
          mode: 'production',
        });
      } finally {
        closeSiteDb();
        if (process.cwd() !== prevCwd) process.chdir(prevCwd);
      }
    });

    progress('Indexing for search (Pagefind)');
    await search;
    renameSync(searchDir, join(workDir, 'pagefind'));

    progress('Writing the public snapshot and downloads');
    publishData(dbPath, join(workDir, 'data'));
    swapInto(workDir, outDir);
  } finally {
    // Pagefind may still be writing into the staging folder when Astro failed.
    await search.catch(() => {});
    // A failed build leaves no staging folder behind, and the previous site untouched.
    releaseStaging(staging);
  }
  const { pages, bytes } = measure(outDir);
  const ms = Math.round(performance.now() - t0);
  progress(`Built ${pages} pages (${(bytes / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s into ${outDir}`);
  return { pages, bytes, ms };
}

function measure(dir: string): { pages: number; bytes: number } {
  let pages = 0, bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else { bytes += statSync(p).size; if (entry.name.endsWith('.html')) pages++; }
    }
  };
  walk(dir);
  return { pages, bytes };
}
