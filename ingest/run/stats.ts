/** `tracker stats`: what the database holds, how the sources are doing, the last run and the last build. */
import type { OpenedDb } from '../../db/open.ts';
import { lastBuild, type BuildRow } from '../store/builds.ts';

export interface Stats {
  database: string;
  counts: Record<'sources' | 'articles' | 'entities' | 'amounts' | 'quantities' | 'events' | 'runs' | 'builds', number>;
  lastRun: { id: number; kind: string; startedAt: string; finishedAt: string | null; status: string; itemsSeen: number; itemsNew: number; errors: number } | null;
  lastBuild: BuildSummary | null;
  /** The build whose site is in place when the last one failed. */
  lastGoodBuild: BuildSummary | null;
  /** Sources by last_status (`never_fetched` for new ones). */
  sourceHealth: Record<string, number>;
  failingSources: { name: string; consecutiveFailures: number; lastError: string | null; lastFetchedAt: string | null }[];
}
type BuildSummary = { id: number; startedAt: string; finishedAt: string | null; status: string; outDir: string; pages: number | null; durationMs: number | null; error: string | null; afterBuildStatus: number | null };

const buildSummary = (b: BuildRow | undefined): BuildSummary | null =>
  b ? { id: b.id, startedAt: b.started_at, finishedAt: b.finished_at, status: b.status, outDir: b.out_dir, pages: b.pages, durationMs: b.duration_ms, error: b.error, afterBuildStatus: b.after_build_status } : null;

export function collectStats(opened: OpenedDb): Stats {
  const { sqlite } = opened;
  const n = (table: string) => (sqlite.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
  const tables = ['sources', 'articles', 'entities', 'amounts', 'quantities', 'events', 'runs', 'builds'] as const;
  const counts = Object.fromEntries(tables.map((t) => [t, n(t)])) as Stats['counts'];
  const run = sqlite.prepare('SELECT id, kind, started_at, finished_at, status, items_seen, items_new, errors FROM runs ORDER BY id DESC LIMIT 1').get() as
    | { id: number; kind: string; started_at: string; finished_at: string | null; status: string; items_seen: number; items_new: number; errors: number }
    | undefined;
  const health = sqlite.prepare(`SELECT coalesce(last_status, 'never_fetched') status, count(*) n FROM sources GROUP BY 1 ORDER BY 1`).all() as { status: string; n: number }[];
  const failing = sqlite
    .prepare('SELECT name, consecutive_failures, last_error, last_fetched_at FROM sources WHERE last_status = ? ORDER BY consecutive_failures DESC, name')
    .all('error') as { name: string; consecutive_failures: number; last_error: string | null; last_fetched_at: string | null }[];
  const latest = lastBuild(sqlite);
  return {
    database: opened.path,
    counts,
    lastRun: run ? { id: run.id, kind: run.kind, startedAt: run.started_at, finishedAt: run.finished_at, status: run.status, itemsSeen: run.items_seen, itemsNew: run.items_new, errors: run.errors } : null,
    lastBuild: buildSummary(latest),
    lastGoodBuild: latest && latest.status !== 'ok' ? buildSummary(lastBuild(sqlite, { outDir: latest.out_dir, status: 'ok' })) : buildSummary(latest),
    sourceHealth: Object.fromEntries(health.map((h) => [h.status, h.n])),
    failingSources: failing.map((f) => ({ name: f.name, consecutiveFailures: f.consecutive_failures, lastError: f.last_error, lastFetchedAt: f.last_fetched_at })),
  };
}

/** One line on the last build, and where the live site comes from when it failed. Shared with `sources list`. */
export function buildHealthLine(s: Pick<Stats, 'lastBuild' | 'lastGoodBuild'>): string | null {
  const b = s.lastBuild;
  if (!b) return null;
  const after = b.afterBuildStatus === null ? '' : `, after-build exited ${b.afterBuildStatus}`;
  if (b.status === 'ok') return `last build: #${b.id} ok ${b.finishedAt}: ${b.pages} pages into ${b.outDir}${after}`;
  const kept = s.lastGoodBuild ? `the site there is still build #${s.lastGoodBuild.id} of ${s.lastGoodBuild.finishedAt}` : 'no complete build there yet';
  return `last build: #${b.id} ${b.status.toUpperCase()} ${b.startedAt}${b.error ? `: ${b.error}` : ''}; ${kept}`;
}

export function printStats(opened: OpenedDb, opts: { json?: boolean } = {}): void {
  const s = collectStats(opened);
  if (opts.json) {
    console.log(JSON.stringify(s, null, 2));
    return;
  }
  console.log(`database: ${s.database}`);
  for (const [name, count] of Object.entries(s.counts)) console.log(`  ${name.padEnd(11)} ${count}`);
  const r = s.lastRun;
  if (r) console.log(`last run: #${r.id} ${r.kind} ${r.startedAt} ${r.status}: ${r.itemsSeen} seen, ${r.itemsNew} new, ${r.errors} failed`);
  const build = buildHealthLine(s);
  if (build) console.log(build);
  const health = Object.entries(s.sourceHealth);
  if (health.length) console.log(`source health: ${health.map(([status, n]) => `${n} ${status.replace('_', ' ')}`).join(', ')}`);
  for (const f of s.failingSources.slice(0, 10)) console.log(`  ✗ ${f.name} (x${f.consecutiveFailures}): ${f.lastError}`);
}
