/**
 * `npx tracker <verb>`: the verbs of ../shared/design/interface.md. Every
 * verb takes --db, creates and migrates the database when missing, and
 * exits non-zero with a one-line reason on failure.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, resolveDbPath, type OpenedDb } from '../db/open.ts';
import { config as loadSettings, debugEnabled, type Config } from './config.ts';
import { addSource, getSource, listSources, removeSource, uniqueSourceName, type SourceType } from './store/sources.ts';
import { tryAcquireLock, releaseLock } from './store/lock.ts';
import type { RunSummary } from './run/ingest.ts';
import { EXIT, runExitCode } from './run/exit-codes.ts';
import { describeDbError } from './store/db-errors.ts';
import { openForReading } from './store/read-only.ts';

// Heavy stages (the tagger, Astro) load only for the verbs that use them, so `sources list` starts fast.
const tagger = async () => (await import('./tag/index.ts')).createTagger();

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RUN_LOCK = 'ingest';

const USAGE = `usage: tracker <verb> [options]   (every verb takes --db PATH; default data/tracker.db or $TRACKER_DB)

  sources add URL [--name N] [--type feed|page|json] [--allow-private]
  sources list | sources remove NAME | sources import FILE.opml
  ingest [--source NAME] [--json]   fetch every enabled source once, parse, tag, store
  import PATH... [--published-at ISO] [--follow-symlinks]   ingest local files or folders (.txt .md .html .json .xml)
  watch [--cron EXPR] [--build [--out DIR] [--site-url URL] [--after-build CMD]]
                                 run ingest on a schedule until stopped (default every 30 minutes);
                                 --build rebuilds the site after a run that changed something
  extract FILE... [--published-at ISO]  tag files without storing; print JSON (JSON Lines for several)
  retag                          re-run the tagger over stored articles
  build [--out DIR] [--site-url URL] [--if-changed] [--after-build CMD]
                                 build the static site (default dist/; URL used in feeds, or $TRACKER_SITE_URL)
  stats [--json]                 counts, source health, last run and last build

exit codes: 0 ok, 1 failed (every source failed, or the command could not run), 2 usage,
            3 partial (some sources failed; for build: built, but --after-build failed)`;

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string' },
  source: { type: 'string' },
  cron: { type: 'string' },
  out: { type: 'string' },
  'site-url': { type: 'string' },
  'published-at': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'no-full-text': { type: 'boolean' },
  json: { type: 'boolean' },
  build: { type: 'boolean' },
  'if-changed': { type: 'boolean' },
  'after-build': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`tracker: ${(err as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  const { positionals } = parsed;
  const values = parsed.values as Values;
  const [verb, ...rest] = positionals;
  if (values.help || !verb) {
    console.log(USAGE);
    return verb || values.help ? 0 : 2;
  }
  let opened: OpenedDb | null = null;
  const db = () => (opened ??= openDb(resolveDbPath(values.db as string | undefined)));
  // Verbs that only read still work on a database this user cannot write (a shared or archived copy).
  const readDb = () => (opened ??= openForReading(resolveDbPath(values.db as string | undefined)));
  try {
    const config = loadSettings();
    if (values.json && verb !== 'ingest' && verb !== 'stats') throw new UsageError('--json is for ingest and stats');
    switch (verb) {
      case 'sources':
        return await sourcesVerb(rest[0] === 'list' ? readDb() : db(), rest, values);
      case 'ingest':
        return await withRunLock(db(), () => ingestVerb(db(), config, values));
      case 'import':
        return await withRunLock(db(), () => importVerb(db(), rest, values));
      case 'watch':
        return await watchVerb(db(), config, values);
      case 'extract':
        return await extractVerb(rest, values);
      case 'retag':
        return await withRunLock(db(), () => retagVerb(db()));
      case 'build':
        return await buildVerb(db(), values);
      case 'stats':
        (await import('./run/stats.ts')).printStats(readDb(), { json: !!values.json });
        return EXIT.ok;
      default:
        throw new UsageError(`unknown verb "${verb}"`);
    }
  } catch (err) {
    const dbProblem = describeDbError(err, resolveDbPath(values.db as string | undefined));
    if (err instanceof UsageError) console.error(`tracker: ${err.message}\n${USAGE}`);
    else console.error(`tracker ${verb}: ${dbProblem?.message ?? (err as Error).message}`);
    // A script reading --json gets JSON even when the verb could not run.
    if (values.json) console.log(JSON.stringify({ status: 'failed', exitCode: err instanceof UsageError ? EXIT.usage : EXIT.failed, error: dbProblem?.message ?? (err as Error).message }));
    if (debugEnabled()) console.error(err);
    return err instanceof UsageError ? EXIT.usage : EXIT.failed;
  } finally {
    (opened as OpenedDb | null)?.close();
  }
}

type Values = Record<string, string | boolean | undefined>;

/** Writers never overlap, across processes too (ingest/store/lock.ts). */
async function withRunLock(opened: OpenedDb, fn: () => Promise<number>): Promise<number> {
  const holder = tryAcquireLock(opened.sqlite, RUN_LOCK);
  if (holder) {
    throw new Error(
      `another run (pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}) is writing to ${opened.path}; wait for it to finish and try again`,
    );
  }
  try {
    return await fn();
  } finally {
    releaseLock(opened.sqlite, RUN_LOCK);
  }
}

