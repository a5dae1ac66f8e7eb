/**
 * Stores articles once: an item seen again (same URL, same canonical URL,
 * or the same text under another URL when that is safe, see same-text.ts)
 * becomes a new URL of the stored article, never a second article; each URL
 * keeps the title it was seen with. Callers wrap calls in a transaction
 * (one per batch of a source, see ingest/run/ingest.ts).
 */
import type Database from 'better-sqlite3';
import type { ArticleInput } from '../model.ts';
import { safeToMergeByText } from './same-text.ts';

export interface StoreResult {
  articleId: number;
  isNew: boolean;
  /** The stored text changed (e.g. a summary replaced by the full text): tags must be redone. */
  textChanged: boolean;
}

export class ArticleStore {
  private readonly byUrl;
  private readonly byCanonical;
  private readonly byHash;
  private readonly insertArticle;
  private readonly insertUrl;
  private readonly getBody;
  private readonly updateText;

  constructor(private readonly sqlite: Database.Database) {
    this.byUrl = sqlite.prepare<[string], { article_id: number }>('SELECT article_id FROM article_urls WHERE url = ?');
    this.byCanonical = sqlite.prepare<[string], { id: number }>('SELECT id FROM articles WHERE canonical_url = ?');
    this.byHash = sqlite.prepare<[string], { id: number; title: string | null }>('SELECT id, title FROM articles WHERE content_hash = ? ORDER BY id LIMIT 5');
    this.insertArticle = sqlite.prepare(
      `INSERT INTO articles (source_id, url, canonical_url, title, author, published_at, fetched_at, summary, body_text, content_hash)
       VALUES (@sourceId, @url, @canonicalUrl, @title, @author, @publishedAt, @fetchedAt, @summary, @bodyText, @contentHash)`,
    );
    this.insertUrl = sqlite.prepare(
      'INSERT OR IGNORE INTO article_urls (article_id, url, source_id, first_seen_at, title) VALUES (?, ?, ?, ?, ?)',
    );
    this.getBody = sqlite.prepare<[number], { body_text: string }>('SELECT body_text FROM articles WHERE id = ?');
    this.updateText = sqlite.prepare(
      'UPDATE articles SET body_text = ?, content_hash = ?, title = ?, tagged_at = NULL WHERE id = ?',
    );
  }

  /** The article stored under this (canonical) URL, if any. */
  findByUrl(url: string): number | null {
    return this.byUrl.get(url)?.article_id ?? this.byCanonical.get(url)?.id ?? null;
  }

  findExisting(input: ArticleInput): number | null {
    for (const url of [input.canonicalUrl, ...input.seenUrls]) {
      const hit = this.byUrl.get(url);
      if (hit) return hit.article_id;
    }
    const canonical = this.byCanonical.get(input.canonicalUrl);
    if (canonical) return canonical.id;
    if (safeToMergeByText(input.bodyText, null, null)) {
      for (const same of this.byHash.all(input.contentHash)) {
        if (safeToMergeByText(input.bodyText, input.title, same.title)) return same.id;
      }
    }
    return null;
  }

  /** What store() would report, without writing: lets the caller tag outside the write transaction. */
  peek(input: ArticleInput): { isNew: boolean; textChanged: boolean } {
    const existing = this.findExisting(input);
    if (existing === null) return { isNew: true, textChanged: true };
    return { isNew: false, textChanged: this.improvesText(existing, input) };
  }

  /** A later copy with more text (full page instead of a feed summary) improves the stored article. */
  private improvesText(existing: number, input: ArticleInput): boolean {
    const stored = this.getBody.get(existing);
    return !!stored && input.bodyText.length > stored.body_text.length * 1.2 && input.bodyText.length - stored.body_text.length > 200;
  }

  store(input: ArticleInput, sourceId: number | null): StoreResult {
    const existing = this.findExisting(input);
    const urls = [...new Set([input.canonicalUrl, ...input.seenUrls])];
    if (existing !== null) {
      for (const url of urls) this.insertUrl.run(existing, url, sourceId, input.fetchedAt, input.title);
      const textChanged = this.improvesText(existing, input);
      if (textChanged) this.updateText.run(input.bodyText, input.contentHash, input.title, existing);
      return { articleId: existing, isNew: false, textChanged };
    }
    const info = this.insertArticle.run({ ...input, sourceId });
    const articleId = Number(info.lastInsertRowid);
    for (const url of urls) this.insertUrl.run(articleId, url, sourceId, input.fetchedAt, input.title);
    return { articleId, isNew: true, textChanged: true };
  }
}
