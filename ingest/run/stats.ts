/** `tracker stats`: what the database holds and how the sources are doing. */
import type { OpenedDb } from '../../db/open.ts';

export function printStats(opened: OpenedDb): void {
  const q = (sql: string) => (opened.sqlite.prepare(sql).get() as { n: number }).n;
  const counts: [string, string][] = [
    ['sources', 'SELECT count(*) n FROM sources'],
    ['articles', 'SELECT count(*) n FROM articles'],
    ['entities', 'SELECT count(*) n FROM entities'],
    ['amounts', 'SELECT count(*) n FROM amounts'],
    ['quantities', 'SELECT count(*) n FROM quantities'],
    ['events', 'SELECT count(*) n FROM events'],
    ['runs', 'SELECT count(*) n FROM runs'],
  ];
  console.log(`database: ${opened.path}`);
  for (const [name, sql] of counts) console.log(`  ${name.padEnd(11)} ${q(sql)}`);
  const last = opened.sqlite.prepare('SELECT id, kind, started_at, status, items_seen, items_new, errors FROM runs ORDER BY id DESC LIMIT 1').get() as
    | { id: number; kind: string; started_at: string; status: string; items_seen: number; items_new: number; errors: number }
    | undefined;
  if (last) console.log(`last run: #${last.id} ${last.kind} ${last.started_at} ${last.status}: ${last.items_seen} seen, ${last.items_new} new, ${last.errors} failed`);
  const health = opened.sqlite
    .prepare(`SELECT coalesce(last_status, 'never fetched') status, count(*) n FROM sources GROUP BY 1 ORDER BY 1`)
    .all() as { status: string; n: number }[];
  if (health.length) console.log(`source health: ${health.map((h) => `${h.n} ${h.status}`).join(', ')}`);
  const failing = opened.sqlite
    .prepare('SELECT name, consecutive_failures, last_error FROM sources WHERE last_status = ? ORDER BY consecutive_failures DESC LIMIT 10')
    .all('error') as { name: string; consecutive_failures: number; last_error: string }[];
  for (const f of failing) console.log(`  ✗ ${f.name} (x${f.consecutive_failures}): ${f.last_error}`);
}