function requireOne(rest: string[], what: string): string {
  if (rest.length !== 1) throw new UsageError(`expected ${what}`);
  return rest[0];
}

async function sourcesVerb(opened: OpenedDb, rest: string[], values: Values): Promise<number> {
  const [sub, ...args] = rest;
  const { sqlite } = opened;
  switch (sub) {
    case 'add': {
      const url = requireOne(args, 'one URL: tracker sources add URL [--name N] [--type feed|page|json]');
      if (values.type && !['feed', 'page', 'json'].includes(values.type as string)) throw new UsageError(`--type must be feed, page or json, not "${values.type}"`);
      // Without --name the feed's own title names the source; without --type what the URL serves decides it.
      const known = getSource(sqlite, url);
      const { probeSource } = await import('./run/guess-type.ts');
      const probe = !known && /^https?:\/\//i.test(url) && (!values.type || !values.name) ? await probeSource(url, !!values['allow-private']) : null;
      const type = (values.type as string | undefined) ?? probe?.type ?? 'feed';
      const name = (values.name as string | undefined) ?? (probe?.title && /^https?:/i.test(url) ? uniqueSourceName(sqlite, probe.title, url) : undefined);
      const { source, added } = addSource(sqlite, { url, name, type: type as SourceType, allowPrivate: !!values['allow-private'] });
      console.log(added ? `added ${source.name} (${source.type}) ${source.url}` : `already there: ${source.name} ${source.url}`);
      return 0;
    }
    case 'list': {
      const rows = listSources(sqlite);
      if (rows.length === 0) {
        console.log('no sources yet: add one with `tracker sources add URL`, or run `tracker ingest` to load the defaults from data/sources.json');
        return 0;
      }
      for (const s of rows) {
        const health = s.lastStatus === 'error' ? `error x${s.consecutiveFailures}: ${s.lastError}` : (s.lastStatus ?? 'never fetched');
        console.log(`${s.enabled ? ' ' : '-'} ${s.name.padEnd(32)} ${s.type.padEnd(5)} ${(s.lastFetchedAt ?? '').padEnd(24)} ${health}\n    ${s.url}`);
      }
      const { collectStats, buildHealthLine } = await import('./run/stats.ts');
      const build = buildHealthLine(collectStats(opened));
      if (build) console.log(build);
      return 0;
    }
    case 'remove': {
      const row = removeSource(sqlite, requireOne(args, 'a source name: tracker sources remove NAME'));
      console.log(`removed ${row.name} (its articles stay in the database)`);
      return 0;
    }
    case 'import': {
      const file = requireOne(args, 'one OPML file: tracker sources import FILE.opml');
      const text = await readFile(file, 'utf8').catch((err) => {
        throw new Error(`${file}: cannot read (${err.code}); check the path`);
      });
      const { parseOpml } = await import('./parse/index.ts');
      const entries = parseOpml(text);
      if (entries.length === 0) throw new Error(`${file}: no feed outlines (xmlUrl) found in this OPML file`);
      let added = 0;
      for (const e of entries) {
        try {
          const r = addSource(sqlite, { url: e.url, name: e.name, type: (e.type as SourceType) ?? 'feed' });
          if (r.added) added++;
        } catch (err) {
          console.error(`  skipped ${e.url}: ${(err as Error).message}`);
        }
      }
      console.log(`imported ${added} new source(s) of ${entries.length} in ${file}`);
      return 0;
    }
    default:
      throw new UsageError(`sources: expected add, list, remove or import, not "${sub ?? ''}"`);
  }
}

