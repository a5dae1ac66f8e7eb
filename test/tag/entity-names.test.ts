/**
 * Names the discovery rules must read whole: official bodies with lower-case
 * connectors, places the gazetteer of real places knows (towns, counties,
 * states written short), people introduced by title and surname, code-named
 * projects; and what is no name: streets, fragments. Sentences written for
 * this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { loadTestGazetteer, namesIn } from '../support/entity-names.ts';
import { findEntities } from '../../ingest/tag/entities.ts';

let gaz: Gazetteer;
// The gazetteer of real places (tens of thousands of towns) loads once here, not inside the first test.
beforeAll(() => { gaz = loadTestGazetteer(); }, 120_000);

const entities = (text: string) => namesIn(gaz, text);

describe('official names with lower-case connectors', () => {
  it('keeps "of", "for", "on" and "and" inside a body named by its head', () => {
    expect(entities('The permit was challenged by the Arkansas Department of Parks and Heritage Preservation last spring.'))
      .toContain('Arkansas Department of Parks and Heritage Preservation (org)');
    expect(entities('Lawyers for the Oregon Center for Rural Water Advocacy filed the appeal on Tuesday.'))
      .toContain('Oregon Center for Rural Water Advocacy (org)');
    expect(entities('A spokesman for the Nevada Commission on Clean Groundwater declined to comment.'))
      .toContain('Nevada Commission on Clean Groundwater (org)');
    expect(entities('The Public Service Board of Vermont approved the tariff in a 3-0 vote.'))
      .toContain('Public Service Board of Vermont (org)');
  });

  it('still splits two names joined by "and"', () => {
    const found = entities('The plan was backed by Microsoft and Granite Ridge Power Cooperative on Friday.');
    expect(found).toContain('Microsoft (org)');
    expect(found).toContain('Granite Ridge Power Cooperative (org)');
  });
});

describe('places from the gazetteer of real places', () => {
  it('reads towns, counties and abbreviated states', () => {
    const found = entities('The warehouse near Tarboro would draw power from a substation in Edgecombe County, officials said.');
    expect(found).toContain('Tarboro (place)');
    expect(found).toContain('Edgecombe County (place)');
    expect(entities('The campus in New Castle County would be the largest in the state.')).toContain('New Castle County (place)');
    expect(entities('Residents of Round Rock, TX, packed the hearing.')).toContain('Texas (place)');
  });

  it('reads "St." inside a town name', () => {
    expect(entities('Opponents in St. Charles asked for a year-long pause.')).toContain('St. Charles (place)');
  });

  it('leaves everyday words and surnames that are also towns alone', () => {
    const found = entities('The committee is Reading the proposal again, said Moore, who chairs it.');
    expect(found.some((e) => e.startsWith('Reading'))).toBe(false);
    expect(found).not.toContain('Moore (place)');
  });
});

describe('people, streets and code names', () => {
  it('reads a title then a surname as a person, and as the full name when the text gives it', () => {
    expect(entities('Commissioner Alvarez said the vote would wait until March.')).toContain('Alvarez (person)');
    const both = entities('Commissioner Rosa Alvarez chaired the meeting. Later, Commissioner Alvarez said the vote would wait.');
    expect(both).toContain('Rosa Alvarez (person)');
    expect(both).not.toContain('Alvarez (person)');
  });

  it('reads people introduced by a role word', () => {
    expect(entities('"We were never asked," said plaintiff Marisol Quenby outside the courthouse.')).toContain('Marisol Quenby (person)');
    expect(entities('Village Trustee Odile Brannigan voted against the rezoning.')).toContain('Odile Brannigan (person)');
  });

  it('reads people introduced by a role in lower case, a role of something, a plural title, or a title and "of" whose', () => {
    expect(entities('"We will appeal," said alderwoman Liesbet Vroom.')).toContain('Liesbet Vroom (person)');
    expect(entities('"Nobody was hurt," said the head of operations, Tamsin Achterberg.')).toContain('Tamsin Achterberg (person)');
    // A given name the name lists lack is carried by a surname English does not know.
    expect(entities('Chief executive Warren Quillfeather said the firm would comply.')).toContain('Warren Quillfeather (person)');
    expect(entities('Co-founders Maelle Drouvin and two engineers will join the buyer.')).toContain('Maelle Drouvin (person)');
    expect(entities('On Tuesday, Circuit Judge Odalys Ferreira of the Fourth District denied the motion.')).toContain('Odalys Ferreira (person)');
  });

  it('reads the opening words of a firm the text names, closed by its head word, as that firm, not a person', () => {
    const found = entities('Residents marched against a campus planned by Linnea Vale Development. Linnea Vale said the permit was lawful.');
    expect(found).toContain('Linnea Vale Development (org)');
    expect(found).not.toContain('Linnea Vale (person)');
  });

  it('reads a known company\'s name before a place\'s head word as the place ("Juniper County"), not the company', () => {
    const found = entities('Juniper County commissioners approved the rezoning on Tuesday.');
    expect(found).toContain('Juniper County (place)');
    expect(found).not.toContain('Juniper Networks (org)');
  });

  it('reads a known place after a capitalised word as a longer name cut short when the two open one elsewhere', () => {
    const text = 'Copper Mesa Energy Campus bought the land. The campus, called Copper Mesa, would host 3 GW. Residents of Mesa objected.';
    const mesas = findEntities(text, gaz).filter((m) => m.name === 'Mesa');
    expect(mesas.map((m) => m.start)).toEqual([text.lastIndexOf('Mesa')]);
  });

  it('reads a company\'s name joined to a version number as its product, but not a public body\'s', () => {
    const found = entities('Quorra AI released Quorra-3 on Tuesday. Mistral retired Mistral Small 2402. The House Rules Committee sent House Bill 1040 to the floor.');
    expect(found).toContain('Quorra-3 (product)');
    expect(found).toContain('Mistral Small 2402 (product)');
    expect(found.some((n) => n.startsWith('House Bill'))).toBe(false);
    // A legal form and a sum after the name make no product either.
    expect(entities('Quorra AI said the regulator fined Quorra AS 2.4 million kroner.').some((n) => n.includes('2.4'))).toBe(false);
  });

  it('reads a two-word name no list knows before the kind of site it names as a project, but not a town or an owner', () => {
    const found = entities('Power flows from the planned Heron Flats solar and battery project and its Tamsin Ridge station. The Dallas data center and the Brakkel data center are full.');
    expect(found).toContain('Heron Flats (project)');
    expect(found).toContain('Tamsin Ridge (project)');
    expect(found).not.toContain('Dallas (project)');
    expect(found).not.toContain('Brakkel (project)');
  });

  it('reads a town no list knows after "east of" or before its state when a place word precedes it, but no road', () => {
    const found = entities('The campus on 700 acres east of Brennock, Texas, is dead. A second site west of Quellbury stalled, and one east of Harrow Avenue too.');
    expect(found).toContain('Brennock (place)');
    expect(found).toContain('Quellbury (place)');
    expect(found.some((n) => n.startsWith('Harrow Avenue'))).toBe(false);
  });

  it('tells Italy\'s two "Garante" regulators apart by their full names, and reads the short name as the privacy one', () => {
    const found = entities('Rome\'s Autorità Garante della Concorrenza e del Mercato fined the chipmaker, and Italy\'s Garante per la protezione dei dati personali opened a probe. The Garante said it would rule in May.');
    expect(found).toContain('Autorità Garante della Concorrenza e del Mercato (org)');
    expect(found).toContain('Garante per la protezione dei dati personali (org)');
  });

  it('takes no figure written with its unit for a name', () => {
    const found = entities('A hearing on a proposed 250MW data centre campus near Hosakote drew protests; a 1.2GW plan and a 400kV line were also discussed.');
    expect(found.filter((n) => /\d/.test(n))).toEqual([]);
  });

  it('reads honorifics from abroad before a name as titles, not as part of it', () => {
    const found = entities('Datuk Farid Osman said the council would meet. Cr Nerys Vallance voted against it, and Cllr Ade Okoro agreed.');
    expect(found).toContain('Farid Osman (person)');
    expect(found).toContain('Nerys Vallance (person)');
    expect(found).toContain('Ade Okoro (person)');
  });

  it('reads the name of a firm the text names, short of its last word, as that firm', () => {
    const found = entities('Brisk Cedar Digital informed the city in a letter. An official said Brisk Cedar had not applied.');
    expect(found).toContain('Brisk Cedar Digital (org)');
    expect(found).not.toContain('Brisk Cedar (person)');
  });

  it('reads a given name in two hyphenated parts at the end of a clause as a name, but a compound adjective before its noun as none', () => {
    const found = entities('"We will train here," said the start-up\'s chief executive, Seo Ha-rin. The Apple-designed servers and World Cup-style contests drew crowds.');
    expect(found).toContain('Seo Ha-rin (person)');
    expect(found.some((n) => /designed|style/.test(n))).toBe(false);
  });

  it('leaves a plural role before "for" or "of", and a firm named with "Partners", alone', () => {
    const found = entities('Lawyers for Quennel argued the case. Leaders of the Bramholt residents group spoke. Ohio Partners for Cheaper Power objected.');
    expect(found.filter((n) => n.endsWith('(person)'))).toEqual([]);
  });

  it('reads a person set off by commas after a role, or by a comma before a verb of saying', () => {
    const found = entities("The startup's chief executive, Ravi Mehtani, said the deal would close soon. Its founder, Teodora Vlasceanu, told staff on Friday.");
    expect(found).toContain('Ravi Mehtani (person)');
    expect(found).toContain('Teodora Vlasceanu (person)');
  });

  it('does not type streets and roads as people', () => {
    const found = entities('Trucks would use Francis Harris Lane and Old Mill Road to reach the site, neighbours said.');
    expect(found.some((e) => e.endsWith('(person)'))).toBe(false);
  });

  it('reads code-named projects', () => {
    expect(entities('The developer, working under the name Project Lantern, wants 400 acres.')).toContain('Project Lantern (project)');
  });

  it('reads a brand English does not know as an organisation, but not a surname alone', () => {
    expect(entities('The site will be built by Brelvano, the county said. Brelvano declined to comment.')).toContain('Brelvano (org)');
    const found = entities('Tech investor Dara Quillfeather backed the fund. Quillfeather said she expects more deals.');
    expect(found).toContain('Dara Quillfeather (person)');
    expect(found).not.toContain('Quillfeather (org)');
  });

  it('leaves no fragment of a title or connector in a name', () => {
    const found = entities('Minister of State for Digital Affairs Tomas Varga spoke at the opening.');
    expect(found.some((e) => /^(?:of|for|and) /.test(e))).toBe(false);
  });
});

describe('legal suffixes, campaigns and ordinals', () => {
  const names = (text: string, title = '') => namesIn(gaz, text, title);
  it('a registered name given once yields to the short name the story uses', () => {
    const found = names('Zentrix LLC filed a plan for the site in May. Zentrix withdrew it on Monday, and Zentrix\'s lawyer declined to comment.');
    expect(found).toContain('Zentrix (org)');
    expect(found.join(';')).not.toContain('Zentrix LLC');
  });
  it('a name the story always writes with its suffix keeps it', () => {
    const found = names('Brindle Partners LLC sold notes in March. Brindle Partners LLC then bought the land, and Brindle Partners said it would build.');
    expect(found).toEqual(['Brindle Partners LLC (org)']);
  });
  it('the headline counts towards how the article names a company', () => {
    expect(names('The town denied Halcyon Grid LLC a permit on Tuesday.', 'Town denies Halcyon Grid a permit')).toContain('Halcyon Grid (org)');
  });
  it('reads a campaign named by its demand whole, as an organisation', () => {
    expect(names('Members of Stop the Birchwood Data Center packed the meeting.')).toContain('Stop the Birchwood Data Center (org)');
    expect(names('Residents who formed Protect Elm Township filed suit.')).toContain('Protect Elm Township (org)');
  });
  it('keeps an ordinal that opens a body\'s name', () => {
    expect(names('The appeal goes to the Third Environmental Court in March.')).toContain('Third Environmental Court (org)');
  });
});

describe('title words inside company names', () => {
  it('a title word before a legal suffix is part of the company name', () => {
    expect(entities('A vehicle called Marlowe Investor LLC sold the notes.')).toContain('Marlowe Investor LLC (org)');
  });
});

describe('organisation heads', () => {
  it('reads partnerships and development companies as organisations', () => {
    const found = entities('A group led by the Northern Compute Partnership and Tran Hai City Development bought the site.');
    expect(found).toContain('Northern Compute Partnership (org)');
    expect(found).toContain('Tran Hai City Development (org)');
  });
});

describe('short forms of registered names', () => {
  const names = entities;
  it('a short form abbreviates a name closed by a descriptive head: the name without its suffix is canonical', () => {
    expect(names('Harlow Power Services LLC, a Tulsa firm, offered $3 million. Harlow Power first approached the city in May.')).toContain('Harlow Power Services (org)');
  });
});

describe('real places the grammar names', () => {
  it('reads the town before "-based" or "-area" as a place', () => {
    const found = entities('A Leicester-based builder and a Tulsa-area cooperative bid for the contract.');
    expect(found).toContain('Leicester (place)');
    expect(found).toContain('Tulsa (place)');
  });

  it('reads "In" opening a sentence as the preposition it is', () => {
    expect(entities('In Glasgow, the council approved the hall on Monday.')).toContain('Glasgow (place)');
  });

  it('splits two regions joined by "and", and takes a region coordinated with one', () => {
    const found = entities('Crews in Western Australia and Tasmania restored power. The firm looked at Kent or Cornwall before choosing.');
    expect(found).toContain('Western Australia (place)');
    expect(found).toContain('Tasmania (place)');
    expect(found).toContain('Cornwall (place)');
  });

  it('parts a region from the one word coordinated with it, which names a place like it, not a firm', () => {
    const found = entities('Queues suggest that Shimane and Kyushu will take a growing share of new loads.');
    expect(found).toContain('Shimane (place)');
    expect(found).toContain('Kyushu (place)');
    expect(found.some((n) => n.startsWith('Shimane and') || n === 'Kyushu (org)')).toBe(false);
  });

  it('reads a place named by the kind of place after it, or by "at" and "the edge of" before it', () => {
    const found = entities('Drought hit farms in the Limpopo province. The firm runs servers at Lulea and on the western edge of Lyon.');
    expect(found).toContain('Limpopo (place)');
    expect(found).toContain('Lyon (place)');
  });

  it('reads a town listed after another town, and a town whose people or officials are meant', () => {
    const found = entities('The coalition has sued Red Wing, Owatonna, Burnsville and Cottage Grove over their reviews. Tarboro officials said they would appeal. A former mayor of Edina joined the board.');
    expect(found).toContain('Owatonna (place)');
    expect(found).toContain('Burnsville (place)');
    expect(found).toContain('Cottage Grove (place)');
    expect(found).toContain('Tarboro (place)');
    expect(found).toContain('Edina (place)');
  });

  it('names a region abroad as the text writes it, not by its listed name', () => {
    const found = entities('The operator will build a campus in Hokkaido and a second hall in Hanau.');
    expect(found).toContain('Hokkaido (place)');
    expect(found).toContain('Hanau (place)');
  });

  it('reads a region after a preposition and "the"', () => {
    const found = entities('Growers across the Piedmont and hauliers in the Midlands watched.');
    expect(found).toContain('Piedmont (place)');
    expect(found).toContain('Midlands (place)');
  });

  it('does not read an everyday word as a place because officials follow it', () => {
    const found = entities('City officials said the hearing would go ahead.');
    expect(found.filter((e) => e.endsWith('(place)'))).toEqual([]);
  });

  it('reads a town no list knows as a place where its council sits or a site is built', () => {
    const found = entities('The municipal council in Fjellvoll has adopted the plan. Brakkedal town council objected, and the developer owns 60 hectares near Stornes.');
    expect(found).toContain('Fjellvoll (place)');
    expect(found).toContain('Brakkedal (place)');
    expect(found).toContain('Stornes (place)');
    expect(found).toContain('Brakkedal Town Council (org)');
    expect(found.filter((e) => /^(?:Fjellvoll|Stornes) \(org\)$/.test(e))).toEqual([]);
  });

  it('still reads a company after "a stake in" or before a possessive as the company', () => {
    const found = entities('Brenvik bought a stake in Quorvale last year; the 300 acres in Quorvale\'s first plan were cut.');
    expect(found.filter((e) => e === 'Quorvale (place)')).toEqual([]);
  });

  it('still reads a company after "at" as the company', () => {
    const found = entities('An analyst at Barclays said the deal was priced well.');
    expect(found).toContain('Barclays (org)');
    expect(found.filter((e) => e.endsWith('(place)'))).toEqual([]);
  });
});
