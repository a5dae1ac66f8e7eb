/**
 * Reads local files into article records for `tracker extract` and
 * `tracker import` (interface.md: plain text or Markdown, HTML pages,
 * RSS/Atom/JSON Feed files, JSON records). One file may hold several
 * articles (a feed, a JSON array).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from '../fetch/index.ts';
import { parseFeed, parseDate, firstElementAt } from '../parse/index.ts';
import { extractArticle, htmlToText, isHtmlPage } from '../extract/index.ts';
import type { ParsedItem } from '../model.ts';

export interface FileArticle {
  /** Path of the file the record came from. */
  file: string;
  title: string;
  body: string;
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** True when the file gave no date and the fallback was used. */
  dateFromFallback: boolean;
  url: string | null;
  canonicalUrl: string | null;
  author: string | null;
  summary: string | null;
}

export interface ReadOptions {
  /** Date for records that carry none (default: now). */
  publishedAt?: string;
  now?: string;
}

export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.xml', '.rss', '.atom'];

export class FileReadError extends Error {
  readonly code = 'bad_file';
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'FileReadError';
  }
}

export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<FileArticle[]> {
  const file = path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new FileReadError(file, `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path`, { cause: err });
  }
  const { text } = decodeBytes(bytes, null);
  const now = opts.now ?? new Date().toISOString();
  const fallbackDate = opts.publishedAt ?? now;
  const ext = extname(path).toLowerCase();
  const fileUrl = pathToFileURL(resolve(path)).href;
  const trimmed = text.trimStart();

  const looksJson = (trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(trimmed);
  // A linear prolog scan: a pattern like (<!--[\s\S]*?-->\s*)* backtracks exponentially on a run of comments.
  const looksFeed = /^<(rss|feed|rdf:RDF)\b/i.test(firstElementAt(trimmed));
  if (ext === '.json' || looksJson || looksFeed || ((ext === '.xml' || ext === '.rss' || ext === '.atom') && !isHtmlPage(text))) {
    try {
      const feed = await parseFeed(text, { url: fileUrl, contentType: looksJson || ext === '.json' ? 'application/json' : null, fetchedAt: now });
      return feed.items.map((item) => fromItem(file, item, fallbackDate)).filter((a): a is FileArticle => a !== null);
    } catch (err) {
      throw new FileReadError(file, (err as Error).message, { cause: err });
    }
  }
  if (ext === '.html' || ext === '.htm' || isHtmlPage(text)) {
    const page = extractArticle(text, fileUrl);
    const title = page.title ?? basename(path, ext);
    if (!page.bodyText.trim()) throw new FileReadError(file, 'no article text found in this HTML page');
    return [{
      file, title, body: page.bodyText, publishedAt: page.publishedAt ?? fallbackDate, dateFromFallback: !page.publishedAt,
      url: page.canonicalUrl, canonicalUrl: page.canonicalUrl, author: page.author, summary: page.description,
    }];
  }
  return [fromPlainText(file, text, opts.publishedAt ?? null, now)];
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plain text or Markdown: the first line (or `# ` heading) is the title. A
 * short date line under it ("- 16 hours ago", "Published March 3, 2026")
 * dates the article, relative to the import time, unless a date was given.
 */
function fromPlainText(file: string, text: string, givenDate: string | null, now: string): FileArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new FileReadError(file, 'the file is empty');
  const title = lines[first].replace(/^#+\s*/, '').trim();
  const body = lines.slice(first + 1).join('\n').trim();
  const found = givenDate ? null : dateLine(lines.slice(first + 1, first + 6), now);
  const publishedAt = givenDate ?? found ?? now;
  return { file, title, body, publishedAt, dateFromFallback: !givenDate && !found, url: null, canonicalUrl: null, author: null, summary: null };
}

const DATE_LINE_MAX = 48;

function dateLine(lines: string[], now: string): string | null {
  for (const raw of lines) {
    const line = raw.replace(/^[-*•·\s]+/, '').replace(/^(published|updated|posted|date)\s*:?\s*/i, '').trim();
    if (!line || line.length > DATE_LINE_MAX || !/\d|yesterday|today/i.test(line)) continue;
    const date = parseDate(line, now);
    if (date) return date;
  }
  return null;
}

function fromItem(file: string, item: ParsedItem, fallbackDate: string): FileArticle | null {
  const body = item.bodyText?.trim() || (item.contentHtml ? htmlToText(item.contentHtml) : '') || item.summary?.trim() || '';
  const title = item.title?.trim() || body.split('\n')[0]?.slice(0, 120) || '';
  if (!title && !body) return null;
  const url = item.url && !item.url.startsWith('file:') ? item.url : null;
  return {
    file, title, body, publishedAt: item.publishedAt ?? fallbackDate, dateFromFallback: !item.publishedAt,
    url, canonicalUrl: item.canonicalUrl, author: item.author, summary: item.summary,
  };
}

/** Expands folders (recursively) into the importable files they hold, sorted for stable runs. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      throw new FileReadError(p, 'no such file or folder');
    }
    if (s.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && IMPORTABLE_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
        .map((e) => resolve(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .sort();
      out.push(...files);
    } else out.push(p);
  }
  return out;
}
