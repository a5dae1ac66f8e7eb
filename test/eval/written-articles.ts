/**
 * Articles the project wrote and annotated itself (data/<set>/<writer>/NNN-slug.json, the corpus's record-plus-gold
 * shape: entities, events, amounts and quantities). data/written is training data for the event model only (its
 * events): `npm run train` and every cross-validation fold train on it beside the gold corpus's training folds, and no CV
 * figure is scored on it (see data/written/README.md). data/unseen is the other way round: nothing trains on it, and
 * `npm run eval:unseen` scores the shipped tagger on it (data/unseen/README.md); data/fresh likewise, and its misses are
 * not read (data/fresh/README.md).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readArticleFile } from '../../ingest/importer/read-file.ts';
import type { GoldArticle } from './run-eval.ts';
import type { Gold } from './score.ts';

export const WRITTEN_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'written');
/** Articles by other writers, in the same shape, that nothing trains on: `npm run eval:unseen` scores the shipped model on them. */
export const UNSEEN_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'unseen');
/**
 * Articles by three more writers, written when data/unseen had been read to choose readings: nothing trains on them
 * and their misses are not read; `npm run eval:unseen -- --fresh` scores the shipped tagger on them (data/fresh/README.md).
 */
export const FRESH_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'fresh');

let cached: GoldArticle[] | null = null;

/**
 * Every written article, ids `written/<writer>-<file>`, in a fixed order (writer, then file name), each read the way
 * `tracker extract` reads a JSON record (as the corpus's are).
 */
export async function loadWrittenArticles(dir = WRITTEN_DIR, idPrefix = 'written'): Promise<GoldArticle[]> {
  if (dir === WRITTEN_DIR && cached) return cached;
  const out: GoldArticle[] = [];
  if (!existsSync(dir)) throw new Error(`written articles: ${dir} not found; it ships with the checkout (restore it with git checkout -- ${relative(resolve(import.meta.dirname, '..', '..'), dir)})`);
  const writers = readdirSync(dir).filter((w) => statSync(join(dir, w)).isDirectory()).sort();
  for (const writer of writers) {
    for (const f of readdirSync(join(dir, writer)).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(dir, writer, f);
      let gold: Gold;
      try {
        gold = (JSON.parse(readFileSync(path, 'utf8')) as { gold: Gold }).gold;
      } catch (err) {
        throw new Error(`written articles: ${path} is not valid JSON (${(err as Error).message}); fix or remove the file`);
      }
      if (!gold?.events) throw new Error(`written articles: ${path} has no gold.events; every written article annotates its events`);
      const rec = (await readArticleFile(path))[0];
      if (!rec) throw new Error(`written articles: ${path} gave no article; it needs title, body and published_at`);
      out.push({ id: `${idPrefix}/${writer}-${f.replace(/\.json$/, '')}`, gold, title: rec.title, body: rec.body, publishedAt: rec.publishedAt });
    }
  }
  if (dir === WRITTEN_DIR) cached = out;
  return out;
}

/** The writer of a written article, from its id (\`written/w3-012-slug\`, \`unseen/w10-004-slug\`): "w3", "w10". */
export function writerOf(id: string): string {
  return id.slice(id.indexOf('/') + 1).split('-')[0]!;
}

/** The written articles an eval trains on: all of them, or none when its command line says `--without-written`. */
export function writtenArticlesFor(args: string[]): Promise<GoldArticle[]> {
  return args.includes('--without-written') ? Promise.resolve([]) : loadWrittenArticles();
}
