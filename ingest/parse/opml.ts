/**
 * OPML subscription lists (`sources import FILE.opml`): every outline with a
 * feed URL at any depth; folder outlines only group and are skipped.
 */
import { load } from 'cheerio/slim';
import { ParseError } from './errors.ts';
import { prepareXml, repairXml } from './prepare-xml.ts';

export interface OpmlSource {
  name: string;
  url: string;
  /** 'feed' for RSS/Atom outlines, 'json' for JSON feeds, 'page' for plain links. */
  type?: string;
}

export function parseOpml(text: string): OpmlSource[] {
  const { text: prepared } = prepareXml(text);
  if (!/<opml\b/i.test(prepared)) {
    throw new ParseError('not_a_feed', `expected an OPML document (<opml> root) but got ${prepared.trim() ? `something starting "${prepared.trim().slice(0, 40)}"` : 'an empty file'}`);
  }
  const $ = load(repairXml(prepared), { xml: true });
  const sources: OpmlSource[] = [];
  const seen = new Set<string>();
  $('outline').each((_, el) => {
    // OPML editors disagree on case (xmlUrl, xmlurl, XMLURL).
    const attrs = Object.fromEntries(Object.entries(el.attribs).map(([k, v]) => [k.toLowerCase(), v.trim()]));
    const declared = (attrs.type ?? '').toLowerCase();
    const url = attrs.xmlurl || (declared === 'link' ? attrs.url || attrs.htmlurl : '');
    if (!url || seen.has(url)) return;
    seen.add(url);
    const source: OpmlSource = { name: attrs.title || attrs.text || url, url };
    const type = attrs.xmlurl ? (declared.includes('json') ? 'json' : 'feed') : 'page';
    source.type = type;
    sources.push(source);
  });
  return sources;
}
