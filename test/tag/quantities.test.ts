import { describe, expect, it } from 'vitest';
import { findQuantities, type QuantityMatch } from '../../ingest/tag/quantities.ts';

function one(sentence: string): QuantityMatch {
  const found = findQuantities(sentence);
  expect(found, `${sentence} -> ${JSON.stringify(found)}`).toHaveLength(1);
  const q = found[0];
  expect(sentence.slice(q.start, q.end)).toBe(q.text);
  return q;
}

describe('findQuantities: power (MW)', () => {
  it.each([
    ['The campus will draw 300 megawatts at full build.', '300 megawatts', 300],
    ['Crusoe is building a 300-megawatt campus.', '300-megawatt', 300],
    ['AMD will supply six gigawatts of chips.', 'six gigawatts', 6000],
    ['The first phase is 1.2GW.', '1.2GW', 1200],
    ['A 1 gigawatt site is planned.', '1 gigawatt', 1000],
    ['Each hall takes 36 MW.', '36 MW', 36],
    ['Backup engines give 500 kW each.', '500 kW', 0.5],
    ['Applicants above 10 MVA must bring generation.', '10 MVA', 10],
    ['The site can take well over a gigawatt.', 'a gigawatt', 1000],
  ])('%s', (sentence, text, mw) => {
    const q = one(sentence);
    expect(q).toMatchObject({ text, kind: 'power', unit: 'MW', valueMin: null, conversion: false });
    expect(q.value).toBeCloseTo(mw, 6);
  });

  it('reads power ranges', () => {
    expect(one('Europe will need 15-20 GW by 2030.')).toMatchObject({ text: '15-20 GW', value: 20000, valueMin: 15000 });
    expect(one('Sites of 300 to 500 megawatts are planned.')).toMatchObject({ value: 500, valueMin: 300 });
    expect(one('Capacity will be between 200 MW and 1 GW.')).toMatchObject({ text: 'between 200 MW and 1 GW', value: 1000, valueMin: 200 });
  });

  it('has no number in "gigawatt-scale", "multi-gigawatt" or "hundreds of megawatts"', () => {
    expect(findQuantities('OpenAI is planning a gigawatt-scale campus and multi-gigawatt clusters.')).toEqual([]);
    expect(findQuantities('Utilities are fielding requests for hundreds of megawatts.')).toEqual([]);
  });

  it('does not read energy (MWh) as capacity', () => {
    expect(findQuantities('The battery stores 400 MWh, or 400 megawatt-hours.')).toEqual([]);
  });
});

describe('findQuantities: land (acres)', () => {
  it.each([
    ['Meta wants to rezone 2,000 acres nearby.', '2,000 acres', 2000],
    ['The 875-acre Abilene site is running.', '875-acre', 875],
    ['Hyperscale campuses over 10 hectares are barred.', '10 hectares', 24.711],
    ['The campus will cover 10 square miles.', '10 square miles', 6400],
  ])('%s', (sentence, text, acres) => {
    const q = one(sentence);
    expect(q).toMatchObject({ text, kind: 'land', unit: 'acre' });
    expect(q.value).toBeCloseTo(acres, 2);
  });

  it('marks a bracketed restatement as a conversion', () => {
    const [a, b] = findQuantities('The county rezoned 145 acres (59 hectares) for the campus.');
    expect(a).toMatchObject({ value: 145, conversion: false });
    expect(b).toMatchObject({ kind: 'land', conversion: true });
    expect(b.value).toBeCloseTo(59 * 2.4710538, 2);
  });
});

describe('findQuantities: floor area (sq ft)', () => {
  it.each([
    ['Six buildings of 220,000 square feet each.', '220,000 square feet', 220000],
    ['A 400,000-square-foot hall opened.', '400,000-square-foot', 400000],
    ['The shell is 60,000 sq ft.', '60,000 sq ft', 60000],
    ['The annex adds 5,000 sq. ft. of space.', '5,000 sq. ft.', 5000],
    ['The hall covers 30,000 square metres.', '30,000 square metres', 30000 * 10.7639104],
    ['The hall covers 30,000 m².', '30,000 m²', 30000 * 10.7639104],
  ])('%s', (sentence, text, sqft) => {
    const q = one(sentence);
    expect(q).toMatchObject({ text, kind: 'floor_area', unit: 'sq ft' });
    expect(q.value).toBeCloseTo(sqft, 0);
  });

  it('square metres after square feet are a conversion', () => {
    const [a, b] = findQuantities('The building may grow to 2.4 million square feet (222,967 square metres).');
    expect(a).toMatchObject({ value: 2.4e6, conversion: false });
    expect(b.conversion).toBe(true);
    expect(b.value).toBeCloseTo(222967 * 10.7639104, 0);
  });
});

