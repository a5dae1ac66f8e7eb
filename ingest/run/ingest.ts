/**
 * One ingest run: fetch every enabled source, parse (in a worker thread,
 * under a time budget), fill in full text, tag and store. Each source is
 * fetched and parsed outside any transaction and written in small batches
 * (persist.ts), its health with the last one, so a run killed at any
 * instant leaves whole articles, a source whose health still says it needs
 * fetching again, and one broken feed never stops the others.
 */
import type { OpenedDb } from '../../db/open.ts';
import { config } from '../config.ts';
import { fetchUrl, FetchError, redactSecrets, type FetchOptions } from '../fetch/index.ts';
import { ParseError } from '../parse/index.ts';
import { parseFeedIsolated, DEFAULT_PARSE_TIMEOUT_MS } from '../parse/isolated.ts';
import { looksLikeWall } from '../store/same-text.ts';
import { describeDbError } from '../store/db-errors.ts';
import { stripControlChars } from './control-chars.ts';
import { extractArticle, contentHtmlToText } from '../extract/index.ts';
import type { ParsedItem } from '../model.ts';
import { canonicalizeUrl } from '../store/canonical.ts';
import { listSources, getSource, recordFailure, recordSuccess, type SourceRow } from '../store/sources.ts';
import { startRun, recordOutcome, finishRun, closeAbandonedRuns, type SourceOutcome } from '../store/runs.ts';
import { toArticleInput, type Draft } from './article-input.ts';
import { ArticleWriter, type Tagger } from './persist.ts';
import { mapPool } from './pool.ts';

export interface IngestOptions {
  /** Only this source (name or URL). */
  source?: string;
  /** Sources fetched at once; the fetcher also limits requests per host. */
  concurrency?: number;
  /** Fetch article pages when a feed item carries only a summary. */
  fullText?: boolean;
  /** Items whose text is shorter than this (characters) get their page fetched. */
  fullTextBelowChars?: number;
  fetch?: Partial<FetchOptions>;
  /** Bounds on one source's work in one run (defaults: DEFAULT_LIMITS). */
  limits?: Partial<SourceLimits>;
  tagger: Tagger | null;
  log?: (line: string) => void;
}

export interface SourceLimits {
  /** Items taken from one feed in one run (the first ones: feeds list the newest first). */
  maxItems: number;
  /** Characters of text kept per item; the rest of a giant item is dropped. */
  maxItemChars: number;
  /** Budget for parsing one feed (in a worker thread) before it fails with parse_timeout. */
  parseTimeoutMs: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxItems: 500, maxItemChars: 200_000, parseTimeoutMs: DEFAULT_PARSE_TIMEOUT_MS };

export interface RunSummary {
  runId: number;
  status: string;
  sources: number;
  itemsSeen: number;
  itemsNew: number;
  errors: number;
  outcomes: SourceOutcome[];
}

/** A failure, in the words stored in sources.last_error: "<code>: <message>". */
export function describeError(err: unknown): { code: string; message: string } {
  const { code, message } = codeAndMessage(err);
  // Messages name URLs and end up in sources.last_error and on the sources page: no credentials, API keys or control bytes.
  return { code, message: stripControlChars(redactSecrets(message)) };
}

function codeAndMessage(err: unknown): { code: string; message: string } {
  if (err instanceof FetchError || err instanceof ParseError) return { code: err.code, message: err.message };
  const db = describeDbError(err);
  if (db) return db;
  const e = err as Error & { code?: unknown };
  // Our own errors carry lower-case codes; Node's (ENOENT...) are not user-facing codes.
  if (typeof e?.code === 'string' && /^[a-z][a-z0-9_]*$/.test(e.code)) return { code: e.code, message: e.message };
  return { code: 'internal', message: e?.message ?? String(err) };
}

