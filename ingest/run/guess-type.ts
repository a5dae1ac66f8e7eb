/** `sources add` without --type: look at what the URL serves, else at the URL itself. */
import { fetchUrl } from '../fetch/index.ts';
import { guessSourceType } from '../parse/index.ts';

export async function guessSourceTypeOf(url: string, allowPrivate: boolean): Promise<string> {
  try {
    const res = await fetchUrl(url, { kind: 'feed', allowPrivate: allowPrivate || undefined, retries: 0, timeoutMs: 15_000 });
    return guessSourceType(res.text, res.contentType);
  } catch (err) {
    // Most sources are feeds, so anything but a .json URL is taken for one.
    const byUrl = /\.json($|\?)/i.test(url) ? 'json' : 'feed';
    console.error(`could not fetch ${url} to guess its type (${(err as Error).message}); assuming "${byUrl}" (set --type to choose)`);
    return byUrl;
  }
}
