/**
 * Cross-article merging, measured. Every article of a gold corpus is stored,
 * oldest first, through storeTags into a throwaway SQLite file (as ingest
 * would), then what was stored is compared with the gold, pairwise:
 *
 * - events: a "mention" is one gold event of one article. Two mentions are a
 *   gold pair when they share an event_key, a predicted pair when the
 *   predicted events they were matched to (the scorer's matching rule) went
 *   to the same stored event.
 * - stories: two articles are a gold pair when both report one happening as
 *   news (a shared event_key dated no more than STORY_NEWS_DAYS before either
 *   article: a happening recalled months later as background is not the same
 *   news), a predicted pair when they share a story.
 * - figures: a gold figure is a gold amount (or quantity) with its owner,
 *   category, period and value; two mentions in different articles are a
 *   gold pair when those agree, a predicted pair when the amounts they were
 *   matched to (same currency or kind, value within 0.5% / 1%) went to the
 *   same stored figure.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { readArticleFile } from '../../ingest/importer/read-file.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { cosine, jaccardEstimate, passageVectors, shareHappening as reportOneHappening, wordsOnly, TOPIC_COSINE, TOPIC_COSINE_PER_DAY, TOPIC_WINDOW_DAYS, UNSHARED_TOPIC_COSINE } from '../../ingest/store/stories.ts';
import { sameValue } from '../../ingest/store/figures.ts';
import type { Tagger } from '../../ingest/tag/index.ts';
import { listGoldFiles } from './run-eval.ts';
import { matchEvents, type Gold, type GoldEvent, type Prf } from './score.ts';
import type { ExtractedEvent } from '../../ingest/tag/types.ts';
import { classifyEventPair, classifyFigurePair, classifyStoryPair, tally, type Causes } from './merge-why.ts';

export interface MergeMention {
  article: string; key: string; summary: string; storedEventId: number | null;
  /** The gold event, and the extracted event it was matched to (none: the tagger missed it). */
  gold?: GoldEvent; pred?: ExtractedEvent | null;
}
export interface MergeResult {
  pairs: Prf;
  /** Events recall over gold pairs whose two mentions the tagger extracted (what merging alone can reach). */
  extractedRecall: number; mentions: MergeMention[]; misses: string[];
  stories: Prf; storyMisses: string[];
  /** Story pairs within each theme (train/ themes, dev/). */
  storiesByTheme: Record<string, Prf>;
  /** Leave-one-theme-out choice of PASSAGE_COSINE (stories.ts), one line per fold. */
  passageCv: string[];
  /** Leave-one-theme-out choice of TOPIC_COSINE (stories.ts), one line per fold and the mean held-out line. */
  topicCv: string[];
  figures: Prf; figureMisses: string[];
  /** Gold figures reported by several articles that count more than once in `spend` (rows with counted = 1). */
  countedTwice: string[];
  /** Events and figures pairs within each theme, as for stories. */
  eventsByTheme: Record<string, Prf>; figuresByTheme: Record<string, Prf>;
  /** Each error put down to its cause (merge-why.ts). */
  why: { stories: Causes; events: Causes; figures: Causes };
}

/**
 * train/'s five writers prefixed their keys with their theme ("money-meta-2025-capex-guidance-2025-07"); dev/ did
 * not ("meta-2025-capex-guidance-2025-07"). Without the prefix, one happening has one key across writers.
 */
export const sameHappening = (key: string) => key.replace(/^(?:land|power|money|rules|build)-/, '');

/** A happening dated this many days or fewer before an article is news in it; older, it is background. */
const STORY_NEWS_DAYS = 14;

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Pairwise precision/recall over items: gold pairs share a key, predicted pairs share a stored id; items of one article are never paired. */
export function scorePairs<T extends { article: string }>(items: T[], gold: (a: T, b: T) => boolean, pred: (a: T, b: T) => boolean, describe: (a: T, b: T, kind: 'wrongly merged' | 'not merged') => string) {
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!, b = items[j]!;
      if (a.article === b.article) continue;
      const g = gold(a, b), p = pred(a, b);
      if (g && p) tp++;
      else if (p) { fp++; misses.push(describe(a, b, 'wrongly merged')); }
      else if (g) { fn++; misses.push(describe(a, b, 'not merged')); }
    }
  }
  return { pairs: prf(tp, fp, fn), misses };
}

/** Pairwise precision/recall over event mentions: gold pairs share a key, predicted pairs share a stored event. */
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
  return { pairs: prf(tp, fp, fn), misses };
}

