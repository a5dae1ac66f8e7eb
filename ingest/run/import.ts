/**
 * `tracker import PATH...`: local files and folders through the same
 * store-and-tag step as feeds. One transaction per file, so a killed import
 * keeps whole files and a re-import adds nothing.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { OpenedDb } from '../../db/open.ts';
import { readArticleFile, expandPaths } from '../importer/read-file.ts';
import { startRun, recordOutcome, finishRun, closeAbandonedRuns } from '../store/runs.ts';
import { toArticleInput } from './article-input.ts';
import { ArticleWriter, type Tagger } from './persist.ts';
import { describeError, type RunSummary } from './ingest.ts';

export interface ImportOptions {
  tagger: Tagger | null;
  /** Date for files that carry none (default: the import time). */
  publishedAt?: string;
  /** Follow symbolic links (default: refuse them, so an import stays inside the paths it was given). */
  followSymlinks?: boolean;
  log?: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export async function runImport(opened: OpenedDb, paths: string[], opts: ImportOptions): Promise<RunSummary> {
  const { sqlite } = opened;
  const files = await expandPaths(paths, { followSymlinks: opts.followSymlinks });
  const startedAt = new Date().toISOString();
  closeAbandonedRuns(sqlite, startedAt);
  const runId = startRun(sqlite, 'import', startedAt);
  const writer = new ArticleWriter(opened, opts.tagger);
  const outcomes = [];
  let done = 0;
  for (const file of files) {
    const started = performance.now();
    const fetchedAt = new Date().toISOString();
    const base = { sourceId: null, sourceName: file };
    try {
      const records = await readArticleFile(file, { publishedAt: opts.publishedAt, now: fetchedAt, followSymlinks: opts.followSymlinks });
      const fileUrl = pathToFileURL(resolve(file)).href;
      let itemsNew = 0;
      sqlite.transaction(() => {
        records.forEach((r, i) => {
          const input = toArticleInput(
            {
              url: r.url ?? (records.length > 1 ? `${fileUrl}#${i + 1}` : fileUrl),
              originUrl: fileUrl,
              canonicalUrl: r.canonicalUrl,
              title: r.title,
              author: r.author,
              publishedAt: r.publishedAt,
              summary: r.summary,
              bodyText: r.body,
            },
            fetchedAt,
          );
          if (input && writer.write(input, null, fetchedAt).isNew) itemsNew++;
        });
      })();
      const o = { ...base, status: 'ok' as const, itemsSeen: records.length, itemsNew, error: null, durationMs: performance.now() - started };
      outcomes.push(o);
      recordOutcome(sqlite, runId, o);
    } catch (err) {
      const { code, message } = describeError(err);
      const o = { ...base, status: 'error' as const, itemsSeen: 0, itemsNew: 0, error: `${code}: ${message}`, durationMs: performance.now() - started };
      outcomes.push(o);
      recordOutcome(sqlite, runId, o);
      opts.log?.(`✗ ${file}: ${message}`);
    }
    opts.onProgress?.(++done, files.length);
  }
  const fin = finishRun(sqlite, runId, new Date().toISOString());
  return { runId, status: fin.status, sources: files.length, itemsSeen: fin.itemsSeen, itemsNew: fin.itemsNew, errors: fin.errors, outcomes };
}
