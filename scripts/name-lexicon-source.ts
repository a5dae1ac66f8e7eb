/** compromise's lexicon sorted into the lists data/name-lexicon.json holds (used by the build script and its test). */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

export const NAME_LEXICON_PATH = resolve(import.meta.dirname, '..', 'data', 'name-lexicon.json');

export interface NameLists {
  _doc: string;
  source: string;
  first: string[];
  last: string[];
  honorific: string[];
  full: string[];
  known: string[];
  persons: string[];
}

export async function nameListsFromCompromise(): Promise<NameLists> {
  const { default: nlp } = await import('compromise');
  const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'node_modules', 'compromise', 'package.json'), 'utf8')) as { version: string }).version;
  const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[]> } } };
  const words = world.model?.one?.lexicon;
  if (!words) throw new Error('name lexicon: compromise exposes no lexicon at world().model.one.lexicon; check the installed compromise version (14.x expected)');
  const first = new Set<string>(), last = new Set<string>(), honorific = new Set<string>(), full = new Set<string>(), known = new Set<string>(), persons = new Set<string>();
  for (const [word, tags] of Object.entries(words)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (word.includes(' ')) {
      if (list.includes('Person')) full.add(word);
      continue;
    }
    known.add(word);
    for (const tag of list) {
      // 'Person' words (austin, virginia, jordan) are as often places or surnames: not first names.
      if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') first.add(word);
      else if (tag === 'LastName') last.add(word);
      else if (tag === 'Honorific') honorific.add(word);
      else if (tag === 'Person') persons.add(word);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    _doc: 'Word lists for ingest/tag/person-names.ts, from the English lexicon of compromise (MIT licence). Rebuilt by `npm run build:names`; do not edit by hand.',
    source: `compromise@${version}`,
    first: sorted(first), last: sorted(last), honorific: sorted(honorific), full: sorted(full), known: sorted(known), persons: sorted(persons),
  };
}