/** Gold files of the given subfolders (train/, dev/: each file is an input record with its gold). */
async function listRecordFiles(dir: string, subdirs: string[]) {
  const out: Array<{ id: string; goldPath: string; inputPath: string; publishedAt?: string }> = [];
  for (const sub of subdirs) {
    const d = join(dir, sub);
    if (!existsSync(d)) throw new Error(`merge eval: ${d} not found; pass the shared corpus directory`);
    for (const f of (await readdir(d)).filter((f) => f.endsWith('.json')).sort()) out.push({ id: `${sub}/${f.replace(/\.json$/, '')}`, goldPath: join(d, f), inputPath: join(d, f) });
  }
  return out;
}

/** The last day a gold date (YYYY, YYYY-MM or YYYY-MM-DD) covers. */
function lastDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  return d ? Date.UTC(y, m! - 1, d) : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
}

interface StoryItem {
  article: string; pub: string; body: string; allKeys: Set<string>; newsKeys: Set<string>; stories: Set<number>; weights: Record<string, number>; minhash: number[];
  /** The happenings storing kept for the article (type:actor id), as assignStory read them. */
  happenings: string[] | null;
}
export interface FigureItem {
  article: string; key: string; value: number; valueMin: number | null; owned: boolean; text: string; figureId: number | null;
  /** Gold owner (canonical, lower case), category (or kind) and period. */
  goldOwner: string; goldCategory: string; goldPeriod: string;
  /** What the tagger stored for the mention it was matched to (null: no mention matched). */
  stored: { owner: string; category: string; period: string; estimate: number } | null;
}

