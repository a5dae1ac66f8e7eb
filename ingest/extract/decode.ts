/**
 * Bytes of an HTML page to a string. Order follows the HTML spec's sniffing:
 * a BOM wins, then the transport's charset, then <meta charset> / http-equiv
 * in the first 4 KB, then UTF-8 (the web's default, and what upstream
 * benchmarks store).
 */
import iconv from 'iconv-lite';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)/i;

export function sniffCharset(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i)?.[1];
  if (fromHeader && iconv.encodingExists(fromHeader)) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const fromMeta = head.match(META_CHARSET)?.[1];
  // Pages served as UTF-16 cannot declare it in ASCII meta; such a claim is always wrong.
  if (fromMeta && !/^utf-?16/i.test(fromMeta) && iconv.encodingExists(fromMeta)) return fromMeta.toLowerCase();
  return 'utf-8';
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const charset = sniffCharset(bytes, contentType);
  const text = iconv.decode(Buffer.from(bytes), charset);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
