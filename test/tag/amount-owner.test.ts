/**
 * Owner of a money figure from its clause: a sale's buyer pays, a public
 * work's or programme's size is nobody's, and the candidate ranker overrides
 * the rules only by its margin. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../ingest/tag/index.ts';
import { chooseOverRule } from '../../ingest/tag/amount-model.ts';
import { chooseOwnerMargin, OWNER_MARGINS, trainOwnerModel, type AmountExample } from '../../ingest/tag/amount-train.ts';

const tagger = createTagger();
const PUB = '2026-02-10T12:00:00Z';
const amounts = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).amounts;
const first = (body: string) => amounts(body)[0]!;

describe('a sale: the buyer pays', () => {
  it('gives the price to the party sold to, not to the seller', () => {
    const a = first('Vellacott Systems said on Monday that it is selling its storage business to Brantley Labs for $340 million.');
    expect(a.category).toBe('deal');
    expect(a.entity).toBe('Brantley Labs');
  });

  it('gives a purchase to the party it is made by, through a group that includes it', () => {
    const a = first('Analysts compared it with the $2 billion acquisition of Corvid Networks by a consortium led by Tamsin Holdings in March.');
    expect(a.category).toBe('deal');
    expect(a.entity).toBe('Tamsin Holdings');
  });

  it('gives the proceeds of a holding sold to the seller, not to the company the holding is in', () => {
    expect(first('Marlowe Capital said it sold its Brantley Labs stake for $1.2 billion last quarter.').entity).toBe('Marlowe Capital');
    expect(first("Marlowe Capital's Brantley Labs shares fetched $800 million in the placement.").entity).toBe('Marlowe Capital');
    const later = amounts('Marlowe Capital reported a record quarter on Monday. It also sold part of its stake in Brantley Labs for $640 million.');
    expect(later.find((a) => a.value === 640e6)?.entity).toBe('Marlowe Capital');
  });

  it('still gives a plain purchase to its buyer', () => {
    expect(first('Tamsin Holdings agreed to buy Corvid Networks for $2.1 billion in cash.').entity).toBe('Tamsin Holdings');
  });
});

describe('a public work or programme', () => {
  const lead = 'Halvard Compute Inc. bought 400 acres outside Elmstead on Monday for a server campus. ';
  it('gives the size of a public road or programme no owner', () => {
    expect(amounts(`${lead}The land sits beside a proposed $900 million bypass road that the state has not yet paid for.`)[0]!.entity).toBeNull();
    expect(amounts(`${lead}Towns may also draw on the $3 billion Rural Fiber Access program run by the state.`)[0]!.entity).toBeNull();
  });

  it('leaves a project of the company with the company', () => {
    expect(amounts(`${lead}The planned $900 million campus would open in 2028.`)[0]!.entity).toBe('Halvard Compute Inc.');
  });
});

describe('owner ranker over the rules', () => {
  const weights = { rule: 1, near: 2 };
  const options = [['rule'], ['near'], ['near', 'near2']];
  it('keeps the rules\' pick unless the ranker\'s best beats it by more than the margin', () => {
    expect(chooseOverRule(weights, options, 0, 0)).toBe(1);
    expect(chooseOverRule(weights, options, 0, 0.5)).toBe(1);
    expect(chooseOverRule(weights, options, 0, 1)).toBe(0);
    expect(chooseOverRule(weights, options, 0, 1e9)).toBe(0);
  });

  it('takes its own best when the rules\' pick is not a candidate', () => {
    expect(chooseOverRule(weights, options, -1, 1e9)).toBe(1);
  });

  it('keeps the rules when there is a single writer to validate the margin on', () => {
    const ex = (article: string, gold: number): AmountExample => ({
      article, text: '$1', sentence: '', goldCategory: 'deal', goldOwner: null, ownerNames: [],
      category: { options: [['bias']], gold: 0 }, estimate: { options: [['bias']], gold: 0 }, owner: null,
      ranking: { options: [['rule'], ['near']], gold, ruleAt: 0 }, rankNames: ['A', 'B'],
      rule: { category: 'deal', estimate: false, ownerOk: gold === 0 },
    });
    const one = [ex('train/land-1', 1), ex('train/land-2', 1), ex('train/land-3', 0)];
    expect(chooseOwnerMargin(one)).toBe(OWNER_MARGINS[OWNER_MARGINS.length - 1]);
    const model = trainOwnerModel([...one, ex('train/power-1', 1), ex('train/power-2', 1)]);
    expect(OWNER_MARGINS).toContain(model.ownerMargin);
    expect(model.owner.near).toBeGreaterThan(0);
  });
});

describe('the party of the clause, not the nearest name', () => {
  it('keeps a result compared with analysts\' estimates with its company (a comparison is not a forecast)', () => {
    const [, second] = amounts("Orrin Capital said quarterly revenue rose 12% to $3.1 billion, just below analysts' estimates, while its lending revenue climbed 40% to $900 million.");
    expect(second!.entity).toBe('Orrin Capital');
  });

  it('does not take a company named as a person\'s employer for a party', () => {
    const [, price] = amounts("Pelham Robotics raised more than $90 million from backers including Orrin Capital's Dana Whitfield and Kestrel Labs' Omar Haddad, and was said last year to be seeking a buyer at a price of up to $600 million.");
    expect(price!.entity).toBe('Pelham Robotics');
  });

  it('gives a payment to the payer, not to the payee named between the verb and the figure', () => {
    expect(first('Halvard Compute Inc. has agreed to pay Norwegian cloud operator Fjellnet about $2.4 billion over four years for GPU servers.').entity).toBe('Halvard Compute Inc.');
  });
});

describe('a penalty set per offence', () => {
  it('reads damages per breach as a penalty with no payer named, not as a unit price', () => {
    const a = first('Under the new law, a customer misled by a chatbot may sue for damages of at least $2,500 per breach.');
    expect(a.category).toBe('penalty');
    expect(a.entity).toBeNull();
  });
  it('still reads a plain unit price as a cost', () => {
    expect(first('Fjellnet charges $2.10 per GPU-hour for its older chips.').category).toBe('cost');
  });
});

describe('category from the governing verb and its object', () => {
  it('reads the price of a holding sold as a deal, and new shares sold as funding', () => {
    expect(first('Orrin Capital sold its remaining Kestrel Labs stake for $1.2 billion last month.').category).toBe('deal');
    expect(first('Orrin Capital sold 40 million new shares for $800 million.').category).toBe('funding');
  });
  it('reads debt securities bought as funding, owned by their issuer', () => {
    const a = first('Pension funds bought about $2 billion of the notes issued by Pelham Robotics.');
    expect(a.category).toBe('funding');
    expect(a.entity).toBe('Pelham Robotics');
  });
  it('reads cash contributed to a venture as funding', () => {
    expect(first('Orrin Capital contributed about $4 billion in cash to the venture.').category).toBe('funding');
  });
  it('reads a payout to shareholders as other, but not an electricity distribution arm', () => {
    expect(first('Kestrel Labs will pay a special dividend of $300 million to shareholders.').category).toBe('other');
    expect(first("The utility's transmission and distribution arm will spend $2 billion on new substations.").category).toBe('capex');
  });
});

describe('several parties and their agents', () => {
  it('gives a sum split between parties no single owner, nor its conversion', () => {
    const [sum, usd] = amounts('Orrin Capital and Kestrel Labs will form a venture with an initial investment of €90 million (about $100 million) split 60:40 between Orrin Capital and Kestrel Labs.');
    expect(sum!.entity).toBeNull();
    expect(usd!.entity).toBeNull();
  });
  it('reads a going rate as a market price: a cost with no seller', () => {
    const a = first('By last spring the going rate had slid below $3 on smaller clouds, the investor Dana Whitfield said.');
    expect(a.category).toBe('cost');
    expect(a.entity).toBeNull();
  });
  it('gives a loan lenders line up for a project to the builder who borrows', () => {
    const a = first('A group of lenders led by Orrin Capital is preparing a debt package of about $12 billion for three campuses that Pelham Robotics is building in Ohio.');
    expect(a.category).toBe('funding');
    expect(a.entity).toBe('Pelham Robotics');
  });
  it('reads a list opening the sentence after a wire dateline as several spenders', () => {
    expect(first('OSLO, May 4 (Nordic Wire) - Orrin Capital and Kestrel Labs have agreed to launch a joint platform for hosting servers that will start with more than $2 billion of data center assets.').entity).toBeNull();
  });
});

describe('a subject pronoun', () => {
  it('reads "it" governing the figure as the sentence subject, not the name nearest it', () => {
    expect(first('Pelham Robotics used its annual meeting to name a new supplier, Kestrel Labs, and to tell shareholders it now expects to spend about $700 million this year.').entity).toBe('Pelham Robotics');
  });
  it('leaves a named spender after the subject its own figure', () => {
    expect(first('Pelham Robotics said on Monday that its partner Kestrel Labs would spend about $700 million this year.').entity).toBe('Kestrel Labs');
  });
});

describe('category from what the money does', () => {
  it('reads assets a fund manages as other', () => {
    expect(first('The fund, which manages more than $80 billion, said on Monday it had backed Kestrel Labs.').category).toBe('other');
  });
  it('reads a figure of computing capacity bought as compute spending, not a deal', () => {
    expect(first('Pelham Robotics agreed to buy about $40 billion of computing capacity from Orrin Capital over six years.').category).toBe('compute_spend');
  });
  it('reads spending to run a site as a cost, and spending to build one as capex', () => {
    expect(first('Pelham Robotics is prepared to spend more than $200 million a year to run the campus on its own turbines.').category).toBe('cost');
    expect(first('Pelham Robotics will spend $2 billion to build the campus.').category).toBe('capex');
  });
  it('reads the capital of a joint venture as funding', () => {
    expect(first('Orrin Capital and Kestrel Labs will form a joint venture to sell robots in Brazil, with an initial investment of $60 million.').category).toBe('funding');
    expect(first('Orrin Capital and Kestrel Labs set up a $900 million joint venture to build a campus in Ohio.').category).toBe('funding');
  });
});

describe('the period of a figure', () => {
  it('is the first period told after it, whether a written year or "this year"', () => {
    expect(first('Kestrel Labs said its spending would reach as much as $9 billion this year and rise sharply in 2027.').period).toBe('2026');
    expect(first('Kestrel Labs said its spending would reach $9 billion in 2027, up from this year.').period).toBe('2027');
  });
});

describe('money raised from an investor', () => {
  it('is the raiser\'s when a subject raised it, and the investor\'s share when only its source is told', () => {
    const raised = amounts('Tessard Compute runs clusters in Finland. In March it raised $70 million from Hollin Capital and two pension funds.');
    expect(raised[0]!.entity).toBe('Tessard Compute');
    const share = amounts('Tessard Compute closed a $70 million round, with $40 million of it from Hollin Capital.');
    expect(share.find((a) => a.value === 40_000_000)!.entity).toBe('Hollin Capital');
  });
});

describe('the party a regulator fines', () => {
  it('is named past what it is, an acronym or a trade included', () => {
    expect(first('The regulator has fined the AI chatbot developer Quorvik $1.9 million for sending logs abroad.').entity).toBe('Quorvik');
    expect(first('The ministry said it had fined Lagos-based distributor Tembrel Components $3.2 million for shipping restricted chips.').entity).toBe('Tembrel Components');
  });
});

describe('names that are objects, not payers', () => {
  it('passes over a name used as a modifier after a preposition and an article', () => {
    expect(first('Dunmere Data Centers filed publicly for a Nasdaq listing on Wednesday, seeking to raise as much as $1.4 billion.').entity).toBe('Dunmere Data Centers');
  });

  it('passes over the payee of a fee named before the sum', () => {
    expect(first('Ostrel Systems said it would walk away and pay Brimley Labs a break fee of $60 million.').entity).toBe('Ostrel Systems');
  });
});

describe('who raises when others lend or invest', () => {
  it('gives a round to the company a stake is taken in, the stake to its buyer', () => {
    const [stake, round] = amounts('Nvidia took a $700 million minority stake in Pellor Cloud, the Denver GPU rental outfit, as part of a $2.1 billion round that closed on Friday.');
    expect(stake!.entity).toBe('Nvidia');
    expect(round!.entity).toBe('Pellor Cloud');
  });

  it('gives a loan lenders provide to the company the article is about', () => {
    expect(amounts('Trevane Compute is building a campus in Kansas. A group of lenders led by Halloway Capital has agreed to provide a $5.2 billion construction loan for the campus.')[0]!.entity).toBe('Trevane Compute');
  });
});

describe('what a figure is, when its cue words name something else', () => {
  it('reads stock as the form of payment in a purchase or a bid, and as the share price otherwise', () => {
    expect(first('Halvard Systems agreed to acquire Kelby Data for about $250 million in cash and stock.').category).toBe('deal');
    expect(first('Pellam GPU\'s $2.2 billion all-stock bid for Marrow Hosting has lapsed.').category).toBe('offer');
    expect(first('Pellam GPU stock closed at $31.40 on Friday.').category).toBe('other');
  });

  it('reads spending on chips and buildings as capital spending, not a purchase deal', () => {
    expect(first('Tessaline expects to spend about $40 billion on data centres, chips and power next year.').category).toBe('capex');
  });
});

describe('capital from a named source', () => {
  it('gives equity named with its source to the source, and a loan from banks to the borrower', () => {
    const [loan, equity] = amounts('Redmesa Energy is building a gas plant. The package combines a $1.4 billion construction loan from a group of banks led by Kestrel Bank with $500 million of preferred equity from Tallgrass Ridge Capital.');
    expect(loan!.entity).toBe('Redmesa Energy');
    expect(equity!.entity).toBe('Tallgrass Ridge Capital');
  });
});

describe('figures a research firm sizes or estimates', () => {
  it('gives no owner to a market a consultancy sizes, or to spending an estimate from a research firm tells of', () => {
    expect(first('Consultancy Pellow Analytics sizes the market for on-site power at $90 billion through 2030.').entity).toBeNull();
    expect(first('Spending on immersion cooling could reach $9 billion a year by 2029, according to an estimate from research firm Harwick & Dale.').entity).toBeNull();
  });
});

describe('a sum a lawsuit claims', () => {
  it('is a penalty', () => {
    expect(first('Halvex Electrical filed a lawsuit against the contractor this month, claiming $3.1 million in unpaid invoices.').category).toBe('penalty');
  });
});