export async function runIngest(opened: OpenedDb, opts: IngestOptions): Promise<RunSummary> {
  const { sqlite } = opened;
  const log = opts.log ?? (() => {});
  let sources: SourceRow[];
  if (opts.source) {
    const one = getSource(sqlite, opts.source);
    if (!one) throw new Error(`no source named "${opts.source}"; see \`tracker sources list\``);
    sources = [one];
  } else sources = listSources(sqlite, { enabledOnly: true });

  const startedAt = new Date().toISOString();
  closeAbandonedRuns(sqlite, startedAt);
  const runId = startRun(sqlite, 'ingest', startedAt);
  const writer = new ArticleWriter(opened, opts.tagger);

  const outcomes = await mapPool(sources, opts.concurrency ?? 4, async (source) => {
    const outcome = await ingestSource(opened, writer, source, opts);
    log(formatOutcome(outcome));
    return outcome;
  });
  for (const o of outcomes) recordOutcome(sqlite, runId, o);
  const done = finishRun(sqlite, runId, new Date().toISOString());
  return { runId, status: done.status, sources: sources.length, itemsSeen: done.itemsSeen, itemsNew: done.itemsNew, errors: done.errors, outcomes };
}

function formatOutcome(o: SourceOutcome): string {
  const secs = `${(o.durationMs / 1000).toFixed(1)}s`;
  if (o.status === 'error') return `✗ ${o.sourceName}  failed  ${o.error}  (${secs})`;
  if (o.status === 'not_modified') return `· ${o.sourceName}  not modified  (${secs})`;
  return `✓ ${o.sourceName}  ${o.itemsNew} new / ${o.itemsSeen} seen  (${secs})`;
}

async function ingestSource(opened: OpenedDb, writer: ArticleWriter, source: SourceRow, opts: IngestOptions): Promise<SourceOutcome> {
  const started = performance.now();
  const fetchedAt = new Date().toISOString();
  const allowPrivate = source.allowPrivate || config().TRACKER_ALLOW_PRIVATE_HOSTS;
  const base = { sourceId: source.id, sourceName: source.name };
  try {
    const res = await fetchUrl(source.url, {
      ...opts.fetch,
      kind: source.type === 'page' ? 'page' : 'feed',
      etag: source.etag,
      lastModified: source.lastModified,
      allowPrivate,
    });
    if (res.notModified) {
      recordSuccess(opened.sqlite, source.id, { at: fetchedAt, notModified: true, etag: res.etag, lastModified: res.lastModified });
      return { ...base, status: 'not_modified', itemsSeen: 0, itemsNew: 0, error: null, durationMs: performance.now() - started };
    }
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const drafts =
      source.type === 'page'
        ? [pageDraft(res.text, res.url, [source.url], fetchedAt)]
        : await feedDrafts(res.text, res.url, res.contentType, fetchedAt, writer, opts, limits, allowPrivate, log(opts, source));

    const inputs = drafts.map((d) => toArticleInput(boundDraft(d, limits.maxItemChars), fetchedAt)).filter((i) => i !== null);
    // Stored in batches as they are tagged; the source's health is written with the last batch.
    const itemsNew = await writer.writeAll(inputs, source.id, fetchedAt, () =>
      recordSuccess(opened.sqlite, source.id, { at: fetchedAt, notModified: false, etag: res.etag, lastModified: res.lastModified }),
    );
    return { ...base, status: 'ok', itemsSeen: drafts.length, itemsNew, error: null, durationMs: performance.now() - started };
  } catch (err) {
    const { code, message } = describeError(err);
    const error = `${code}: ${message}`;
    recordFailure(opened.sqlite, source.id, fetchedAt, error);
    return { ...base, status: 'error', itemsSeen: 0, itemsNew: 0, error, durationMs: performance.now() - started };
  }
}

function log(opts: IngestOptions, source: SourceRow) {
  return (msg: string) => opts.log?.(`  ${source.name}: ${msg}`);
}

function pageDraft(html: string, finalUrl: string, extraUrls: string[], fetchedAt: string): Draft {
  const page = extractArticle(html, finalUrl, { fetchedAt });
  return {
    url: finalUrl,
    originUrl: finalUrl,
    canonicalUrl: page.canonicalUrl,
    extraUrls,
    title: page.title,
    author: page.author,
    publishedAt: page.publishedAt,
    summary: page.description,
    bodyText: page.bodyText,
  };
}

