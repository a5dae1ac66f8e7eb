/**
 * Feed and record parsing: the one door through which feeds (RSS 0.9x/1.0/2.0,
 * Atom 0.3/1.0, JSON Feed) and news-API JSON records become ParsedFeed.
 */
import type { ParsedFeed } from '../model.ts';
import { parseFeedWith, type ParseFeedOptions } from './feed.ts';

export { ParseError, type ParseErrorCode } from './errors.ts';
export { parseDate } from '../common/dates.ts';
export { detectKind, isFeedXml, isHtmlPage } from './detect.ts';
export { parseOpml, type OpmlSource } from './opml.ts';
export { guessSourceType, firstElementAt } from './detect.ts';
export type { ParseFeedOptions } from './feed.ts';

/**
 * Parses one fetched document into a feed. Throws ParseError only when the
 * document is not a feed at all (HTML page, empty body, unsalvageable XML,
 * invalid JSON); problems inside items become warnings.
 */
export function parseFeed(text: string, opts: ParseFeedOptions): Promise<ParsedFeed> {
  return parseFeedWith(text, opts, { lenientFallback: true });
}
