/** The `runs` and `run_sources` journal: what each run saw, added and failed on. */
import type Database from 'better-sqlite3';
import { count, eq, sql } from 'drizzle-orm';
import { ormOf } from '../../db/open.ts';
import { runs, runSources } from '../../db/schema.ts';

export type RunKind = 'ingest' | 'import' | 'retag';

export interface SourceOutcome {
  sourceId: number | null;
  sourceName: string;
  status: 'ok' | 'not_modified' | 'error';
  itemsSeen: number;
  itemsNew: number;
  error: string | null;
  durationMs: number;
}

export function startRun(sqlite: Database.Database, kind: RunKind, at: string): number {
  return ormOf(sqlite).insert(runs).values({ kind, startedAt: at, status: 'running' }).returning({ id: runs.id }).get().id;
}

export function recordOutcome(sqlite: Database.Database, runId: number, o: SourceOutcome): void {
  const db = ormOf(sqlite);
  db.insert(runSources)
    .values({
      runId,
      sourceId: o.sourceId,
      sourceName: o.sourceName,
      status: o.status,
      itemsSeen: o.itemsSeen,
      itemsNew: o.itemsNew,
      error: o.error,
      durationMs: Math.round(o.durationMs),
    })
    .run();
  db.update(runs)
    .set({
      itemsSeen: sql`${runs.itemsSeen} + ${o.itemsSeen}`,
      itemsNew: sql`${runs.itemsNew} + ${o.itemsNew}`,
      errors: sql`${runs.errors} + ${o.status === 'error' ? 1 : 0}`,
    })
    .where(eq(runs.id, runId))
    .run();
}

export function finishRun(sqlite: Database.Database, runId: number, at: string, status?: string): { status: string; itemsSeen: number; itemsNew: number; errors: number } {
  const db = ormOf(sqlite);
  const row = db.select({ itemsSeen: runs.itemsSeen, itemsNew: runs.itemsNew, errors: runs.errors }).from(runs).where(eq(runs.id, runId)).get()!;
  const sources = db.select({ n: count() }).from(runSources).where(eq(runSources.runId, runId)).get()!.n;
  const final = status ?? (row.errors === 0 ? 'ok' : row.errors >= sources && sources > 0 ? 'failed' : 'partial');
  db.update(runs).set({ finishedAt: at, status: final }).where(eq(runs.id, runId)).run();
  return { status: final, ...row };
}

/** Runs left 'running' by a killed process are marked as such when the next run starts. */
export function closeAbandonedRuns(sqlite: Database.Database, at: string): number {
  return ormOf(sqlite).update(runs).set({ status: 'interrupted', finishedAt: at }).where(eq(runs.status, 'running')).run().changes;
}
