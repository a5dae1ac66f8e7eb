/**
 * Registers feed sources straight in the store, exactly as `tracker sources add URL --name N --type feed` does
 * (with both given, the verb probes nothing and calls the same addSource). For suites that test what a run does
 * with its sources: each CLI start costs seconds of module loading, and the verb itself is tested where it is the
 * subject (test/ingest/cli.test.ts, source-names.test.ts, test/hardening/cli-faults.test.ts, the e2e pipeline).
 */
import { openDb } from '../../db/open.ts';
import { addSource } from '../../ingest/store/sources.ts';

export function addFeedSources(dbPath: string, feeds: { url: string; name: string }[]): void {
  const opened = openDb(dbPath);
  try {
    for (const { url, name } of feeds) {
      const { added } = addSource(opened.sqlite, { url, name, type: 'feed' });
      if (!added) throw new Error(`setup: a source with the URL ${url} was already there`);
    }
  } finally {
    opened.close();
  }
}