export async function runMergeEval(dir: string, tagger: Tagger, opts: { subdirs?: string[] } = {}): Promise<MergeResult> {
  const files = opts.subdirs ? await listRecordFiles(dir, opts.subdirs) : await listGoldFiles(dir);
  const canon = (name: string) => tagger.gazetteer.canonicalName(name) ?? name;
  const canonLower = (name: string) => (name ? canon(name).toLowerCase() : '');
  const loaded = [];
  for (const f of files) {
    const gold = (JSON.parse(await readFile(f.goldPath, 'utf8')) as { gold: Gold }).gold;
    const rec = (await readArticleFile(f.inputPath, f.publishedAt ? { publishedAt: f.publishedAt } : {}))[0];
    if (!rec) throw new Error(`merge eval: ${f.inputPath} gave no article; check the file`);
    loaded.push({ id: f.id, gold, rec });
  }
  // Oldest first, as a tracker running since the first article would have seen them.
  loaded.sort((a, b) => a.rec.publishedAt.localeCompare(b.rec.publishedAt) || a.id.localeCompare(b.id));

  // MERGE_EVAL_DB keeps the database for inspection (a path that does not exist yet); else a throwaway file.
  const keep = process.env.MERGE_EVAL_DB;
  const tmp = mkdtempSync(join(tmpdir(), 'merge-eval-'));
  const opened = openDb(keep ?? join(tmp, 'tracker.db'));
  const mentions: MergeMention[] = [];
  const storyItems: StoryItem[] = [];
  const figureItems: FigureItem[] = [];
  const countedTwice: string[] = [];
  let storyDf = new Map<string, number>();
  try {
    const insertArticle = opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const articleIds = new Map<string, number>();
    for (const { id, gold, rec } of loaded) {
      const url = `https://corpus.test/${id}`;
      const articleId = Number(insertArticle.run(url, url, rec.title, rec.publishedAt, rec.publishedAt, rec.body, `hash-${id}`).lastInsertRowid);
      articleIds.set(id, articleId);
      if (process.env.MERGE_WHY_LINES) console.error(`ART ${articleId} ${id}`);
      const extraction = tagger.tag({ title: rec.title, body: rec.body, publishedAt: rec.publishedAt });
      const { eventIds } = opened.sqlite.transaction(() => storeTags(opened.db, articleId, extraction, { publishedAt: rec.publishedAt, now: rec.publishedAt }))();
      const storedOf = new Map(extraction.events.map((ev, i) => [ev, eventIds[i]!]));
      const pairs = new Map(matchEvents(gold.events, extraction.events, canon));
      for (const g of gold.events) {
        const p = pairs.get(g);
        mentions.push({ article: id, key: g.event_key ? sameHappening(g.event_key) : `${id}#${gold.events.indexOf(g)}`, summary: g.summary ?? '', storedEventId: p ? storedOf.get(p) ?? null : null, gold: g, pred: p ?? null });
      }
    }
    // Stories and figures are read once everything is stored: later articles join earlier stories and figures.
    const storiesOf = opened.sqlite.prepare('SELECT story_id FROM story_articles WHERE article_id = ?');
    const signatureOf = opened.sqlite.prepare('SELECT minhash, weights, happenings FROM story_signatures WHERE article_id = ?');
    const amountsOf = opened.sqlite.prepare(`SELECT a.value, a.value_min, a.currency, a.category, fm.figure_id, lower(coalesce(e.name, '')) AS owner,
      coalesce(a.period, '') AS period, a.estimate FROM amounts a LEFT JOIN entities e ON e.id = a.entity_id
      LEFT JOIN figure_mentions fm ON fm.amount_id = a.id WHERE a.article_id = ? AND a.conversion = 0`);
    const quantitiesOf = opened.sqlite.prepare(`SELECT q.value, q.value_min, q.kind, fm.figure_id, lower(coalesce(e.name, '')) AS owner FROM quantities q
      LEFT JOIN entities e ON e.id = q.entity_id LEFT JOIN figure_mentions fm ON fm.quantity_id = q.id WHERE q.article_id = ? AND q.conversion = 0`);
    // A happening has one date: the most precise any article's gold gives it (the earliest of equally precise ones).
    // A writer who gives only the year ("2025") does not make an October deal news in a late-December article.
    const keyDates = new Map<string, string>();
    for (const { gold } of loaded) for (const e of gold.events) {
      if (!e.event_key) continue;
      const k = sameHappening(e.event_key), d = keyDates.get(k);
      if (!d || e.date.length > d.length || (e.date.length === d.length && lastDay(e.date) < lastDay(d))) keyDates.set(k, e.date);
    }
    const happeningDate = (e: GoldEvent) => (process.env.MERGE_EVAL_OWN_DATES ? e.date : keyDates.get(sameHappening(e.event_key!)) ?? e.date);
    for (const { id, gold, rec } of loaded) {
      const articleId = articleIds.get(id)!;
      // Days, not hours: a happening 14 days before an article published in the afternoon is still within 14 days.
      const pub = Date.parse(rec.publishedAt.slice(0, 10));
      storyItems.push({
        article: id, pub: rec.publishedAt, body: rec.body,
        newsKeys: new Set(gold.events.filter((e) => e.event_key && lastDay(happeningDate(e)) >= pub - STORY_NEWS_DAYS * 86_400_000).map((e) => sameHappening(e.event_key!))),
        allKeys: new Set(gold.events.filter((e) => e.event_key).map((e) => sameHappening(e.event_key!))),
        stories: new Set((storiesOf.all(articleId) as Array<{ story_id: number }>).map((r) => r.story_id)),
        ...(() => {
          const sig = signatureOf.get(articleId) as { minhash: string; weights: string; happenings: string | null } | undefined;
          return { weights: sig ? JSON.parse(sig.weights) : {}, minhash: sig ? JSON.parse(sig.minhash) : [], happenings: sig?.happenings ? JSON.parse(sig.happenings) as string[] : null };
        })(),
      });
      const amounts = amountsOf.all(articleId) as Array<{ value: number; value_min: number | null; currency: string; category: string; figure_id: number | null; owner: string; period: string; estimate: number }>;
      const taken = new Set<number>();
      for (const g of gold.amounts as Array<Gold['amounts'][number] & { conversion?: boolean }>) {
        if (g.conversion) continue;
        const close = (x: number, y: number) => Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
        const i = amounts.findIndex((a, k) => !taken.has(k) && a.currency === g.currency && (close(a.value, g.value) || (a.value_min !== null && close(a.value_min, g.value))) && a.category === g.category);
        const j = i >= 0 ? i : amounts.findIndex((a, k) => !taken.has(k) && a.currency === g.currency && close(a.value, g.value));
        if (j >= 0) taken.add(j);
        figureItems.push({
          article: id, text: g.text, owned: !!g.entity,
          key: ['amount', g.entity ? canon(g.entity).toLowerCase() : '', g.category, g.period ?? '', g.currency].join('|'), value: g.value, valueMin: g.value_min ?? null,
          figureId: j >= 0 ? amounts[j]!.figure_id : null,
          goldOwner: g.entity ? canon(g.entity).toLowerCase() : '', goldCategory: g.category, goldPeriod: g.period ?? '',
          stored: j >= 0 ? { owner: canonLower(amounts[j]!.owner), category: amounts[j]!.category, period: amounts[j]!.period, estimate: amounts[j]!.estimate } : null,
        });
      }
      const quantities = quantitiesOf.all(articleId) as Array<{ value: number; value_min: number | null; kind: string; figure_id: number | null; owner: string }>;
      const qTaken = new Set<number>();
      for (const g of gold.quantities as Array<Gold['quantities'][number] & { conversion?: boolean; entity?: string | null }>) {
        if (g.conversion) continue;
        const j = quantities.findIndex((q, k) => !qTaken.has(k) && q.kind === g.kind && Math.abs(q.value - g.value) <= 0.01 * Math.max(q.value, g.value));
        if (j >= 0) qTaken.add(j);
        figureItems.push({
          article: id, text: g.text, owned: !!g.entity,
          key: [g.kind, g.entity ? canon(g.entity).toLowerCase() : ''].join('|'), value: g.value, valueMin: g.value_min ?? null,
          figureId: j >= 0 ? quantities[j]!.figure_id : null,
          goldOwner: g.entity ? canon(g.entity).toLowerCase() : '', goldCategory: g.kind, goldPeriod: '',
          stored: j >= 0 ? { owner: canonLower(quantities[j]!.owner), category: quantities[j]!.kind, period: '', estimate: 0 } : null,
        });
      }
    }
    // Spend counts a fact once: gold amounts told by several articles must map to one counted row.
    const counted = opened.sqlite.prepare('SELECT counted FROM spend WHERE figure_id = ?');
    const byKey = new Map<string, Set<number>>();
    for (const f of figureItems) {
      if (!f.key.startsWith('amount|') || f.figureId === null) continue;
      const c = counted.get(f.figureId) as { counted: number } | undefined;
      if (!c?.counted) continue;
      const k = `${f.key}|${f.value}`;
      byKey.set(k, (byKey.get(k) ?? new Set()).add(f.figureId));
    }
    for (const [key, ids] of byKey) if (ids.size > 1) countedTwice.push(`${key} counted as figures ${[...ids].join(', ')}`);
    const dfRows = opened.sqlite.prepare('SELECT term, df FROM story_term_df').all() as Array<{ term: string; df: number }>;
    storyDf = new Map(dfRows.map((r) => [r.term, r.df]));
  } finally {
    opened.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (process.env.MERGE_DEBUG) {
    for (let i = 0; i < storyItems.length; i++) for (let j = i + 1; j < storyItems.length; j++) {
      const a = storyItems[i]!, b = storyItems[j]!;
      const c = cosine(a.weights, b.weights);
      if (c < 0.12) continue;
      const g = [...a.newsKeys].some((k) => b.newsKeys.has(k));
      console.error(`PAIR ${c.toFixed(2)} ${g ? "GOLD" : "no"} ${a.article} ${b.article} ${a.pub} ${b.pub}`);
    }
  }
  const stories = scorePairs(
    storyItems,
    (a, b) => [...a.newsKeys].some((k) => b.newsKeys.has(k)),
    (a, b) => [...a.stories].some((s) => b.stories.has(s)),
    (a, b, kind) => `${kind}: ${a.article} and ${b.article} (topical cosine ${cosine(a.weights, b.weights).toFixed(2)}, shingle Jaccard ~${jaccardEstimate(a.minhash, b.minhash).toFixed(2)})`,
  );
  // The contract's "value within rounding" ("192.9 billion yuan" is "192.87 billion yuan"); a range's lower bound must agree when both give one.
  const sameFact = (a: FigureItem, b: FigureItem) => a.key === b.key && sameValue(a.value, b.value) && (a.valueMin === null || b.valueMin === null || sameValue(a.valueMin, b.valueMin));
  // A figure with no owner ("1.5 GW", "$500 billion") is one fact in two articles only when they report one happening:
  // otherwise "the same owner" is undefined, and equal numbers in unrelated news are two facts.
  const keysOf = new Map(storyItems.map((s) => [s.article, s.allKeys]));
  const shareHappening = (a: FigureItem, b: FigureItem) => [...keysOf.get(a.article)!].some((k) => keysOf.get(b.article)!.has(k));
  const figures = scorePairs(
    figureItems,
    (a, b) => sameFact(a, b) && (a.owned || shareHappening(a, b)),
    (a, b) => a.figureId !== null && a.figureId === b.figureId,
    (a, b, kind) => `${kind}: "${a.text}" in ${a.article} (figure ${a.figureId ?? 'unmatched'}, ${a.key}) and "${b.text}" in ${b.article} (figure ${b.figureId ?? 'unmatched'}${a.key === b.key ? '' : `, ${b.key}`})`,
  );
  // Stories per theme (train/ file names start with their theme; dev/ is its own): pairs within one theme.
  const themeOf = (article: string) => article.startsWith('train/') ? article.slice(6).split('-')[0]! : article.split('/')[0]!;
  const storiesByTheme: Record<string, Prf> = {};
  for (const t of [...new Set(storyItems.map((s) => themeOf(s.article)))].sort()) {
    storiesByTheme[t] = scorePairs(storyItems.filter((s) => themeOf(s.article) === t),
      (a, b) => [...a.newsKeys].some((k) => b.newsKeys.has(k)), (a, b) => [...a.stories].some((s) => b.stories.has(s)), () => '').pairs;
  }
  const passageCv = passageThresholdCv(storyItems, storyDf, themeOf);
  const topicCv = topicThresholdCv(storyItems, themeOf);
  topicCv.push('threshold and slope together, one threshold whether or not a happening is shared, F0.5:', ...topicSlopeCv(storyItems, themeOf, false).map((l) => `  ${l}`));
  topicCv.push('threshold, unshared-happening threshold and slope together, F0.5:', ...topicSlopeCv(storyItems, themeOf, true).map((l) => `  ${l}`));
  topicCv.push('threshold, unshared-happening threshold and slope together, joins at least 95% right (right - 19 x wrong):', ...topicSlopeCv(storyItems, themeOf, true, '95%').map((l) => `  ${l}`));
  // Events and figures per theme (pairs within one theme), as for stories.
  const eventsByTheme: Record<string, Prf> = {}, figuresByTheme: Record<string, Prf> = {};
  for (const t of Object.keys(storiesByTheme)) {
    eventsByTheme[t] = scoreMergePairs(mentions.filter((m) => themeOf(m.article) === t)).pairs;
    figuresByTheme[t] = scorePairs(figureItems.filter((f) => themeOf(f.article) === t),
      (a, b) => sameFact(a, b) && (a.owned || shareHappening(a, b)), (a, b) => a.figureId !== null && a.figureId === b.figureId, () => '').pairs;
  }
  // Causes of every error (merge-why.ts).
  const why = { stories: {} as Causes, events: {} as Causes, figures: {} as Causes };
  const storiesOfArticle = new Map(storyItems.map((s) => [s.article, s.stories]));
  const sameStory = (x: string, y: string) => [...storiesOfArticle.get(x)!].some((s) => storiesOfArticle.get(y)!.has(s));
  const wronglyMergedEvents = new Set<number>();
  for (let i = 0; i < mentions.length; i++) for (let j = i + 1; j < mentions.length; j++) {
    const a = mentions[i]!, b = mentions[j]!;
    if (a.article === b.article) continue;
    const gold = a.key === b.key, pred = a.storedEventId !== null && a.storedEventId === b.storedEventId;
    if (gold === pred) continue;
    if (pred) wronglyMergedEvents.add(a.storedEventId!);
    const cause = classifyEventPair(a, b, pred ? 'fp' : 'fn', sameStory(a.article, b.article), canonLower);
    tally(why.events, cause, pred ? 'fp' : 'fn');
    if (process.env.MERGE_WHY_LINES && cause.startsWith('merger')) console.error(`EV ${cause} | ${a.key} ${a.article} ${a.storedEventId} ${JSON.stringify(a.pred && { t: a.pred.type, d: a.pred.date, a: a.pred.actors, l: a.pred.location, s: a.pred.sentence.slice(0, 150) })} | ${b.key} ${b.article} ${b.storedEventId} ${JSON.stringify(b.pred && { t: b.pred.type, d: b.pred.date, a: b.pred.actors, l: b.pred.location, s: b.pred.sentence.slice(0, 150) })}`);
  }
  for (let i = 0; i < figureItems.length; i++) for (let j = i + 1; j < figureItems.length; j++) {
    const a = figureItems[i]!, b = figureItems[j]!;
    if (a.article === b.article) continue;
    const gold = sameFact(a, b) && (a.owned || shareHappening(a, b)), pred = a.figureId !== null && a.figureId === b.figureId;
    if (pred && process.env.MERGE_WHY_LINES) console.error(`FPAIR ${gold ? "tp" : "fp"} ${a.figureId} ${a.article} ${b.article} "${a.text}" "${b.text}" ${JSON.stringify(a.stored)} ${JSON.stringify(b.stored)} g:${a.key}/${b.key}`);
    if (gold === pred) continue;
    const cause = classifyFigurePair(a, b, pred ? 'fp' : 'fn', sameStory(a.article, b.article), shareHappening(a, b));
    tally(why.figures, cause, pred ? 'fp' : 'fn');
    if (process.env.MERGE_WHY_LINES) console.error(`FIG ${cause} | "${a.text}" ${a.article} ${a.figureId} ${JSON.stringify(a.stored)} | "${b.text}" ${b.article} ${b.figureId} ${JSON.stringify(b.stored)}`);
  }
  const mentionsOf = new Map<string, MergeMention[]>();
  for (const m of mentions) mentionsOf.set(m.article, [...(mentionsOf.get(m.article) ?? []), m]);
  for (let i = 0; i < storyItems.length; i++) for (let j = i + 1; j < storyItems.length; j++) {
    const a = storyItems[i]!, b = storyItems[j]!;
    const gold = [...a.newsKeys].some((k) => b.newsKeys.has(k)), pred = [...a.stories].some((s) => b.stories.has(s));
    if (gold === pred) continue;
    const ma = mentionsOf.get(a.article) ?? [], mb = mentionsOf.get(b.article) ?? [];
    const eventsA = new Set(ma.map((m) => m.storedEventId).filter((x) => x !== null));
    const shared = mb.filter((m) => m.storedEventId !== null && eventsA.has(m.storedEventId));
    const gap = Math.abs(Date.parse(a.pub) - Date.parse(b.pub)) / 86_400_000;
    tally(why.stories, classifyStoryPair(pred ? 'fp' : 'fn', {
      cosine: cosine(a.weights, b.weights), threshold: gap > TOPIC_WINDOW_DAYS ? Infinity : (reportOneHappening(a.happenings, b.happenings) ? TOPIC_COSINE : UNSHARED_TOPIC_COSINE) + TOPIC_COSINE_PER_DAY * Math.max(0, gap - 7),
      sharedEvent: shared.length > 0,
      sharedKeyExtracted: ma.some((m) => m.storedEventId !== null && a.newsKeys.has(m.key) && b.newsKeys.has(m.key) && mb.some((n) => n.key === m.key && n.storedEventId !== null)),
      // Why the shared happening's two mentions were not merged (tagger or merger), when they were not.
      eventCause: (() => {
        for (const m of ma) for (const n of mb) {
          if (m.key !== n.key || !a.newsKeys.has(m.key) || !b.newsKeys.has(m.key) || m.storedEventId === null || n.storedEventId === null) continue;
          if (m.storedEventId === n.storedEventId) return null;
          const c = classifyEventPair(m, n, 'fn', false, canonLower);
          if (c.startsWith('merger')) return c;
        }
        return 'tagger';
      })(),
      sharedWrongEvent: shared.some((m) => wronglyMergedEvents.has(m.storedEventId!)),
    }), pred ? 'fp' : 'fn');
    if (process.env.MERGE_WHY_LINES) console.error(`STORY ${pred ? 'fp' : 'fn'} ${a.article} ${a.pub.slice(0, 10)} ${b.article} ${b.pub.slice(0, 10)} shared: ${shared.map((m) => `${m.key} ${m.pred?.date}/${ma.find((x) => x.storedEventId === m.storedEventId)?.pred?.date}`).join(', ')}`);
  }
  let both = 0, bothMerged = 0;
  for (let i = 0; i < mentions.length; i++) for (let j = i + 1; j < mentions.length; j++) {
    const a = mentions[i]!, b = mentions[j]!;
    if (a.key !== b.key || a.storedEventId === null || b.storedEventId === null) continue;
    both++;
    if (a.storedEventId === b.storedEventId) bothMerged++;
  }
  return {
    ...scoreMergePairs(mentions), mentions, extractedRecall: both ? bothMerged / both : 1,
    stories: stories.pairs, storyMisses: stories.misses, storiesByTheme, passageCv, topicCv,
    figures: figures.pairs, figureMisses: figures.misses,
    countedTwice, eventsByTheme, figuresByTheme, why,
  };
}

/**
 * Leave-one-theme-out choice of the passage threshold (stories.ts, PASSAGE_COSINE). For every pair of articles in
 * train/ within TOPIC_WINDOW_DAYS, the later one's passages are compared with the earlier one's stored vector, as
 * storing does (document frequencies as they stand at the end, a close stand-in for those at the time). A
 * threshold is judged by the pairs only passages would join (the article cosine alone does not): each fold takes,
 * on the other themes, the highest threshold whose passage-only merges are at least 95% right (the precision
 * target), i.e. the best of (right - 19 x wrong), and reports what it does on the held-out theme.
 */
function passageThresholdCv(items: StoryItem[], df: Map<string, number>, themeOf: (a: string) => string): string[] {
  const docs = (df.get('') ?? 0) + 1;
  const dfOf = (t: string) => (df.get(t) ?? 0) + 1;
  const rows: Array<{ themes: string[]; gold: boolean; pc: number; later: number; docPasses: boolean }> = [];
  const train = items.filter((s) => s.article.startsWith('train/')).sort((a, b) => a.pub.localeCompare(b.pub));
  const passagesOf = new Map(train.map((s) => [s.article, passageVectors(s.body, dfOf, docs)]));
  for (let i = 0; i < train.length; i++) for (let j = i + 1; j < train.length; j++) {
    const a = train[i]!, b = train[j]!;
    const gap = (Date.parse(b.pub) - Date.parse(a.pub)) / 86_400_000;
    const passages = passagesOf.get(b.article)!;
    if (gap > TOPIC_WINDOW_DAYS || passages.length === 0) continue;
    const later = TOPIC_COSINE_PER_DAY * Math.max(0, gap - 7);
    const words = wordsOnly(a.weights);
    rows.push({
      themes: [themeOf(a.article), themeOf(b.article)], gold: [...a.newsKeys].some((k) => b.newsKeys.has(k)),
      pc: Math.max(...passages.map((p) => cosine(p, words))), later,
      docPasses: cosine(a.weights, b.weights) >= (reportOneHappening(a.happenings, b.happenings) ? TOPIC_COSINE : UNSHARED_TOPIC_COSINE) + later,
    });
  }
  const gains = (list: typeof rows, thr: number) => {
    let right = 0, wrong = 0;
    for (const r of list) if (!r.docPasses && r.pc >= thr + r.later) r.gold ? right++ : wrong++;
    return { right, wrong };
  };
  const grid = Array.from({ length: 46 }, (_, k) => 0.15 + k * 0.01);
  const out: string[] = [];
  for (const theme of [...new Set(rows.flatMap((r) => r.themes))].sort()) {
    const rest = rows.filter((r) => !r.themes.includes(theme));
    const held = rows.filter((r) => r.themes.includes(theme));
    let best = grid[0]!, bestScore = -Infinity;
    for (const thr of grid) {
      const g = gains(rest, thr);
      const score = g.right - 19 * g.wrong;
      if (score >= bestScore) { best = thr; bestScore = score; }
    }
    const h = gains(held, best);
    out.push(`${theme.padEnd(6)} threshold ${best.toFixed(2)} (from the other themes); held out: ${h.right} right, ${h.wrong} wrong passage-only joins`);
  }
  return out;
}

/**
 * One "same news or not" decision: a pair of articles within TOPIC_WINDOW_DAYS, by the cosine of their stored vectors
 * and whether they share a happening (stories.ts, shareHappening).
 */
interface ArticlePair { themes: string[]; gold: boolean; c: number; days: number; shared: boolean }
interface Joins { tp: number; fp: number; fn: number }

function articlePairs(items: StoryItem[], themeOf: (a: string) => string): ArticlePair[] {
  const rows: ArticlePair[] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const a = items[i]!, b = items[j]!;
    const gap = Math.abs(Date.parse(b.pub) - Date.parse(a.pub)) / 86_400_000;
    if (gap > TOPIC_WINDOW_DAYS) continue;
    // days beyond the first week, where TOPIC_COSINE_PER_DAY starts to count (assignStory)
    rows.push({
      themes: [themeOf(a.article), themeOf(b.article)], gold: [...a.newsKeys].some((k) => b.newsKeys.has(k)), c: cosine(a.weights, b.weights), days: Math.max(0, gap - 7),
      shared: reportOneHappening(a.happenings, b.happenings),
    });
  }
  return rows;
}

