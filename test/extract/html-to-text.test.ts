import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentHtmlToText as htmlToText } from '../../ingest/extract/index.ts';
import { isHtmlPage } from '../../ingest/parse/index.ts';
import { htmlToLine } from '../../ingest/common/html-text.ts';

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


describe('htmlToLine: one conversion for feed titles, summaries and page metadata', () => {
  it('keeps words apart across block boundaries and line breaks', () => {
    expect(htmlToLine('<p>Grid operator caps loads.</p><p>Next paragraph</p>')).toBe('Grid operator caps loads. Next paragraph');
    expect(htmlToLine('first line<br>second line')).toBe('first line second line');
  });

  it('reads XHTML self-closed elements without swallowing the rest', () => {
    expect(htmlToLine('Before <iframe src="x"/> after the frame')).toBe('Before after the frame');
  });

  it('drops scripts and styles, decodes entities, and keeps escaped tags as the literal text they are', () => {
    expect(htmlToLine('Ship date <script>alert(1)</script>confirmed &amp; set')).toBe('Ship date confirmed & set');
    expect(htmlToLine('History of the &lt;blink&gt; tag')).toBe('History of the <blink> tag');
  });

  it('returns null when nothing is left, and plain text collapsed', () => {
    expect(htmlToLine('<p>  </p>')).toBeNull();
    expect(htmlToLine(null)).toBeNull();
    expect(htmlToLine('  two   spaces\u00a0here ')).toBe('two spaces here');
  });
});

describe('isHtmlPage: the one sniffer, for files too', () => {
  it('takes a page that starts with an article element, and not prose that mentions a tag', () => {
    expect(isHtmlPage('<article><h1>t</h1><p>x</p></article>')).toBe(true);
    expect(isHtmlPage('Notes on the <body> element, saved as text.')).toBe(false);
  });
});

describe('html-to-text on hostile nesting', () => {
  it('reads nesting deep enough to overflow a recursive walk (cheerio text() throws RangeError at 20,000)', () => {
    const depth = 20_000;
    const html = `<p>before</p>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    expect(htmlToLine(html)).toBe('before deep text');
  });
});
