/**
 * Stores articles once: an item seen again (same URL, same canonical URL,
 * or the same text under another URL) becomes a new URL of the stored
 * article, never a second article. Callers wrap calls in a transaction
 * (one per source per run, see ingest/run/ingest.ts).
 */
import type Database from 'better-sqlite3';
import type { ArticleInput } from '../model.ts';

/** Bodies shorter than this are too generic ("Read more...") to dedupe by hash. */
const MIN_HASHABLE_BODY = 200;

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
    this.byHash = sqlite.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1');
    this.insertArticle = sqlite.prepare(
      `INSERT INTO articles (source_id, url, canonical_url, title, author, published_at, fetched_at, summary, body_text, content_hash)
       VALUES (@sourceId, @url, @canonicalUrl, @title, @author, @publishedAt, @fetchedAt, @summary, @bodyText, @contentHash)`,
    );
    this.insertUrl = sqlite.prepare(
      'INSERT OR IGNORE INTO article_urls (article_id, url, source_id, first_seen_at) VALUES (?, ?, ?, ?)',
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
    if (input.bodyText.length >= MIN_HASHABLE_BODY) {
      const same = this.byHash.get(input.contentHash);
      if (same) return same.id;
    }
    return null;
  }

  store(input: ArticleInput, sourceId: number | null): StoreResult {
    const existing = this.findExisting(input);
    const urls = [...new Set([input.canonicalUrl, ...input.seenUrls])];
    if (existing !== null) {
      for (const url of urls) this.insertUrl.run(existing, url, sourceId, input.fetchedAt);
      // A later copy with more text (full page instead of a feed summary) improves the stored article.
      const stored = this.getBody.get(existing);
      const textChanged = !!stored && input.bodyText.length > stored.body_text.length * 1.2 && input.bodyText.length - stored.body_text.length > 200;
      if (textChanged) this.updateText.run(input.bodyText, input.contentHash, input.title, existing);
      return { articleId: existing, isNew: false, textChanged };
    }
    const info = this.insertArticle.run({ ...input, sourceId });
    const articleId = Number(info.lastInsertRowid);
    for (const url of urls) this.insertUrl.run(articleId, url, sourceId, input.fetchedAt);
    return { articleId, isNew: true, textChanged: true };
  }
}
