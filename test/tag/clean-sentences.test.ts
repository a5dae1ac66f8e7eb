import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../ingest/tag/clean.ts';
import { splitSentences } from '../../ingest/tag/sentences.ts';

describe('cleanBody', () => {
  it('drops share bars, read-next links, newsletter boxes, ads and app prompts but keeps prose', () => {
    const body = [
      'Share this story: Facebook | Bluesky | Reddit | Email',
      '',
      'Keswick Cloud agreed to rent servers from Lambda.',
      '',
      'READ NEXT: Why chipmakers keep picking Arizona for new fabs',
      '',
      'Sign up for the Courier’s free Evening Digest and get regional headlines by email every weekday.',
      '',
      'Advertisement: Short on GPUs? RackHarbor ships B200 servers within days. Call us today.',
      '',
      'Get the Courier app: iOS | Android',
      '',
      'Related: Samsung stock slides as chip export curbs widen',
      '',
      'The facility is planned to use roughly 450 megawatts.',
    ].join('\n');
    const { text, removed } = cleanBody(body);
    expect(text).toBe('Keswick Cloud agreed to rent servers from Lambda.\n\nThe facility is planned to use roughly 450 megawatts.');
    expect(removed).toHaveLength(6);
  });

  it('drops wire credit lines and post bylines, keeping prose that mentions reporting', () => {
    const body = [
      'Halden Digital will build a second campus near the river.',
      '(Reporting by Lena Marsh in Oslo and Tom Becker in Berlin; editing by Ruth Okafor)',
      'Reporting by Lena Marsh; writing by Tom Becker',
      'Posted by Ruth Okafor · 4 min read',
      'Reporting by regional outlets suggested the plan had stalled.',
    ].join('\n');
    const { text, removed } = cleanBody(body);
    expect(removed).toHaveLength(3);
    expect(text).toContain('Halden Digital will build');
    expect(text).toContain('Reporting by regional outlets');
  });

  it('drops a credit line naming the outlet and the writer\'s role', () => {
    const body = [
      'The county will vote on the rezoning in June.',
      '',
      '— Reporting for the Ridgefield Ledger by staff writer Owen Pardee',
    ].join('\n');
    const { text, removed } = cleanBody(body);
    expect(removed).toHaveLength(1);
    expect(text).toBe('The county will vote on the rezoning in June.');
  });

  it('drops bylines, read times, author boxes and comment headers', () => {
    const body = 'Title line\n- 5 hours ago\n- 7 min read\nOpenAI shut down Sora.\nAuthors\n  • avatar\n    Name\n    Nino\n\nSora was expensive to run.\nComments';
    const { text } = cleanBody(body);
    expect(text).toContain('OpenAI shut down Sora.');
    expect(text).toContain('Sora was expensive to run.');
    expect(text).not.toMatch(/min read|hours ago|Nino|avatar|Comments/);
  });

  it('drops code samples (fenced and unfenced) so they yield nothing', () => {
    const body = 'Here is an example:\n\nimport requests\n\ndef get(prompt):\n    url = "https://api.example/v1"\n    return requests.post(url)\n\nThe lesson is simple.\n\n```js\nconst x = 1;\n```\nDone.';
    const { text } = cleanBody(body);
    expect(text).not.toMatch(/requests|def get|const x/);
    expect(text).toContain('The lesson is simple.');
    expect(text).toContain('Done.');
  });

  it('drops calls to action and a closing vendor pitch', () => {
    const { text } = cleanBody('AI is maturing.\nAt Foxglove Labs, we help teams ship chatbots that customers trust.\n👉 Get your free AI audit: www.foxglovelabs.example');
    expect(text).toBe('AI is maturing.');
  });
});

describe('splitSentences', () => {
  it('does not split at abbreviations, initials or initialisms', () => {
    const text = 'The U.S. Commerce Dept. said on Sept. 18 that Mr. Smith of Acme Inc. would testify. John F. Kennedy Airport is busy, e.g. at night. No. 2 is next.';
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toEqual([
      'The U.S. Commerce Dept. said on Sept. 18 that Mr. Smith of Acme Inc. would testify.',
      'John F. Kennedy Airport is busy, e.g. at night.',
      'No. 2 is next.',
    ]);
  });

  it('keeps offsets into the text and numbers paragraphs', () => {
    const text = 'First one. Second one!\n\nThird “quoted.” Fourth $5 figure.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['First one.', 'Second one!', 'Third “quoted.”', 'Fourth $5 figure.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('ends a sentence after an initialism when a new sentence clearly starts', () => {
    expect(splitSentences('It expanded in the U.S. The next step is Europe.').map((x) => x.text)).toEqual(['It expanded in the U.S.', 'The next step is Europe.']);
  });

  it('reads initialisms only as whole letter-and-stop runs after a non-word character', () => {
    // "a.m." and "X.Y.Z." are initialisms; "snake_case.A.B." is not one (the run follows a word character), but its "B." reads as an initial.
    const text = 'Talks began at 9 a.m. Officials stayed late. Ms. Lee signed for X.Y.Z. It closed at 5 p.m. on Friday. A plan from snake_case.A.B. Then more.';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'Talks began at 9 a.m. Officials stayed late.',
      'Ms. Lee signed for X.Y.Z.',
      'It closed at 5 p.m. on Friday.',
      'A plan from snake_case.A.B. Then more.',
    ]);
  });

  it('never joins lines', () => {
    expect(splitSentences('A heading\nBody text here.').map((x) => x.text)).toEqual(['A heading', 'Body text here.']);
  });
});
