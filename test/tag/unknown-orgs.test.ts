/**
 * Organisations no list knows, found from the article itself (entity-discovery.ts,
 * entities.ts): one test per error class. Sentences written for this test; the
 * names are invented, so neither gazetteer can know them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { loadTestGazetteer, namesIn } from '../support/entity-names.ts';

let gaz: Gazetteer;
beforeAll(() => { gaz = loadTestGazetteer(); }, 120_000);

const entities = (text: string) => namesIn(gaz, text);

describe('a lower-case word before a capitalised alias', () => {
  it('is a common noun, not the alias: the longer official name is found whole', () => {
    const found = entities('The state Department of Environmental Quality denied an air permit for the turbines.');
    expect(found).toContain('Department of Environmental Quality (org)');
    expect(found).not.toContain('State Department (org)');
  });

  it('leaves the alias itself found', () => {
    expect(entities('Officials at the State Department declined to comment on the export rules.')).toContain('State Department (org)');
  });
});

describe('"and" after a word English does not know', () => {
  it('joins two names, as after a known name', () => {
    const found = entities('The round was led by Kestrelwyn and Harbour Ridge Capital, with Voltaro and Gridmont Networks joining later.');
    expect(found).toContain('Kestrelwyn (org)');
    expect(found).toContain('Harbour Ridge Capital (org)');
    expect(found).toContain('Voltaro (org)');
    expect(found).toContain('Gridmont Networks (org)');
  });

  it('keeps a body whose remit opens with an everyday word whole', () => {
    expect(entities('The county Planning and Zoning Commission met on Monday.')).toContain('Planning and Zoning Commission (org)');
    expect(entities('An outage hit its Identity and Access Management service for hours.')).not.toContain('Identity (org)');
  });
});

describe('a name that acts as a company does', () => {
  it('types an unknown multiword name before a company verb as an org, at the start of a sentence too', () => {
    expect(entities('Halden Digital announced a second campus on Monday.')).toContain('Halden Digital (org)');
    expect(entities('Northwind Compute agreed to buy 300 megawatts of wind power from Prairie Energy.')).toContain('Northwind Compute (org)');
  });

  it('reads a name closed by a plural noun as a company, not a person, before "said"', () => {
    const found = entities('Acme Robots said it would open a plant in Ohio next year.');
    expect(found).toContain('Acme Robots (org)');
    expect(found).not.toContain('Acme Robots (person)');
  });

  it('still reads a given name before "said" as a person', () => {
    expect(entities('Marta Kowal said the plant would open next year.')).toContain('Marta Kowal (person)');
  });

  it('reads a brand\'s cloud as the company, an offering of everyday words as a product', () => {
    expect(entities('Zentaro Cloud said on Tuesday that it had signed the lease.')).toContain('Zentaro Cloud (org)');
    expect(entities('Customers can now buy the Sovereign Private Cloud in three regions.')).toContain('Sovereign Private Cloud (product)');
  });
});

describe('a lone brand name, from evidence in the article', () => {
  it('types an unknown word an org when it acts as a company, opening a sentence too', () => {
    expect(entities('Output rose sharply. Quorvane argued in a note that demand would keep growing.')).toContain('Quorvane (org)');
    expect(entities('The figures were first published last week, Trellick reported on Friday.')).toContain('Trellick (org)');
  });

  it('reads analysts at, shares of, a stake in as an org cue', () => {
    expect(entities('Analysts at Vendrall expect the price to hold through next year.')).toContain('Vendrall (org)');
    expect(entities('The fund sold its stake in Obrenko last quarter.')).toContain('Obrenko (org)');
  });

  it('does not take an everyday word opening a sentence, a place after "at", or a surname for a brand', () => {
    expect(entities('The hearing ran late. Speakers raised noise and water concerns.').join()).not.toMatch(/Speakers/);
    expect(entities('The car plant at Villarenga reports using less water each year.')).not.toContain('Villarenga (org)');
    expect(entities('Most of the parcels belong to a relative of Mayor Dan Oberlik. Oberlik said he had not known.')).not.toContain('Oberlik (org)');
  });

  it('keeps a comma between a person and a brand: the brand is no surname', () => {
    expect(entities('"It will grow," said Graham Holt, Pellworth\'s chief investment officer. Pellworth has said the campus could cost $5 billion.'))
      .toContain('Pellworth (org)');
  });
});

describe('one name, one type per article', () => {
  it('makes an org of a name read as a person when the article uses it as only a company is used', () => {
    expect(entities('The sale was arranged by Warren Keller. Warren Keller analysts said demand was the strongest in years.'))
      .toEqual(expect.arrayContaining(['Warren Keller (org)']));
    expect(entities('Citing data from Warren Keller, the report said costs had doubled. Analysts at Warren Keller expect more.'))
      .not.toContain('Warren Keller (person)');
    expect(entities('Warren Keller ran the books on the deal. The bank said orders passed $100 billion.')).toContain('Warren Keller (org)');
  });

  it('leaves a person a person', () => {
    expect(entities('Warren Keller, who runs the fund, said demand was strong. Analysts at the bank agreed.')).toContain('Warren Keller (person)');
    expect(entities('Priya Raman, an analyst at Halbrook, said demand was strong. The bank expects more orders.')).toContain('Priya Raman (person)');
  });
});

describe('a plural site head', () => {
  it('names the operator of many sites, an org; the bare words stay no name', () => {
    expect(entities('The fund agreed to buy Larkspur Data Centers from its founders.')).toContain('Larkspur Data Centers (org)');
    expect(entities('Opponents said Data Centers should pay more for water.').join()).not.toMatch(/Data Centers \(org\)/);
  });
});

describe('a plural possessive inside a body\'s name', () => {
  it('keeps the name whole', () => {
    const found = entities('The Kansas Growers\' Association called the decision disappointing.');
    expect(found).toContain("Kansas Growers' Association (org)");
    expect(found).not.toContain('Kansas (place)');
  });
});

describe('initials then a state or country', () => {
  it('names the company\'s arm there, not the place alone', () => {
    const found = entities('Regulators directed KVX Ohio to file new tariffs for large loads.');
    expect(found).toContain('KVX Ohio (org)');
    expect(found).not.toContain('Ohio (place)');
  });
});

describe('a company named with everyday words', () => {
  it('keeps a page word that opens a name mid-line ("Related", "Watch") and reads a role after it as the company\'s', () => {
    const found = entities('The plan is on track, said Related Harbour spokesperson Nina Castell.');
    expect(found).toContain('Related Harbour (org)');
    expect(found).toContain('Nina Castell (person)');
    expect(found).not.toContain('Related Harbour (person)');
  });

  it('still drops a page word opening a line', () => {
    expect(entities('Related Stories\nThe council met on Monday.').join()).not.toMatch(/Related/);
  });
  it('reads a name closed by an abstract noun as a firm even before "said", and keeps a given name with such a surname a person', () => {
    const found = entities('Brasko Inference said on Monday it would open a second site. Halvard Analytics said the same.');
    expect(found).toContain('Brasko Inference (org)');
    expect(found).toContain('Halvard Analytics (org)');
    expect(found).not.toContain('Brasko Inference (person)');
    expect(entities('Jennifer Lawrence said she would attend the hearing.')).toContain('Jennifer Lawrence (person)');
  });
});

describe('a last word the gazetteer\'s own names close organisations with', () => {
  it('is learnt from the gazetteer: words that end several organisations\' names, not surnames', () => {
    const inline = new Gazetteer([
      { name: 'Alder Data', type: 'org', aliases: [] }, { name: 'Brill Data', type: 'org', aliases: ['Brill Data Co'] },
      { name: 'Cask Morgan', type: 'org', aliases: [] }, { name: 'Dune Morgan', type: 'org', aliases: [] },
      { name: 'Eel River', type: 'place', aliases: [] }, { name: 'Fen River', type: 'org', aliases: [] }, { name: 'Gull River', type: 'place', aliases: [] },
    ]);
    const heads = inline.orgHeads((w) => ['data', 'river', 'co'].includes(w));
    expect([...heads].sort()).toEqual(['Data']);
  });

  it('makes an org of an unknown name it closes, mid-sentence and opening one', () => {
    const found = entities('The county signed a water deal with Quillmoor Data on Monday. Brackenfold Digital will build the second hall.');
    expect(found).toContain('Quillmoor Data (org)');
    expect(found).toContain('Brackenfold Digital (org)');
  });

  it('does not make an org of a nationality, a figure or a verb opening a sentence before it', () => {
    const found = entities('Regulators are wary of Chinese AI models. Can AI run on 200MW AI clusters? Officials doubt it.');
    expect(found.filter((f) => f.endsWith('(org)'))).toEqual([]);
  });
});

describe('someone who works at a name of several words', () => {
  // Not yet: "Engineers at Tarrow Bluefield said ...": a person's cue after the name ("said") still wins.
  it('makes the name an org', () => {
    const found = entities('"Prices will fall," said Ines Varga, a strategist at Pellham Vosk. Engineers at Tarrow Bluefield fixed the fault by noon.');
    expect(found).toContain('Pellham Vosk (org)');
    expect(found).toContain('Tarrow Bluefield (org)');
  });
});

describe('a place before a body the gazetteer lists under its bare name', () => {
  it("names the place's own body, not the national one", () => {
    const found = entities('The Oregon Department of Justice opened an inquiry, and the Utah Supreme Court heard the appeal.');
    expect(found).toContain('Oregon Department of Justice (org)');
    expect(found).toContain('Utah Supreme Court (org)');
    expect(found).not.toContain('Department of Justice (org)');
    expect(found).not.toContain('Supreme Court (org)');
  });

  it('reads a division as a body', () => {
    expect(entities('The Idaho Division of Water Quality issued the permit.')).toContain('Idaho Division of Water Quality (org)');
  });
});

describe('firms named the way firms are', () => {
  it('reads two names joined by an ampersand as one firm', () => {
    const found = entities('Analysts at Thorncastle & Wren cut their forecast on Friday.');
    expect(found).toContain('Thorncastle & Wren (org)');
    expect(found).not.toContain('Thorncastle (org)');
  });

  it('reads an everyday head that closes many firms\' names, guarded as the learnt heads are', () => {
    const found = entities('The campus will buy power from Marrowby Solar, and Quellen Midstream will lay the pipe. Cheap Solar is no name.');
    expect(found).toContain('Marrowby Solar (org)');
    expect(found).toContain('Quellen Midstream (org)');
    expect(found).not.toContain('Cheap Solar (org)');
  });

  it('lets an adjective open a firm\'s name at a sentence\'s start when the same words are a name inside another sentence', () => {
    const found = entities('Bright Harbor Digital wrote to the county on Monday. The county said Bright Harbor had not yet paid the fee.');
    expect(found).toContain('Bright Harbor Digital (org)');
    // Alone at a sentence's start, the adjective still opens no name.
    expect(entities('Bright Digital screens fill the lobby. Nobody asked for them.')).not.toContain('Bright Digital (org)');
  });
});

describe('groups named for their cause', () => {
  it('reads "Friends of" a place as a group', () => {
    const found = entities('Friends of Marsh Hollow Creek asked the state to review the wells. A lawyer for Friends of the Upper Teign said the same.');
    expect(found).toContain('Friends of Marsh Hollow Creek (org)');
    expect(found).toContain('Friends of the Upper Teign (org)');
  });

  it('keeps a title word inside a group\'s name, before its head word, as part of the name', () => {
    const found = entities('The Tallowmere Water Justice Coalition filed its notice on Monday.');
    expect(found).toContain('Tallowmere Water Justice Coalition (org)');
    expect(found.filter((e) => / \(person\)$/.test(e))).toEqual([]);
  });
});

describe('banks, appeals courts and colocation firms', () => {
  it('reads a Romance bank prefix, a numbered circuit and a "Colo" head as organisations', () => {
    const found = entities('The loan came from Banco Tresmares and Banque Ferrand. The company said it would take the case to the Fourth Circuit. Ridgeback Colo leased the hall.');
    expect(found).toContain('Banco Tresmares (org)');
    expect(found).toContain('Banque Ferrand (org)');
    expect(found).toContain('Fourth Circuit (org)');
    expect(found).toContain('Ridgeback Colo (org)');
  });
});

describe('a special-purpose district', () => {
  it('is a public body even when a given name opens it, and a business district is not one', () => {
    const found = entities('The Ashcombe Valley Water District will vote on the cap in May. Officials from the Warren Irrigation District objected. Cafes in the Central Business District stayed open.');
    expect(found).toContain('Ashcombe Valley Water District (org)');
    expect(found).toContain('Warren Irrigation District (org)');
    expect(found.filter((e) => / \(person\)$/.test(e))).toEqual([]);
    expect(found).not.toContain('Central Business District (org)');
  });
});

describe('a name of several words after a verb whose object is a company', () => {
  it('is the company fined, sued or bought, though it is named once and its last word is an everyday word', () => {
    const found = entities('Regulators fined Marrow Chat $3 million last week. Orrin Ledger agreed to buy Tidewell Sheets for $40 million.');
    expect(found).toContain('Marrow Chat (org)');
    expect(found).toContain('Tidewell Sheets (org)');
  });

  it('leaves a person sued a person', () => {
    expect(entities('The county sued Margaret Ellory over the fence.')).toContain('Margaret Ellory (person)');
  });
});

describe('a kind of organisation opening the sentence', () => {
  it('is the apposition, not the first word of the name', () => {
    const found = entities('The storm cut two feeds. Operator Quillmere Hosting said its batteries carried the halls for an hour.');
    expect(found).toContain('Quillmere Hosting (org)');
    expect(found).not.toContain('Operator Quillmere Hosting (org)');
  });

  it('is the party\'s role in a filing, a case or a sale, not the first word of its name', () => {
    const found = entities('The hearing was moved to May. Appellant Tollgate Ridge Partners said it would wait. Bidder Harwick Fibre Holdings withdrew.');
    expect(found).toContain('Tollgate Ridge Partners (org)');
    expect(found).toContain('Harwick Fibre Holdings (org)');
    expect(found.filter((e) => /^(?:Appellant|Bidder) /.test(e))).toEqual([]);
  });

  it('still introduces a person by a role when a given name follows it', () => {
    const found = entities('Costs keep rising. Investor Margaret Ellory said the build-out would outlast the boom.');
    expect(found).toContain('Margaret Ellory (person)');
    expect(found.filter((e) => /Ellory \(org\)/.test(e))).toEqual([]);
  });
});

describe('a holding company named in full, then by its first words', () => {
  it('keeps the full name as the one canonical name', async () => {
    const { createTagger } = await import('../../ingest/tag/index.ts');
    const tagger = createTagger({ gazetteer: gaz });
    const out = tagger.tag({
      title: 'Brackenmoor to buy a cable landing site',
      body: 'Brackenmoor Holdings said on Monday it would acquire Pellow Cable Landing for $90 million. Brackenmoor plans to build a data hall beside it, and Brackenmoor expects the hall to open in 2028.',
      publishedAt: '2026-05-04T09:00:00Z',
    });
    const orgs = out.entities.filter((e) => e.type === 'org').map((e) => e.name);
    expect(orgs).toContain('Brackenmoor Holdings');
    expect(orgs).not.toContain('Brackenmoor');
    expect(out.events.flatMap((e) => e.actors)).not.toContain('Brackenmoor');
  });

  it('still gives a registered name its short form when the story uses it', () => {
    const found = entities('Quarrendon LLC filed the plans in May. Quarrendon said work would start in the autumn, and Quarrendon expects to hire 40 people.');
    expect(found).toContain('Quarrendon (org)');
    expect(found).not.toContain('Quarrendon LLC (org)');
  });
});

describe('a known company\'s name at the end of a longer one', () => {
  it('belongs to the longer name when the word before it is no English word, place or given name', () => {
    const found = entities('Lockwinter Digital Realty leased two halls in May, its best month since listing.');
    expect(found).toContain('Lockwinter Digital Realty (org)');
    expect(found).not.toContain('Digital Realty (org)');
  });

  it('is the known company after an English word or a region', () => {
    expect(entities('Regional Digital Realty sites were busy; Virginia Digital Realty halls too.')).toContain('Digital Realty (org)');
  });
});

describe('company names with their legal and utility forms', () => {
  it('reads a head word joined by an ampersand to another as one firm', () => {
    const found = entities('Bills from Wenlock Valley Power & Light will rise in June, and Tarnby Gas & Electric will follow.');
    expect(found).toContain('Wenlock Valley Power & Light (org)');
    expect(found).toContain('Tarnby Gas & Electric (org)');
  });

  it('keeps "Pte. Ltd." inside the name, and the story\'s short form stays its name', () => {
    const found = entities('SINGAPORE -- Harbourlight Pte. Ltd. said it had signed the lease. Harbourlight will open the hall in May, and Harbourlight expects more.');
    expect(found).toContain('Harbourlight (org)');
    expect(found.filter((e) => /Pte/.test(e))).toEqual([]);
  });

  it('leaves out where a company is registered or listed', () => {
    const found = entities('The plans were lodged by Cork-registered Dunmore Digital Ltd and backed by Oslo-listed Fjordhall Compute.');
    expect(found).toContain('Dunmore Digital Ltd (org)');
    expect(found).toContain('Fjordhall Compute (org)');
    expect(found.filter((e) => /registered|listed/.test(e))).toEqual([]);
  });
});

describe('a name set off by what the firm is or does', () => {
  it('reads an apposition headed by an agent noun, or a clause saying what it makes, as a firm', () => {
    const found = entities('Rooks Gate, a developer planning two halls, bought the land. The chips come from Vellumite, which designs optical switches.');
    expect(found).toContain('Rooks Gate (org)');
    expect(found).toContain('Vellumite (org)');
  });

  it('leaves a person introduced the same way a person', () => {
    const found = entities('Grace Holloway, a developer in the town, spoke against the plan.');
    expect(found).toContain('Grace Holloway (person)');
    expect(found).not.toContain('Grace Holloway (org)');
  });
});

describe('a firm named in full once and then by its first word', () => {
  it('is one firm under its full name when the rest is a word English does not know', () => {
    const found = entities('The regulator fined Kirabashi Denki on Monday. The ruling hurt Kirabashi, which said it would appeal, and analysts at Kirabashi agreed.');
    expect(found).toContain('Kirabashi Denki (org)');
    expect(found).not.toContain('Kirabashi (org)');
  });

  it('is one firm when the short name was also found on its own, as the object of a verb or before a head word', () => {
    const found = entities('A judge barred the developer, Southgate Data Holdings, from clearing trees. The county fined Southgate on Friday, and Southgate said it would appeal.');
    expect(found).toContain('Southgate Data Holdings (org)');
    expect(found).not.toContain('Southgate (org)');
  });

  it('leaves a product named after the firm apart', () => {
    const found = entities('Users of Quillmere Notes lost access. Quillmere said the outage was over, and Quillmere apologised.');
    expect(found).not.toContain('Quillmere Notes (org)');
    expect(found).toContain('Quillmere (org)');
  });
});

describe('firms known by what is said around them', () => {
  it('reads an apposition whose head noun is an agent as a firm, past a modifier that ends like one', () => {
    expect(entities('Kelda Cloud has signed a supply deal with Fossheim Kraft, a regional hydropower producer, for its campus.')).toContain('Fossheim Kraft (org)');
  });

  it('reads a kind of firm after a place as the apposition of the name that follows', () => {
    const found = entities('The ministry chose Nairobi start-up Tembo Akili to build the models, and Kelda Cloud signed with the Lagos cloud provider Orunmila last year.');
    expect(found).toContain('Tembo Akili (org)');
    expect(found).toContain('Orunmila (org)');
  });

  it('keeps a legal form set off by a comma in the name, and no lone legal form as a name', () => {
    const found = entities('BOSTON -- Pallwick, Inc., which makes billing software, said it had raised $40 million.');
    expect(found).toContain('Pallwick, Inc. (org)');
    expect(found.some((n) => n.startsWith('Inc '))).toBe(false);
  });

  it('reads who led a round or an offering as a firm, and a given name there as a person', () => {
    const found = entities('Kelda Cloud raised $30 million in a round led by Marrowgate Growth. The bond offering was led by Tessick Brothers. Its seed round was led by Jane Roe.');
    expect(found).toContain('Marrowgate Growth (org)');
    expect(found).toContain('Tessick Brothers (org)');
    expect(found).toContain('Jane Roe (person)');
  });
});

describe('a firm named after a landform, then by its short name', () => {
  it('reads the short name as the firm, not as a place', () => {
    const found = entities('The commission rejected a settlement in Quillmere Valley Electric\'s rate case. Quillmere Valley said it would file a new proposal.');
    expect(found).toContain('Quillmere Valley Electric (org)');
    expect(found).not.toContain('Quillmere Valley (place)');
  });

  it('leaves a county a place beside its own commission', () => {
    const found = entities('The Brisket County Commission adopted a moratorium. Brisket County has three data centers.');
    expect(found).toContain('Brisket County (place)');
  });
});

describe('a two-word name shortened later in the article', () => {
  it('reads a name shortened to its first word as a firm, and one shortened to its last word as a person', () => {
    const firm = entities('Brannick Steel said on Monday it would idle two furnaces. Brannick did not say how many jobs were at risk.');
    expect(firm).toContain('Brannick Steel (org)');
    expect(firm).not.toContain('Brannick Steel (person)');
    const person = entities('Xiomara Wood said on Monday the plan would fail. Wood did not say what she would do instead.');
    expect(person).toContain('Xiomara Wood (person)');
  });

  it('keeps a name written family name first a person', () => {
    const found = entities('The round was announced by the chief executive, Kwon Min-jae. Kwon said the money would buy chips.');
    expect(found).toContain('Kwon Min-jae (person)');
  });
});

describe('a word English lacks opening a sentence', () => {
  it('is a firm when the text names it again and a company verb or an auxiliary follows it', () => {
    const found = entities('Tramwick will stop selling its desktop app in May, the software company said. Customers of Tramwick Sync keep their files.');
    expect(found).toContain('Tramwick (org)');
  });

  it('is not made a firm by a possessive alone', () => {
    const found = entities('Ulvsund\'s harbour board met on Monday. The new campus at Ulvsund will draw 90 megawatts.');
    expect(found).not.toContain('Ulvsund (org)');
  });
});

describe('a name after the trade it is in', () => {
  it('reads a name after a distributor, reseller or vendor as a firm', () => {
    expect(entities('Regulators fined distributor Tembrel Components on Monday.')).toContain('Tembrel Components (org)');
    expect(entities('The chips went through the Dubai reseller Harrowfield Trading last year.')).toContain('Harrowfield Trading (org)');
  });
});
