/**
 * Turns what a parser or importer found into an ArticleInput: the one
 * place where title, date, URL and text fallbacks are decided.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../model.ts';
import { canonicalizeUrl, contentHash } from '../store/canonical.ts';
import { publicUrl } from '../fetch/redact.ts';
import { stripControlChars } from './control-chars.ts';

export interface Draft {
  url: string | null;
  guid?: string | null;
  /** Where the item came from, to give link-less items a stable identity. */
  originUrl: string;
  canonicalUrl?: string | null;
  extraUrls?: string[];
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  summary: string | null;
  bodyText: string;
}

const TITLE_FALLBACK_CHARS = 110;

/** Returns null when the draft has nothing worth storing. */
export function toArticleInput(d: Draft, fetchedAt: string): ArticleInput | null {
  const body = stripControlChars(d.bodyText).trim();
  const summary = stripControlChars(d.summary ?? null)?.trim() || null;
  const text = body || summary || '';
  const title = stripControlChars(d.title ?? null)?.replace(/\s+/g, ' ').trim() || firstWords(text);
  // A bare title with neither link nor text (e.g. a truncated feed's last item) says nothing worth keeping.
  if ((!title && !text) || (!d.url && !text)) return null;
  // Stored URLs are public (pages, the database download): credentials and API keys stay with the source.
  const url = publicUrl(d.url ?? syntheticUrl(d));
  const canonicalUrl = canonicalizeUrl(d.canonicalUrl || url);
  const seen = new Set([canonicalizeUrl(url), ...(d.extraUrls ?? []).map(canonicalizeUrl)]);
  seen.delete(canonicalUrl);
  return {
    url,
    canonicalUrl,
    seenUrls: [...seen],
    title,
    author: stripControlChars(d.author ?? null)?.trim() || null,
    publishedAt: d.publishedAt ?? fetchedAt,
    fetchedAt,
    summary: summary && summary !== text ? summary.slice(0, 1000) : summary?.slice(0, 1000) ?? null,
    bodyText: text,
    contentHash: contentHash(text),
  };
}

/** An item without a link gets a stable URL under its feed: its GUID, else a hash of what it says. */
function syntheticUrl(d: Draft): string {
  if (d.guid && /^https?:\/\//i.test(d.guid)) return d.guid;
  const key = d.guid || `${d.title ?? ''}\n${d.bodyText || d.summary || ''}`;
  return `${publicUrl(d.originUrl).replace(/#.*$/, '')}#item-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function firstWords(text: string): string {
  const first = text.split(/\n/)[0]?.trim() ?? '';
  if (first.length <= TITLE_FALLBACK_CHARS) return first;
  return `${first.slice(0, TITLE_FALLBACK_CHARS).replace(/\s+\S*$/, '')}…`;
}
