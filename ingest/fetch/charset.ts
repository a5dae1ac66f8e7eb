/**
 * Turn response bytes into a JS string. Order of evidence follows the
 * WHATWG encoding sniffing algorithm: BOM, then the transport's charset,
 * then what the document says about itself (XML prolog, HTML <meta>), then
 * a guess. Labels map to encodings the way browsers map them
 * (iso-8859-1 and us-ascii mean windows-1252), because that is how the
 * publishers who wrote them tested their pages.
 */
import iconv from 'iconv-lite';

/** How far into the document to look for an in-band declaration. */
const SNIFF_BYTES = 4096;

const LABEL_ALIASES: Record<string, string> = {
  'utf8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  'latin1': 'windows-1252',
  'l1': 'windows-1252',
  'ascii': 'windows-1252',
  'us-ascii': 'windows-1252',
  'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  'cp819': 'windows-1252',
  'utf-16': 'utf-16le',
  'ucs-2': 'utf-16le',
  'unicode': 'utf-16le',
};

/** Normalise a declared label to an encoding iconv-lite can decode, or null when unknown. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!clean) return null;
  const mapped = LABEL_ALIASES[clean] ?? clean;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(header: string | null): string | null {
  if (!header) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(header);
  return m ? m[2] : null;
}

function charsetFromBom(body: Buffer): { charset: string; length: number } | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM still betrays itself in an XML document: '<' followed or preceded by a NUL. */
function charsetFromNulPattern(body: Buffer): string | null {
  if (body.length < 4) return null;
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] !== 0x00 && body[3] === 0x00) return 'utf-16le';
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00 && body[3] !== 0x00) return 'utf-16be';
  return null;
}

/** encoding="..." in an XML declaration, or charset in an HTML <meta>, from the document's first bytes. */
function charsetFromDocument(body: Buffer): string | null {
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (prolog) return prolog[1];
  const metaCharset = /<meta[^>]+charset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head);
  if (metaCharset) return metaCharset[1];
  return null;
}

interface Utf8Scan {
  valid: boolean;
  /** Some well-formed multi-byte sequence exists: evidence the text really is UTF-8. */
  hasMultiByte: boolean;
  /** The decoded text, when the bytes were valid UTF-8. */
  text: string | null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function scanUtf8(body: Buffer): Utf8Scan {
  // The native strict decoder settles the common case (valid UTF-8) at full speed.
  try {
    const text = strictUtf8.decode(body);
    return { valid: true, hasMultiByte: text.length < body.length, text };
  } catch {
    return { valid: false, hasMultiByte: hasWellFormedMultiByte(body), text: null };
  }
}

function hasWellFormedMultiByte(body: Buffer): boolean {
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
    let ok = i + need < body.length;
    for (let k = 1; ok && k <= need; k++) ok = (body[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'iso-8859-15']);

function decodeWith(body: Buffer, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: false }).decode(body);
  return iconv.decode(body, charset, { stripBOM: true });
}

/**
 * Decode a response body. Never fails: an unknown or missing label falls
 * back to UTF-8 when the bytes are valid UTF-8 and to windows-1252 when not.
 * Two common mislabelings are corrected: UTF-8 bytes served as
 * iso-8859-1/windows-1252 (a server default nobody changed) and
 * windows-1252 bytes declared UTF-8 with no UTF-8 sequence in them at all.
 */
export function decodeBytes(body: Buffer, contentTypeHeader: string | null): { text: string; charset: string } {
  const bom = charsetFromBom(body);
  if (bom) return { text: decodeWith(body, bom.charset), charset: bom.charset };

  const declared =
    normaliseCharset(charsetFromContentType(contentTypeHeader)) ??
    charsetFromNulPattern(body) ??
    normaliseCharset(charsetFromDocument(body));

  if (declared === 'utf-16le' || declared === 'utf-16be') return { text: decodeWith(body, declared), charset: declared };

  if (declared && declared !== 'utf-8' && !SINGLE_BYTE_WESTERN.has(declared)) {
    return { text: decodeWith(body, declared), charset: declared };
  }

  const scan = scanUtf8(body);
  let charset: string;
  if (declared === 'utf-8') charset = !scan.valid && !scan.hasMultiByte ? 'windows-1252' : 'utf-8';
  else if (declared) charset = scan.valid && scan.hasMultiByte ? 'utf-8' : declared;
  else charset = scan.valid ? 'utf-8' : 'windows-1252';
  if (charset === 'utf-8' && scan.text !== null) return { text: scan.text, charset };
  return { text: decodeWith(body, charset), charset };
}