/** An empty database starts with the curated defaults, so `npm start` has something to fetch. */
async function seedDefaultSources(opened: OpenedDb, say: (line: string) => void = (line) => console.log(line)): Promise<void> {
  if (listSources(opened.sqlite).length > 0) return;
  const file = resolve(ROOT, 'data/sources.json');
  const { sources } = JSON.parse(await readFile(file, 'utf8')) as { sources: { name: string; url: string; type: SourceType }[] };
  for (const s of sources) addSource(opened.sqlite, s);
  say(`no sources yet: loaded ${sources.length} default sources from data/sources.json`);
}

async function fetchSettings(config: Config) {
  const { HostLimiter } = await import('./fetch/index.ts');
  return {
    timeoutMs: config.TRACKER_TIMEOUT_MS,
    maxBytes: config.TRACKER_MAX_BYTES,
    retries: config.TRACKER_RETRIES,
    limiter: new HostLimiter({ perHost: config.TRACKER_PER_HOST, minDelayMs: config.TRACKER_HOST_DELAY_MS }),
  };
}

function sourceLimits(config: Config) {
  return { maxItems: config.TRACKER_MAX_ITEMS, maxItemChars: config.TRACKER_MAX_ITEM_CHARS, parseTimeoutMs: config.TRACKER_PARSE_TIMEOUT_MS };
}

function summaryLine(s: RunSummary, what: string): string {
  return `run ${s.runId} ${s.status}: ${s.sources} ${what}, ${s.itemsSeen} items seen, ${s.itemsNew} new, ${s.errors} failed`;
}

async function ingestVerb(opened: OpenedDb, config: Config, values: Values): Promise<number> {
  // With --json, stdout carries one JSON object and nothing else; the progress lines go to stderr.
  const say = values.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  if (!values.source) await seedDefaultSources(opened, say);
  const { runIngest } = await import('./run/ingest.ts');
  const summary = await runIngest(opened, {
    source: values.source as string | undefined,
    concurrency: config.TRACKER_CONCURRENCY,
    fullText: config.TRACKER_FULL_TEXT === '1' && !values['no-full-text'],
    fetch: await fetchSettings(config),
    limits: sourceLimits(config),
    tagger: await tagger(),
    log: say,
  });
  say(summaryLine(summary, 'sources'));
  if (summary.errors > 0 && summary.errors === summary.sources && summary.outcomes.every((o) => /^(network|timeout|connect_timeout):/.test(o.error ?? ''))) {
    say('no source could be reached: check the network connection, then run `tracker ingest` again');
  } else if (summary.errors > 0) {
    say(`${summary.errors} source(s) failed and kept what they stored before; \`tracker sources list\` shows each error`);
  }
  const code = runExitCode(summary.sources, summary.errors);
  if (values.json) console.log(JSON.stringify(runJson(summary, code), null, 2));
  return code;
}

/** The shape of `ingest --json` (README, "Running it unattended"). */
function runJson(s: RunSummary, exitCode: number) {
  return {
    runId: s.runId,
    status: s.status,
    exitCode,
    sources: s.sources,
    itemsSeen: s.itemsSeen,
    itemsNew: s.itemsNew,
    errors: s.errors,
    outcomes: s.outcomes.map((o) => ({ source: o.sourceName, status: o.status, itemsSeen: o.itemsSeen, itemsNew: o.itemsNew, error: o.error, durationMs: Math.round(o.durationMs) })),
  };
}

