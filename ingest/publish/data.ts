/** The files of `/data/`: the public snapshot of the database, then the CSV and JSON downloads made from it. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writePublicSnapshot, type SnapshotResult } from './snapshot.ts';
import { writeDownloads, type DownloadsResult } from './downloads.ts';

export function publishData(dbPath: string, dataDir: string): { snapshot: SnapshotResult; downloads: DownloadsResult } {
  mkdirSync(dataDir, { recursive: true });
  const dest = join(dataDir, 'tracker.db');
  const snapshot = writePublicSnapshot(dbPath, dest);
  return { snapshot, downloads: writeDownloads(dest, dataDir) };
}

/** Said when a build has no public URL: feeds then link to localhost, and readers cannot follow them. */
export const NO_SITE_URL_WARNING = 'warning: no site URL given (--site-url or TRACKER_SITE_URL): feed and item links will point at '
  + 'http://localhost:4321/, which subscribers cannot open. Rebuild with --site-url https://your.site/ before publishing '
  + '(feed GUIDs do not depend on it, so fixing it later changes no GUID).';
