/**
 * `tracker import PATH...`: local files and folders through the same
 * store-and-tag step as feeds. One transaction per file, so a killed import
 * keeps whole files and a re-import adds nothing.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { OpenedDb } from '../../db/open.ts';
import { readArticleFile, expandPaths, type FileArticle } from '../importer/read-file.ts';
import { startRun, recordOutcome, finishRun, closeAbandonedRuns, type SourceOutcome } from '../store/runs.ts';
import { toArticleInput, type Draft } from './article-input.ts';
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
  const outcomes: SourceOutcome[] = [];
  for (const [done, file] of files.entries()) {
    const outcome = await importFile(opened, writer, file, opts);
    outcomes.push(outcome);
    recordOutcome(sqlite, runId, outcome);
    opts.onProgress?.(done + 1, files.length);
  }
  const fin = finishRun(sqlite, runId, new Date().toISOString());
  return { runId, status: fin.status, sources: files.length, itemsSeen: fin.itemsSeen, itemsNew: fin.itemsNew, errors: fin.errors, outcomes };
}

/** One file in one transaction: its records all stored, or (on any failure) none, with the reason. */
async function importFile(opened: OpenedDb, writer: ArticleWriter, file: string, opts: ImportOptions): Promise<SourceOutcome> {
  const started = performance.now();
  const fetchedAt = new Date().toISOString();
  const base = { sourceId: null, sourceName: file };
  try {
    const records = await readArticleFile(file, { publishedAt: opts.publishedAt, now: fetchedAt, followSymlinks: opts.followSymlinks });
    const fileUrl = pathToFileURL(resolve(file)).href;
    let itemsNew = 0;
    opened.sqlite.transaction(() => {
      records.forEach((record, i) => {
        const input = toArticleInput(recordDraft(record, i, records.length, fileUrl), fetchedAt);
        if (input && writer.write(input, null, fetchedAt).isNew) itemsNew++;
      });
    })();
    return { ...base, status: 'ok', itemsSeen: records.length, itemsNew, error: null, durationMs: performance.now() - started };
  } catch (err) {
    const { code, message } = describeError(err);
    opts.log?.(`✗ ${file}: ${message}`);
    return { ...base, status: 'error', itemsSeen: 0, itemsNew: 0, error: `${code}: ${message}`, durationMs: performance.now() - started };
  }
}

/** A record without a URL of its own is known by its file's URL (numbered when the file holds several). */
function recordDraft(record: FileArticle, index: number, count: number, fileUrl: string): Draft {
  return {
    url: record.url ?? (count > 1 ? `${fileUrl}#${index + 1}` : fileUrl),
    originUrl: fileUrl,
    canonicalUrl: record.canonicalUrl,
    title: record.title,
    author: record.author,
    publishedAt: record.publishedAt,
    summary: record.summary,
    bodyText: record.body,
  };
}
