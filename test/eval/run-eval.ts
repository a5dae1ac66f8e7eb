/**
 * Runs the tagger over a gold corpus (a dir with train/*.json, dev/*.json
 * and/or seeds/*.gold.json, shaped like ../shared/corpus) through the same
 * path as `tracker extract`: readArticleFile, then createTagger().tag().
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve, dirname, basename } from 'node:path';
import { readArticleFile } from '../../ingest/importer/read-file.ts';
import { createTagger, type Tagger } from '../../ingest/tag/index.ts';
import { matchEvents, scoreArticle, scoreCorpus, type ArticleScore, type CorpusScore, type Gold } from './score.ts';
import type { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import type { LabelEvents } from '../../ingest/tag/learn/train-keep.ts';

/** Seeds 000-002 carry no date; the corpus README fixes theirs. */
const SEED_DEFAULT_PUBLISHED_AT = '2026-03-27T12:00:00Z';

export interface EvalResult { corpus: CorpusScore; articles: ArticleScore[] }

async function exists(p: string): Promise<boolean> {
  try { await stat(p); return true; } catch { return false; }
}

export interface GoldFile { id: string; goldPath: string; inputPath: string; publishedAt?: string }

export async function listGoldFiles(dir: string): Promise<GoldFile[]> {
  const out: GoldFile[] = [];
  // train/THEME-NNN-slug.json: the same record-plus-gold shape as dev/.
  const train = join(dir, 'train');
  if (await exists(train)) {
    for (const f of (await readdir(train)).filter((f) => f.endsWith('.json')).sort()) {
      out.push({ id: `train/${f.replace(/\.json$/, '')}`, goldPath: join(train, f), inputPath: join(train, f) });
    }
  }
  const dev = join(dir, 'dev');
  if (await exists(dev)) {
    for (const f of (await readdir(dev)).filter((f) => f.endsWith('.json')).sort()) {
      out.push({ id: `dev/${f.replace(/\.json$/, '')}`, goldPath: join(dev, f), inputPath: join(dev, f) });
    }
  }
  const seeds = join(dir, 'seeds');
  if (await exists(seeds)) {
    for (const f of (await readdir(seeds)).filter((f) => f.endsWith('.gold.json')).sort()) {
      const goldPath = join(seeds, f);
      const g = JSON.parse(await readFile(goldPath, 'utf8')) as { file: string; published_at?: string };
      const inputPath = resolve(dirname(goldPath), g.file);
      // JSON records carry their own date; plain-text seeds take the README's.
      const publishedAt = inputPath.endsWith('.json') ? undefined : (g.published_at ?? SEED_DEFAULT_PUBLISHED_AT);
      out.push({ id: `seeds/${basename(f, '.gold.json')}`, goldPath, inputPath, publishedAt });
    }
  }
  if (out.length === 0) throw new Error(`eval: no gold files under ${dir} (expected train/*.json, dev/*.json or seeds/*.gold.json); pass the corpus directory`);
  return out;
}

/** One gold article read the way `tracker extract` reads it. */
export interface GoldArticle { id: string; gold: Gold; title: string; body: string; publishedAt: string }

export async function loadGoldArticles(dir: string): Promise<GoldArticle[]> {
  const out: GoldArticle[] = [];
  for (const f of await listGoldFiles(dir)) {
    const gold = (JSON.parse(await readFile(f.goldPath, 'utf8')) as { gold: Gold }).gold;
    const records = await readArticleFile(f.inputPath, f.publishedAt ? { publishedAt: f.publishedAt } : {});
    const rec = records[0];
    if (!rec) throw new Error(`eval: ${f.inputPath} gave no article; check the file`);
    out.push({ id: f.id, gold, title: rec.title, body: rec.body, publishedAt: rec.publishedAt });
  }
  return out;
}

/** Tags and scores already loaded gold articles. */
export function scoreGoldArticles(articles: GoldArticle[], tagger: Tagger): EvalResult {
  const canon = (name: string) => tagger.gazetteer.canonicalName(name) ?? name;
  const scores: ArticleScore[] = articles.map((a) => scoreArticle(a.id, a.gold, tagger.tag({ title: a.title, body: a.body, publishedAt: a.publishedAt }), canon));
  return { corpus: scoreCorpus(scores), articles: scores };
}

export async function runEval(dir: string, tagger: Tagger = createTagger()): Promise<EvalResult> {
  return scoreGoldArticles(await loadGoldArticles(dir), tagger);
}

/** The second stage's labels (learn/train-keep.ts): a telling is true when the scorer can pair it with some gold event. */
export function goldEventLabels(gazetteer: Gazetteer): LabelEvents<GoldArticle> {
  const canon = (name: string) => gazetteer.canonicalName(name) ?? name;
  return (a, events) => new Set(events.filter((e) => matchEvents(a.gold.events, [e], canon).length > 0));
}
