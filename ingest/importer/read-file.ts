/**
 * Reads local files into article records for `tracker extract` and
 * `tracker import` (interface.md: plain text or Markdown, HTML pages,
 * RSS/Atom/JSON Feed files, JSON records). One file may hold several
 * articles (a feed, a JSON array).
 */
import { constants, open, lstat, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { extname, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBytes } from '../fetch/index.ts';
import { parseDate, detectKind, isFeedXml, isHtmlPage } from '../parse/index.ts';
import { parseFeedIsolated } from '../parse/isolated.ts';
import { extractArticle, contentHtmlToText } from '../extract/index.ts';
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
  /** Follow a symbolic link named on the command line (default: refuse it). */
  followSymlinks?: boolean;
  /** Largest file read, in bytes (default MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** A local article file is a page or a feed export; anything larger is not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Kernel and device trees: their "files" are the machine's secrets (/proc/self/environ) or endless (/dev/zero). */
const SYSTEM_TREES = /^\/(?:proc|sys|dev)(?:\/|$)/;

/**
 * The bytes of one regular file, refusing what an import must never read:
 * symbolic links (unless followSymlinks), devices, FIFOs and sockets (opened
 * non-blocking, checked on the open descriptor so a swap after the check
 * does not help), /proc, /sys and /dev, and files over maxBytes (read with
 * a bounded read, since /proc files claim size 0).
 */
export async function readBoundedFile(path: string, opts: { followSymlinks?: boolean; maxBytes?: number } = {}): Promise<Buffer> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    throw new FileReadError(path, `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path`, { cause: err });
  }
  if (SYSTEM_TREES.test(real)) throw new FileReadError(path, `refused: ${real} is a system file, not an article`);
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (opts.followSymlinks ? 0 : constants.O_NOFOLLOW);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new FileReadError(path, 'refused: it is a symbolic link (pass --follow-symlinks to import what it points to)', { cause: err });
    throw new FileReadError(path, `cannot read file (${code ?? 'error'}); check the path`, { cause: err });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileReadError(path, 'refused: not a regular file (a device, FIFO or socket)');
    if (info.size > maxBytes) throw new FileReadError(path, `refused: ${info.size} bytes is over the ${maxBytes}-byte limit for one file`);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new FileReadError(path, `refused: over the ${maxBytes}-byte limit for one file`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
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
  const bytes = await readBoundedFile(path, opts);
  const { text } = decodeBytes(bytes, null);
  const now = opts.now ?? new Date().toISOString();
  const fallbackDate = opts.publishedAt ?? now;
  const ext = extname(path).toLowerCase();
  const fileUrl = pathToFileURL(resolve(path)).href;

  const looksJson = detectKind(text) === 'json' && isJson(text.replace(/^\uFEFF/, ''));
  if (ext === '.json' || looksJson || isFeedXml(text) || ((ext === '.xml' || ext === '.rss' || ext === '.atom') && !isHtmlPage(text))) {
    try {
      // In the parser thread, as fetched feeds are: a hostile file fails alone (parse_timeout) and the
      // import's event loop stays free.
      const feed = await parseFeedIsolated(text, { url: fileUrl, contentType: looksJson || ext === '.json' ? 'application/json' : null, fetchedAt: now });
      return feed.items.map((item) => fromItem(file, item, fallbackDate)).filter((a): a is FileArticle => a !== null);
    } catch (err) {
      throw new FileReadError(file, (err as Error).message, { cause: err });
    }
  }
  if (ext === '.html' || ext === '.htm' || isHtmlPage(text)) {
    const page = extractArticle(text, fileUrl, { fetchedAt: now });
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
  const body = item.bodyText?.trim() || contentHtmlToText(item.contentHtml) || item.summary?.trim() || '';
  const title = item.title?.trim() || body.split('\n')[0]?.slice(0, 120) || '';
  if (!title && !body) return null;
  const url = item.url && !item.url.startsWith('file:') ? item.url : null;
  return {
    file, title, body, publishedAt: item.publishedAt ?? fallbackDate, dateFromFallback: !item.publishedAt,
    url, canonicalUrl: item.canonicalUrl, author: item.author, summary: item.summary,
  };
}

/**
 * Expands folders (recursively) into the importable files they hold, sorted
 * for stable runs. Symbolic links inside a folder are skipped (they could
 * lead anywhere on the machine) unless followSymlinks; then only links whose
 * target lies inside one of the given folders are taken.
 */
export async function expandPaths(paths: string[], opts: { followSymlinks?: boolean } = {}): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const out: string[] = [];
  const roots = paths.map((p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  });
  const seen = new Set<string>();
  const inside = (target: string) => roots.some((root) => target === root || target.startsWith(root.endsWith('/') ? root : `${root}/`));
  for (const p of paths) {
    let s;
    try {
      s = (await lstat(p)).isSymbolicLink() && !opts.followSymlinks ? await lstat(p) : await stat(p);
    } catch {
      throw new FileReadError(p, 'no such file or folder');
    }
    if (s.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => (e.isFile() || (opts.followSymlinks && e.isSymbolicLink())) && IMPORTABLE_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
        .map((e) => resolve(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .sort()
        .filter((f) => {
          if (!opts.followSymlinks) return true;
          try {
            // Inside the given folders only, and a file reached by two names is read once.
            const real = realpathSync(f);
            if (!inside(real) || seen.has(real)) return false;
            seen.add(real);
            return true;
          } catch {
            return false;
          }
        });
      out.push(...files);
    } else out.push(p);
  }
  return out;
}
