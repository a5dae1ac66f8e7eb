/**
 * Cross-article merging, measured. Every article of a gold corpus is stored,
 * oldest first, through storeTags into a throwaway SQLite file (as ingest
 * would), then the stored events are compared with the gold `event_key`s.
 *
 * Pairwise: a "mention" is one gold event of one article. Two mentions are a
 * gold pair when they share an event_key, a predicted pair when the
 * predicted events they were matched to (the scorer's matching rule) went to
 * the same stored event. Precision/recall/F1 over pairs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { readArticleFile } from '../../ingest/importer/read-file.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import type { Tagger } from '../../ingest/tag/index.ts';
import { listGoldFiles } from './run-eval.ts';
import { matchEvents, type Gold, type Prf } from './score.ts';

export interface MergeMention { article: string; key: string; summary: string; storedEventId: number | null }
export interface MergeResult { pairs: Prf; mentions: MergeMention[]; misses: string[] }

/** Pairwise precision/recall over mentions: gold pairs share a key, predicted pairs share a stored event. */
export function scoreMergePairs(mentions: MergeMention[]): { pairs: Prf; misses: string[] } {
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!, b = mentions[j]!;
      const gold = a.key === b.key;
      const pred = a.storedEventId !== null && a.storedEventId === b.storedEventId;
      if (gold && pred) tp++;
      else if (pred) { fp++; misses.push(`wrongly merged (event ${a.storedEventId}): ${a.key} in ${a.article} with ${b.key} in ${b.article}`); }
      else if (gold) { fn++; misses.push(`not merged: ${a.key} in ${a.article} (event ${a.storedEventId ?? 'unmatched'}) and ${b.article} (event ${b.storedEventId ?? 'unmatched'})`); }
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: { precision, recall, f1, tp, fp, fn }, misses };
}

export async function runMergeEval(dir: string, tagger: Tagger): Promise<MergeResult> {
  const files = await listGoldFiles(dir);
  const canon = (name: string) => tagger.gazetteer.canonicalName(name) ?? name;
  const loaded = [];
  for (const f of files) {
    const gold = (JSON.parse(await readFile(f.goldPath, 'utf8')) as { gold: Gold }).gold;
    const rec = (await readArticleFile(f.inputPath, f.publishedAt ? { publishedAt: f.publishedAt } : {}))[0];
    if (!rec) throw new Error(`merge eval: ${f.inputPath} gave no article; check the file`);
    loaded.push({ id: f.id, gold, rec });
  }
  // Oldest first, as a tracker running since the first article would have seen them.
  loaded.sort((a, b) => a.rec.publishedAt.localeCompare(b.rec.publishedAt) || a.id.localeCompare(b.id));

  const tmp = mkdtempSync(join(tmpdir(), 'merge-eval-'));
  const opened = openDb(join(tmp, 'tracker.db'));
  const mentions: MergeMention[] = [];
  try {
    const insertArticle = opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const { id, gold, rec } of loaded) {
      const url = `https://corpus.test/${id}`;
      const articleId = Number(insertArticle.run(url, url, rec.title, rec.publishedAt, rec.publishedAt, rec.body, `hash-${id}`).lastInsertRowid);
      const extraction = tagger.tag({ title: rec.title, body: rec.body, publishedAt: rec.publishedAt });
      const { eventIds } = opened.sqlite.transaction(() => storeTags(opened.db, articleId, extraction, { publishedAt: rec.publishedAt, now: rec.publishedAt }))();
      const storedOf = new Map(extraction.events.map((ev, i) => [ev, eventIds[i]!]));
      const pairs = new Map(matchEvents(gold.events, extraction.events, canon));
      for (const g of gold.events) {
        const p = pairs.get(g);
        mentions.push({ article: id, key: g.event_key ?? `${id}#${gold.events.indexOf(g)}`, summary: g.summary ?? '', storedEventId: p ? storedOf.get(p) ?? null : null });
      }
    }
  } finally {
    opened.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { ...scoreMergePairs(mentions), mentions };
}
