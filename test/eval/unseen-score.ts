/**
 * Scores a tagger on data/unseen (see its README): per writer and over all of them. Shared by `npm run eval:unseen`
 * and the regression floors in test/tag/unseen-regression.test.ts.
 */
import { scoreGoldArticles } from './run-eval.ts';
import type { CorpusScore } from './score.ts';
import { FRESH_DIR, loadWrittenArticles, UNSEEN_DIR, WRITTEN_DIR, writerOf } from './written-articles.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { EventModel } from '../../ingest/tag/event-model.ts';

export interface UnseenScore { articles: number; byWriter: Array<{ writer: string; articles: number; score: CorpusScore }>; all: CorpusScore }

/**
 * The shipped event model (data/models/events.json) unless another is given. `set` 'written' scores data/written
 * instead: the event model trains on it (its events figures are fitted), but nothing trains on its figures and
 * entities, so for those it is a second set of writers to diagnose on, leaving data/unseen to check the result.
 */
export async function scoreUnseen(eventModel?: EventModel, set: 'unseen' | 'written' | 'fresh' = 'unseen'): Promise<UnseenScore> {
  const articles = await loadWrittenArticles(set === 'written' ? WRITTEN_DIR : set === 'fresh' ? FRESH_DIR : UNSEEN_DIR, set);
  const tagger = createTagger({ gazetteer: Gazetteer.load(), ...(eventModel ? { eventModel } : {}) });
  const writers = [...new Set(articles.map((a) => writerOf(a.id)))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const byWriter = writers.map((writer) => {
    const held = articles.filter((a) => writerOf(a.id) === writer);
    return { writer, articles: held.length, score: scoreGoldArticles(held, tagger).corpus };
  });
  const all = scoreGoldArticles(articles, tagger).corpus;
  byWriter.push({ writer: 'all', articles: articles.length, score: all });
  return { articles: articles.length, byWriter, all };
}
