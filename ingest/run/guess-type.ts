/**
 * `sources add` without --type or --name: one fetch of the URL tells what it
 * serves (feed, page or JSON) and what the feed calls itself, so a source is
 * named "Data Center Dynamics", not "127.0.0.1-trade-atom-xml".
 */
import { fetchUrl } from '../fetch/index.ts';
import { guessSourceType, parseFeed } from '../parse/index.ts';

export interface SourceProbe { type: 'feed' | 'page' | 'json'; title: string | null }

const byUrl = (url: string) => (/\.json($|\?)/i.test(url) ? 'json' : 'feed');

/** Never throws: when the URL cannot be read the type is guessed from the URL and there is no title. */
export async function probeSource(url: string, allowPrivate: boolean): Promise<SourceProbe> {
  let res;
  try {
    res = await fetchUrl(url, { kind: 'feed', allowPrivate: allowPrivate || undefined, retries: 0, timeoutMs: 15_000 });
  } catch (err) {
    const type = byUrl(url);
    console.error(`could not fetch ${url} to see what it serves (${(err as Error).message}); assuming "${type}" (set --type and --name to choose)`);
    return { type, title: null };
  }
  const type = guessSourceType(res.text, res.contentType);
  let title: string | null = null;
  if (type !== 'page') {
    try {
      title = (await parseFeed(res.text, { url: res.url, contentType: res.contentType, fetchedAt: new Date().toISOString() })).title;
    } catch { /* a feed without a readable title is named after its host */ }
  }
  return { type, title: cleanTitle(title) };
}

/** A feed title fit to be a name: one line, no control characters, at most 80 characters. */
export function cleanTitle(title: string | null | undefined): string | null {
  const flat = (title ?? '').replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  return flat.length > 80 ? `${flat.slice(0, 79).replace(/\s+\S*$/, '')}…` : flat;
}

export async function guessSourceTypeOf(url: string, allowPrivate: boolean): Promise<string> {
  return (await probeSource(url, allowPrivate)).type;
}
