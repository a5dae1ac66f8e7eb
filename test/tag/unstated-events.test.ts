/**
 * Happenings a sentence names without stating them (issue 7, requirement 5): arguments and demands,
 * counterfactuals, defeated deals; and 'denied' certainty only for denying something said.
 * Sentences written for this test (invented companies and places).
 */
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../ingest/tag/index.ts';
import { certaintyOf } from '../../ingest/tag/certainty.ts';
import { unstatedReason } from '../../ingest/tag/unstated.ts';
import { loadEventModel } from '../../ingest/tag/event-model.ts';
import type { EventType } from '../../ingest/tag/types.ts';
import { firstStageTagger } from '../support/first-stage.ts';

const tagger = createTagger();
const events = (body: string) => tagger.tag({ title: '', body, publishedAt: '2026-05-20' }).events;
/** The first stage alone: what a one-line item tells before the second stage keeps or drops it (events.test.ts, told). */
const firstStage = firstStageTagger();
const told = (body: string) => firstStage.tag({ title: '', body, publishedAt: '2026-05-20' }).events;

/** unstatedReason with the cue given as a word of the sentence. */
const reasonAt = (sentence: string, cue: string, type: EventType) => {
  const at = sentence.indexOf(cue);
  if (at < 0) throw new Error(`cue "${cue}" not in the sentence`);
  return unstatedReason(sentence, type, at, loadEventModel().verbClasses);
};

describe('arguments and demands state no happening', () => {
  const unstated: Array<[string, string, EventType]> = [
    ['Environmental groups argued the agency should have shut down the gas turbines powering the xAI facility.', 'shut down', 'shutdown'],
    ['Critics urged Orbitel to cancel its cloud contract with Vantaro Systems.', 'cancel', 'shutdown'],
    ['Several lawmakers called on Helix Cloud to pause construction of its Denver data center.', 'pause', 'shutdown'],
    ['Activists demanded that Corvane Labs shut down its chatbot in Europe.', 'shut down', 'shutdown'],
    ['Investors want Brightwave AI to sell its robotics unit to Nexa Power.', 'sell', 'acquisition'],
    ['The union asked Tarlo Networks to scrap the price increase for its API.', 'price increase', 'pricing'],
    ['Analysts contend that Quillon should acquire a chip designer.', 'acquire', 'acquisition'],
    ['Investors pressed Brightwave AI to close its robotics division.', 'close', 'shutdown'],
    // Present tense: a plain form whose likeliest part of speech is a verb.
    ['Shareholders argue that Tarlo Networks should cancel the Ostrava campus.', 'cancel', 'shutdown'],
    ['The data center ought to have closed years ago, residents said.', 'closed', 'shutdown'],
  ];
  for (const [sentence, cue, type] of unstated) {
    it(`no ${type}: "${sentence.slice(0, 60)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).not.toBeNull();
    });
  }

  it('the tagger reads no confirmed shutdown into an argument or a demand', () => {
    for (const body of [
      'Environmental groups argued the agency should have shut down the gas turbines powering the xAI facility.',
      'Critics argued that Helix Cloud should have cancelled the Denver data center project.',
      'Activists demanded that Corvane Labs shut down its chatbot in Europe.',
    ]) expect(events(body).filter((e) => e.type === 'shutdown'), body).toEqual([]);
  });

  const stated: Array<[string, string, EventType]> = [
    // The same happenings stated as fact.
    ['Corvane Labs shut down its chatbot in Europe on Friday.', 'shut down', 'shutdown'],
    ['Helix Cloud shut down its Denver data center on Friday.', 'shut down', 'shutdown'],
    // Wanting or proposing one's own act is a plan, not a demand on another.
    ['Brightwave AI wants to build a 500-megawatt data center in Texas.', 'build', 'buildout'],
    ['Helix Cloud proposed a $3 billion data center campus in Denver on Wednesday.', 'campus', 'buildout'],
    // "demand" and "press" as nouns.
    ['Rising power demand for AI led Orbitel to sign a power deal with Gridline Energy on Monday.', 'sign', 'partnership'],
    ['Helix Cloud said in a press release that it will build a data center in Denver.', 'build', 'buildout'],
    // A stance in a later clause does not reach back to the happening told first.
    ['Orbitel cancelled the contract on Monday, and critics argued it should have done so sooner.', 'cancelled', 'shutdown'],
    // An argument in court, an opposition, a complaint: the stance is itself the legal or land happening.
    ['Regulators argued in court that Quillon\'s lawsuit against Tarlo Networks should be thrown out.', 'lawsuit', 'legal'],
    ['Residents urged the council to reject the rezoning for the Helix Cloud campus.', 'reject', 'land_dispute'],
    ['Neighbours say the county should have denied the permit for the Corvane Labs site.', 'denied', 'land_dispute'],
  ];
  for (const [sentence, cue, type] of stated) {
    it(`still ${type}: "${sentence.slice(0, 60)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).toBeNull();
    });
  }

  it('the tagger keeps the stated counterparts', () => {
    expect(told('Helix Cloud shut down its Denver data center on Friday.').map((e) => [e.type, e.certainty])).toContainEqual(['shutdown', 'confirmed']);
    expect(told('Regulators argued in court that Quillon\'s lawsuit against Tarlo Networks should be thrown out.').map((e) => e.type)).toContain('legal');
    expect(told('Tarlo Networks argued in its lawsuit filed Monday that Quillon had copied its software.').map((e) => e.type)).toContain('legal');
    expect(told('Residents sued Harlow County on Tuesday, arguing that the board ignored its own zoning rules.').map((e) => e.type)).toContain('legal');
  });
});

