/**
 * Category and owner of money figures read from their clause: debt and
 * equity raised, unit rates, purchases for a price, possessors, others'
 * forecasts of totals and market prices with no owner. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../ingest/tag/index.ts';

const tagger = createTagger();
const PUB = '2026-02-10T12:00:00Z';
const amounts = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).amounts;
const first = (body: string) => amounts(body)[0]!;

describe('category from the governing words', () => {
  it('reads debt and equity raised as funding, not as spending or incentives', () => {
    expect(first('Halvard Compute arranged $5 billion in loans and new shares to fund its second campus.').category).toBe('funding');
    expect(first('Ostrander Cloud sold $6 billion of bonds on Tuesday.').category).toBe('funding');
    expect(first('Lenders led by Keswick Bank are preparing a $9 billion loan for the project.').category).toBe('funding');
  });

  it('keeps public loans and tax breaks as incentives', () => {
    expect(first('The Marlow City Council approved a $3 million city loan to the developer.').category).toBe('incentive');
  });

  it('reads a purchase for a price as a deal, and selling securities as funding', () => {
    expect(first('Tamsin Holdings agreed to buy Corvid Networks for $2.1 billion in cash.').category).toBe('deal');
    expect(first('Pellworth sold $1.5 billion of new shares to investors.').category).toBe('funding');
  });

  it('reads rates per hour, per ton or per megawatt-day as costs', () => {
    expect(first('Older accelerators now rent for about $1.40 an hour on smaller clouds.').category).toBe('cost');
    expect(first('The regional auction cleared at $280/MW-day for next year.').category).toBe('cost');
  });

  it('does not read a raised forecast as money raised', () => {
    expect(first('Brightwater raised its forecast to $90 billion for the year.').category).not.toBe('funding');
  });

  it('reads settlements as penalties and takings as revenue', () => {
    expect(first('Quorra agreed to a $40 million settlement with the state.').category).toBe('penalty');
    expect(first('The campus could bring in $700 million a year for its owner.').category).toBe('revenue');
  });
});

describe('category from the noun the figure modifies, and the cost of a facility', () => {
  it('reads the noun after the figure', () => {
    expect(first('Lenders balked at financing Corvid Cloud’s planned $8 billion, 1-gigawatt data center in Ohio.').category).toBe('capex');
    expect(first('In May, Tamsin Holdings struck a $12 billion partnership with Keswick Energy Partners.').category).toBe('deal');
  });
  it('reads "$X of construction debt" by its last noun', () => {
    expect(first('Keswick Bank is arranging roughly $6 billion of construction debt for the campus.').category).toBe('funding');
  });
  it('reads a price paid for a company or its asset as a deal, and money for a stake as funding', () => {
    expect(first('In May, Halvard Energy paid $700 million for Keswick Power’s campus near the river.').category).toBe('deal');
    expect(first('Tamsin Capital will invest $900 million and end up with 30% of the venture.').category).toBe('funding');
  });
  it('reads a takeover\'s price a share as the deal, and a utility\'s rate increase as revenue', () => {
    const a = amounts('Tamsin Holdings agreed to acquire Corvid Networks for $12 a share in cash, about $3 billion including debt.');
    expect(a.map((x) => x.category)).toEqual(['deal', 'deal']);
    expect(first('The utility asked regulators for base-rate increases of $400 million next year.').category).toBe('revenue');
  });
  it('reads what building a facility costs, or is valued at, as capital spending', () => {
    expect(first('Halvard says its four-building campus will now cost $3.1 billion.').category).toBe('capex');
    expect(first('The developer valued the project at about $900 million.').category).toBe('capex');
    expect(first('Ostrander expects the reactor restart to cost about $2 billion.').category).toBe('capex');
  });
  it('keeps a company\'s valuation and a price as they are', () => {
    expect(first('The round values Pellworth at $4 billion.').category).toBe('valuation');
    expect(first('Halvard charges $3 per million tokens for the model.').category).toBe('cost');
  });
});

describe('owner from the clause', () => {
  it('gives the figure to its possessor', () => {
    expect(first('Investors piled into Corvane Energy’s $5 billion bond sale on Monday.').entity).toBe('Corvane Energy');
  });

  it('gives no owner to a bank’s or analyst’s forecast of a total', () => {
    const a = first('Morgan Stanley estimates global data center spending will reach $3 trillion by 2029.');
    expect(a).toMatchObject({ entity: null, estimate: true });
    expect(first('The bank’s report puts worldwide AI spending at $2 trillion in 2027.').entity).toBeNull();
  });

  it('gives borrowed money to the borrower or issuer, not to the lender or buyer', () => {
    expect(first('In 2023 Keswick Bank led a $2 billion debt financing for Halvard Energy.').entity).toBe('Halvard Energy');
    expect(first('Pension funds bought $900 million of the notes issued by Corvane Energy.').entity).toBe('Corvane Energy');
  });

  it('reads a subject "It" as the company that opens the sentence before', () => {
    const a = amounts('Ostrander Cloud is building two campuses for Pellworth. Pellworth also leases space elsewhere. Tamsin Holdings said it had lined up buyers. It sold $4 billion of bonds in May.');
    expect(a[0]!.entity).toBe('Tamsin Holdings');
  });

  it('does not take a name inside an aside for the subject', () => {
    expect(first('Halvard Energy, which is backed by Keswick Bank, said it would spend $2 billion on the campus.').entity).toBe('Halvard Energy');
  });

  it('does not give a figure to the source that reports it', () => {
    expect(first('The regional price would have reached about $410/MW-day, according to Keswick Grid Authority.').entity).toBeNull();
  });

  it('gives a fine imposed on a company to that company', () => {
    expect(first('A Lisbon court upheld the €8 million fine that the privacy regulator imposed on Corvane Energy.').entity).toBe('Corvane Energy');
  });

  it('reads the subject of the clause an analyst\'s estimate governs', () => {
    const a = amounts('Halvard Energy sells chips in Asia. Analysts estimate it earned $3 billion from them last year.');
    expect(a[0]!.entity).toBe('Halvard Energy');
  });

  it('gives "the company\'s valuation" to the company the article is about', () => {
    const a = amounts('Halvard Energy raised new money in May. Halvard Energy hired bankers. Critics of Keswick Power argue the sale lifted the firm\'s valuation to about $9 billion.');
    expect(a[0]!.entity).toBe('Halvard Energy');
  });

  it('gives no owner to a class of companies', () => {
    expect(first('Chip-design companies had borrowed about $90 billion by June.').entity).toBeNull();
  });

  it('gives a figure inside a relative clause to its antecedent', () => {
    expect(first('Keswick Power sold its stake in Brannock Labs, which is targeting $2 billion of new capacity.').entity).toBe('Brannock Labs');
    expect(first('Investors cheered the listing of Brannock Labs, which analysts said was last valued at $9 billion.').entity).toBe('Brannock Labs');
  });

  it('gives no owner to a figure a named forecaster puts in a clause with no agent', () => {
    const body = 'Halvard Energy runs twelve data centres in the region. Halvard Energy plans more. KRX has estimated that roughly $5 billion of fresh capex will be needed to double the capacity by 2028.';
    expect(first(body).entity).toBeNull();
  });

  it('gives no seller to a market price', () => {
    expect(first('Cocoa futures settled at $6,200 a metric ton, according to Nvidia.').entity).toBeNull();
  });
});

describe('estimate from the figure\'s own clause', () => {
  const byText = (body: string, text: string) => amounts(body).find((a) => a.text === text)!;

  it('reads a modal of prediction governing an amounting verb as an estimate', () => {
    expect(first('Ostrander Cloud said the new hall would cost $3 billion to finish.').estimate).toBe(true);
    expect(first('The utility said the line could bring in about $40 million a year for the county.').estimate).toBe(true);
    expect(first('Ostrander Cloud spent $3 billion on the new hall last year.').estimate).toBe(false);
  });

  it('reads an appraisal "put/value/pitch X at" as an estimate, but not a company\'s valuation', () => {
    expect(first('The developer puts the cost of the campus at more than $2 billion.').estimate).toBe(true);
    expect(first('The warehouse conversion has been pitched at about $400 million.').estimate).toBe(true);
    expect(first('A round in March valued Brannock Labs at $8 billion.').estimate).toBe(false);
  });

  it('reads the figure\'s own clause, figure by figure', () => {
    const body = 'Ostrander Cloud booked $900 million of sales in the quarter, and the new hall would cost $3.4 billion.';
    expect(byText(body, '$900 million').estimate).toBe(false);
    expect(byText(body, '$3.4 billion').estimate).toBe(true);
    expect(first('Ostrander Cloud reported sales up 9% at $2.1 billion.').estimate).toBe(false);
  });
});

describe('readings that carry to other writers (diagnosed on data/written, checked on data/unseen)', () => {
  it('gives a fine to the party fined, past what it is or an aside about it', () => {
    const fined = first('Regulators said they had fined Lisbon-based reseller Quarrow Systems $2.4 million for late filings.');
    expect(fined).toMatchObject({ category: 'penalty', entity: 'Quarrow Systems' });
    const aside = first('Tellwick Devices, a maker of edge servers, will pay a $9 million civil penalty, the agency said.');
    expect(aside).toMatchObject({ category: 'penalty', entity: 'Tellwick Devices' });
  });

  it('reads a figure right after "fined X" as the fine, whatever the aside about X says it sells', () => {
    expect(first('The authority has fined Brisko, a seller of GPU cloud services, €3.1m for hidden exit fees.').category).toBe('penalty');
  });

  it('gives a penalty told of "the company" to the article\'s company, but not the most a law allows', () => {
    const told = amounts('Quarrow Systems shipped servers without licences. The company paid $40,000 in fines and disputed the finding.');
    expect(told.find((a) => a.value === 40_000)?.entity).toBe('Quarrow Systems');
    const ceiling = amounts('Quarrow Systems shipped servers without licences. Penalties can reach $300,000 per violation.');
    expect(ceiling.find((a) => a.value === 300_000)?.entity).toBeNull();
  });

  it('gives a supply contract to the customer supplied, and a passive purchase to its agent', () => {
    expect(first('Nimbal Cloud signed a three-year, $1.8 billion contract to supply GPU capacity to Orrin Labs.').entity).toBe('Orrin Labs');
    expect(first('Tessick Data was bought by Marrowgate Partners, a Dublin fund, for €700 million.').entity).toBe('Marrowgate Partners');
  });

  it('gives a forecaster\'s figure to no one, and a combined figure of several spenders to no one', () => {
    const forecast = amounts('Analysts at Keswick Ratings expect cloud spending to climb. Keswick Ratings is more cautious, at $410 billion.');
    expect(forecast.find((a) => a.value === 410e9)?.entity).toBeNull();
    expect(first('Orrin Labs and Nimbal Cloud will spend a combined $12 billion on the campus.').entity).toBeNull();
  });

  it('reads the noun and verb of the figure, not a word inside a company\'s name', () => {
    // "Compute" in the name is no cue of compute spending: the deal values the company.
    expect(first('The deal values Tarnby Compute, which runs four sites, at about R7bn, people said.').category).toBe('valuation');
    expect(first('Orrin Labs led a $300 million investment in Tessick Data, a battery maker.').category).toBe('funding');
    expect(first('Nimbal Cloud raised its planned investment in the region to $4 billion.').category).toBe('capex');
    expect(first('Nimbal Cloud cut its capital budget to $1.2 billion.').category).toBe('capex');
    expect(first('Nimbal Cloud committed $3 billion to new capacity contracts with smaller clouds.').category).toBe('compute_spend');
    expect(first('Its hourly rate for H100 time falls to ₹140 in April, as rivals undercut it.').category).toBe('cost');
  });

  it('reads debt a company carries and a bond\'s order book as neither new money nor a deal', () => {
    expect(first('Tessick Data carries about $3 billion of debt.').category).toBe('other');
    expect(first('Its total debt now stands at $8 billion.').category).toBe('other');
    expect(first('Orders peaked above $20 billion, letting the issuer tighten the terms of the deal.').category).toBe('other');
  });
});

describe('"the two" of a compound adjective', () => {
  it('is no pair of payers: "the two-year-old firm" is the one company', () => {
    const out = amounts('Tessick Data raised $50 million this week. The round values the two-year-old firm at $900 million.');
    expect(out.find((a) => a.value === 900e6)?.entity).toBe('Tessick Data');
  });
});

describe('the party the figure belongs to, not a name the clause only mentions', () => {
  it('gives a request to the one asking, not to the body asked', () => {
    expect(first('Tarnby Power on Friday asked the Upland Public Service Commission for a $210 million base-rate increase.').entity).toBe('Tarnby Power');
  });

  it('gives "the company" its figure past an aside naming its owner', () => {
    const out = amounts('Tessick Data runs nine sites. The company, owned by private equity firm Marrowgate Partners, carries about $2 billion of debt.');
    expect(out.find((a) => a.value === 2e9)?.entity).toBe('Tessick Data');
  });

  it('gives a deal a regulator rules on to the company behind the story', () => {
    const out = amounts('Brisko Semiconductor wanted to buy Quell Labs. The Competition and Markets Authority on Tuesday blocked the £900m acquisition.');
    expect(out.find((a) => a.value === 900e6)?.entity).toBe('Brisko Semiconductor');
  });
});

describe('figures that are nobody\'s money', () => {
  it('gives an analyst\'s price target and a bond\'s order book no owner', () => {
    expect(amounts('Tessick Data rose 4%. Our price target moves to $310 from $290.').find((a) => a.value === 310)?.entity).toBeNull();
    expect(amounts('Tessick Data sold $3 billion of notes on Monday. Orders peaked above $11 billion, a banker said.').find((a) => a.value === 11e9)?.entity).toBeNull();
  });

  it('gives a pledge by a list of parties, the last one described, to no one', () => {
    expect(first('The plan was unveiled in May, when Orrin Labs, Nimbal Cloud and the Gulf investor Tessick Capital pledged to invest $90 billion in new campuses.').entity).toBeNull();
  });

  it('gives a note predicting a total, or a forecast of "the total", to no one', () => {
    const out = amounts('Keswick Ratings expects spending to rise. It says the total could pass $800 billion in 2028. Another note is predicting that hyperscaler capex will reach $1 trillion a year.');
    expect(out.find((a) => a.value === 800e9)?.entity).toBeNull();
    expect(out.find((a) => a.value === 1e12)?.entity).toBeNull();
  });
});
