/**
 * What an empty page says, by the state of the collection: with no sources
 * the reader is told to add some; with sources configured it says whether
 * they have not been fetched yet or the last run could not reach them
 * (a machine without network after `npm start`), and what to do then.
 */
import type { CollectionState } from '../../db/queries.ts';

/** A sentence in parts: plain text, commands (shown as code) and links, so the component escapes all of it. */
export type Part = string | { code: string } | { href: string; text: string };

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function emptyStateMessage(what: string, state: CollectionState): Part[] {
  const ingest = { code: 'npx tracker ingest' };
  const configured = state.enabledSources;
  if (configured === 0) {
    if (state.sources > 0) return [`No ${what} yet: the ${plural(state.sources, 'configured source')} ${state.sources === 1 ? 'is' : 'are all'} disabled. Add one with `, { code: 'npx tracker sources add URL' }, ' then run ', ingest, '.'];
    return [`No ${what} yet: add sources with `, { code: 'npx tracker sources add URL' }, ' then run ', ingest, '.'];
  }
  const sources = plural(configured, 'source');
  const run = state.lastIngest;
  if (!run || run.sourcesTried === 0) return [`No ${what} yet: ${sources} ${configured === 1 ? 'is' : 'are'} configured but none has been fetched yet. Run `, ingest, ' to fetch them.'];
  const when = run.startedAt.slice(0, 16).replace('T', ' ');
  if (run.sourcesReached === 0) {
    return [
      `No ${what} yet: the last run (${when} UTC) could not reach any of the ${sources} configured. Check this machine's network connection (or its proxy or firewall), then run `,
      ingest, ' again; ', { href: '/sources/', text: 'the sources page' }, ' lists the error of each.',
    ];
  }
  return [
    `No ${what} yet: the last run (${when} UTC) reached ${run.sourcesReached} of ${sources}${state.articles === 0 ? ' and found no articles' : ''}. Run `,
    ingest, ' again later for new articles, or add sources with ', { code: 'npx tracker sources add URL' }, '.',
  ];
}