describe('findQuantities: water (gallons per day)', () => {
  it.each([
    ['The site needs 1.1 million gallons of water a year.', '1.1 million gallons of water a year', 1.1e6 / 365],
    ['The plant draws 2 million gallons a day.', '2 million gallons a day', 2e6],
    ['The site needs 3.5 million gallons per day.', '3.5 million gallons per day', 3.5e6],
    ['AWS asked for 918 million litres a year.', '918 million litres a year', 918e6 / 3.785411784 / 365],
    ['The farm takes 12.5 million liters daily.', '12.5 million liters daily', 12.5e6 / 3.785411784],
    ['The permit allows 5,000 acre-feet a year.', '5,000 acre-feet a year', (5000 * 325851) / 365],
    ['Cooling uses 2 million cubic metres of water annually.', '2 million cubic metres of water annually', (2e6 * 264.172052) / 365],
  ])('%s', (sentence, text, gpd) => {
    const q = one(sentence);
    expect(q).toMatchObject({ text, kind: 'water', unit: 'gallons per day' });
    expect(q.value).toBeCloseTo(gpd, 0);
  });

  it('a volume without a period takes the period of the figure before it', () => {
    const [a, b] = findQuantities('The operator hopes to raise its draw from 12.5 million litres a year to 20.2 million litres.');
    expect(a.value).toBeCloseTo(12.5e6 / 3.785411784 / 365, 0);
    expect(b.value).toBeCloseTo(20.2e6 / 3.785411784 / 365, 0);
    expect(a.valueMin).toBeNull();
  });

  it('other liquids are not water', () => {
    expect(findQuantities('Generators store 500,000 gallons of diesel.')).toEqual([]);
  });
});

describe('findQuantities: chips (count)', () => {
  it.each([
    ['They aim to install 100,000 Nvidia GPUs by 2026.', '100,000 Nvidia GPUs', 100000],
    ['Meta expects to end the year with 1.3 million GPUs.', '1.3 million GPUs', 1.3e6],
    ['Humain starts with 18,000 GB300 chips.', '18,000 GB300 chips', 18000],
    ['G42 begins with 25,000 of AMD’s MI355X Instinct accelerators.', '25,000', 25000],
    ['Saudi Arabia may buy 300,000 of AMD’s top AI chips a year.', '300,000', 300000],
    ['The cluster links 50,000 accelerators.', '50,000 accelerators', 50000],
    ['xAI bought ten thousand Nvidia H100 processors.', 'ten thousand Nvidia H100 processors', 10000],
    ['The cluster runs 100,000 H100s.', '100,000 H100s', 100000],
  ])('%s', (sentence, text, count) => {
    const q = one(sentence);
    expect(q).toMatchObject({ text, kind: 'chips', unit: 'count', value: count });
  });

  it('has no number in vague counts, years, money or power', () => {
    expect(findQuantities('Humain plans several hundred thousand GPUs.')).toEqual([]);
    expect(findQuantities('In 2026 chips will be scarce.')).toEqual([]);
    expect(findQuantities('Nvidia will sell $100 billion of chips.')).toEqual([]);
    const power = findQuantities('OpenAI will deploy 6GW of AMD Instinct GPUs.');
    expect(power.map((q) => [q.kind, q.value])).toEqual([['power', 6000]]);
    expect(findQuantities('The company has 160 million AMD shares and 20% of its chips.')).toEqual([]);
  });
});

describe('findQuantities: mixed sentences', () => {
  it('finds each figure once, in order, with verbatim offsets', () => {
    const s = 'The 875-acre site will host 1.2 gigawatts, 100,000 GPUs and use 2 million gallons a day.';
    const found = findQuantities(s);
    expect(found.map((q) => [q.kind, q.value])).toEqual([
      ['land', 875], ['power', 1200], ['chips', 100000], ['water', 2e6],
    ]);
    for (const q of found) expect(s.slice(q.start, q.end)).toBe(q.text);
  });

  it('ignores percentages, years and plain counts', () => {
    expect(findQuantities('Revenue rose 68% in 2025 and the firm hired 400 people across 5 sites.')).toEqual([]);
  });
});
