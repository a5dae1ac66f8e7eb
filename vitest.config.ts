import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects that together run every test/**\/*.test.ts file exactly once.
 *
 * unit: in-process computation (tagger, store, places, parsers, extraction). Its files run in worker threads reused between
 * files, each file with fresh project modules and its environment variables put back afterwards
 * (test/support/fresh-modules.ts). Starting a process per file and loading node_modules again cost more than most
 * of these files' tests (tag, store, places, common and parse, 46 files:
 * 167 s wall / 128 s CPU a process per file, 78 s / 56 s this way, on a busy shared 2-core machine).
 * test/fetch stays out: run in one thread after the other files in some orders, https.test.ts saw an untrusted
 * certificate accepted (state that outlives a file in the fetch stack), so it keeps a process of its own.
 *
 * integration: everything else (child processes, servers, Astro builds, a browser), each file in its own process,
 * plus the corpus cross-validation, which is long enough that its start-up does not matter.
 */
const UNIT_DIRS = ['test/tag/', 'test/store/', 'test/places/', 'test/common/', 'test/parse/', 'test/extract/'];
// Plain computation living beside integration suites: settings, the site's formatting and wording, the synthetic database.
const UNIT_FILES = ['test/ingest/config.test.ts', 'test/site/format.test.ts', 'test/site/empty-state-message.test.ts', 'test/site/generate-db.test.ts'];
const OWN_PROCESS = ['test/tag/corpus-regression.test.ts'];

const testFiles = readdirSync(fileURLToPath(new URL('test', import.meta.url)), { recursive: true, encoding: 'utf8' })
  .map((f) => `test/${f.split('\\').join('/')}`)
  .filter((f) => f.endsWith('.test.ts'));
const isUnit = (f: string) => (UNIT_DIRS.some((d) => f.startsWith(d)) || UNIT_FILES.includes(f)) && !OWN_PROCESS.includes(f);

export default defineConfig({
  test: {
    // A hang guard, not a speed check: CLI tests start several node processes, which takes long when the machine is busy.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Suites start real HTTP servers, SQLite files and a browser: give them room on a 2-core machine.
    poolOptions: { forks: { maxForks: 2, minForks: 1 }, threads: { maxThreads: 2, minThreads: 1, isolate: false } },
    projects: [
      {
        extends: true,
        // groupOrder runs the projects one after the other, so the two pools never share the 2 cores.
        test: { name: 'unit', include: testFiles.filter(isUnit), pool: 'threads', setupFiles: ['test/support/fresh-modules.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'integration', include: testFiles.filter((f) => !isUnit(f)), pool: 'forks', sequence: { groupOrder: 1 } },
      },
    ],
  },
});
