/**
 * Word tokens with character offsets, and a token trie over gazetteer aliases
 * so the whole text is matched in one left-to-right pass (longest alias wins).
 */
import { foldSurface, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

// Letters/digits joined by inner punctuation stay one token: U.S, GPT-4o, AT&T, Flux.1, n1n.ai.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’&+\-–·_][\p{L}\p{N}]+)*\+?|\S/gu;

/** A letter or digit; ASCII answers without a Unicode regex. */
function startsWordChar(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(t);
}

/** The same pattern, anchored: read where the ASCII scan below meets a character it leaves to the regex. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The ASCII joiners of TOKEN_RE: . ' & + - _ */
const isAsciiJoiner = (c: number) => c === 46 || c === 39 || c === 38 || c === 43 || c === 45 || c === 95;

/**
 * Where TOKEN_RE's match starting at `pos` ends, read over ASCII without the
 * Unicode regex; -1 when a non-ASCII character could change the match (the
 * caller then runs the regex there).
 */
function asciiTokenEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c >= 128) return -1;
  // Any other ASCII character that is not a space is a token by itself (\S).
  if (!isAsciiAlnum(c)) return pos + 1;
  let i = pos + 1;
  for (;;) {
    while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i >= text.length) return i;
    const j = text.charCodeAt(i);
    if (j >= 128) return -1;
    if (isAsciiJoiner(j)) {
      const next = text.charCodeAt(i + 1);
      if (next >= 128) return -1;
      if (isAsciiAlnum(next)) { i += 2; continue; }
    }
    // The optional trailing "+" ("Claude+").
    return j === 43 ? i + 1 : i;
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    // Whitespace (all of it in the BMP, so one code unit each) separates tokens.
    if (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 160 && /\s/.test(text[pos]!)) { pos++; continue; }
    const start = pos;
    let end = asciiTokenEnd(text, pos);
    if (end < 0) {
      TOKEN_AT.lastIndex = pos;
      const m = TOKEN_AT.exec(text);
      if (!m) { pos++; continue; }
      end = pos + m[0].length;
    }
    pos = end;
    const whole = text.slice(start, end);
    const word = startsWordChar(whole);
    // Possessives are not part of the name: "OpenAI's" -> "OpenAI" + "'s".
    if (word && whole.length > 2 && whole.charCodeAt(whole.length - 1) === 115 /* s */ && (whole[whole.length - 2] === "'" || whole[whole.length - 2] === '’')) {
      const t = whole.slice(0, -2);
      out.push({ text: t, start, end: start + t.length, word: true });
      out.push({ text: whole.slice(-2), start: start + t.length, end, word: false });
      continue;
    }
    // "London-based", "Austin-area": the place is a name of its own, the suffix says what it is ("-based" stays one
    // token after it, which the place reader takes for its cue).
    const hyphen = word && whole.length > 6 && whole.charCodeAt(0) >= 65 && whole.charCodeAt(0) <= 90 ? PLACE_SUFFIX.exec(whole) : null;
    if (hyphen) {
      const t = whole.slice(0, hyphen.index);
      out.push({ text: t, start, end: start + t.length, word: true });
      out.push({ text: hyphen[0], start: start + t.length, end, word: false });
      continue;
    }
    out.push({ text: whole, start, end, word });
  }
  return out;
}

/** A suffix that makes the capitalised word before it a place: "Reading-based", "Bend-area", "Dublin-registered". */
const PLACE_SUFFIX = /-(?:based|area|headquartered|registered|incorporated)$/;

interface TrieNode { next: Map<string, TrieNode>; terminal: boolean }

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
}

function newNode(): TrieNode {
  return { next: new Map(), terminal: false };
}

/** A line break in text[from, to): the gap between two tokens, a character or two, so it is read directly rather than searched for past it. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Short product codes take a plural "s" ("H100s", "TPUs") without an alias of their own. */
function singularOf(token: string): string | null {
  if (!token.endsWith('s') || !/^[\p{L}\p{N}.\-]{2,}s$/u.test(token)) return null;
  const stem = token.slice(0, -1);
  return /\d/.test(stem) || /^\p{Lu}{2,}$/u.test(stem) ? stem : null;
}

/**
 * A cheap 16-bit digest of a trie key, over all its code units. (Its first and last code units and its
 * length alone let 44% of bench:tag's words through to the root map, twice the share that are root keys:
 * common words share them with keys such as "the".)
 */
function keySignature(key: string): number {
  let h = key.length;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Opens with a lower-case letter (ASCII read by code). */
function isLowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(s);
}

