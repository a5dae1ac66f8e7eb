/**
 * Local public bodies named as their articles name them: the place a story is
 * about gives a bare "City Council" or "the county Planning Commission" its
 * full name, and an all-caps dateline keeps "ST." inside the town's name.
 * Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { loadTestGazetteer, namesIn } from '../support/entity-names.ts';
import { createTagger, type Tagger } from '../../ingest/tag/index.ts';

let gaz: Gazetteer;
beforeAll(() => { gaz = loadTestGazetteer(); }, 120_000);

const names = (text: string) => namesIn(gaz, text);

describe('all-caps datelines', () => {
  it('keeps an abbreviated "ST." or "MT." inside the town it opens', () => {
    const list = names('MT. HOLLOWAY, Ore. — Residents packed the library on Tuesday. The City Council voted 6-1 to pause new permits.');
    expect(list).toContain('Mt. Holloway (place)');
    expect(list).toContain('Mt. Holloway City Council (org)');
    expect(list).not.toContain('Holloway (place)');
  });
});

describe('bare body names take the place the story is about', () => {
  it('gives a bare commission the town whose council the text names in full', () => {
    const list = names('Growth has strained Bozeman, Montana. The Bozeman City Council will vote in May. Last month the Planning and Zoning Commission recommended approval of the rezoning.');
    expect(list).toContain('Bozeman Planning and Zoning Commission (org)');
  });

  it('reads "the county" before a body as the county the text names', () => {
    const list = names('Farmers in Marlow County, Virginia, objected. The Marlow County Board of Supervisors delayed its vote. In March, the county Planning Commission advised against the plant.');
    expect(list).toContain('Marlow County Planning Commission (org)');
    expect(list).not.toContain('Planning Commission (org)');
  });

  it('gives a state legislature the one state the text names', () => {
    const list = names('DENVER — Lawmakers in Colorado met for two days. The General Assembly passed the bill on Friday.');
    expect(list).toContain('Colorado General Assembly (org)');
  });

  it('leaves the body bare when two places could own it', () => {
    const list = names('The Brackwater City Council and the Elm Falls City Council both met. The Planning Commission had not yet voted.');
    expect(list).toContain('Planning Commission (org)');
  });
});

describe('a body written in lower case after its place', () => {
  it('is named by the place and its own words', () => {
    const found = names('The Harwick Township board voted 3-2 to table the rezoning, and the Selangor state government asked for a water study.');
    expect(found).toContain('Harwick Township Board (org)');
    expect(found).toContain('Selangor State Government (org)');
  });

  it('leaves a body "of" something else to the name finder', () => {
    expect(names('The Harwick Township board of health met on Monday.')).not.toContain('Harwick Township Board (org)');
  });
});

describe('an event decided by a public body named after its place', () => {
  // The file's gazetteer, once it is loaded.
  let tagger: Tagger;
  beforeAll(() => { tagger = createTagger({ gazetteer: gaz }); });
  const events = (body: string) => tagger.tag({ title: '', body, publishedAt: '2026-05-06T12:00:00Z' }).events;

  it('is located in that place when the sentence names no other, a town the places list lacks included', () => {
    const evs = events('The Brinmoor Select Board voted 4-1 on Tuesday to deny the zoning change for the data center campus. Residents had packed the hall for weeks.');
    expect(evs.length).toBeGreaterThan(0);
    expect(evs[0]!.location).toBe('Brinmoor');
  });

  it('is not located in the words of a national body\'s name', () => {
    const evs = events('The Federal Energy Regulatory Commission on Thursday rejected the amended interconnection agreement for the data center.');
    expect(evs.length).toBeGreaterThan(0);
    expect(evs.map((e) => e.location)).toEqual(evs.map(() => null));
  });
});

describe('bodies written in lower case after their place', () => {
  it('names trustees, a school board and a plan commission after the place they serve', () => {
    const list = names('The Delaware County school board objected. The Liberty Township trustees voted 3-0 to deny the rezoning, and the Orrvale plan commission tabled its own vote.');
    expect(list).toContain('Delaware County School Board (org)');
    expect(list).toContain('Liberty Township Trustees (org)');
    expect(list).toContain('Orrvale Plan Commission (org)');
    expect(list).toContain('Orrvale (place)');
  });
});

describe('bodies written before their place', () => {
  it('names "the municipal council in X" as the X Municipal Council, beside the place', () => {
    const list = names('The municipal council in Fjellvoll has adopted the plan. The regional government of Aragón must still sign it.');
    expect(list).toContain('Fjellvoll Municipal Council (org)');
    expect(list).toContain('Fjellvoll (place)');
    expect(list).toContain('Aragón Regional Government (org)');
  });
});

describe('bodies named by their kind alone, in lower case', () => {
  it('names "the city council" after the dateline\'s town and "the state Senate" after the first state named', () => {
    const list = names('PELLA FORD, Iowa — A developer from Ohio dropped its plan after the city council paused new permits. The state Senate passed a water bill on Friday.');
    expect(list).toContain('Pella Ford City Council (org)');
    expect(list).toContain('Iowa Senate (org)');
  });

  it('names "the municipal council" after the one town the story names, leaving out a company\'s seat', () => {
    const list = names('Brennvik Compute, the Bergen-based developer, will build in Haugesund. The municipal council approved the zoning plan in May, and state lawmakers were not asked.');
    expect(list).toContain('Haugesund Municipal Council (org)');
    // No state is named, so "state lawmakers" name nobody.
    expect(list.some((n) => /Legislature|State/.test(n))).toBe(false);
  });

  it('names nobody when two towns could own the council', () => {
    const list = names('Developers eye Tysnes and Fitjar. The town council will meet in June.');
    expect(list.some((n) => /Council/.test(n))).toBe(false);
  });
});