async function feedDrafts(
  text: string,
  feedUrl: string,
  contentType: string | null,
  fetchedAt: string,
  writer: ArticleWriter,
  opts: IngestOptions,
  limits: SourceLimits,
  allowPrivate: boolean,
  warn: (msg: string) => void,
): Promise<Draft[]> {
  // In a worker thread under a time budget: a pathological feed fails this source (parse_timeout), never the run.
  // Twice maxItems come back, so items repeated in the feed (dropped below) do not cut it short.
  const feed = await parseFeedIsolated(text, { url: feedUrl, contentType, fetchedAt }, { timeoutMs: limits.parseTimeoutMs, maxItems: limits.maxItems * 2 });
  // Feed-level problems (broken XML read leniently, duplicate GUIDs...) are worth a line; per-item gaps are not.
  for (const w of feed.warnings.slice(0, 3)) warn(`warning: ${w}`);
  const fullTextBelow = opts.fullTextBelowChars ?? 600;
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const item of feed.items) {
    const key = item.url ?? item.guid ?? `${item.title}|${item.summary}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (drafts.length === limits.maxItems) {
      warn(`warning: the feed lists ${feed.totalItems} items; took the first ${limits.maxItems} (TRACKER_MAX_ITEMS)`);
      break;
    }
    drafts.push(itemDraft(item, feedUrl));
  }
  if (opts.fullText === false) return drafts;
  // Full text only for items not stored yet: a re-run never refetches known pages.
  await mapPool(drafts, 2, async (draft) => {
    if (!draft.url || draft.bodyText.length >= fullTextBelow) return;
    if (writer.isKnownUrl(canonicalizeUrl(draft.url))) return;
    try {
      const page = await fetchUrl(draft.url, { ...opts.fetch, kind: 'page', allowPrivate });
      const extracted = extractArticle(page.text, page.url, { fetchedAt });
      // A consent wall or paywall page is longer than many summaries but is not the article.
      if (extracted.bodyText.length > draft.bodyText.length && !looksLikeWall(extracted.bodyText)) {
        draft.bodyText = extracted.bodyText;
        draft.canonicalUrl = draft.canonicalUrl ?? extracted.canonicalUrl;
        if (page.url !== draft.url) draft.extraUrls = [...(draft.extraUrls ?? []), page.url];
        draft.author = draft.author ?? extracted.author;
        draft.publishedAt = draft.publishedAt ?? extracted.publishedAt;
        draft.title = draft.title ?? extracted.title;
      }
    } catch (err) {
      // The feed's summary is still worth storing; say why the page was not used.
      const { code, message } = describeError(err);
      warn(`full text not fetched for ${draft.url} (${code}: ${message}); stored the feed summary`);
    }
  });
  return drafts;
}

function itemDraft(item: ParsedItem, feedUrl: string): Draft {
  const body = item.bodyText?.trim() || contentHtmlToText(item.contentHtml);
  return {
    url: item.url,
    guid: item.guid,
    originUrl: feedUrl,
    canonicalUrl: item.canonicalUrl,
    title: item.title,
    author: item.author,
    publishedAt: item.publishedAt,
    summary: item.summary,
    bodyText: body || item.summary || '',
  };
}

/** One item's text capped at maxChars (a multi-megabyte item is an attack or a dump, not an article). */
function boundDraft(d: Draft, maxChars: number): Draft {
  const cut = (t: string | null) => (t && t.length > maxChars ? t.slice(0, maxChars) : t);
  if (d.bodyText.length <= maxChars && (d.summary?.length ?? 0) <= maxChars && (d.title?.length ?? 0) <= 1000) return d;
  return { ...d, bodyText: cut(d.bodyText) ?? '', summary: cut(d.summary), title: d.title && d.title.length > 1000 ? d.title.slice(0, 1000) : d.title };
}

