/**
 * Why a pair was merged wrongly or left apart (`npm run eval:merge -- --why`): each story, event and figure error
 * put down to one cause, so the tagger's share (it read the two mentions differently, or missed one) and the
 * merger's share (its rule was too strict or too loose for what the tagger gave it) can be told apart.
 *
 * The test is what the tagger handed the merger, compared with the gold: where the tagger's two readings differ
 * on a field the merge rule must respect (a type that is not compatible, a date out of the window, another owner,
 * category or period), the tagger decided it; where they agree (or differ only where gold differs too), the merger
 * did. "gold:" marks pairs whose gold keys differ only by what one article leaves out, "gold?:" pairs where two
 * writers gave one number of one happening different owners (a judgement call, counted apart so it is visible).
 */
import { compatibleTypes, datesClose } from '../../ingest/store/event-merge.ts';
import type { ExtractedEvent } from '../../ingest/tag/types.ts';
import type { GoldEvent } from './score.ts';

/** Per cause, false positives and false negatives. Causes start with "tagger:", "merger:" or "gold:". */
export type Causes = Record<string, { fp: number; fn: number }>;

export function tally(causes: Causes, cause: string, kind: 'fp' | 'fn'): void {
  (causes[cause] ??= { fp: 0, fn: 0 })[kind]++;
}

interface EventSide { gold?: GoldEvent; pred?: ExtractedEvent | null; storedEventId: number | null }

const actorsMeet = (a: string[], b: string[], canon: (n: string) => string) => a.some((x) => b.some((y) => canon(x) === canon(y)));

/** Cause of an event pair error. `sameStory`: the two articles share a story. */
export function classifyEventPair(a: EventSide, b: EventSide, kind: 'fp' | 'fn', sameStory: boolean, canon: (n: string) => string): string {
  const pa = a.pred, pb = b.pred;
  if (kind === 'fn') {
    if (!pa || !pb) return 'tagger: event not extracted in one article';
    if (!compatibleTypes(pa.type).includes(pb.type)) return 'tagger: types read differently (not compatible)';
    if (!datesClose(pa.date, pb.date)) return 'tagger: dates read differently (outside the window)';
    if (pa.actors.length && pb.actors.length && !actorsMeet(pa.actors, pb.actors, canon)) return 'tagger: no actor in common';
    return sameStory ? 'merger: too strict (same story)' : 'merger: too strict (different stories)';
  }
  // Wrongly merged: did the tagger's readings make two happenings look alike where gold tells them apart?
  const ga = a.gold!, gb = b.gold!;
  const goldApart = ga.type !== gb.type && !compatibleTypes(ga.type as ExtractedEvent['type']).includes(gb.type as ExtractedEvent['type'])
    || !datesClose(ga.date, gb.date);
  const predApart = !!pa && !!pb && (!compatibleTypes(pa.type).includes(pb.type) || !datesClose(pa.date, pb.date));
  if (goldApart && !predApart) return 'tagger: type or date read alike where gold differs';
  return sameStory ? 'merger: too loose (same story)' : 'merger: too loose (different stories)';
}

interface FigureSide {
  goldOwner: string; goldCategory: string; goldPeriod: string; owned: boolean;
  stored: { owner: string; category: string; period: string; estimate: number } | null;
}

const fieldsDiffer = (a: FigureSide['stored'] & object, b: FigureSide['stored'] & object) =>
  [a.owner !== b.owner ? 'owner' : '', a.category !== b.category ? 'category' : '', a.period !== b.period ? 'period' : '', a.estimate !== b.estimate ? 'estimate' : '']
    .filter(Boolean);

/** Cause of a figure pair error. */
export function classifyFigurePair(a: FigureSide, b: FigureSide, kind: 'fp' | 'fn', sameStory: boolean, sameHappening = false): string {
  if (kind === 'fn') {
    if (!a.stored || !b.stored) return 'tagger: figure not extracted in one article';
    const diff = fieldsDiffer(a.stored, b.stored);
    if (diff.length) return `tagger: ${diff.join('+')} read differently`;
    return sameStory ? 'merger: too strict (same story)' : 'merger: too strict (different stories)';
  }
  const goldDiff = [a.goldOwner !== b.goldOwner ? 'owner' : '', a.goldCategory !== b.goldCategory ? 'category' : '', a.goldPeriod !== b.goldPeriod ? 'period' : ''].filter(Boolean);
  if (goldDiff.length === 0) return 'merger: too loose (no owner, different happenings)';
  if (a.stored && b.stored) {
    const diff = fieldsDiffer(a.stored, b.stored);
    // The tagger read alike what gold tells apart: the merger could not know.
    if (!goldDiff.some((f) => diff.includes(f))) return `tagger: ${goldDiff.join('+')} read alike where gold differs`;
  }
  // Two writers named different parties as the owner of one number of one happening (a consortium and its leader,
  // a developer and its tenant): whether that is one fact is the gold's call, not the merger's.
  if (goldDiff.length === 1 && goldDiff[0] === 'owner' && sameHappening && a.goldOwner && b.goldOwner) return 'gold?: owners differ for one number of a happening both articles report';
  // One side left out what the other gives (gold: a period only one article states).
  if (goldDiff.length === 1 && goldDiff[0] === 'period' && (!a.goldPeriod || !b.goldPeriod)) return 'gold: period stated in one article only';
  return `merger: too loose (joined across ${goldDiff.join('+')}${sameStory ? ', same story' : ''})`;
}

/** Cause of a story pair error, from the topical cosine and the happenings the two articles' events went to. */
export function classifyStoryPair(kind: 'fp' | 'fn', o: { cosine: number; threshold: number; sharedEvent: boolean; sharedKeyExtracted: boolean; sharedWrongEvent: boolean; eventCause: string | null }): string {
  if (kind === 'fn') {
    if (o.cosine >= o.threshold) return 'merger: words alike, not joined (candidates or roundup rule)';
    if (o.sharedKeyExtracted && o.eventCause === null) return 'merger: words differ; the shared happening merged, but not as news of both (dates)';
    if (o.sharedKeyExtracted && o.eventCause !== 'tagger') return 'merger: words differ; the shared happening extracted in both, its events not merged (merger too strict)';
    if (o.sharedKeyExtracted) return 'tagger: words differ; the shared happening extracted in both, read differently (type, date, actors)';
    return 'tagger: words differ, and the shared happening not extracted in both';
  }
  if (o.sharedWrongEvent) return 'merger: joined through a wrongly merged event';
  if (o.cosine >= o.threshold) return 'merger: too loose (words alike, different news)';
  return 'merger: too loose (roundup passage or a third article)';
}

export function printCauses(title: string, causes: Causes): string {
  const rows = Object.entries(causes).sort((x, y) => x[0].localeCompare(y[0]));
  const sum = (side: string) => rows.filter(([c]) => c.startsWith(side)).reduce((n, [, v]) => n + v.fp + v.fn, 0);
  return `${title}: tagger ${sum('tagger')}, merger ${sum('merger')}, gold ${sum('gold')} (errors in pairs)\n`
    + rows.map(([c, v]) => `    ${c.padEnd(88)} fp ${String(v.fp).padStart(3)}  fn ${String(v.fn).padStart(3)}`).join('\n');
}
