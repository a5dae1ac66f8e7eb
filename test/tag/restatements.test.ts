import { describe, expect, it } from 'vitest';
import { asCompared, mergeWithinArticle, sameHappening, whyApart, type EventCandidate } from '../../ingest/tag/events.ts';
import type { EventType } from '../../ingest/tag/types.ts';

const candidate = (type: EventType, actors: string[], sentenceIndex: number, sentence: string, date = '2025-03-04', dateExplicit = true): EventCandidate => ({
  type, alt_types: [], actors, location: null, date, certainty: 'confirmed', summary: '', sentence, rule: 'test', sentenceIndex, dateExplicit, dateWhy: 'own date',
});

describe('one happening told twice in an article', () => {
  it('merges two tellings of one ruling that name half of their parties each', () => {
    const first = candidate('regulation', ['Lakeshore Utility Board', 'Brightwater Power'], 0, 'The Lakeshore Utility Board on Tuesday approved a new rate class for Brightwater Power.');
    const again = candidate('regulation', ['Brightwater Power', 'LX-7'], 3, 'In its order on Tuesday the board set the LX-7 class for Brightwater Power customers above 25 MW.');
    expect(sameHappening(first, again)).toBe(true);
    const kept = mergeWithinArticle([first, again], '2025-03-05');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.actors).toEqual(['Lakeshore Utility Board', 'Brightwater Power', 'LX-7']);
  });

  it('keeps two deals of one company with different counterparties apart', () => {
    const one = candidate('partnership', ['Contoso', 'Fabrikam'], 0, 'Contoso agreed on Tuesday to rent GPU capacity from Fabrikam for five years.');
    const two = candidate('partnership', ['Contoso', 'Northwind'], 4, 'Contoso also agreed on Tuesday to rent servers from Northwind.');
    expect(sameHappening(one, two)).toBe(false);
    expect(mergeWithinArticle([one, two], '2025-03-05')).toHaveLength(2);
  });

  it('keeps a later telling that says it is one more happening ("also", "separately") apart from one of the same type and parties', () => {
    const cut = candidate('pricing', ['Tailspin Data'], 0, 'Tailspin Data cut the price of its GPU hours by a fifth on Tuesday.', '2025-03-04', false);
    const tier = candidate('pricing', ['Tailspin Data'], 2, 'Tailspin also introduced a cheaper overnight tier.', '2025-03-04', false);
    const floor = candidate('pricing', ['Tailspin Data'], 3, 'Separately, Tailspin Data set a new floor price for reserved racks.', '2025-03-04', false);
    expect(whyApart(cut, tier)).toBe('later says another');
    expect(mergeWithinArticle([cut, tier, floor], '2025-03-05')).toHaveLength(3);
    // Without such a word, the same type and parties are one happening told again.
    expect(mergeWithinArticle([cut, candidate('pricing', ['Tailspin Data'], 4, 'Tailspin Data said the lower price applies to all customers.', '2025-03-04', false)], '2025-03-05')).toHaveLength(1);
  });

  it('keeps tellings of one type apart when fewer than half of their parties are shared', () => {
    const one = candidate('legal', ['Tailspin Data', 'Fairview County', 'Ridge Residents Group'], 0, 'Ridge Residents Group sued Fairview County and Tailspin Data on Tuesday.');
    const two = candidate('legal', ['Tailspin Data', 'Harbor City', 'Coastal Watch', 'Port Authority'], 5, 'Coastal Watch sued Harbor City, the Port Authority and Tailspin Data on Tuesday.');
    expect(sameHappening(one, two)).toBe(false);
  });

  it('keeps one company closing two products apart, though they share half their parties', () => {
    const app = candidate('shutdown', ['Tailspin Data', 'Glimmer'], 0, 'Tailspin Data pulled the plug on Glimmer, its photo app, this month.', '2025-03', true);
    const mode = candidate('shutdown', ['Tailspin Data', 'Lumen Chat'], 2, 'In the same month it dropped a voice mode it had planned for Lumen Chat.', '2025-03', true);
    const products = new Set(['Glimmer', 'Lumen Chat']);
    expect(sameHappening(app, mode, false, products)).toBe(false);
    expect(mergeWithinArticle([app, mode], '2025-03-20', undefined, products)).toHaveLength(2);
    // Told again with the product named once more, it is the same closure.
    const again = candidate('shutdown', ['Tailspin Data', 'Glimmer'], 4, 'Glimmer went dark for good after the announcement.', '2025-03', false);
    expect(mergeWithinArticle([app, mode, again], '2025-03-20', undefined, products)).toHaveLength(2);
  });

  it('merges a telling that names the project with one that names the builders: a product or project one side leaves out does not count as a party', () => {
    const builders = candidate('buildout', ['Contoso', 'Fabrikam', 'Northwind'], 0, 'Contoso, Fabrikam and Northwind said on Tuesday they would build a 200 MW campus near the fjord.');
    const project = candidate('buildout', ['Contoso', 'Harbor One'], 3, 'Harbor One, as Contoso calls the campus, will be its largest yet.', '2025-03-05', false);
    const projects = new Set(['Harbor One']);
    // Without knowing Harbor One is a project, one party in common out of three is too few for an undated restatement.
    expect(sameHappening(builders, project)).toBe(false);
    expect(sameHappening(builders, project, false, projects)).toBe(true);
    const kept = mergeWithinArticle([builders, project], '2025-03-05', undefined, projects);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.actors).toEqual(['Contoso', 'Fabrikam', 'Northwind', 'Harbor One']);
  });

  it('keeps a deal with another counterparty apart, though leaving the product out would make one telling contain the other', () => {
    const chips = candidate('partnership', ['Contoso', 'Fabrikam', 'Ultra-9'], 0, 'Contoso agreed on Tuesday to rent Ultra-9 servers from Fabrikam.');
    const older = candidate('partnership', ['Fabrikam', 'Northwind', 'Contoso'], 6, 'Fabrikam had earlier signed Northwind as a customer alongside Contoso.', '2025-03', false);
    const products = new Set(['Ultra-9']);
    expect(sameHappening(chips, older, false, products)).toBe(false);
    expect(mergeWithinArticle([chips, older], '2025-03-05', undefined, products)).toHaveLength(2);
  });
});

