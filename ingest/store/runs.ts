/** The `runs` and `run_sources` journal: what each run saw, added and failed on. */
import type Database from 'better-sqlite3';

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
  return Number(sqlite.prepare("INSERT INTO runs (kind, started_at, status) VALUES (?, ?, 'running')").run(kind, at).lastInsertRowid);
}

export function recordOutcome(sqlite: Database.Database, runId: number, o: SourceOutcome): void {
  sqlite
    .prepare(
      `INSERT INTO run_sources (run_id, source_id, source_name, status, items_seen, items_new, error, duration_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(runId, o.sourceId, o.sourceName, o.status, o.itemsSeen, o.itemsNew, o.error, Math.round(o.durationMs));
  sqlite
    .prepare(
      `UPDATE runs SET items_seen = items_seen + ?, items_new = items_new + ?, errors = errors + ? WHERE id = ?`,
    )
    .run(o.itemsSeen, o.itemsNew, o.status === 'error' ? 1 : 0, runId);
}

export function finishRun(sqlite: Database.Database, runId: number, at: string, status?: string): { status: string; itemsSeen: number; itemsNew: number; errors: number } {
  const row = sqlite.prepare('SELECT items_seen, items_new, errors FROM runs WHERE id = ?').get(runId) as { items_seen: number; items_new: number; errors: number };
  const sources = (sqlite.prepare('SELECT count(*) AS n FROM run_sources WHERE run_id = ?').get(runId) as { n: number }).n;
  const final = status ?? (row.errors === 0 ? 'ok' : row.errors >= sources && sources > 0 ? 'failed' : 'partial');
  sqlite.prepare('UPDATE runs SET finished_at = ?, status = ? WHERE id = ?').run(at, final, runId);
  return { status: final, itemsSeen: row.items_seen, itemsNew: row.items_new, errors: row.errors };
}

/** Runs left 'running' by a killed process are marked as such when the next run starts. */
export function closeAbandonedRuns(sqlite: Database.Database, at: string): number {
  return sqlite.prepare("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'").run(at).changes;
}