/** What a threshold and slope would join among `pairs` (`unshared`: the threshold for pairs that share no happening). */
function countJoins(pairs: ArticlePair[], thr: number, slope: number, unshared = thr): Joins {
  let tp = 0, fp = 0, fn = 0;
  for (const r of pairs) {
    const joined = r.c >= (r.shared ? thr : unshared) + slope * r.days;
    if (joined && r.gold) tp++; else if (joined) fp++; else if (r.gold) fn++;
  }
  return { tp, fp, fn };
}

const precisionOf = (c: Joins) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const recallOf = (c: Joins) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const themesOf = (rows: ArticlePair[]) => [...new Set(rows.flatMap((r) => r.themes))].sort();
const pct = (x: number) => (x * 100).toFixed(1);

/**
 * Leave-one-theme-out choice of the article threshold (stories.ts, TOPIC_COSINE) at the current slope. Each fold
 * fits the threshold on the pairs of the other five themes (no article of the held-out theme), as the passage
 * threshold is fitted: the best of (right - 19 x wrong), i.e. joins at least 95% right, the median of the thresholds
 * that reach it; then scores the pairs that touch the held-out theme. Pair decisions only: what the index, the
 * roundup rule and events add on top is in the stories line above.
 */
function topicThresholdCv(items: StoryItem[], themeOf: (a: string) => string): string[] {
  const rows = articlePairs(items, themeOf);
  const grid = Array.from({ length: 41 }, (_, k) => Math.round((0.1 + k * 0.01) * 100) / 100);
  const out: string[] = [];
  const held: Array<{ p: number; r: number; thr: number; pNow: number; rNow: number }> = [];
  for (const theme of themesOf(rows)) {
    const rest = rows.filter((r) => !r.themes.includes(theme)), mine = rows.filter((r) => r.themes.includes(theme));
    const scores = grid.map((thr) => { const c = countJoins(rest, thr, TOPIC_COSINE_PER_DAY, Math.max(thr, UNSHARED_TOPIC_COSINE)); return c.tp - 19 * c.fp; });
    const top = Math.max(...scores);
    const best = grid.filter((_, k) => scores[k] === top);
    const thr = best[Math.floor((best.length - 1) / 2)]!;
    const h = countJoins(mine, thr, TOPIC_COSINE_PER_DAY, Math.max(thr, UNSHARED_TOPIC_COSINE)), now = countJoins(mine, TOPIC_COSINE, TOPIC_COSINE_PER_DAY, UNSHARED_TOPIC_COSINE);
    held.push({ p: precisionOf(h), r: recallOf(h), thr, pNow: precisionOf(now), rNow: recallOf(now) });
    out.push(`${theme.padEnd(6)} threshold ${thr.toFixed(2)} (from the other themes); held out: P ${pct(precisionOf(h))} R ${pct(recallOf(h))} (tp ${h.tp}, fp ${h.fp}, fn ${h.fn})`);
  }
  const mean = (f: (x: (typeof held)[number]) => number) => held.reduce((n, x) => n + f(x), 0) / held.length;
  const sorted = held.map((x) => x.thr).sort((a, b) => a - b);
  out.push(`mean held-out P ${pct(mean((x) => x.p))} R ${pct(mean((x) => x.r))}; median fold threshold ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(2)}; `
    + `at TOPIC_COSINE ${TOPIC_COSINE} the same pairs give P ${pct(mean((x) => x.pNow))} R ${pct(mean((x) => x.rNow))}`);
  return out;
}

