/** Small builders for fixture feeds and pages, written for these tests. */

export const LONG_PARAGRAPHS = [
  'County commissioners postponed a vote on Tuesday over a proposed 900-acre data center campus after more than two hundred residents packed the meeting to object to the noise, the water use and the new transmission lines it would need.',
  'The developer, which has not named its tenant, says the first phase would draw 300 megawatts from the regional grid by 2028 and employ about 150 people once it is running, while building work would last four years.',
  'Opponents filed a petition with 4,000 signatures asking the board to adopt a moratorium on large data centers until the county rewrites its zoning code, and several neighbours said they would sue if the rezoning went ahead.',
  'The utility told the board that serving the site would require a new substation and that the cost of the upgrade would be paid by the developer under its large-load tariff, a claim residents asked the state regulator to review.',
];

export interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  description?: string;
  content?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(title: string, items: FeedItem[], opts: { encoding?: string } = {}): string {
  const body = items
    .map(
      (i) => `<item>${i.title !== undefined ? `<title>${esc(i.title)}</title>` : ''}${i.link ? `<link>${esc(i.link)}</link>` : ''}${
        i.guid ? `<guid>${esc(i.guid)}</guid>` : ''
      }${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}${
        i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''
      }</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${opts.encoding ?? 'utf-8'}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><link>http://127.0.0.1/</link><description>fixture</description>
${body}
</channel></rss>`;
}

/** An article page wrapped in the clutter real sites add around the text. */
export function articlePage(title: string, paragraphs: string[], opts: { canonical?: string; published?: string } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)} | Grid Weekly</title>
${opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : ''}
${opts.published ? `<meta property="article:published_time" content="${opts.published}">` : ''}
</head><body>
<header><nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/policy">Policy</a></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By Dana Example</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="share">Share on X Share on LinkedIn</div>
</article>
<aside class="newsletter"><h2>Subscribe to our newsletter</h2><p>Get the grid briefing every morning.</p><form><input name="email"></form></aside>
<section class="related"><h2>Related</h2><ul><li><a href="/x">Another story about transformers</a></li></ul></section>
</main><footer>© Grid Weekly. All rights reserved.</footer></body></html>`;
}
