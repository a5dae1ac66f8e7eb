import { createTagger, type Tagger } from '../../ingest/tag/index.ts';
import { loadEventModel } from '../../ingest/tag/event-model.ts';
import type { Gazetteer } from '../../ingest/tag/gazetteer.ts';

/**
 * A tagger with the committed event model's first stage only (no second stage, event-keep.ts): for tests of what a
 * telling reads (actors, place, date, certainty, summary, merging), which the second stage only keeps or drops. On a
 * one-line item with no title, which the tracker never reads, the second stage drops most tellings.
 */
export function firstStageTagger(gazetteer?: Gazetteer): Tagger {
  return createTagger({ ...(gazetteer ? { gazetteer } : {}), eventModel: { ...loadEventModel(), keep: undefined } });
}