describe('why two tellings stay apart (whyApart, the reason sameHappening reads)', () => {
  it('names the first check that fails, and null for a restatement', () => {
    const deal = candidate('partnership', ['Contoso', 'Fabrikam'], 0, 'Contoso agreed on Tuesday to rent GPU capacity from Fabrikam.');
    expect(whyApart(deal, candidate('partnership', ['Contoso', 'Fabrikam'], 2, 'The Fabrikam deal runs for five years.', '2025-03-04', false))).toBeNull();
    expect(whyApart(deal, candidate('partnership', ['Contoso', 'Fabrikam'], 3, 'Contoso also signed a separate deal with Fabrikam on Tuesday.'))).toBe('later says another');
    expect(whyApart(deal, candidate('partnership', ['Contoso', 'Northwind'], 4, 'Contoso agreed on Tuesday to rent servers from Northwind.'))).toBe('parties differ');
    expect(whyApart(deal, candidate('partnership', ['Contoso', 'Fabrikam'], 5, 'Contoso first worked with Fabrikam in 2021.', '2021'))).toBe('dates differ');
    expect(whyApart(deal, candidate('legal', ['Contoso', 'Fabrikam'], 6, 'Fabrikam sued Contoso on Tuesday.'))).toBe('types differ');
    expect(whyApart(deal, candidate('partnership', [], 7, 'The deal was signed on Tuesday.'))).toBe('no parties to compare');
  });

  it('an alternative type told later without a date of its own passes the type check, and its parties decide', () => {
    const plan = candidate('spend_plan', ['Contoso', 'Fabrikam', 'Northwind'], 0, 'Contoso, Fabrikam and Northwind plan to spend $20 billion on new campuses.', '2025-03-04', true);
    const site = { ...candidate('buildout', ['Contoso', 'Tailspin Power'], 3, 'Contoso will build the first campus with Tailspin Power in 2027.', '2027', true), alt_types: ['spend_plan' as EventType] };
    // Dated, the other type stays apart; its date in the future is when the plan completes, so it is compared undated.
    expect(whyApart(plan, site)).toBe('types differ');
    expect(whyApart(plan, asCompared(site, '2025-03-05'))).toBe('parties differ');
  });
});
