/**
 * `npm run build:names`: writes data/name-lexicon.json, the word lists the
 * person-name reader (ingest/tag/person-names.ts) uses, taken from
 * compromise's English lexicon: given names, family names, honorifics, whole
 * names, the single words it files as people, and every other single word it
 * knows (common words are not given names). The tagger reads the JSON, so it
 * no longer loads compromise (about 39 MB of memory) for these lists alone;
 * compromise stays a development dependency to rebuild the file, and
 * test/tag/name-lexicon.test.ts checks the file still matches it.
 */
import { writeFileSync } from 'node:fs';
import { NAME_LEXICON_PATH, nameListsFromCompromise } from './name-lexicon-source.ts';

const lists = await nameListsFromCompromise();
writeFileSync(NAME_LEXICON_PATH, JSON.stringify(lists, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(`wrote ${NAME_LEXICON_PATH}: ${Object.entries(lists).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k} ${(v as string[]).length}`).join(', ')}`);
