import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, fetchUrl } from '../../ingest/fetch/index.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { testOptions } from './helpers.ts';

const SMART = '“Stargate” costs €500bn — café';

describe('decodeBytes', () => {
  it('uses a windows-1252 charset declared in the Content-Type header', () => {
    const bytes = iconv.encode(SMART, 'windows-1252');
    expect(bytes.includes(0x93)).toBe(true);
    const out = decodeBytes(bytes, 'text/html; charset=windows-1252');
    expect(out).toEqual({ text: SMART, charset: 'windows-1252' });
  });

  it('reads ISO-8859-1 from an XML prolog when the header has no charset', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Datacenter in Köln für 2 Mrd. €? Non: café</title></rss>'.replace('€', 'EUR');
    const out = decodeBytes(iconv.encode(xml, 'latin1'), 'application/xml');
    expect(out.text).toBe(xml);
    // Browsers decode the iso-8859-1 label as windows-1252 (a superset); we do the same.
    expect(out.charset).toBe('windows-1252');
  });

  it('decodes UTF-16 with a BOM, little and big endian, dropping the BOM', () => {
    const text = '<?xml version="1.0"?><feed>Ωmega “fab”</feed>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decodeBytes(le, null)).toEqual({ text, charset: 'utf-16le' });
    // The BOM wins over a header that disagrees with it.
    expect(decodeBytes(be, 'text/xml; charset=iso-8859-1')).toEqual({ text, charset: 'utf-16be' });
  });

  it('strips a UTF-8 BOM', () => {
    const out = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo')]), null);
    expect(out).toEqual({ text: 'héllo', charset: 'utf-8' });
  });

  it('reads <meta charset> and <meta http-equiv> in HTML', () => {
    const html = (meta: string) => `<!doctype html><html><head>${meta}<title>x</title></head><body><p>${SMART}</p></body></html>`;
    const a = html('<meta charset="windows-1252">');
    expect(decodeBytes(iconv.encode(a, 'windows-1252'), 'text/html')).toEqual({ text: a, charset: 'windows-1252' });
    const b = html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    expect(decodeBytes(iconv.encode(b, 'windows-1252'), 'text/html').text).toBe(b);
    const c = '<html><head><meta charset=shift_jis></head><body>日本のデータセンター</body></html>';
    expect(decodeBytes(iconv.encode(c, 'shift_jis'), null)).toEqual({ text: c, charset: 'shift_jis' });
  });

  it('lets the header win over an in-document declaration', () => {
    const html = `<meta charset="windows-1252"><p>${SMART}</p>`;
    expect(decodeBytes(Buffer.from(html, 'utf8'), 'text/html; charset=utf-8')).toEqual({ text: html, charset: 'utf-8' });
  });

  it('falls back to UTF-8, or to windows-1252 when the bytes are not UTF-8, when nothing is declared', () => {
    expect(decodeBytes(Buffer.from(SMART, 'utf8'), null)).toEqual({ text: SMART, charset: 'utf-8' });
    expect(decodeBytes(iconv.encode(SMART, 'windows-1252'), 'text/plain')).toEqual({ text: SMART, charset: 'windows-1252' });
  });

  it('treats an unknown charset label like a missing one instead of failing', () => {
    expect(decodeBytes(Buffer.from(SMART, 'utf8'), 'text/html; charset=x-made-up')).toEqual({ text: SMART, charset: 'utf-8' });
    expect(decodeBytes(iconv.encode(SMART, 'windows-1252'), 'text/html; charset="bogus"').text).toBe(SMART);
  });

  it('corrects UTF-8 served as iso-8859-1, and windows-1252 served as UTF-8', () => {
    expect(decodeBytes(Buffer.from(SMART, 'utf8'), 'text/xml; charset=ISO-8859-1')).toEqual({ text: SMART, charset: 'utf-8' });
    expect(decodeBytes(iconv.encode(SMART, 'windows-1252'), 'text/html; charset=utf-8')).toEqual({ text: SMART, charset: 'windows-1252' });
  });

  it('keeps UTF-8 (with replacement characters) when a mostly UTF-8 body has one stray byte', () => {
    const bytes = Buffer.concat([Buffer.from('café ', 'utf8'), Buffer.from([0xff]), Buffer.from(' naïve', 'utf8')]);
    const out = decodeBytes(bytes, 'text/plain; charset=utf-8');
    expect(out.charset).toBe('utf-8');
    expect(out.text).toBe('café \ufffd naïve');
  });

  it('decodes an empty body', () => {
    expect(decodeBytes(Buffer.alloc(0), null)).toEqual({ text: '', charset: 'utf-8' });
  });
});

describe('fetchUrl decodes text with the response charset', () => {
  let server: FixtureServer;
  beforeEach(async () => { server = await startFixtureServer(); });
  afterEach(async () => { await server.close(); });

  it('reports the charset it used, for a gzipped windows-1252 body', async () => {
    server.route('/legacy', { body: iconv.encode(SMART, 'windows-1252'), gzip: true, headers: { 'Content-Type': 'text/plain; charset=Windows-1252' } });
    const res = await fetchUrl(`${server.url}/legacy`, testOptions());
    expect(res.text).toBe(SMART);
    expect(res.charset).toBe('windows-1252');
    expect(res.contentType).toBe('text/plain');
  });
});
