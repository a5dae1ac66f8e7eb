/**
 * The forgiving XML path: cheerio in XML mode (htmlparser2) never rejects a
 * document, so ill-formed feeds real sites publish (undeclared entities,
 * bare `&`, broken nesting, odd namespace prefixes, Atom 0.3) still yield
 * their items. Also the only path that honours xml:base.
 */
import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import { ParseError } from './errors.ts';
import { absoluteUrl, resolveBase } from './finalize.ts';
import { repairXml } from './prepare-xml.ts';
import { emptyRawItem, type RawFeed, type RawItem } from './raw.ts';

/** The slice of htmlparser2's node shape this module walks. */
interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  parent?: XmlNode | null;
}

type XmlFormat = 'rss2' | 'rss1' | 'atom';

export function parseLenientXml(prepared: string, feedUrl: string): RawFeed {
  const $ = load(repairXml(prepared), { xml: true });
  const root = rootElement($);
  if (!root) throw new ParseError('broken_xml', 'expected an RSS/Atom feed but found no XML element at all; the document may be truncated or not XML');
  const format = formatOfRoot(root.name!);
  if (!format) {
    throw new ParseError('not_a_feed', `expected an RSS/Atom/JSON feed but got an XML document whose root element is <${root.name}>`);
  }
  return new FeedWalker($, root, format, feedUrl).walk();
}

function rootElement($: CheerioAPI): XmlNode | undefined {
  const top = ($.root()[0] as unknown as XmlNode).children ?? [];
  return top.find((n) => n.type === 'tag');
}

export function formatOfRoot(name: string): XmlFormat | null {
  const local = localName(name);
  if (local === 'rss' || local === 'channel') return 'rss2';
  if (local === 'rdf') return 'rss1';
  if (local === 'feed') return 'atom';
  return null;
}

function localName(name: string): string {
  const lower = name.toLowerCase();
  return lower.slice(lower.indexOf(':') + 1);
}

function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i).toLowerCase();
}

class FeedWalker {
  /** Prefixes under which this format's own elements may appear (`<atom:entry>`, `<rss:item>` in RDF). */
  private readonly ownPrefixes: Set<string>;
  private readonly baseCache = new Map<XmlNode, string>();

  constructor(
    private readonly $: CheerioAPI,
    private readonly root: XmlNode,
    private readonly format: XmlFormat,
    private readonly feedUrl: string,
  ) {
    const rootPrefix = prefixOf(root.name!);
    this.ownPrefixes = new Set(['', format === 'atom' ? 'atom' : 'rss', format === 'rss1' ? '' : rootPrefix]);
    if (format === 'atom') this.ownPrefixes.add(rootPrefix);
  }

  walk(): RawFeed {
    const warnings: string[] = [];
    const isAtom = this.format === 'atom';
    const container = isAtom ? this.root : (this.own(this.root, 'channel') ?? this.root);
    const entryName = isAtom ? 'entry' : 'item';
    const entries = this.descendants(this.root, (n) => this.isOwn(n, entryName));
    const feedAuthor = isAtom ? this.atomAuthor(container) : null;
    return {
      format: this.format,
      title: isAtom ? (this.textConstruct(this.own(container, 'title'))?.value ?? null) : this.textOf(this.own(container, 'title')),
      link: isAtom ? this.atomLink(container) : this.rssLink(container),
      base: this.baseOf(container),
      items: entries.map((e) => (isAtom ? this.atomEntry(e, feedAuthor) : this.rssItem(e))),
      warnings,
    };
  }

