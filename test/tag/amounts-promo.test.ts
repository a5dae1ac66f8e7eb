import { describe, expect, it } from 'vitest';
import { createTagger } from '../../ingest/tag/index.ts';
import { detectPromotional } from '../../ingest/tag/promo.ts';

const tagger = createTagger();
const PUB = '2025-09-10T12:00:00Z';
const amounts = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).amounts;
const one = (body: string) => { const a = amounts(body); expect(a).toHaveLength(1); return a[0]!; };

describe('amount category and entity', () => {
  it('compute contracts: the buyer spends, also when the seller is the subject', () => {
    expect(one('Microsoft agreed to buy GPU capacity from Nebius under a contract worth $17.4 billion.')).toMatchObject({ category: 'compute_spend', entity: 'Microsoft' });
    expect(one('CoreWeave agreed to supply OpenAI with up to $11.9 billion of computing capacity.')).toMatchObject({ category: 'compute_spend', entity: 'OpenAI' });
  });
  it('funding: the raiser, or the investor when it names what it puts in', () => {
    expect(one('Anthropic closed a $13 billion Series F round.')).toMatchObject({ category: 'funding', entity: 'Anthropic' });
    expect(one('Nvidia said it intends to invest up to $100 billion in OpenAI.')).toMatchObject({ category: 'funding', entity: 'Nvidia' });
  });
  it('valuation, revenue, penalty, incentive, offer, cost, other', () => {
    expect(one('Anthropic closed its round at a post-money valuation of $183 billion.').category).toBe('valuation');
    expect(one('Oracle said cloud infrastructure revenue climbed 68% to $4.1 billion.')).toMatchObject({ category: 'revenue', entity: 'Oracle' });
    expect(one('Fines for banned AI practices can reach €35 million.')).toMatchObject({ category: 'penalty', entity: null, currency: 'EUR' });
    expect(one('The Vineland City Council tabled a proposed $6.2 million city loan to DataOne.')).toMatchObject({ category: 'incentive', entity: 'Vineland City Council' });
    expect(one('Meta offered the farmer $26 million for her land.')).toMatchObject({ category: 'offer', entity: 'Meta' });
    expect(one('OpenAI cut the price of o3 to $2 per million input tokens.')).toMatchObject({ category: 'cost', entity: 'OpenAI' });
    expect(one('Nebius shares jumped as much as 68% to $108 in after-hours trading.')).toMatchObject({ category: 'other', entity: null });
  });
  it('capex pledges, aggregates with no entity, periods and estimates', () => {
    expect(one('Microsoft will invest $17.5 billion in India over four years from 2026 to 2029.')).toMatchObject({ category: 'capex', entity: 'Microsoft', period: '2026-2029', estimate: false });
    expect(one('Morgan Stanley estimates that Amazon, Microsoft, Alphabet and Meta could spend roughly $630 billion on AI infrastructure in 2026.')).toMatchObject({ category: 'capex', entity: null, period: '2026', estimate: true });
    expect(one('OpenAI expects compute spending to reach $600 billion through 2030.')).toMatchObject({ category: 'compute_spend', entity: 'OpenAI', period: '2030', estimate: true });
    expect(one('Oracle said revenue rose 14% to $16.1 billion, a little below analysts’ estimates.').estimate).toBe(false);
  });
  it('a conversion restates the figure before it and is flagged', () => {
    const a = amounts('Microsoft will invest $17.5 billion (about Rs 1.57 lakh crore) in India.');
    expect(a).toHaveLength(2);
    expect(a[1]).toMatchObject({ conversion: true, category: a[0]!.category, entity: 'Microsoft', currency: 'INR' });
  });
  it('uses the article subject when the sentence says "the company"', () => {
    const a = amounts('Oracle reported results on Wednesday. The company said capital spending would reach $50 billion.');
    expect(a[0]).toMatchObject({ entity: 'Oracle', category: 'capex' });
  });
});

describe('promotional detection', () => {
  it('flags a vendor post with first-person product talk and a call to action', () => {
    const body = 'OpenAI had an outage on Tuesday.\n\nThat is what RouteWise is for. Our gateway sends each request to the best available model and fails over automatically when a provider starts throwing errors, which matters when you depend on one endpoint.\n\n👉 Start free today. Use code TUESDAY for 20% off any paid plan, from $49 a month.';
    expect(detectPromotional(body).promotional).toBe(true);
    const x = tagger.tag({ title: '', body, publishedAt: PUB });
    expect(x.promotional).toBe(true);
    // The call to action yields nothing.
    expect(x.amounts).toEqual([]);
  });
  it('flags a post that pushes the same brand again and again', () => {
    const body = 'Platforms like n1n.ai become essential.\nText APIs available via n1n.ai are efficient.\nUsing a unified provider like n1n.ai helps.\nGet a free API key at n1n.ai';
    expect(detectPromotional(body).promotional).toBe(true);
  });
  it('does not flag commentary that only ends with a short pitch', () => {
    const body = 'OpenAI shut down Sora this week.\nCompanies are prioritising what scales.\nUnderstanding AI is one thing—building with it is another.\nAt ML Studios, we help you turn AI into a real system.\n👉 Get your AI-powered website: www.mlstudios.net';
    expect(detectPromotional(body).promotional).toBe(false);
  });
  it('does not flag news', () => {
    expect(detectPromotional('Microsoft signed a $17.4 billion deal with Nebius.\n\nShare this article: Facebook | X').promotional).toBe(false);
  });
});

describe('amount entity from context', () => {
  const tagged = (body: string) => tagger.tag({ title: '', body, publishedAt: PUB }).amounts;
  it('money raised or a valuation with no one named belongs to the company the article is about, not the last one named', () => {
    const a = tagged('Nebius priced convertible notes on Wednesday. Nebius also sold new shares. Nebius said demand was strong. The deal with Microsoft runs to 2031.\n\nIt comes in two equal tranches: $1.375bn of 1% notes due 2030 and $1.375bn of 2.75% notes due 2032.');
    expect(a.map((x) => [x.entity, x.period])).toEqual([['Nebius', '2030'], ['Nebius', '2032']]);
  });
  it('groups and lists of spenders give no single entity', () => {
    expect(tagged('The total includes $15 billion previously committed by cloud providers.')[0]?.entity).toBeNull();
    expect(tagged('OpenAI, Oracle and SoftBank on Tuesday named five new sites, bringing committed investment to more than $400 billion.')[0]?.entity).toBeNull();
  });
  it('a city loan is the council\'s when "the council" refers back to it', () => {
    const a = tagged('The Vineland City Council met on Tuesday. Residents spoke against a proposed $6.2 million city loan to DataOne, prompting the council to table it.');
    expect(a[0]).toMatchObject({ category: 'incentive', entity: 'Vineland City Council' });
  });
  // The warrant-holder rule fitted one development sentence (issue 7) and was removed; a price target stays nobody's.
  it('a share price target is nobody\'s', () => {
    expect(tagged('The warrant vests as AMD’s stock clears a series of price targets, the last of them at $600 a share.')[0]?.entity).toBeNull();
  });
  it('two maturities are no single period', () => {
    expect(tagged('In June, Nebius raised $1bn through convertible notes maturing in 2029 and 2031.')[0]?.period).toBeNull();
  });
});