/**
 * The article threshold and its per-day slope (stories.ts, TOPIC_COSINE and TOPIC_COSINE_PER_DAY) fitted together,
 * leave one theme out: each fold takes the pair with the best F0.5 (precision weighted twice recall) on the article
 * pairs of the other five themes and scores the pairs that touch the held-out theme.
 */
function topicSlopeCv(items: StoryItem[], themeOf: (a: string) => string, tiers: boolean, criterion: 'f0.5' | '95%' = 'f0.5'): string[] {
  const rows = articlePairs(items, themeOf);
  // F0.5 weighs precision twice recall; '95%' is right - 19 x wrong, best when joins are at least 95% right.
  const f05 = criterion === '95%' ? (c: Joins) => c.tp - 19 * c.fp : (c: Joins) => (c.tp ? (1.25 * c.tp) / (1.25 * c.tp + 0.25 * c.fn + c.fp) : 0);
  const grid = Array.from({ length: 41 }, (_, k) => Math.round((0.1 + k * 0.01) * 100) / 100);
  const out: string[] = [];
  const held: Array<{ p: number; r: number }> = [];
  for (const theme of themesOf(rows)) {
    const rest = rows.filter((r) => !r.themes.includes(theme));
    // Every (threshold, slope, unshared threshold) with the best F0.5; ties go to the median unshared threshold of
    // the first best (threshold, slope): the other themes cannot tell those apart, and the middle is the least fitted.
    let best = { thr: 0, slope: 0, s: -Infinity };
    let ties: number[] = [];
    for (const t of grid) for (const slope of [0, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04]) {
      for (const u of tiers ? grid.filter((u) => u >= t) : [t]) {
        const sc = f05(countJoins(rest, t, slope, u));
        if (sc > best.s + 1e-12) { best = { thr: t, slope, s: sc }; ties = [u]; }
        else if (Math.abs(sc - best.s) <= 1e-12 && t === best.thr && slope === best.slope) ties.push(u);
      }
    }
    const unshared = ties[Math.floor((ties.length - 1) / 2)]!;
    const h = countJoins(rows.filter((r) => r.themes.includes(theme)), best.thr, best.slope, unshared);
    held.push({ p: precisionOf(h), r: recallOf(h) });
    out.push(`${theme.padEnd(6)} threshold ${best.thr.toFixed(2)}${tiers ? ` unshared ${unshared.toFixed(2)} (ties ${ties[0]!.toFixed(2)}-${ties.at(-1)!.toFixed(2)})` : ''} slope ${best.slope} (from the other themes); `
      + `held out: P ${pct(precisionOf(h))} R ${pct(recallOf(h))} (tp ${h.tp}, fp ${h.fp}, fn ${h.fn})`);
  }
  out.push(`mean held-out P ${pct(held.reduce((n, x) => n + x.p, 0) / held.length)} R ${pct(held.reduce((n, x) => n + x.r, 0) / held.length)}`);
  return out;
}
