import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer, GazetteerError } from '../../ingest/tag/gazetteer.ts';
import { findEntities, realPlace, summariseEntities } from '../../ingest/tag/entities.ts';

let gaz: Gazetteer;
// The gazetteer of real places (tens of thousands of towns) loads once here, not inside the first test.
beforeAll(() => {
  gaz = Gazetteer.load();
  realPlace('London');
}, 120_000);

function entitiesOf(text: string, g = gaz) {
  return summariseEntities(findEntities(text, g));
}
function has(text: string, name: string, type: string, g = gaz) {
  return entitiesOf(text, g).some((e) => e.name === name && e.type === type);
}

describe('gazetteer', () => {
  it('ships hundreds of typed entries with unique names', () => {
    const entries = gaz.entries();
    expect(entries.length).toBeGreaterThanOrEqual(500);
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    expect(names.size).toBe(entries.length);
    for (const type of ['org', 'person', 'place', 'product', 'project']) {
      expect(entries.some((e) => e.type === type)).toBe(true);
    }
  });

  it('resolves aliases to one canonical name', () => {
    expect(gaz.canonicalName('Meta Platforms')).toBe('Meta');
    expect(gaz.canonicalName('the Pentagon')).toBe('Department of Defense');
    expect(gaz.canonicalName('DoD')).toBe('Department of Defense');
    expect(gaz.canonicalName('Amazon Web Services')).toBe('AWS');
    expect(gaz.canonicalName('U.S.')).toBe('United States');
    expect(gaz.canonicalName('nvidia')).toBeNull();
    expect(gaz.canonicalName('NVIDIA')).toBe('Nvidia');
  });

  it('keeps short and ambiguous aliases case-sensitive', () => {
    expect(gaz.lookup('us')).toBeNull();
    expect(gaz.lookup('meta')).toBeNull();
    expect(gaz.lookup('sec')).toBeNull();
    expect(gaz.lookup('SEC')?.name).toBe('Securities and Exchange Commission');
    expect(gaz.lookup('o3')?.type).toBe('product');
  });

  it('keeps parent and unit apart, with the contract types', () => {
    expect(gaz.lookup('AWS')?.type).toBe('org');
    expect(gaz.lookup('Amazon')?.name).toBe('Amazon');
    expect(gaz.lookup('Google Cloud')?.type).toBe('org');
    expect(gaz.lookup('Alphabet')?.name).not.toBe(gaz.lookup('Google')?.name);
    expect(gaz.lookup('Azure')?.type).toBe('product');
    expect(gaz.lookup('Stargate')?.type).toBe('project');
  });
});

