import { describe, expect, it } from 'vitest';
import { createTagger } from '../../ingest/tag/index.ts';
import type { EventType } from '../../ingest/tag/types.ts';

const tagger = createTagger();
const PUB = '2025-09-10T12:00:00Z'; // a Wednesday
const events = (body: string, publishedAt = PUB) => tagger.tag({ title: '', body, publishedAt }).events;

describe('event types', () => {
  const cases: Array<[EventType, string, string]> = [
    ['shutdown', 'OpenAI said on Monday it will shut down Sora, its video app.', 'OpenAI'],
    ['land_dispute', 'Residents protested against a rezoning for a Google data center in Prince William County last week.', 'Google'],
    ['legal', 'Anthropic sued the Department of Defense in federal court on Tuesday.', 'Anthropic'],
    ['regulation', 'The European Commission on Friday proposed delaying the AI Act’s rules for high-risk systems.', 'European Commission'],
    ['partnership', 'Microsoft signed a deal with Nebius worth $17.4 billion to buy GPU capacity.', 'Microsoft'],
    ['funding', 'Anthropic raised $13 billion in a Series F round, the company said.', 'Anthropic'],
    ['spend_plan', 'Meta expects capital expenditures of $66 billion to $72 billion in 2025.', 'Meta'],
    ['buildout', 'Oracle will build a 1.4-gigawatt data center campus in Michigan, the company announced.', 'Oracle'],
    ['energy', 'Google signed a power purchase agreement with NextEra Energy for 600 MW.', 'Google'],
    ['outage', 'ChatGPT suffered an outage on Tuesday that left users facing elevated error rates.', 'ChatGPT'],
    ['pricing', 'OpenAI cut the price of its o3 model by 80% to $2 per million input tokens.', 'OpenAI'],
    ['acquisition', 'Nvidia agreed to acquire Groq for $20 billion.', 'Nvidia'],
  ];
  for (const [type, sentence, actor] of cases) {
    it(`${type}: "${sentence.slice(0, 50)}..."`, () => {
      const evs = events(sentence);
      expect(evs.map((e) => e.type)).toContain(type);
      const ev = evs.find((e) => e.type === type)!;
      expect(ev.actors[0]).toBe(actor);
      expect(ev.sentence).toBe(sentence);
      expect(ev.rule).toBeTruthy();
      // The summary is our own sentence, not the evidence.
      expect(ev.summary).not.toBe(sentence);
      expect(ev.summary).toContain(actor);
    });
  }

  it('finds a moratorium with no named actor by its place', () => {
    const [ev] = events('Amsterdam paused all new data centre approvals for a year in 2019.');
    expect(ev).toMatchObject({ type: 'land_dispute', actors: [], location: 'Amsterdam', date: '2019' });
  });

  it('yields nothing for prose without a happening, and nothing from headings', () => {
    expect(events('Most Americans are more concerned than excited about AI, a survey found.')).toEqual([]);
    expect(events('What’s Unlikely\nA sudden shutdown of ChatGPT\nLoss of core functionality')).toEqual([]);
  });
});

describe('certainty cues', () => {
  const cert = (s: string) => events(s)[0]?.certainty;
  it('confirmed when stated or announced by the actor, also via its own filing', () => {
    expect(cert('Oracle will build a data center in Texas, the company said.')).toBe('confirmed');
    expect(cert('CoreWeave agreed to provide Meta with capacity, according to a regulatory filing on Tuesday.')).toBe('confirmed');
  });
  it('reported when attributed to a third party', () => {
    expect(cert('Bloomberg reported that Amazon will build a data center in Chile.')).toBe('reported');
    expect(cert('According to Reuters, Amazon will build a data center in Chile.')).toBe('reported');
    expect(cert('OpenAI is preparing its own confidential filing, CNBC reported.')).toBe('reported');
  });
  it('speculative for may, exploring, considering, possible, unconfirmed', () => {
    expect(cert('Amazon may build a data center in Chile.')).toBe('speculative');
    expect(cert('Amazon is reportedly exploring a partnership with SoftBank.')).toBe('speculative');
    expect(cert('Microsoft is considering a partnership with Nebius.')).toBe('speculative');
    expect(cert('Residents say a lawsuit against Jones County is possible.')).toBe('speculative');
    expect(cert('Reports that OpenAI will shut down Sora aren’t confirmed.')).toBe('speculative');
  });
  it('denied when the actor denies the report, also in the next sentence', () => {
    expect(cert('Oracle denied a report that it had pushed back the completion of data centers for OpenAI.')).toBe('denied');
    const evs = events('Bloomberg reported that Oracle had pushed back the completion of data centers for OpenAI. Oracle denied it.');
    expect(evs[0]).toMatchObject({ type: 'shutdown', certainty: 'denied' });
  });
  it('a trailing concession does not hedge the main clause', () => {
    expect(cert('Bloomberg reported that the US Commerce Department plans to restrict shipments of AI chips to Malaysia, though some firms might be spared.')).toBe('reported');
  });
});

describe('event dates and merging within an article', () => {
  it('dates the event by the expression nearest its cue', () => {
    const evs = events('Tuesday’s vote followed a December meeting at which residents spoke against a city loan to DataOne for a data center.', '2026-01-29T10:00:00Z');
    expect(evs[0]?.date).toBe('2025-12');
  });
  it('dates a later effective change when the text gives it', () => {
    expect(events('Microsoft will retire its Bing Search APIs on August 11, 2025.', '2025-05-19T00:00:00Z')[0]?.date).toBe('2025-08-11');
  });
  it('counts "four days after" back from the happening just described', () => {
    const evs = events('Anthropic said on Monday it filed for an initial public offering. The filing came four days after Anthropic closed a $65 billion Series H round.', '2026-06-02T07:00:00Z');
    expect(evs.map((e) => e.date)).toEqual(['2026-06-01', '2026-05-28']);
  });
  it('lists a restated happening once and keeps separate deals apart', () => {
    const evs = events('OpenAI shut down Sora this week. The shutdown of Sora shows costs matter. Nvidia signed a deal with Humain. AMD signed a deal with Humain.');
    expect(evs.filter((e) => e.type === 'shutdown')).toHaveLength(1);
    expect(evs.filter((e) => e.type === 'partnership')).toHaveLength(2);
  });
});