async function importVerb(opened: OpenedDb, paths: string[], values: Values): Promise<number> {
  if (paths.length === 0) throw new UsageError('import needs at least one file or folder');
  const { runImport } = await import('./run/import.ts');
  const { progressReporter } = await import('./run/progress.ts');
  const progress = progressReporter('import');
  const summary = await runImport(opened, paths, {
    tagger: await tagger(),
    publishedAt: values['published-at'] as string | undefined,
    followSymlinks: !!values['follow-symlinks'],
    log: (line) => progress.log(line),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  console.log(summaryLine(summary, 'files'));
  if (summary.errors === 0) return EXIT.ok;
  return summary.itemsSeen === 0 ? EXIT.failed : EXIT.partial;
}

async function watchVerb(opened: OpenedDb, config: Config, values: Values): Promise<number> {
  const cronExpr = (values.cron as string | undefined) ?? config.TRACKER_CRON;
  for (const flag of ['out', 'site-url', 'after-build'] as const) {
    if (values[flag] !== undefined && !values.build) throw new UsageError(`--${flag} needs --build (watch rebuilds the site only when asked)`);
  }
  await seedDefaultSources(opened);
  const { runWatch } = await import('./run/watch.ts');
  const { runIngest } = await import('./run/ingest.ts');
  const theTagger = await tagger();
  const log = (line: string) => console.log(line);
  const rebuilder = values.build
    ? new (await import('./publish/rebuild.ts')).SiteRebuilder({
        dbPath: opened.path,
        outDir: (values.out as string | undefined) ?? 'dist',
        siteUrl: values['site-url'] as string | undefined,
        afterBuild: values['after-build'] as string | undefined,
        log,
      })
    : null;
  await runWatch(opened, {
    cron: cronExpr,
    lockName: RUN_LOCK,
    log,
    runOnce: async () => {
      const summary = await runIngest(opened, {
        concurrency: config.TRACKER_CONCURRENCY,
        fullText: config.TRACKER_FULL_TEXT === '1',
        fetch: await fetchSettings(config),
        limits: sourceLimits(config),
        tagger: theTagger,
        log,
      });
      log(summaryLine(summary, 'sources'));
    },
    afterRun: rebuilder ? async () => void (await rebuilder.maybeRebuild(opened.sqlite)) : undefined,
    onStop: () => rebuilder?.stop(),
  });
  return EXIT.ok;
}

async function extractVerb(files: string[], values: Values): Promise<number> {
  if (files.length === 0) throw new UsageError('extract needs at least one file');
  const publishedAt = values['published-at'] as string | undefined;
  if (publishedAt && Number.isNaN(Date.parse(publishedAt))) throw new UsageError(`--published-at "${publishedAt}" is not an ISO 8601 date`);
  const { readArticleFile, expandPaths } = await import('./importer/read-file.ts');
  const theTagger = await tagger();
  let failed = 0;
  const followSymlinks = !!values['follow-symlinks'];
  for (const file of await expandPaths(files, { followSymlinks })) {
    try {
      for (const record of await readArticleFile(file, { publishedAt, followSymlinks })) {
        const extraction = theTagger.tag({ title: record.title, body: record.body, publishedAt: record.publishedAt });
        console.log(JSON.stringify({ file, ...extraction }));
      }
    } catch (err) {
      failed++;
      console.error(`tracker extract: ${(err as Error).message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function retagVerb(opened: OpenedDb): Promise<number> {
  const { retagAll } = await import('./store/tags.ts');
  const { progressReporter } = await import('./run/progress.ts');
  const progress = progressReporter('retag');
  const result = retagAll(opened.db, await tagger(), { onProgress: (done, total) => progress.update(done, total) });
  progress.stop();
  console.log(`retagged ${result.articles} articles; ${result.events} events`);
  return 0;
}

async function buildVerb(opened: OpenedDb, values: Values): Promise<number> {
  const outDir = resolve((values.out as string | undefined) ?? 'dist');
  const dbPath = opened.path;
  opened.close();
  const { publishSite } = await import('./publish/publish.ts');
  // publishSite reports its own progress and the final page count.
  const result = await publishSite({
    dbPath,
    outDir,
    siteUrl: values['site-url'] as string | undefined,
    afterBuild: values['after-build'] as string | undefined,
    ifChanged: !!values['if-changed'],
    log: (msg) => console.log(msg),
    exitOnSignal: true,
  });
  if (result.status === 'failed') {
    console.error(`tracker build: ${result.error}${result.buildId ? `; ${outDir} keeps the previous site (build #${result.buildId} failed)` : ''}`);
    return EXIT.failed;
  }
  if (result.status === 'built' && result.afterBuildStatus) {
    console.error(`tracker build: the site was built, but the --after-build command exited ${result.afterBuildStatus}`);
    return EXIT.partial;
  }
  return EXIT.ok;
}
