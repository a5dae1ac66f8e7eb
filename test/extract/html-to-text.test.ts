import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText, isHtmlPage, decodeHtml } from '../../ingest/extract/index.ts';
import iconv from 'iconv-lite';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

describe('htmlToText on feed content:encoded', () => {
  it('drops script, iframe, style, share and newsletter boxes and keeps paragraphs', () => {
    const fragment = readFileSync(path.join(pagesDir, 'content-encoded.html'), 'utf8');
    const expected = readFileSync(path.join(pagesDir, 'content-encoded.expected.txt'), 'utf8').trim();
    expect(htmlToText(fragment)).toBe(expected);
  });

  it('never returns markup, even from escaped tags', () => {
    const text = htmlToText('<p>Price cut &lt;script&gt;alert(1)&lt;/script&gt; announced &lt;b&gt;today&lt;/b&gt;.</p>');
    expect(text).toBe('Price cut announced today .');
  });

  it('decodes entities and keeps plain text as is', () => {
    expect(htmlToText('AT&amp;T &amp; Verizon')).toBe('AT&T & Verizon');
    expect(htmlToText('no markup here')).toBe('no markup here');
    expect(htmlToText('')).toBe('');
  });

  it('separates list items and headings as paragraphs', () => {
    expect(htmlToText('<h2>Key figures</h2><ul><li>1 GW</li><li>2,000 acres</li></ul>')).toBe('Key figures\n\n1 GW\n\n2,000 acres');
  });
});

describe('isHtmlPage', () => {
  it('tells pages from feeds, JSON and text', () => {
    expect(isHtmlPage('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(isHtmlPage('\ufeff  <html lang="en"><head><title>t</title></head></html>')).toBe(true);
    expect(isHtmlPage('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe(true);
    expect(isHtmlPage('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>')).toBe(false);
    expect(isHtmlPage('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')).toBe(false);
    expect(isHtmlPage('{"title": "<p>x</p>"}')).toBe(false);
    expect(isHtmlPage('# A markdown title\n\nSome <b>bold</b> text.')).toBe(false);
  });
});

describe('decodeHtml', () => {
  it('follows <meta charset> for legacy encodings', () => {
    const html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u2013 na\u00efve</p></body></html>';
    expect(decodeHtml(iconv.encode(html, 'windows-1252'))).toContain('Caf\u00e9 \u2013 na\u00efve');
  });

  it('lets a BOM win over a wrong meta charset', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body>\u00fcber</body></html>';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
    expect(decodeHtml(bytes)).toBe(html);
  });

  it('uses the Content-Type charset before the meta tag', () => {
    const html = '<html><head><meta charset="utf-8"></head><body>\u0416\u0443\u0440\u043d\u0430\u043b</body></html>';
    expect(decodeHtml(iconv.encode(html, 'koi8-r'), 'text/html; charset=KOI8-R')).toContain('\u0416\u0443\u0440\u043d\u0430\u043b');
  });
});
