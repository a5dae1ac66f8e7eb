/**
 * RSS 2.0 by hand: a handful of elements, every text escaped. Descriptions
 * carry HTML that we build ourselves (escapeHtml on every datum) and that is
 * then escaped again as XML text, as RSS 2.0 expects.
 */
export interface RssItem { title: string; link: string; guid: string; guidIsPermaLink: boolean; pubDate: Date; description: string; category?: string }
export interface RssChannel { title: string; link: string; selfUrl: string; description: string; items: RssItem[] }

export function escapeXml(s: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
export const escapeHtml = escapeXml;

export function renderRss(ch: RssChannel): string {
  const latest = ch.items.reduce<Date | null>((m, i) => (!m || i.pubDate > m ? i.pubDate : m), null);
  const items = ch.items.map((i) => [
    '    <item>',
    `      <title>${escapeXml(i.title)}</title>`,
    `      <link>${escapeXml(i.link)}</link>`,
    `      <guid isPermaLink="${i.guidIsPermaLink}">${escapeXml(i.guid)}</guid>`,
    `      <pubDate>${i.pubDate.toUTCString()}</pubDate>`,
    i.category ? `      <category>${escapeXml(i.category)}</category>` : '',
    `      <description>${escapeXml(i.description)}</description>`,
    '    </item>',
  ].filter(Boolean).join('\n'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(ch.title)}</title>`,
    `    <link>${escapeXml(ch.link)}</link>`,
    `    <description>${escapeXml(ch.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(ch.selfUrl)}" rel="self" type="application/rss+xml" />`,
    latest ? `    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>` : '',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].filter(Boolean).join('\n');
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
