/**
 * Turns any adapter's RawFeed into the one ParsedFeed model: absolute links,
 * ISO dates, plain-text summaries, and a warning for every gap instead of
 * an error (a broken item should not cost the rest of the feed).
 */
import type { ParsedFeed, ParsedItem } from '../model.ts';
import { parseDate } from '../common/dates.ts';
import type { RawFeed, RawItem } from './raw.ts';
import { collapse, htmlToLine } from '../common/html-text.ts';
import { publicUrl } from '../fetch/redact.ts';

export function finalizeFeed(raw: RawFeed, fetchedAt: string): ParsedFeed {
  const warnings = [...raw.warnings];
  const items: ParsedItem[] = [];
  const seenGuids = new Set<string>();
  raw.items.forEach((rawItem, index) => {
    let item: ParsedItem;
    try {
      item = finalizeItem(rawItem, fetchedAt);
    } catch (err) {
      // One pathological item (nesting deep enough to overflow the stack) costs that item, not the feed.
      if (!(err instanceof RangeError)) throw err;
      warnings.push(`item ${index + 1} could not be read (${err.message}); skipped it`);
      return;
    }
    if (item.guid !== null) {
      if (seenGuids.has(item.guid)) {
        warnings.push(`item ${index + 1} repeats GUID ${item.guid}; kept the first item with it`);
        return;
      }
      seenGuids.add(item.guid);
    }
    items.push(item);
  });
  return {
    format: raw.format,
    title: htmlToLine(raw.title),
    link: absoluteUrl(raw.link, raw.base),
    items,
    warnings,
  };
}

function finalizeItem(raw: RawItem, fetchedAt: string): ParsedItem {
  const warnings: string[] = [];
  const url = absoluteUrl(raw.link, raw.base);
  if (!url) warnings.push(raw.link ? `item link "${raw.link}" is not a usable URL` : 'item has no link');
  const title = raw.titleIsHtml ? htmlToLine(raw.title) : nonEmpty(raw.title?.trim());
  if (!title) warnings.push('item has no title');
  return {
    url,
    guid: nonEmpty(raw.guid?.trim()),
    title,
    author: authorName(raw.author),
    publishedAt: pickDate(raw.dates, fetchedAt, warnings),
    summary: raw.summaryIsHtml ? htmlToLine(raw.summary) : raw.summary ? collapse(raw.summary) : null,
    contentHtml: nonEmpty(raw.contentHtml?.trim()),
    bodyText: nonEmpty(raw.bodyText?.trim()),
    canonicalUrl: absoluteUrl(raw.canonicalUrl, raw.base),
    warnings,
  };
}

/** RSS <author> is "email (Name)" by spec and "Name (email)" in practice; the name is what readers want. */
function authorName(raw: string | null): string | null {
  const author = raw ? collapse(raw) : null;
  if (!author) return null;
  const m = /^(?:\S+@\S+\s*\((.+)\)|(.+?)\s*[(<]\s*\S+@\S+\s*[)>])$/.exec(author);
  return m ? (m[1] ?? m[2]).trim() : author;
}

function pickDate(dates: string[], fetchedAt: string, warnings: string[]): string | null {
  const present = dates.map((d) => d.trim()).filter(Boolean);
  for (const value of present) {
    const parsed = parseDate(value, fetchedAt);
    if (parsed) return parsed;
  }
  warnings.push(present.length ? `unreadable date "${present[0].slice(0, 80)}"` : 'item has no date');
  return null;
}

function nonEmpty(value: string | null | undefined): string | null {
  return value ? value : null;
}

/** Absolute http(s)/file URL of a link as written, resolved against the base in scope; null when it cannot be one. */
export function absoluteUrl(link: string | null | undefined, base: string): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, safeBase(base));
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Resolves one xml:base against the base in scope (xml:base may itself be relative). */
export function resolveBase(xmlBase: string | undefined, parentBase: string): string {
  if (!xmlBase?.trim()) return parentBase;
  try {
    return new URL(xmlBase.trim(), safeBase(parentBase)).href;
  } catch {
    return parentBase;
  }
}

/** The base relative links resolve against, without the feed URL's credentials or API key (a relative link must not inherit them). */
function safeBase(base: string): string | undefined {
  try {
    return new URL(publicUrl(base)).href;
  } catch {
    return undefined;
  }
}
