/**
 * Closing calls to action that newsletter templates put inside the article
 * markup itself (no class to catch them): dropped by their shape, only at
 * the end of the body, while prose that mentions subscribers stays.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, contentHtmlToText } from '../../ingest/extract/index.ts';
import { dropBoilerplateLines, isSignOffLine } from '../../ingest/common/boilerplate-lines.ts';
import { LONG_PARAGRAPHS } from '../support/feeds.ts';

/** A newsletter page template: the sign-off is a plain <p> inside the article, as on hosted newsletter platforms. */
function newsletterPage(closing: string[]): string {
  return `<!doctype html><html><head><title>Substation queue grows | The Grid Ledger</title></head><body>
<article><h1>Substation queue grows</h1>
${LONG_PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('\n')}
${closing.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
}

describe('sign-off lines', () => {
  it.each([
    'Enjoyed this? Subscribe to The Grid Ledger, powered by Substack.',
    'Enjoyed this issue? Forward it to a colleague who tracks interconnection queues.',
    'Did you find this useful? Share it with your team!',
    'Thanks for reading The Grid Ledger! Subscribe for free to receive new posts and support my work.',
    'Like what you read? Sign up for our weekly newsletter and get it in your inbox.',
    'This newsletter is powered by Beehiiv.',
    'Become a paid subscriber to support our journalism.',
  ])('drops a closing %j from a page body', (closing) => {
    const page = extractArticle(newsletterPage([closing]), 'https://gridledger.example/p/queue', { fetchedAt: '2026-03-27T12:00:00Z' });
    expect(page.bodyText).toContain(LONG_PARAGRAPHS[2]!.slice(0, 40));
    expect(page.bodyText).not.toContain(closing.slice(0, 20));
  });

  it('drops a run of closing sign-offs, and the same one from feed content', () => {
    const closing = ['Enjoyed this? Subscribe to The Grid Ledger, powered by Substack.', 'Thanks for reading!'];
    const page = extractArticle(newsletterPage(closing), 'https://gridledger.example/p/queue', { fetchedAt: '2026-03-27T12:00:00Z' });
    expect(page.bodyText.endsWith(LONG_PARAGRAPHS[2]!)).toBe(true);
    const fromFeed = contentHtmlToText(`<p>${LONG_PARAGRAPHS[0]}</p><p>${closing[0]}</p>`);
    expect(fromFeed).toBe(LONG_PARAGRAPHS[0]);
  });

  it('keeps prose about subscribers, and a call to action that is not at the end', () => {
    const prose = [
      'The utility said 4,000 subscribers joined the demand-response plan, and regulators asked it to follow up with a newsletter to ratepayers.',
      'Subscribers to the co-op will see a surcharge, the board said.',
    ];
    for (const p of prose) expect(isSignOffLine(p)).toBe(false);
    const middle = `First paragraph of the story.\n\nEnjoyed this? Subscribe to The Grid Ledger, powered by Substack.\n\n${LONG_PARAGRAPHS[1]}`;
    expect(dropBoilerplateLines(middle)).toBe(middle);
    const onlyPara = 'Enjoyed this? Subscribe to The Grid Ledger.';
    expect(dropBoilerplateLines(onlyPara)).toBe(onlyPara);
  });
});
