/**
 * What each format adapter hands over before the shared clean-up: values as
 * the feed wrote them. One place (finalize.ts) then resolves links, parses
 * dates, strips summaries and raises warnings, so every format behaves alike.
 */
export interface RawItem {
  link: string | null;
  /** Base URL in scope for this item (xml:base chain, else the feed URL). */
  base: string;
  guid: string | null;
  title: string | null;
  /** True when the title may carry markup to strip (RSS titles, Atom type="html"). */
  titleIsHtml: boolean;
  author: string | null;
  /** Date strings in order of preference (published before updated). */
  dates: string[];
  /** Description / summary as written; HTML unless summaryIsHtml is false. */
  summary: string | null;
  summaryIsHtml: boolean;
  contentHtml: string | null;
  bodyText: string | null;
  canonicalUrl: string | null;
}

export interface RawFeed {
  format: string;
  title: string | null;
  link: string | null;
  base: string;
  items: RawItem[];
  warnings: string[];
}

export function emptyRawItem(base: string): RawItem {
  return {
    link: null, base, guid: null, title: null, titleIsHtml: true, author: null, dates: [],
    summary: null, summaryIsHtml: true, contentHtml: null, bodyText: null, canonicalUrl: null,
  };
}
