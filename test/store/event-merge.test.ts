/** The rule that decides whether two mentions are one happening (ingest/store/event-merge.ts). Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { compareFigures, mergeScore, type EventView } from '../../ingest/store/event-merge.ts';

const view = (v: Partial<EventView>): EventView => ({
  type: 'shutdown', date: '2026-03-02', location: null, certainty: 'confirmed', ruleName: 'events-lr@1 discontinued',
  actorIds: [1, 2], objectIds: [2], sentences: ['Pellucid Labs has closed its Lumen photo app.'], ...v,
});

describe('mergeScore', () => {
  it('joins a rumour to the confirmed closure of the same product days later, whatever cue read each', () => {
    const rumour = view({ date: '2026-03-01', certainty: 'speculative', ruleName: 'events-lr@1 shutdown', sentences: ['Pellucid Labs may wind down Lumen, people close to the company said.'] });
    expect(mergeScore(rumour, view({}))).not.toBeNull();
  });

  it('keeps a rumour apart from the closure of another product, or from a closure weeks later', () => {
    const rumour = view({ date: '2026-03-01', certainty: 'speculative', ruleName: 'events-lr@1 shutdown', sentences: ['Pellucid Labs may wind down Lumen, people close to the company said.'] });
    expect(mergeScore(rumour, view({ actorIds: [1, 3], objectIds: [3], sentences: ['Pellucid Labs has closed its Prism chat app.'] }))).toBeNull();
    expect(mergeScore(rumour, view({ date: '2026-03-20' }))).toBeNull();
  });

  it('keeps talk that names no closure (a go-slow with a date of its own, a delay) apart from the closure another outlet confirms', () => {
    const goSlow = view({ date: '2026-03-02', certainty: 'speculative', ruleName: 'events-lr@1 shutdown',
      sentences: ['Pellucid Labs seems to be dragging its feet on Lumen, its much-hyped photo app.'] });
    expect(mergeScore(goSlow, view({}))).toBeNull();
    const delay = view({ date: '2026-03-02', certainty: 'speculative', ruleName: 'events-lr@1 shutdown',
      sentences: ['Pellucid Labs may have delayed the launch of Lumen, two people said.'] });
    expect(mergeScore(delay, view({}))).toBeNull();
    expect(mergeScore({ ...delay, dateStated: false }, view({}))).toBeNull();
  });

  it('joins undated talk of closing the same product to the closure another outlet confirms, but not talk that names no closure', () => {
    const talk = view({ date: '2026-03-03', dateStated: false, certainty: 'speculative', ruleName: 'events-lr@1 shutdown',
      sentences: ['Pellucid Labs is reportedly shutting down Lumen, its much-hyped photo app.'] });
    expect(mergeScore(view({}), talk)).not.toBeNull();
    expect(mergeScore(talk, view({}))).not.toBeNull();
    // Dragging one's feet may be a delay or nothing: the model's guess of a type is too weak to be the closure.
    const goSlow = { ...talk, sentences: ['Pellucid Labs seems to be dragging its feet on Lumen, its much-hyped photo app.'] };
    expect(mergeScore(view({}), goSlow)).toBeNull();
    // Not when the talk is about another product of the same company.
    expect(mergeScore(view({ actorIds: [1, 3], objectIds: [3], sentences: ['Pellucid Labs has closed its Prism chat app.'] }), talk)).toBeNull();
  });

  it('within a story, reads a telling dated only by its article as undated, and two stated days a week apart as two happenings', () => {
    // One telling names the project, the other the developer: only the story says they are the same news.
    const vote = view({ type: 'land_dispute', date: '2026-05-04', ruleName: 'events-lr@1 refusal vote', actorIds: [50, 60], objectIds: [60],
      sentences: ['The Fenwick County board voted on Monday to reject the rezoning for the Harrowgate server campus.'] });
    const recap = view({ ...vote, date: '2026-05-09', dateStated: false, actorIds: [50, 51], objectIds: [],
      sentences: ['The Fenwick County board voted to reject the Harrowgate server campus rezoning after a long hearing.'] });
    expect(mergeScore(vote, recap, { sameStory: true })).not.toBeNull();
    expect(mergeScore(vote, { ...recap, dateStated: true }, { sameStory: true })).toBeNull();
  });

  it('reads a party the other side names in its text as shared, though the tagger did not list it there', () => {
    const ruling = view({ type: 'legal', date: '2026-06-09', ruleName: 'events-lr@1 lawsuit', actorIds: [60, 61, 62], actorNames: ['Calloway Records', 'Pellucid Labs', 'Lumen'], objectIds: [62],
      sentences: ['A Lyon court ruled on Tuesday that Pellucid Labs broke copyright by training Lumen on songs from Calloway Records, ordering it to pay damages.'] });
    const won = view({ type: 'legal', date: '2026-06-09', ruleName: 'events-lr@1 legal', actorIds: [61, 63, 62], actorNames: ['Pellucid Labs', 'Lyon Commercial Court', 'Lumen'], objectIds: [62],
      sentences: ['Calloway Records won its copyright case against Pellucid Labs on Tuesday, when the Lyon Commercial Court found that Lumen had copied its songs.'] });
    expect(mergeScore(ruling, won)).not.toBeNull();
    // Not when the text does not name the party: then each side names a party the other lacks.
    expect(mergeScore(ruling, { ...won, sentences: ['A label won its copyright case against Pellucid Labs on Tuesday, when the Lyon Commercial Court found that Lumen had copied songs.'] })).toBeNull();
  });

  it('with two or more parties in common, a product only one side names is what the deal is about; with one, it tells two happenings apart', () => {
    const deal = view({ type: 'partnership', date: '2026-07-01', ruleName: 'events-lr@1 partnership', actorIds: [70, 71, 72, 73], actorNames: ['Kestrel Cloud', 'Vantor', 'Halden', 'Orbis'], objectIds: [],
      sentences: ['After the Orbis news, Kestrel Cloud said it had signed a contract to run Vantor chips for Halden.'] });
    const recap = view({ type: 'partnership', date: '2026-07', ruleName: 'events-lr@1 partnership', actorIds: [70, 71, 72, 74], actorNames: ['Kestrel Cloud', 'Vantor', 'Halden', 'V9'], objectIds: [74],
      sentences: ['Kestrel Cloud agreed in July to operate Vantor processors, among them its V9 systems, on behalf of Halden.'] });
    expect(mergeScore(deal, recap)).not.toBeNull();
    const cleared = view({ type: 'regulation', date: '2026-08', ruleName: 'events-lr@1 regulation', actorIds: [80, 81, 82], actorNames: ['Marrow', 'Tessel Group', 'European Commission'], objectIds: [],
      sentences: ['The European Commission cleared the joint venture between Tessel Group and Marrow.'] });
    const probe = view({ type: 'regulation', date: '2026-07', ruleName: 'events-lr@1 regulation', actorIds: [80, 83], actorNames: ['Marrow', 'Marrow Chat'], objectIds: [83],
      sentences: ['A national regulator opened an inquiry in July into how Marrow bundles Marrow Chat with its phones.'] });
    expect(mergeScore(cleared, probe)).toBeNull();
  });

  it('leaves out the people only one outlet quotes', () => {
    const a = view({ type: 'regulation', ruleName: 'events-lr@1 regulation', actorIds: [10, 11], objectIds: [], sentences: ['The Ohio commission approved the new tariff for large data centers on Wednesday.'] });
    const withQuote = view({ type: 'regulation', ruleName: 'events-lr@1 regulation', actorIds: [11, 12], personIds: [12], objectIds: [], sentences: ['The utility welcomed the tariff decision, spokeswoman Dana Orr said.'] });
    expect(mergeScore(a, withQuote)).not.toBeNull();
    expect(mergeScore(a, { ...withQuote, personIds: [] })).toBeNull();
  });

  it('reads a body named in full and in short as one party', () => {
    const full = view({ type: 'land_dispute', ruleName: 'events-lr@1 land_dispute', actorIds: [20, 21], actorNames: ['Northgate', 'Marlow County Planning Board'], objectIds: [],
      sentences: ['Northgate withdrew its rezoning request before the Marlow County Planning Board could vote on it.'] });
    const short = view({ type: 'land_dispute', ruleName: 'events-lr@1 land_dispute', actorIds: [20, 22], actorNames: ['Northgate', 'Planning Board'], objectIds: [],
      sentences: ['Facing defeat, Northgate pulled its rezoning request ahead of the Planning Board vote.'] });
    expect(mergeScore(full, short)).not.toBeNull();
    expect(mergeScore(full, { ...short, actorNames: ['Northgate', 'Harbor Board'] })).toBeNull();
  });

  it('must not merge: one developer withdrawing its request and the board voting it down the next day are two happenings', () => {
    const withdrawn = view({ type: 'land_dispute', date: '2026-05-11', ruleName: 'events-lr@1 withdrawn application', actorIds: [30, 31], objectIds: [],
      sentences: ['Copperline has taken back its bid to rezone farmland near Dunmore for a server campus, the firm announced.'] });
    const voted = view({ type: 'land_dispute', date: '2026-05-12', ruleName: 'events-lr@1 land refusal', actorIds: [31, 30], objectIds: [],
      sentences: ['Dunmore supervisors rejected the Copperline rezoning application for the server campus on Tuesday.'] });
    expect(mergeScore(withdrawn, voted, { sameStory: true })).toBeNull();
    // Two outlets telling the withdrawal a day apart are one happening: the dates differ, what they say does not.
    const withdrawnAgain = view({ ...withdrawn, date: '2026-05-12', sentences: ['Copperline has pulled its request to rezone land near Dunmore for the campus, a filing shows.'] });
    expect(mergeScore(withdrawn, withdrawnAgain, { sameStory: true })).not.toBeNull();
  });

  it('must not merge: a contract with a customer and the share sale that paid for it, whose cues allow no second reading', () => {
    const contract = view({ type: 'partnership', date: '2026-04-06', ruleName: 'events-lr@1 agreement', actorIds: [40, 41], objectIds: [],
      sentences: ['Tessellate signed a five-year contract with Orbital Bank to supply it with GPU capacity.'] });
    const raise = view({ type: 'funding', date: '2026-04', ruleName: 'events-lr@1 capital raise', actorIds: [40, 41], objectIds: [],
      sentences: ['Tessellate priced $2bn of convertible notes after landing the Orbital Bank business.'] });
    expect(mergeScore(contract, raise, { sameStory: true })).toBeNull();
    // A stake investment is funding or a partnership (event-rules.ts alt): read either way, it is one happening.
    const stake = view({ ...raise, ruleName: 'events-lr@1 stake investment', sentences: ['Orbital Bank will invest $2bn in Tessellate as part of the contract.'] });
    expect(mergeScore(contract, { ...stake, date: '2026-04-06' }, { sameStory: true })).not.toBeNull();
  });

  it('across stories too, keeps two stated days a week apart as two happenings of one party, unless a figure agrees', () => {
    const probe = view({ type: 'regulation', date: '2026-05-05', ruleName: 'events-lr@1 regulation', actorIds: [7, 8], objectIds: [],
      sentences: ['A data regulator wrote to Vantablue on Tuesday asking what it stores.'] });
    const ban = view({ type: 'regulation', date: '2026-05-12', ruleName: 'events-lr@1 regulation', actorIds: [8], objectIds: [],
      sentences: ['A ministry told its staff on Tuesday to delete the Vantablue app.'] });
    expect(mergeScore(probe, ban)).toBeNull();
    expect(mergeScore(probe, ban, { sameStory: true })).toBeNull();
    expect(mergeScore(probe, { ...ban, date: '2026-05-06' })).not.toBeNull();
  });

  it('joins two days a week apart when one telling names both: the day a thing was done and the day it was made known', () => {
    const said = view({ type: 'land_dispute', date: '2026-06-08', ruleName: 'events-lr@1 withdrawn application', actorIds: [4, 5], objectIds: [],
      sentences: ['Hollowmere Power said on Monday it had pulled its rezoning request.'] });
    const done = view({ type: 'land_dispute', date: '2026-06-01', ruleName: 'events-lr@1 land_dispute', actorIds: [4], objectIds: [],
      sentences: ['Hollowmere Power pulled the request on June 1 and said so only on Monday.'] });
    expect(mergeScore(said, done, { sameStory: true })).toBeNull();
    expect(mergeScore(said, { ...done, daysNamed: ['2026-06-01', '2026-06-08'] }, { sameStory: true })).not.toBeNull();
  });

  it('reads figures as agreeing only within their rounding', () => {
    expect(compareFigures(['Tavern Holdings sold about $27 billion of notes to fund the campus.'], ['The notes, worth $27.3 billion, were placed privately.'])).toBe('shared');
    expect(compareFigures(['Tavern Holdings sold about $27 billion of notes to fund the campus.'], ['Tavern Holdings raised $30 billion in a bond sale.'])).toBe('conflict');
  });

  it('joins an unnamed party\'s happening to a named one in the same place only on the same specific cue and date', () => {
    const unnamed = view({ type: 'land_dispute', date: '2019', location: 'Marlow', ruleName: 'events-lr@1 moratorium', actorIds: [], objectIds: [],
      sentences: ['Marlow froze new data centre permits in 2019 while it reviewed its water supply.'] });
    const named = view({ type: 'land_dispute', date: '2019', location: 'Marlow', ruleName: 'events-lr@1 moratorium', actorIds: [30], objectIds: [],
      sentences: ['The Marlow planning office halted data centre approvals in 2019 for about three years.'] });
    expect(mergeScore(unnamed, named)).not.toBeNull();
    expect(mergeScore(unnamed, { ...named, date: '2021' })).toBeNull();
    expect(mergeScore(unnamed, { ...named, ruleName: 'events-lr@1 land_dispute' })).toBeNull();
  });

  it('within a story, a product only one side names is what the happening is about, not another party', () => {
    const court = view({ type: 'legal', date: '2026-05', location: 'Leeds', ruleName: 'events-lr@1 legal', actorIds: [40, 41], objectIds: [],
      sentences: ['The High Court in Leeds mostly threw out the photographers\' claim against Quillon AI.'] });
    const product = view({ type: 'legal', date: '2026-05-06', location: 'Leeds', ruleName: 'events-lr@1 legal', actorIds: [41, 42], objectIds: [42],
      sentences: ['A Leeds judge found that Quillon AI\'s Sketchwell model holds no copies of the pictures it learned from.'] });
    expect(mergeScore(court, product, { sameStory: true })).not.toBeNull();
    expect(mergeScore(court, { ...product, objectIds: [] }, { sameStory: true })).toBeNull();
  });
});
