import { describe, expect, it } from 'vitest';
import { emptyStateMessage, type Part } from '../../site/lib/empty-state.ts';
import type { CollectionState } from '../../db/queries.ts';

const text = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? p : 'code' in p ? `\`${p.code}\`` : p.text)).join('');
const state = (s: Partial<CollectionState>): CollectionState => ({ sources: 0, enabledSources: 0, articles: 0, lastIngest: null, ...s });

describe('empty-state wording by the state of the collection', () => {
  it('with no sources: add some, then ingest', () => {
    expect(text(emptyStateMessage('events', state({})))).toBe('No events yet: add sources with `npx tracker sources add URL` then run `npx tracker ingest`.');
  });

  it('with sources never fetched: run ingest', () => {
    expect(text(emptyStateMessage('events', state({ sources: 3, enabledSources: 3 })))).toBe('No events yet: 3 sources are configured but none has been fetched yet. Run `npx tracker ingest` to fetch them.');
  });

  it('when the last run reached none of them: check the network, then run ingest again', () => {
    const msg = text(emptyStateMessage('amounts', state({ sources: 35, enabledSources: 35, lastIngest: { startedAt: '2026-03-01T10:20:30.000Z', status: 'failed', sourcesTried: 35, sourcesReached: 0, itemsSeen: 0 } })));
    expect(msg).toContain('No amounts yet: the last run (2026-03-01 10:20 UTC) could not reach any of the 35 sources configured.');
    expect(msg).toContain('network connection');
    expect(msg).toContain('`npx tracker ingest` again');
    expect(msg).not.toContain('sources add');
  });

  it('when some were reached but nothing is there yet: run again later or add sources', () => {
    const msg = text(emptyStateMessage('events', state({ sources: 2, enabledSources: 2, articles: 0, lastIngest: { startedAt: '2026-03-01T10:20:30Z', status: 'partial', sourcesTried: 2, sourcesReached: 1, itemsSeen: 0 } })));
    expect(msg).toBe('No events yet: the last run (2026-03-01 10:20 UTC) reached 1 of 2 sources and found no articles. Run `npx tracker ingest` again later for new articles, or add sources with `npx tracker sources add URL`.');
  });

  it('with every source disabled: says so', () => {
    expect(text(emptyStateMessage('events', state({ sources: 2, enabledSources: 0 })))).toContain('the 2 configured sources are all disabled');
  });
});