describe('gazetteer files from users', () => {
  const dirs: string[] = [];
  const saved = process.env.TRACKER_GAZETTEER;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRACKER_GAZETTEER; else process.env.TRACKER_GAZETTEER = saved;
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function writeJson(content: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    dirs.push(dir);
    const file = path.join(dir, 'extra.json');
    fs.writeFileSync(file, JSON.stringify(content));
    return file;
  }

  it('extends and overrides the default entries without code', () => {
    const file = writeJson({
      entries: [
        { name: 'Zephyr Compute', type: 'org', aliases: ['Zephyr'], kind: 'gpu_cloud' },
        { name: 'Nebius', type: 'org', aliases: ['Nebius Group', 'NBIS'] },
        { name: 'Lambda', type: 'org', aliases: [], remove: true },
      ],
    });
    const extended = Gazetteer.load({ extraPaths: [file] });
    expect(extended.canonicalName('Zephyr')).toBe('Zephyr Compute');
    expect(extended.canonicalName('NBIS')).toBe('Nebius');
    expect(extended.lookup('Lambda')).toBeNull();
    expect(extended.version).not.toBe(gaz.version);
    expect(has('Zephyr signed a lease with Nebius.', 'Zephyr Compute', 'org', extended)).toBe(true);
  });

  it('reads extra files named in TRACKER_GAZETTEER', () => {
    const file = writeJson([{ name: 'Blue Heron Campus', type: 'project', aliases: ['Blue Heron'] }]);
    process.env.TRACKER_GAZETTEER = file;
    expect(Gazetteer.load().canonicalName('Blue Heron')).toBe('Blue Heron Campus');
  });

  it('names the file and the entry when an entry is invalid', () => {
    const file = writeJson({ entries: [{ name: 'Good Co', type: 'org' }, { name: 'Bad Co', type: 'company', aliases: [] }] });
    let error: unknown;
    try {
      Gazetteer.load({ extraPaths: [file] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GazetteerError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toContain('entry 1');
    expect(message).toContain('"Bad Co"');
    expect(message).toContain('type');
  });

  it('says so when a file is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    dirs.push(dir);
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "entries": [ ');
    expect(() => Gazetteer.load({ extraPaths: [file] })).toThrow(/broken\.json is not valid JSON/);
  });
});

describe('findEntities', () => {
  it('reports mentions in order with offsets into the text', () => {
    const text = 'Meta Platforms signed a deal with CoreWeave. Meta will pay in cash.';
    const mentions = findEntities(text, gaz);
    expect(mentions.map((m) => m.name)).toEqual(['Meta', 'CoreWeave', 'Meta']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const summary = summariseEntities(mentions);
    expect(summary[0]).toMatchObject({ name: 'Meta', type: 'org', mentions: 2, aliases: ['Meta Platforms'] });
  });

  it('maps the Pentagon and AWS aliases to their canonical names', () => {
    const text = 'The Pentagon awarded the contract to Amazon Web Services on Monday. The Defense Department said AWS would start in May.';
    const list = entitiesOf(text);
    const dod = list.find((e) => e.name === 'Department of Defense');
    expect(dod?.mentions).toBe(2);
    expect(list.find((e) => e.name === 'AWS')?.mentions).toBe(2);
    expect(list.some((e) => e.name === 'Amazon')).toBe(false);
  });

  it('types a county as a place and its board as an org', () => {
    const text = 'The Loudoun County Board of Supervisors approved the rezoning. Loudoun County already hosts many data centers. '
      + 'In Georgia, the Jones County Board of Commissioners adopted rules.';
    const list = entitiesOf(text);
    expect(list).toContainEqual(expect.objectContaining({ name: 'Loudoun County Board of Supervisors', type: 'org' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Loudoun County', type: 'place' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Jones County Board of Commissioners', type: 'org' }));
    expect(list.some((e) => e.name === 'Jones County Board of Commissioners' && e.type === 'place')).toBe(false);
  });

  it('treats lower-case commissioners after a county as the county acting', () => {
    expect(has('Last week the Harlan County commissioners voted 3-2 against the plan.', 'Harlan County Board of Commissioners', 'org')).toBe(true);
  });

  it('discovers an unknown company and person', () => {
    const text = 'Quarrystone Digital Holdings agreed to build the site, said chief executive Marta Kowalczyk. '
      + 'Kowalczyk said Quarrystone Digital Holdings would hire 200 people.';
    const list = entitiesOf(text);
    expect(list).toContainEqual(expect.objectContaining({ name: 'Quarrystone Digital Holdings', type: 'org', origin: 'discovered' }));
    const person = list.find((e) => e.name === 'Marta Kowalczyk');
    expect(person).toMatchObject({ type: 'person', mentions: 2 });
  });

  it('types a name after a kind of organisation in apposition as an org', () => {
    expect(has('The hall will be built by Ohio construction firm Brenwick, the county said.', 'Brenwick', 'org')).toBe(true);
    expect(has('Lending is led by Dutch state bank Valkmoor, with four others.', 'Valkmoor', 'org')).toBe(true);
    expect(has('A review drawn up by planning consultants Tessaly found no harm.', 'Tessaly', 'org')).toBe(true);
    expect(has('Sales rose after the release from its Czech studio Korvana.', 'Korvana', 'org')).toBe(true);
    // A role of a person is no kind of organisation: "lead engineer" does not make the name a company.
    expect(has('The design came from lead engineer Marta Kowalczyk.', 'Marta Kowalczyk', 'org')).toBe(false);
  });

  it('types an unknown name listed beside organisations as an org, but not a modifier or another name for it', () => {
    const text = 'The launch partners are Microsoft, Brenwick, Nvidia and Tessaly, the companies said.';
    expect(has(text, 'Brenwick', 'org')).toBe(true);
    expect(has(text, 'Tessaly', 'org')).toBe(true);
    expect(has('The deal joins Microsoft and Chilean energy developer Valkmoor Energy.', 'Chilean', 'org')).toBe(false);
    expect(has('The county approved the Orchard Review, or OR, and Microsoft applied.', 'Orchard Review', 'org')).toBe(false);
  });

  it('types a name with a kind of organisation in apposition after it as an org, not after a fronted place', () => {
    expect(has('The round was led by Quennel Global, the investment firm founded by two brothers.', 'Quennel Global', 'org')).toBe(true);
    expect(has('It will be run by Ostrava Grid OH, a subsidiary of a larger utility.', 'Ostrava Grid OH', 'org')).toBe(true);
    expect(has('In Marlow, a group of residents sued the county.', 'Marlow', 'org')).toBe(false);
  });

  it('reads a company\'s distinctive first word alone as the company', () => {
    const text = 'The round was led by QRX Global, the investment firm. QRX runs a large fund, and Ostrander Cloud Partners said Ostrander will hire.';
    const list = findEntities(text, gaz);
    expect(list.filter((m) => m.name === 'QRX Global').map((m) => m.surface)).toEqual(['QRX Global', 'QRX']);
    expect(list.filter((m) => m.name === 'Ostrander Cloud Partners').map((m) => m.surface)).toEqual(['Ostrander Cloud Partners', 'Ostrander']);
    // A word the text also uses as a word is not the company's short name.
    expect(findEntities('Sterling Data Partners bought the site. Sterling demand rose, and sterling fell.', gaz).filter((m) => m.name === 'Sterling Data Partners')).toHaveLength(1);
  });

  it('reads a firm\'s name less its closing head word as the firm, but not a place\'s body cut to the place', () => {
    const text = 'Otter Basin Electric filed a tariff with Crandall Township. The Crandall Township Board backed it. Otter Basin and Velmora signed the deal later.';
    const list = findEntities(text, gaz);
    expect(list.filter((m) => m.name === 'Otter Basin Electric').map((m) => m.surface)).toEqual(['Otter Basin Electric', 'Otter Basin']);
    expect(list.filter((m) => m.name === 'Crandall Township Board').map((m) => m.surface)).toEqual(['Crandall Township Board']);
    // Run on into another capitalised word, the opening words are part of another name.
    expect(findEntities('Otter Basin Electric filed a tariff. Otter Basin Water Users met.', gaz).filter((m) => m.surface === 'Otter Basin')).toHaveLength(0);
  });

  it('reads the first word alone opening a sentence as the company when a verb or modal follows it, not a noun', () => {
    const shortMentions = (text: string) => findEntities(text, gaz).filter((m) => m.name === 'Summit Grid Holdings' && m.surface === 'Summit').length;
    expect(shortMentions('Summit Grid Holdings will buy the utility. The deal is large. Summit must keep its staff.')).toBe(1);
    expect(shortMentions('Summit Grid Holdings will buy the utility. The deal is large. Summit first agreed to the price in May.')).toBe(1);
    expect(shortMentions('Summit Grid Holdings will buy the utility. The deal is large. Summit talks stalled.')).toBe(0);
  });

  it('keeps a plus inside a firm\'s name, as an ampersand', () => {
    expect(has('Tessaly Design + Construction is turning the old mill into flats.', 'Tessaly Design + Construction', 'org')).toBe(true);
  });

  it('resolves surnames to the full name seen earlier', () => {
    const text = 'Sam Altman met investors in Tokyo. Altman said demand was strong.';
    const altman = entitiesOf(text).find((e) => e.name === 'Sam Altman');
    expect(altman?.mentions).toBe(2);
    expect(altman?.aliases).toContain('Altman');
  });

  it('resolves a company with a legal suffix to the gazetteer entry', () => {
    const list = entitiesOf('Nebius Group N.V. priced its notes. Nebius Group said the proceeds fund Nebius data centers.');
    expect(list.filter((e) => e.type === 'org').map((e) => e.name)).toEqual(['Nebius']);
  });

  it('does not take demonyms, months or sentence-initial words for entities', () => {
    const text = 'Norwegian officials and Dutch regulators met on Monday in March. However, Emirati investors waited. Analysts said little.';
    const names = entitiesOf(text).map((e) => e.name);
    expect(names).toEqual([]);
  });

  it('finds the places in an all-caps dateline', () => {
    const text = 'AMSTERDAM/NEW YORK, Sept 9 (Reuters) - Nebius signed a deal with Microsoft.\n\nMore text follows here.';
    const list = entitiesOf(text);
    expect(list).toContainEqual(expect.objectContaining({ name: 'Amsterdam', type: 'place' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'New York', type: 'place' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Reuters', type: 'org' }));
  });

  it('finds a town from its state and a name before a hyphenated compound', () => {
    const text = 'The plant near Marrowbone, Kentucky, will be built by a Nasdaq-listed, Texas-based developer.';
    const list = entitiesOf(text);
    expect(list).toContainEqual(expect.objectContaining({ name: 'Marrowbone', type: 'place' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Nasdaq', type: 'org' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Texas', type: 'place' }));
  });

  it('names the product inside "the ChatGPT maker" as well as the company', () => {
    const list = entitiesOf('The deal gives the ChatGPT maker a stake in the chipmaker.');
    expect(list.map((e) => e.name).sort()).toEqual(['ChatGPT', 'OpenAI']);
  });

  it('types products, models and named projects', () => {
    const text = 'OpenAI cut o3 prices and runs Stargate UAE on GB300 chips alongside Azure capacity.';
    const list = entitiesOf(text);
    expect(list).toContainEqual(expect.objectContaining({ name: 'o3', type: 'product' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Stargate UAE', type: 'project' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'GB300', type: 'product' }));
    expect(list).toContainEqual(expect.objectContaining({ name: 'Azure', type: 'product' }));
    expect(list.some((e) => e.name === 'Stargate')).toBe(false);
  });
});

describe('cities and the firms based in them', () => {
  it('a firm "X-based" names its city as a place, at a sentence start too, and the firm after its kind as an organisation', () => {
    const text = 'Santiago-based developer Cerro Nube has paused the project. Guadalajara-based operator Tlaloc Datos said it would wait.';
    expect(has(text, 'Santiago', 'place')).toBe(true);
    expect(has(text, 'Cerro Nube', 'org')).toBe(true);
    expect(has(text, 'Guadalajara', 'place')).toBe(true);
    expect(has(text, 'Tlaloc Datos', 'org')).toBe(true);
  });

  it('a person after a kind of firm stays a person when a given name opens the name', () => {
    expect(has('The Austin developer Jane Roe said the site would open in May.', 'Jane Roe', 'person')).toBe(true);
  });

  it('two major cities joined by "and" are two places, even when a list of names also holds the words', () => {
    const text = 'Kumo Hosting runs data centres in Sapporo and Santiago.';
    expect(has(text, 'Sapporo', 'place')).toBe(true);
    expect(has(text, 'Santiago', 'place')).toBe(true);
    expect(entitiesOf(text).some((e) => e.name.includes(' and '))).toBe(false);
  });
});

describe('words that name no one', () => {
  it('a currency code before a figure is no organisation', () => {
    const names = entitiesOf('Fjellgard Data raised NOK 600m from pension funds. Two people familiar with the terms put the lease at roughly NOK 2bn over ten years. Tamra Labs closed a SAR 300 million round; the state fund will spend SAR 2 billion on halls.').map((e) => e.name);
    expect(names).not.toContain('NOK');
    expect(names).not.toContain('SAR');
  });

  it('a people\'s or a region\'s adjective alone is no name', () => {
    const names = entitiesOf('Nordic operators have courted model labs for years. Fjellgard Data raised money from a group of Nordic pension funds. Tamra Labs serves Arabic-language chat apps and is building large Arabic language models.').map((e) => e.name);
    expect(names).not.toContain('Nordic');
    expect(names).not.toContain('Arabic');
  });
});

describe('a product named with its maker in front', () => {
  it('names the maker too when the maker is no part of the product\'s own name', () => {
    const ents = entitiesOf('Kelda Cloud will rent out Nvidia H100 servers by the hour from March.');
    expect(ents.some((e) => e.name === 'Nvidia' && e.type === 'org')).toBe(true);
    expect(ents.some((e) => e.name === 'H100' && e.type === 'product')).toBe(true);
  });

  it('leaves the maker inside a product whose own name holds it', () => {
    const ents = entitiesOf('Kelda Cloud moved its chat assistant onto Amazon Bedrock last week.');
    expect(ents.some((e) => e.name === 'Amazon Bedrock' && e.type === 'product')).toBe(true);
    expect(ents.some((e) => e.name === 'Amazon')).toBe(false);
  });
});

describe('registered names with an abbreviated legal form', () => {
  it('keep the full stop of "Co." and "Inc." that the sentence shares', () => {
    const names = entitiesOf('The paving contract went to Delmar Paving Co. Work starts in May. The option is held by Quarrel Holdings Inc., a unit of a fund.').map((e) => e.name);
    expect(names).toContain('Delmar Paving Co.');
    expect(names).toContain('Quarrel Holdings Inc.');
  });
});
