/**
 * CSV and JSON downloads of events, figures and entities (`/data/` on the
 * site), generated from the public snapshot so they can never publish more
 * than it does. Column meanings and units are in DOWNLOAD_COLUMNS
 * (site/lib/column-docs.ts), which the data page shows.
 *
 * Figures: from the `figures` table (one row a fact) when the database has
 * it; before that table exists, from `amounts` and `quantities` (one row a
 * mention, conversions left out), and `figures_source` says which.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat } from 'd3-dsv';
import type Database from 'better-sqlite3';
import { openSnapshot } from './snapshot.ts';
import { DOWNLOAD_COLUMNS } from '../../site/lib/column-docs.ts';

type Row = Record<string, string | number | null>;

function hasTable(db: Database.Database, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

function events(db: Database.Database): Row[] {
  return db.prepare(`SELECT e.id, e.slug, e.date, e.type, e.summary, e.certainty,
      (SELECT group_concat(name, '; ') FROM (SELECT en.name FROM event_actors ea JOIN entities en ON en.id = ea.entity_id WHERE ea.event_id = e.id ORDER BY ea.position)) AS actors,
      e.location, p.slug AS place_slug, p.place_kind, p.country_code, p.lat, p.lon, e.source_count,
      (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT s.name FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id WHERE m.event_id = e.id)) AS outlets,
      e.first_seen_at
    FROM events e LEFT JOIN entities p ON p.id = e.location_entity_id ORDER BY e.date DESC, e.id DESC`).all() as Row[];
}

function figures(db: Database.Database): { rows: Row[]; source: 'figures' | 'mentions' } {
  if (hasTable(db, 'figures') && hasTable(db, 'figure_mentions')) {
    const rows = db.prepare(`SELECT f.id, f.kind, f.category, en.name AS entity, en.slug AS entity_slug, f.period, f.value, f.value_min, f.unit,
        f.value_usd, f.estimate, f.status, f.source_count,
        (SELECT min(a.published_at) FROM figure_mentions fm JOIN articles a ON a.id = fm.article_id WHERE fm.figure_id = f.id) AS first_reported_at,
        (SELECT fm.sentence FROM figure_mentions fm WHERE fm.figure_id = f.id LIMIT 1) AS evidence
      FROM figures f LEFT JOIN entities en ON en.id = f.entity_id ORDER BY coalesce(f.value_usd, f.value) DESC`).all() as Row[];
    return { rows, source: 'figures' };
  }
  const rows = db.prepare(`SELECT am.id, 'amount' AS kind, am.category, en.name AS entity, en.slug AS entity_slug, am.period, am.value, am.value_min,
        am.currency AS unit, am.value_usd, am.estimate, NULL AS status, 1 AS source_count, ar.published_at AS first_reported_at, am.sentence AS evidence
      FROM amounts am JOIN articles ar ON ar.id = am.article_id LEFT JOIN entities en ON en.id = am.entity_id WHERE am.conversion = 0
    UNION ALL
    SELECT q.id, q.kind, NULL, en.name, en.slug, NULL, q.value, q.value_min, q.unit, NULL, 0, NULL, 1, ar.published_at, q.sentence
      FROM quantities q JOIN articles ar ON ar.id = q.article_id LEFT JOIN entities en ON en.id = q.entity_id WHERE q.conversion = 0
    ORDER BY kind, first_reported_at DESC`).all() as Row[];
  return { rows, source: 'mentions' };
}

function entities(db: Database.Database): Row[] {
  return db.prepare(`SELECT e.id, e.slug, e.name, e.type, e.origin,
      (SELECT group_concat(alias, '; ') FROM entity_aliases WHERE entity_id = e.id AND alias != e.name) AS aliases,
      e.place_kind, p.slug AS parent_slug, e.country_code, e.lat, e.lon,
      CASE WHEN e.type = 'place' THEN (SELECT count(*) FROM events WHERE location_entity_id = e.id)
        ELSE (SELECT count(*) FROM event_actors WHERE entity_id = e.id) END AS events,
      (SELECT count(*) FROM article_entities WHERE entity_id = e.id) AS articles
    FROM entities e LEFT JOIN entities p ON p.id = e.parent_id ORDER BY e.type, e.name`).all() as Row[];
}

/** Text from feeds must not run as a formula when the CSV is opened in a spreadsheet (OWASP "CSV injection"). */
function spreadsheetSafe(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v]));
}

export interface DownloadsResult { files: string[]; figuresSource: 'figures' | 'mentions'; rows: Record<string, number> }

/** Writes events/figures/entities as .csv and .json into `dir`, reading the public snapshot at `snapshotPath`. */
export function writeDownloads(snapshotPath: string, dir: string): DownloadsResult {
  const db = openSnapshot(snapshotPath);
  try {
    const fig = figures(db);
    const sets: Record<string, Row[]> = { events: events(db), figures: fig.rows, entities: entities(db) };
    const files: string[] = [];
    const rows: Record<string, number> = {};
    for (const [name, list] of Object.entries(sets)) {
      const columns = DOWNLOAD_COLUMNS[name as keyof typeof DOWNLOAD_COLUMNS].map(([c]) => c);
      const shaped = list.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
      writeFileSync(join(dir, `${name}.csv`), csvFormat(shaped.map(spreadsheetSafe), columns));
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(shaped));
      files.push(`${name}.csv`, `${name}.json`);
      rows[name] = list.length;
    }
    return { files, figuresSource: fig.source, rows };
  } finally {
    db.close();
  }
}