  private rssItem(el: XmlNode): RawItem {
    const item = emptyRawItem(this.baseOf(el));
    item.title = this.textOf(this.own(el, 'title') ?? this.named(el, 'dc:title') ?? this.named(el, 'media:title'));
    const guid = this.own(el, 'guid');
    item.guid = this.textOf(guid) ?? this.attr(el, 'rdf:about');
    const permalink = guid && guid.attribs?.isPermaLink?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(item.guid ?? '') ? item.guid : null;
    item.link = this.rssLink(el) ?? this.atomLink(el) ?? permalink ?? (this.format === 'rss1' ? this.attr(el, 'rdf:about') : null);
    item.author = this.textOf(this.named(el, 'dc:creator') ?? this.own(el, 'author') ?? this.named(el, 'dc:author') ?? this.named(el, 'itunes:author'));
    item.dates = this.textsOf(el, ['pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'a10:updated', 'atom:updated', 'dcterms:modified']);
    item.summary = this.textOf(this.own(el, 'description') ?? this.named(el, 'dc:description') ?? this.named(el, 'itunes:summary'));
    const body = this.named(el, 'xhtml:body') ?? this.named(el, 'body');
    item.contentHtml = this.textOf(this.named(el, 'content:encoded')) ?? (body ? this.innerMarkup(body) : null);
    item.canonicalUrl = this.textOf(this.named(el, 'feedburner:origlink'));
    return item;
  }

  private atomEntry(el: XmlNode, feedAuthor: string | null): RawItem {
    const item = emptyRawItem(this.baseOf(el));
    const title = this.textConstruct(this.own(el, 'title'));
    item.title = title?.value ?? null;
    item.titleIsHtml = title ? title.kind !== 'text' : true;
    item.link = this.atomLink(el);
    item.guid = this.textOf(this.own(el, 'id'));
    item.author = this.atomAuthor(el) ?? feedAuthor;
    item.dates = ['published', 'issued', 'created', 'updated', 'modified']
      .map((n) => this.textOf(this.own(el, n)))
      .filter((d): d is string => d !== null);
    const summary = this.textConstruct(this.own(el, 'summary'));
    item.summary = summary?.value ?? null;
    item.summaryIsHtml = summary ? summary.kind !== 'text' : true;
    const content = this.textConstruct(this.own(el, 'content'));
    if (content?.kind === 'text') item.bodyText = content.value;
    else if (content) item.contentHtml = content.value;
    item.canonicalUrl = this.textOf(this.named(el, 'feedburner:origlink'));
    return item;
  }

  /** Atom text constructs: type text/html/xhtml (1.0) or MIME type plus mode escaped/xml/base64 (0.3). */
  private textConstruct(el: XmlNode | undefined): { kind: 'text' | 'html'; value: string } | null {
    if (!el) return null;
    if (el.attribs?.src !== undefined && !(el.children ?? []).length) return null;
    const type = (el.attribs?.type ?? 'text').toLowerCase();
    const mode = (el.attribs?.mode ?? '').toLowerCase();
    // Atom 0.3 says so with mode="base64"; Atom 1.0 content of a non-text, non-XML media type is base64 by definition.
    const binaryType = type.includes('/') && !type.startsWith('text/') && !/xml/.test(type);
    if (mode === 'base64' || binaryType) {
      const decoded = Buffer.from(textContent(el).trim(), 'base64').toString('utf8');
      return { kind: type.includes('html') || /<[a-z]/i.test(decoded) ? 'html' : 'text', value: decoded };
    }
    if (type === 'xhtml' || type.includes('xhtml+xml') || mode === 'xml') {
      const div = (el.children ?? []).find((c) => c.type === 'tag' && localName(c.name!) === 'div');
      return { kind: 'html', value: this.innerMarkup(div ?? el) };
    }
    if (type === 'html' || type === 'text/html' || mode === 'escaped') return { kind: 'html', value: textContent(el) };
    if (type === 'text' || type === 'text/plain') return { kind: 'text', value: textContent(el) };
    if (type.startsWith('text/')) return { kind: 'text', value: textContent(el) };
    return null;
  }

  private q(el: XmlNode) {
    return this.$(el as unknown as Parameters<CheerioAPI>[0]);
  }

  private innerMarkup(el: XmlNode): string {
    return (this.q(el).html() ?? '').trim();
  }

  private atomAuthor(el: XmlNode): string | null {
    const author = this.own(el, 'author');
    if (!author) return this.textOf(this.named(el, 'dc:creator'));
    return this.textOf(this.own(author, 'name')) ?? this.textOf(this.own(author, 'email')) ?? this.textOf(author);
  }

  /** The link a reader would follow: rel="alternate" (or no rel), preferring HTML; resolved against the link's own xml:base. */
  private atomLink(el: XmlNode): string | null {
    const links = this.children(el).filter((c) => localName(c.name!) === 'link' && ['', 'atom', 'atom10', ...this.ownPrefixes].includes(prefixOf(c.name!)));
    const withHref = links.filter((l) => l.attribs?.href);
    const alternates = withHref.filter((l) => (l.attribs?.rel ?? 'alternate').toLowerCase() === 'alternate');
    const chosen = alternates.find((l) => /html/.test(l.attribs?.type ?? 'text/html')) ?? alternates[0] ?? (this.format === 'atom' ? withHref[0] : undefined);
    if (!chosen) return null;
    return absoluteUrl(chosen.attribs!.href, this.baseOf(chosen)) ?? chosen.attribs!.href;
  }

  private rssLink(el: XmlNode): string | null {
    const link = this.children(el).find((c) => this.isOwn(c, 'link') && !c.attribs?.href);
    const text = this.textOf(link);
    if (!link || !text) return null;
    return absoluteUrl(text, this.baseOf(link)) ?? text;
  }

  private isOwn(node: XmlNode, local: string): boolean {
    return node.type === 'tag' && localName(node.name!) === local && this.ownPrefixes.has(prefixOf(node.name!));
  }

  private own(el: XmlNode, local: string): XmlNode | undefined {
    return this.children(el).find((c) => this.isOwn(c, local));
  }

  /** A child by its qualified name, case-insensitive (`content:encoded`, `dc:creator`). */
  private named(el: XmlNode, qualified: string): XmlNode | undefined {
    return this.children(el).find((c) => c.name!.toLowerCase() === qualified);
  }

  private textsOf(el: XmlNode, names: string[]): string[] {
    return names
      .map((n) => this.textOf(n.includes(':') ? this.named(el, n) : this.own(el, n)))
      .filter((t): t is string => t !== null);
  }

  private children(el: XmlNode): XmlNode[] {
    return (el.children ?? []).filter((c) => c.type === 'tag');
  }

  /** Matching descendants in document order, not looking inside a match. Iterative: a feed nested 200,000 deep must not overflow the stack. */
  private descendants(el: XmlNode, match: (n: XmlNode) => boolean): XmlNode[] {
    const out: XmlNode[] = [];
    const stack = [...this.children(el)].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (match(node)) out.push(node);
      else stack.push(...[...this.children(node)].reverse());
    }
    return out;
  }

  private attr(el: XmlNode, name: string): string | null {
    return el.attribs?.[name]?.trim() || null;
  }

  private textOf(el: XmlNode | undefined): string | null {
    if (!el) return null;
    const text = textContent(el).trim();
    return text === '' ? null : text;
  }

  /** xml:base applies to the element and its descendants, each relative to the base in scope above it. */
  private baseOf(el: XmlNode): string {
    const cached = this.baseCache.get(el);
    if (cached !== undefined) return cached;
    const parent = el.parent && el.parent.type === 'tag' ? this.baseOf(el.parent) : this.feedUrl;
    const base = resolveBase(el.attribs?.['xml:base'], parent);
    this.baseCache.set(el, base);
    return base;
  }
}

/** The text of a node and its descendants, like cheerio's text() but iterative (deep nesting would overflow the stack). */
function textContent(el: XmlNode): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'cdata') {
      if (node.type === 'text') parts.push((node as XmlNode & { data?: string }).data ?? '');
      else for (const c of node.children ?? []) parts.push((c as XmlNode & { data?: string }).data ?? '');
      continue;
    }
    if (node.type === 'comment' || node.type === 'directive') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts.join('');
}
