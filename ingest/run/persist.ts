/**
 * The store step shared by `ingest` and `import`: store an article once,
 * and tag it when its text is new or changed.
 *
 * Tagging is CPU work (milliseconds an article); it runs before the write
 * transaction, one article at a time with the event loop let go between
 * articles, and the transaction then stores a batch of articles with their
 * ready tags, so an article never exists without its tags and a huge feed
 * neither blocks the process nor holds the write lock for minutes.
 */
import type { OpenedDb } from '../../db/open.ts';
import type { ArticleInput } from '../model.ts';
import { ArticleStore, type StoreResult } from '../store/articles.ts';
import { storeTags } from '../store/tags.ts';
import type { Extraction, TagInput } from '../tag/types.ts';

export interface Tagger {
  tag(input: TagInput): Extraction;
}

/** Articles stored per write transaction. */
export const WRITE_BATCH = 25;
/** Amounts, quantities and events kept per article: a page listing thousands of figures is a table, not news. */
export const MAX_TAGS_PER_KIND = 200;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ArticleWriter {
  private readonly store: ArticleStore;

  constructor(private readonly opened: OpenedDb, private readonly tagger: Tagger | null) {
    this.store = new ArticleStore(opened.sqlite);
  }

  /** True when an article is already stored under this (canonical) URL (so its page need not be fetched again). */
  isKnownUrl(canonicalUrl: string): boolean {
    return this.store.findByUrl(canonicalUrl) !== null;
  }

  /** Tags computed for an article about to be written, or null when storing it will not need them. */
  prepare(input: ArticleInput): Extraction | null {
    if (!this.tagger) return null;
    const { isNew, textChanged } = this.store.peek(input);
    return isNew || textChanged ? this.tag(input) : null;
  }

  /** Stores one article (inside the caller's transaction) with tags from prepare(), tagging inline only if prepare() guessed wrong. */
  write(input: ArticleInput, sourceId: number | null, now: string, prepared: Extraction | null = null): StoreResult {
    const result = this.store.store(input, sourceId);
    if (this.tagger && (result.isNew || result.textChanged)) {
      const extraction = prepared ?? this.tag(input);
      // storeTags also records articles.promotional and tagged_at.
      storeTags(this.opened.db, result.articleId, extraction, { publishedAt: input.publishedAt, now });
    }
    return result;
  }

  /**
   * Stores inputs in batches: tags each outside the transaction (yielding
   * between articles), then writes the batch in one transaction. `finish`
   * runs inside the last batch's transaction (e.g. the source's health).
   * Returns how many articles were new.
   */
  async writeAll(inputs: ArticleInput[], sourceId: number | null, now: string, finish?: () => void): Promise<number> {
    let itemsNew = 0;
    for (let start = 0; start < inputs.length || start === 0; start += WRITE_BATCH) {
      const batch = inputs.slice(start, start + WRITE_BATCH);
      const prepared: (Extraction | null)[] = [];
      for (const input of batch) {
        prepared.push(this.prepare(input));
        if (this.tagger) await yieldToEventLoop();
      }
      const last = start + WRITE_BATCH >= inputs.length;
      this.opened.sqlite.transaction(() => {
        batch.forEach((input, i) => {
          if (this.write(input, sourceId, now, prepared[i]).isNew) itemsNew++;
        });
        if (last) finish?.();
      })();
      if (last) break;
    }
    return itemsNew;
  }

  private tag(input: ArticleInput): Extraction {
    return capExtraction(this.tagger!.tag({ title: input.title, body: input.bodyText, publishedAt: input.publishedAt }));
  }
}

function capExtraction(x: Extraction): Extraction {
  const cap = MAX_TAGS_PER_KIND;
  if (x.amounts.length <= cap && x.quantities.length <= cap && x.events.length <= cap) return x;
  return { ...x, amounts: x.amounts.slice(0, cap), quantities: x.quantities.slice(0, cap), events: x.events.slice(0, cap) };
}