/** A lower-case letter or digit then a capitalised word: two table cells glued together. */
const GLUED_CELLS = /[\p{Ll}\p{N}]\p{Lu}\p{Ll}/u;

export class AliasMatcher {
  private readonly root = newNode();

  constructor(private readonly gaz: Gazetteer) {
    for (const { alias } of gaz.aliases()) {
      let node = this.root;
      for (const tok of tokenize(alias)) {
        const key = foldSurface(tok.text);
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      node.terminal = true;
    }
    for (const key of this.root.next.keys()) this.rootKeys[keySignature(key)] = 1;
  }

  /**
   * Signatures of the keys the root holds (first and last code unit, length): most words start no alias,
   * and this answers no for them without hashing the word into the root's map. A signature that is set
   * only means the map is asked.
   */
  private readonly rootKeys = new Uint8Array(1 << 16);

  /** Every non-overlapping gazetteer match, longest first at each position. */
  matchAll(text: string, tokens: Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    // Each token's folded form, made once: the trie walk from every start position reads the tokens after it again.
    const keys: Array<string | undefined> = new Array(tokens.length);
    let i = 0;
    while (i < tokens.length) {
      const found = tokens[i].word ? this.longestAt(text, tokens, i, keys) ?? this.gluedAt(text, tokens, i) : null;
      if (found) {
        out.push(found);
        i = found.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Flattened tables glue cells together ("o1-previewHigh10s", "KlingExtreme"):
   * a product or org name that ends where a new capitalised word begins still counts.
   */
  private gluedAt(text: string, tokens: Token[], i: number): GazetteerMatch | null {
    const t = tokens[i].text;
    if (t.length < 6 || !GLUED_CELLS.test(t)) return null;
    for (const m of t.matchAll(/(?<=[\p{Ll}\p{N}])(?=\p{Lu}\p{Ll})/gu)) {
      const head = t.slice(0, m.index);
      if (head.length < 4) continue;
      const entry = this.gaz.lookup(head);
      if (entry && (entry.type === 'product' || entry.type === 'org')) {
        const start = tokens[i].start;
        return { entry, first: i, last: i, start, end: start + head.length, surface: head };
      }
    }
    return null;
  }

  /** Where aliases end, for longestAt: one array reused for every start token (it never runs twice at once). */
  private readonly ends: number[] = [];

  private longestAt(text: string, tokens: Token[], i: number, keys: Array<string | undefined>): GazetteerMatch | null {
    const ends = this.ends;
    ends.length = 0;
    let node: TrieNode | undefined = this.root;
    // A hyphenated compound ends a name early: "Nasdaq-listed", "North Carolina-based".
    let cutEnd = -1;
    let cutAt = -1;
    for (let j = i; j < tokens.length && node; j++) {
      // Names do not run across line breaks.
      if (j > i && hasNewline(text, tokens[j - 1].end, tokens[j].start)) break;
      const key = keys[j] ??= foldSurface(tokens[j].text);
      let child: TrieNode | undefined = j > i || this.rootKeys[keySignature(key)] === 1 ? node.next.get(key) : undefined;
      if (!child && j === i) {
        const singular = singularOf(tokens[j].text);
        if (singular) child = node.next.get(foldSurface(singular));
      }
      if (!child) {
        const compound = tokens[j].text.includes('-') ? /^(.+?)-\p{Ll}{3,}(?:-\p{Ll}+)*$/u.exec(tokens[j].text) : null;
        const head = compound ? node.next.get(foldSurface(compound[1])) : undefined;
        if (head?.terminal) { cutAt = j; cutEnd = tokens[j].start + compound![1].length; }
        break;
      }
      node = child;
      if (node?.terminal) ends.push(j);
    }
    if (cutAt >= 0) {
      const surface = text.slice(tokens[i].start, cutEnd);
      const entry = this.gaz.lookup(surface);
      if (entry) return { entry, first: i, last: cutAt, start: tokens[i].start, end: cutEnd, surface };
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const last = ends[k];
      const start = tokens[i].start;
      const end = tokens[last].end;
      const surface = text.slice(start, end);
      let entry = this.gaz.lookup(surface);
      if (!entry && last === i) {
        const singular = singularOf(surface);
        if (singular) entry = this.gaz.lookup(singular);
        if (entry && entry.type !== 'product') entry = null;
      }
      if (!entry) continue;
      // "the state Department of Environmental Quality": a lower-case word opening a capitalised alias of several
      // words is a common noun before another name ("state", "city"), not the alias ("State Department").
      if (last > i && isLowerStart(surface) && !entry.aliases.concat(entry.name).some((a) => isLowerStart(a))) continue;
      return { entry, first: i, last, start, end, surface };
    }
    return null;
  }
}
