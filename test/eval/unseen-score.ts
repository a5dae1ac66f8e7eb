/**
 * Scores a tagger on data/unseen (see its README): per writer and over all of them. Shared by `npm run eval:unseen`
 * and the regression floors in test/tag/unseen-regression.test.ts.
 */
import { scoreGoldArticles } from './run-eval.ts';
import type { CorpusScore } from './score.ts';
import { loadWrittenArticles, UNSEEN_DIR, writerOf } from './written-articles.ts';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import type { EventModel } from '../../ingest/tag/event-model.ts';

export interface UnseenScore { articles: number; byWriter: Array<{ writer: string; articles: number; score: CorpusScore }>; all: CorpusScore }

/** The shipped event model (data/models/events.json) unless another is given. */
export async function scoreUnseen(eventModel?: EventModel): Promise<UnseenScore> {
  const articles = await loadWrittenArticles(UNSEEN_DIR, 'unseen');
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
