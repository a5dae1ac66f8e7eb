/**
 * The store step shared by `ingest` and `import`: store an article once,
 * and tag it when its text is new or changed. Runs inside the caller's
 * transaction so an article never exists without its tags.
 */
import type { OpenedDb } from '../../db/open.ts';
import type { ArticleInput } from '../model.ts';
import { ArticleStore, type StoreResult } from '../store/articles.ts';
import { storeTags } from '../store/tags.ts';
import type { Extraction, TagInput } from '../tag/types.ts';

export interface Tagger {
  tag(input: TagInput): Extraction;
}

export class ArticleWriter {
  private readonly store: ArticleStore;

  constructor(private readonly opened: OpenedDb, private readonly tagger: Tagger | null) {
    this.store = new ArticleStore(opened.sqlite);
  }

  /** True when an article is already stored under this URL (so its page need not be fetched again). */
  isKnownUrl(canonicalUrl: string): boolean {
    return this.store.findByUrl(canonicalUrl) !== null;
  }

  write(input: ArticleInput, sourceId: number | null, now: string): StoreResult {
    const result = this.store.store(input, sourceId);
    if (this.tagger && (result.isNew || result.textChanged)) {
      const extraction = this.tagger.tag({ title: input.title, body: input.bodyText, publishedAt: input.publishedAt });
      // storeTags also records articles.promotional and tagged_at.
      storeTags(this.opened.db, result.articleId, extraction, { publishedAt: input.publishedAt, now });
    }
    return result;
  }
}