describe('a defeated deal is no deal', () => {
  const defeated: Array<[string, string, EventType]> = [
    ['Shareholders voted down Nexa Power\'s takeover of Gridline Energy on Thursday.', 'takeover', 'acquisition'],
    ['The board of Gridline Energy rejected Nexa Power\'s $4 billion acquisition offer.', 'acquisition', 'acquisition'],
    ['Regulators blocked Orbitel\'s merger with Vantaro Systems in March.', 'merger', 'acquisition'],
    ['Senators vetoed the proposed partnership between Helix Cloud and the state grid operator.', 'partnership', 'partnership'],
    ['Investors turned down the funding round Quillon offered.', 'funding', 'funding'],
    ['Shareholders reject Nexa Power\'s takeover of Gridline Energy in a vote that ends the bid.', 'takeover', 'acquisition'],
  ];
  for (const [sentence, cue, type] of defeated) {
    it(`no ${type}: "${sentence.slice(0, 60)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).not.toBeNull();
    });
  }

  it('the tagger reads no acquisition into a rejected or blocked takeover', () => {
    for (const body of [
      'Shareholders voted down Nexa Power\'s takeover of Gridline Energy on Thursday.',
      'Regulators blocked Orbitel\'s merger with Vantaro Systems in March.',
      'The European Commission blocked Quillon\'s acquisition of Tarlo Networks on Tuesday.',
    ]) expect(events(body).filter((e) => e.type === 'acquisition'), body).toEqual([]);
  });

  it('a completed deal, and a deal told beside a refusal, stay', () => {
    expect(reasonAt('Microsoft declined to comment on its acquisition of Nexa Power.', 'acquisition', 'acquisition')).toBeNull();
    expect(reasonAt('Gridline Energy rejected the first bid, but agreed to a merger with Orbitel in June.', 'merger', 'acquisition')).toBeNull();
    for (const body of ['Nexa Power completed its takeover of Gridline Energy on Thursday.', 'Orbitel acquired Vantaro Systems for $1 billion on Friday.', 'Quillon agreed to buy Tarlo Networks for $3 billion on Monday.']) {
      expect(events(body).map((e) => [e.type, e.certainty]), body).toContainEqual(['acquisition', 'confirmed']);
    }
  });
});

describe('a refused build tells the refusal, not the build', () => {
  const refused = [
    'The Harbor County planning board on Tuesday rejected Corvex Data\'s plan to build a 90-megawatt campus near Lake Tilden.',
    'The Harbor County planning board on Tuesday turned down Corvex Data\'s request to build a 90-megawatt campus near Lake Tilden.',
    'The Dunmere town council refused Brightwave AI permission to build a data center on the old rail yard.',
  ];
  for (const body of refused) {
    it(`no buildout: "${body.slice(0, 60)}..."`, () => {
      const types = events(body).map((e) => e.type);
      expect(types).not.toContain('buildout');
      expect(types).toContain('land_dispute');
    });
  }

  it('a build told beside a refusal, and a plan to build, stay builds', () => {
    expect(reasonAt('Corvex Data rejected the criticism and began to build its campus near Lake Tilden in May.', 'build', 'buildout')).toBeNull();
    expect(events('Corvex Data plans to build a 90-megawatt campus near Lake Tilden, it said on Tuesday.').map((e) => e.type)).toContain('buildout');
  });
});

describe("'denied' is the actor denying something said, not a decision denying a request", () => {
  const decisions = [
    'The Harlow County Board of Supervisors voted 4-1 on Tuesday to deny the rezoning request for a 300-acre data center campus.',
    'The Marston City Council denied the special-use permit for the Brightwave AI data center on Monday.',
    'The planning commission voted to deny Helix Cloud\'s application for a 200-acre campus.',
    'The Marston County Board of Supervisors denied Helix Cloud\'s request to rezone 400 acres on Tuesday.',
  ];
  for (const body of decisions) {
    it(`confirmed land_dispute: "${body.slice(0, 60)}..."`, () => {
      expect(certaintyOf(body).certainty).toBe('confirmed');
      expect(events(body).map((e) => [e.type, e.certainty])).toContainEqual(['land_dispute', 'confirmed']);
    });
  }

  const denials = [
    'Corvane Labs denied reports that it would shut down its Ohio data center.',
    'Helix Cloud denied that it had cancelled the contract with Vantaro Systems.',
    'Oracle denied the report on Thursday.',
    'The company denied any wrongdoing.',
    'Quillon has denied the allegations.',
    'Orbitel rejected that account on Friday.',
    'Tarlo Networks denied it.',
    'Vantaro Systems on Monday denied a Harbor Ledger report that it had ended the supply deal.',
  ];
  for (const sentence of denials) {
    it(`denied: "${sentence}"`, () => {
      expect(certaintyOf(sentence).certainty).toBe('denied');
    });
  }

  it('the tagger keeps a denied shutdown denied', () => {
    expect(events('Corvane Labs denied reports that it would shut down its Ohio data center.').map((e) => [e.type, e.certainty])).toContainEqual(['shutdown', 'denied']);
  });
});

describe('generic and habitual statements state no happening', () => {
  const generic: Array<[string, string, EventType]> = [
    // A quantified subject, no name in it, told in the present or the perfect.
    ['Many companies have sued chatbot makers over copyright.', 'sued', 'legal'],
    ['Some towns have banned new data centers outright.', 'banned', 'regulation'],
    ['A growing number of counties have adopted moratoriums on data center construction.', 'adopted', 'regulation'],
    ['Several startups have raised large rounds from Tarlo Capital to build AI chips.', 'raised', 'funding'],
    ['Dozens of utilities now offer special tariffs to large computing loads.', 'tariffs', 'energy'],
    // A habitual adverb or "tend to" before the cue, whoever the subject.
    ['Utilities often sign long-term supply deals with Helix Cloud.', 'sign', 'partnership'],
    ['Developers typically buy farmland near substations before they seek rezoning.', 'buy', 'acquisition'],
    ['Chip makers tend to raise prices when supply is short.', 'raise prices', 'pricing'],
    ['Cloud providers increasingly raise prices for older GPU instances.', 'raise prices', 'pricing'],
    ['Nexa Cloud usually raises prices for its GPU instances in January.', 'raises prices', 'pricing'],
    // A bare plural subject and a present-tense verb, no name: what such things do as a rule.
    ['Data centers use large amounts of water to cool their servers.', 'use', 'energy'],
    ['Hyperscalers sign long power purchase agreements to secure supply.', 'sign', 'partnership'],
  ];
  for (const [sentence, cue, type] of generic) {
    it(`no ${type}: "${sentence.slice(0, 60)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).toMatch(/^(?:generic|habitual)/);
    });
  }

  const stated: Array<[string, string, EventType]> = [
    // A group named, or acting on a named or particular party, in a suit or a siting fight: a telling of that dispute.
    ['Many residents sued Harlow County on Tuesday over the Corvane Labs rezoning.', 'sued', 'legal'],
    ['Some Harlow County residents have sued the county over the rezoning.', 'sued', 'legal'],
    ['Many publishers have sued Corvane Labs over copyright.', 'sued', 'legal'],
    ['Several residents have sued the county over the rezoning of the quarry site.', 'sued', 'legal'],
    // One past act of a group is a happening.
    ['Dozens of residents protested the rezoning at the council meeting.', 'protested', 'land_dispute'],
    ['Several banks lent Brightwave AI $2 billion last week.', 'lent', 'funding'],
    ['Several investors backed Brightwave AI in its latest round.', 'backed', 'funding'],
    // The habit belongs to a relative clause or a comparison, not to the cue's clause.
    ['Orvane Power, which usually sells power to mines, signed a supply deal with Kestrel Data on Monday.', 'signed', 'partnership'],
    ['Nexa Cloud raised prices more often than its rivals did.', 'raised', 'pricing'],
    // A quantified reporter: the happening is the reported content, with its own subject.
    ['Other outlets have reported that Brightwave AI is in talks to buy Tarlo Networks.', 'buy', 'acquisition'],
    // A headline's present with a name is as likely a happening as a rule.
    ['Utilities sign supply deal with Helix Cloud', 'sign', 'partnership'],
    ['Investors poured $2 billion into Brightwave AI on Monday.', 'poured', 'funding'],
  ];
  for (const [sentence, cue, type] of stated) {
    it(`still ${type}: "${sentence.slice(0, 60)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).toBeNull();
    });
  }

  it('the tagger reads no happening into a habit or a quantified generalisation', () => {
    expect(events('Nexa Cloud usually raises prices for its GPU instances in January.').filter((e) => e.type === 'pricing')).toEqual([]);
    expect(events('Several startups have raised large rounds from Tarlo Capital to build AI chips.').filter((e) => e.type === 'funding')).toEqual([]);
  });

  it('the tagger keeps the happenings told of groups and named actors', () => {
    expect(events('Many residents sued Harlow County on Tuesday over the Corvane Labs rezoning.').map((e) => e.type)).toContain('legal');
    expect(events('Orvane Power, which usually sells power to mines, signed a supply deal with Kestrel Data on Monday.').map((e) => e.type)).toContain('partnership');
    expect(events('Nexa Cloud raised prices for its GPU instances by 20% on Friday.').map((e) => e.type)).toContain('pricing');
  });
});

describe('each reading of a generic clause, and what stops it', () => {
  const cases: Array<[string, string, string, EventType, string | null]> = [
    // Habit: an adverb of habit within reach of the cue; not in a comparison, not from far off.
    ['habit', 'Grid operators commonly delay new tariffs until the summer peak has passed.', 'tariffs', 'energy', 'habitual "commonly"'],
    ['habit in a comparison', 'Tarlo Networks spent more than usually needed to buy the site.', 'buy', 'acquisition', null],
    ['habit out of reach', 'Utilities often spend many months in talks with regional grid planners to sign supply deals.', 'sign', 'partnership', null],
    // A quantified subject: present or perfect, no name in it, tied to no time.
    ['quantified, present', 'Most cloud providers now raise prices for older chips.', 'raise', 'pricing', 'generic subject "most"'],
    ['counted with "of"', 'Hundreds of startups have raised seed rounds.', 'raised', 'funding', 'generic subject "hundreds"'],
    ['counted after an article', 'A number of startups have raised seed rounds.', 'raised', 'funding', 'generic subject "number"'],
    ['quantified, tied to a time', 'Some towns have banned new data centers this year.', 'banned', 'regulation', null],
    ['quantified, one past act', 'Many startups raised large rounds from Tarlo Capital.', 'raised', 'funding', null],
    ['quantified, past auxiliary', 'Several towns were ordered to ban new data centers.', 'ban', 'regulation', null],
    ['quantified, a named group', 'Several Ostrava startups have raised large rounds.', 'raised', 'funding', null],
    ['quantified suit against a particular party', 'Some residents have sued the quarry owner over the noise.', 'sued', 'legal', null],
    // A bare plural subject of a main clause with a plain present verb, no name in the clause.
    ['bare plural', 'Chip makers buy power from the grid.', 'buy', 'acquisition', 'generic present "buy"'],
    ['bare plural after a semicolon', 'Power is scarce; hyperscalers sign supply deals.', 'sign', 'partnership', 'generic present "sign"'],
    ['plural with an article', 'The utilities sign long supply deals.', 'sign', 'partnership', null],
    ['plural in a relative clause', 'Helix Cloud builds campuses where hyperscalers sign long supply deals.', 'sign', 'partnership', null],
    ['plural naming a party', 'Hyperscalers sign supply deals with Orvane Power.', 'sign', 'partnership', null],
    ['plural in a suit', 'Residents sue builders over noise.', 'sue', 'legal', null],
  ];
  for (const [what, sentence, cue, type, reason] of cases) {
    it(`${what}: "${sentence.slice(0, 50)}..."`, () => {
      expect(reasonAt(sentence, cue, type)).toBe(reason);
    });
  }
});
