import { describe, expect, it } from 'vitest';
import { findMoney, toUsd, type MoneyMatch } from '../../ingest/tag/money.ts';
import { parseNumberWords } from '../../ingest/tag/numbers.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { contextPrecision, runCorpus, runDucklingMoney, runRecognizersCurrency } from '../eval/money-suites.ts';

/** The single amount in a sentence (fails loudly when there are more or none). */
function one(sentence: string): MoneyMatch {
  const found = findMoney(sentence);
  expect(found, `${sentence} -> ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0];
}

describe('parseNumberWords', () => {
  it.each([
    ['twenty-six', 26], ['six', 6], ['one hundred and five', 105], ['a', 1], ['1.5', 1.5],
    ['a billion', 1e9], ['three quarters', 0.75], ['half a million', 5e5], ['1,250', 1250],
    ['1.57 lakh crore', 1.57e12], ['two thousand and twenty-four', 2024], ['one point three', 1.3],
  ])('%s -> %d', (text, value) => {
    expect(parseNumberWords(text)).toBeCloseTo(value, 6);
  });

  it('refuses words that are not numbers and bare scales', () => {
    expect(parseNumberWords('billion')).toBeNull();
    expect(parseNumberWords('several')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
  });
});

describe('findMoney: forms', () => {
  it.each([
    ['The startup raised $26 million from investors.', '$26 million', 26e6, 'USD'],
    ['It closed a $26M seed round.', '$26M', 26e6, 'USD'],
    ['The seed round was $26m.', '$26m', 26e6, 'USD'],
    ['Exports reached US$3.5bn last year.', 'US$3.5bn', 3.5e9, 'USD'],
    ['The budget is USD 3.5 billion.', 'USD 3.5 billion', 3.5e9, 'USD'],
    ['Brussels set aside €1.2 billion for chips.', '€1.2 billion', 1.2e9, 'EUR'],
    ['The fund holds EUR 1.2bn.', 'EUR 1.2bn', 1.2e9, 'EUR'],
    ['The council won a £500m grant.', '£500m', 500e6, 'GBP'],
    ['SoftBank pledged ¥1 trillion.', '¥1 trillion', 1e12, 'JPY'],
    ['The state offered Rs 10,000 crore in incentives.', 'Rs 10,000 crore', 1e11, 'INR'],
    ['The scheme is worth Rs 1.57 lakh crore in all.', 'Rs 1.57 lakh crore', 1.57e12, 'INR'],
    ['A ₹500 crore fund was announced.', '₹500 crore', 5e9, 'INR'],
    ['OpenAI expects to spend 600 billion dollars.', '600 billion dollars', 6e11, 'USD'],
    ['They paid twenty-six million dollars for it.', 'twenty-six million dollars', 26e6, 'USD'],
    ['Costs rose to $1.5 trillion.', '$1.5 trillion', 1.5e12, 'USD'],
    ['Shares closed at $108 on Friday.', '$108', 108, 'USD'],
    ['Storage costs 4.5 billion kronor in Sweden.', '4.5 billion kronor', 4.5e9, 'SEK'],
    ['The utility will invest 2 billion euros.', '2 billion euros', 2e9, 'EUR'],
    ['A fine of 300 million pounds was imposed.', '300 million pounds', 3e8, 'GBP'],
    ['Toyota budgets 900 billion yen for software.', '900 billion yen', 9e11, 'JPY'],
    ['Beijing approved 50 billion yuan of subsidies.', '50 billion yuan', 5e10, 'CNY'],
    ['Farmers got 800 crore rupees in relief.', '800 crore rupees', 8e9, 'INR'],
    ['The emirate earmarked 10 billion dirhams.', '10 billion dirhams', 1e10, 'AED'],
    ['Riyadh committed 40 billion riyals.', '40 billion riyals', 4e10, 'SAR'],
    ['Penang approved 1.2 billion ringgit of investment.', '1.2 billion ringgit', 1.2e9, 'MYR'],
    ['Oslo set aside 3 billion kroner.', '3 billion kroner', 3e9, 'NOK'],
    ['The grid firm paid R4.5 billion for the line.', 'R4.5 billion', 4.5e9, 'ZAR'],
    ['Jakarta pledged Rp 2.3 trillion for the park.', 'Rp 2.3 trillion', 2.3e12, 'IDR'],
    ['Hanoi approved 4.2 trillion dong of loans.', '4.2 trillion dong', 4.2e12, 'VND'],
  ])('%s', (sentence, text, value, currency) => {
    const m = one(sentence);
    expect(m.text).toBe(text);
    expect(m.value).toBeCloseTo(value, 2);
    expect(m.currency).toBe(currency);
    expect(sentence.slice(m.start, m.end)).toBe(m.text);
    expect(m.valueMin).toBeNull();
    expect(m.conversion).toBe(false);
  });

  it('keeps unit prices with their unit and value', () => {
    const m = one('Cached input now costs $0.40 per million tokens.');
    expect(m).toMatchObject({ text: '$0.40 per million tokens', value: 0.4, currency: 'USD' });
    const h = one('H100s rent for $2/hour on spot markets.');
    expect(h).toMatchObject({ text: '$2/hour', value: 2 });
    const y = one('The plant pays about $3 million a year in tax.');
    expect(y).toMatchObject({ text: '$3 million a year', value: 3e6, approximate: true });
  });

  it('does not extend a per-share price or a comparison period', () => {
    expect(one('The warrant strike is $0.01 a share.').text).toBe('$0.01');
    expect(one('Sales were $1.17 billion a year earlier.').text).toBe('$1.17 billion');
  });
});

describe('findMoney: ranges', () => {
  it.each([
    ['Capex will be $80-100 billion next year.', '$80-100 billion', 80e9, 100e9],
    ['Capex will be $80 billion to $100 billion next year.', '$80 billion to $100 billion', 80e9, 100e9],
    ['The contract is worth between $17.4bn and $19.4bn.', 'between $17.4bn and $19.4bn', 17.4e9, 19.4e9],
    ['It guided to $5 to $7 billion of spending.', '$5 to $7 billion', 5e9, 7e9],
    ['Tickets cost 10-20 dollars.', '10-20 dollars', 10, 20],
    ['Loans of 7-9 lakh rupees are common.', '7-9 lakh rupees', 7e5, 9e5],
  ])('%s', (sentence, text, min, max) => {
    const m = one(sentence);
    expect(m.text).toBe(text);
    expect(m.valueMin).toBeCloseTo(min, 2);
    expect(m.value).toBeCloseTo(max, 2);
  });

  it('reads "from X to Y" and "by X to Y" as a change: two amounts', () => {
    const change = findMoney('The vendor moved the basic plan from $9 to $30 per 1,000 queries.');
    expect(change.map((m) => [m.text, m.value, m.valueMin])).toEqual([
      ['$9', 9, null], ['$30 per 1,000 queries', 30, null],
    ]);
    const by = findMoney('It raised its outlook by $4 billion to $50 billion.');
    expect(by.map((m) => m.value)).toEqual([4e9, 50e9]);
  });

  it('does not join a figure and a later unrelated number', () => {
    expect(findMoney('It paid $5 to 10 suppliers.').map((m) => [m.value, m.valueMin])).toEqual([[5, null]]);
    expect(findMoney('Shares fell $3.20, or 4%, to $76.80.').map((m) => m.value)).toEqual([3.2, 76.8]);
  });
});

describe('findMoney: conversions and qualifiers', () => {
  it('marks the bracketed restatement in another currency', () => {
    const [eur, usd] = findMoney('Amazon will spend €1.6bn ($1.8bn) in Aragon.');
    expect(eur).toMatchObject({ currency: 'EUR', value: 1.6e9, conversion: false });
    expect(usd).toMatchObject({ currency: 'USD', value: 1.8e9, conversion: true });
  });

  it('works in both directions and after a dash or "at current exchange rates"', () => {
    const a = findMoney('The partners put in 10.3 billion kroner ($1 billion).');
    expect(a.map((m) => [m.currency, m.conversion])).toEqual([['NOK', false], ['USD', true]]);
    const b = findMoney('The partners put in $1 billion (10.3 billion kroner).');
    expect(b.map((m) => [m.currency, m.conversion])).toEqual([['USD', false], ['NOK', true]]);
    const c = findMoney('The partners set aside $2 billion for an initial 40 MW stage – roughly 20.6 billion kroner at current exchange rates.');
    expect(c.map((m) => [m.currency, m.value, m.conversion])).toEqual([['USD', 2e9, false], ['NOK', 20.6e9, true]]);
    const d = findMoney('Amazon plans to put $25 billion (about Rs 2.2 lakh crore) into Maharashtra.');
    expect(d[1]).toMatchObject({ currency: 'INR', value: 2.2e12, conversion: true, approximate: true });
  });

  it('does not call a list of currencies a conversion', () => {
    const list = findMoney('Budgets were SAR 15 billion, NOK 10bn and €2bn.');
    expect(list.map((m) => m.conversion)).toEqual([false, false, false]);
    const same = findMoney('It raised $2bn ($1bn of it in notes).');
    expect(same.map((m) => m.conversion)).toEqual([false, false]);
  });

  it.each(['about', 'more than', 'up to', 'nearly', 'roughly', 'at least'])('"%s" is approximate and keeps the stated number', (q) => {
    const m = one(`The deal is worth ${q} $19.4 billion.`);
    expect(m).toMatchObject({ text: '$19.4 billion', value: 19.4e9, approximate: true });
  });

  it('a plain figure is not approximate', () => {
    expect(one('The deal is worth $19.4 billion.').approximate).toBe(false);
  });
});

describe('findMoney: what is not money', () => {
  it.each([
    'Tech firms will spend tens of billions of dollars on chips.',
    'The project could cost billions of dollars.',
    'The county stands to lose millions in taxes.',
    'Revenue grew 68% in 2025.',
    'Traders piled into $AAPL and $NVDA on Monday.',
    'The campus will have 25,000 onsite jobs and 8 buildings.',
    'All 70 of us voted; ALL 5 proposals failed.',
    'The bill passed 4-1 on October 6, 2025.',
    'Several hundred million users signed up.',
    'Files move to Cloudflare R2 storage in 2026.',
  ])('%s', (sentence) => {
    expect(findMoney(sentence)).toEqual([]);
  });
});

describe('toUsd', () => {
  it('passes USD through and converts others with the fixed table', () => {
    expect(toUsd(26e6, 'USD')).toBe(26e6);
    const eur = toUsd(1e9, 'EUR');
    expect(eur).not.toBeNull();
    expect(eur!).toBeGreaterThan(0.9e9);
    expect(eur!).toBeLessThan(1.4e9);
    const inr = toUsd(1.57e12, 'INR')!;
    expect(inr).toBeGreaterThan(15e9);
    expect(inr).toBeLessThan(21e9);
  });

  it('returns null for a currency the table does not list', () => {
    expect(toUsd(100, 'XYZ')).toBeNull();
  });
});

describe('peer suites and corpus (../shared)', () => {
  it('Recognizers-Text currency cases pass at 85% or more of the applicable subset', () => {
    const r = runRecognizersCurrency();
    expect(r.applicable).toBeGreaterThan(150);
    const failures = r.results.filter((c) => !c.pass).map((c) => `${c.input}: ${c.detail}`);
    expect(r.passed / r.applicable, failures.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('Duckling money phrases pass at 85% or more of the applicable subset', () => {
    const r = runDucklingMoney();
    expect(r.applicable).toBeGreaterThan(130);
    const failures = r.results.filter((c) => !c.pass).map((c) => `${c.input}: ${c.detail}`);
    expect(r.passed / r.applicable, failures.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the corpus gold amounts and quantities in their sentences', () => {
    const { amounts, quantities } = runCorpus();
    expect(amounts.gold).toBeGreaterThan(80);
    expect(amounts.matched / amounts.gold, amounts.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(contextPrecision(amounts)).toBeGreaterThanOrEqual(0.9);
    expect(quantities.matched / quantities.gold, quantities.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(contextPrecision(quantities)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the tagger reads every currency the money reader knows', () => {
  it('does not pass over a sentence whose only currency is a code or a name its quick check once lacked', () => {
    const tagger = createTagger();
    const body = 'Tindra Kraft sold the plant for NOK 3bn last week. Its partner put in SAR 900 million. A rival bid 90 billion won.\n\nThe buyer also paid R1.4 billion for a line.';
    const out = tagger.tag({ title: 'Nordic plant sold', body, publishedAt: '2026-05-04T09:00:00Z' });
    expect(out.amounts.map((a) => `${a.value} ${a.currency}`)).toEqual(['3000000000 NOK', '900000000 SAR', '90000000000 KRW', '1400000000 ZAR']);
  });
});
