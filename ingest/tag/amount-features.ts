/**
 * Features of a money figure's clause for the amount model (amount-model.ts):
 * the words on each side by distance, the nearest verb-like word before it
 * (the verb that governs the figure), the cue lexicon's reading, and for each
 * party who could own it, its role: position, the word before and after it
 * (a preposition, a possessive, a verb of saying), the words linking it to
 * the figure, whether it opens the clause or stands in a list.
 */
import type { AmountCategory } from './types.ts';
import type { MoneyMatch } from './money.ts';
import type { SentenceInfo, SentenceMention } from './context.ts';
import { isAdjectival, isOutlet } from './context.ts';
import { lexClasses, stem } from './amount-lexicon.ts';

export { stem };

interface Word { w: string; start: number; end: number }

const WORD_RE = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|[,;:()"“”]|\d[\d,.]*/g;

/** The words of a sentence, with every money figure read as one token. */
function words(s: SentenceInfo): Word[] {
  const out: Word[] = [];
  let from = 0;
  for (const m of s.money) {
    pushWords(out, s.text.slice(from, m.start), from);
    out.push({ w: '<money>', start: m.start, end: m.end });
    from = m.end;
  }
  pushWords(out, s.text.slice(from), from);
  return out;
}

function pushWords(out: Word[], text: string, offset: number): void {
  for (const m of text.matchAll(WORD_RE)) out.push({ w: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
}

/** Function words carry the grammar, so they stay features; only case is folded. */
const norm = (w: string) => (w === '<money>' ? w : /^\d/.test(w) ? '<num>' : stem(w));

export interface FigureContext {
  /** Features shared by every decision about the figure. */
  context: string[];
  /** The cue lexicon's category (attribute-amounts.ts), itself a feature. */
  cueCategory: AmountCategory;
}

const FEATS = new Set(['lex', 'near', 'unit']);

/** Lexicon classes around the figure: the nearest on each side, and within a few words. */
function lexiconFeatures(ws: Word[], at: number, f: string[]): void {
  const seenL = new Set<string>();
  const seenR = new Set<string>();
  for (let k = at - 1, d = 1; k >= 0 && d <= 12; k--, d++) {
    const w = ws[k]!.w;
    if (w === '<money>') { f.push('L:other-figure'); continue; }
    for (const c of lexClasses(norm(w))) {
      const band = d <= 3 ? 'near' : d <= 7 ? 'mid' : 'far';
      if (!seenL.has(c)) { f.push(`lxL1:${c}`); seenL.add(c); }
      f.push(`lxL:${c}:${band}`);
    }
  }
  for (let k = at + 1, d = 1; k < ws.length && d <= 8; k++, d++) {
    const w = ws[k]!.w;
    if (w === '<money>') continue;
    for (const c of lexClasses(norm(w))) {
      const band = d <= 3 ? 'near' : 'mid';
      if (!seenR.has(c)) { f.push(`lxR1:${c}`); seenR.add(c); }
      f.push(`lxR:${c}:${band}`);
    }
  }
  const anywhere = new Set<string>();
  for (const x of ws) for (const c of lexClasses(norm(x.w))) anywhere.add(c);
  for (const c of anywhere) f.push(`lxS:${c}`);
}

export function figureFeatures(s: SentenceInfo, money: MoneyMatch, cue: { category: AmountCategory; cue: string }): FigureContext {
  const ws = words(s);
  const at = ws.findIndex((x) => x.start === money.start);
  const f: string[] = ['bias', `cue:${cue.category}`];
  if (FEATS.has('lex')) lexiconFeatures(ws, at, f);
  if (FEATS.has('near')) {
    // The words right next to the figure: "of equity", "for", "at", "to".
    const l1 = ws[at - 1]; const l2 = ws[at - 2]; const r1 = ws[at + 1];
    f.push(`L1:${l1 ? norm(l1.w) : '<start>'}`, `R1:${r1 ? norm(r1.w) : '<end>'}`);
    if (l2) f.push(`L2:${norm(l2.w)}`);
  }
  if (FEATS.has('window')) {
    const left = ws.slice(Math.max(0, at - 8), at).reverse();
    const right = ws.slice(at + 1, at + 7);
    left.forEach((x) => f.push(`L:${norm(x.w)}`));
    right.forEach((x) => f.push(`R:${norm(x.w)}`));
  }
  if (FEATS.has('bag')) {
    const bag = new Set<string>();
    for (const x of ws) if (/^[a-z]/.test(x.w) && x.w.length > 2) bag.add(stem(x.w));
    for (const b of bag) f.push(`S:${b}`);
  }
  if (FEATS.has('unit')) {
    // Words inside the figure ("a share", "per month", "an hour").
    for (const m of money.text.matchAll(/[A-Za-z]+/g)) if (!/^(?:[A-Z]{1,3}|billion|million|thousand|trillion|bn|m|k|tn|crore|lakh|yuan|won|yen|euros?|dollars?|pounds?|kroner|rupees?)$/i.test(m[0])) f.push(`F:${stem(m[0])}`);
    if (money.valueMin != null) f.push('range');
    f.push(`mag:${Math.max(0, Math.min(13, Math.floor(Math.log10(Math.max(1, money.value)))))}`);
  }
  const orgs = s.mentions.filter((m) => m.type === 'org');
  f.push(`norg:${Math.min(orgs.length, 3)}`);
  if (s.mentions.some((m) => m.type === 'person' && m.end <= money.start)) f.push('person-before');
  return { context: f, cueCategory: cue.category };
}

export interface OwnerCandidate {
  /** Canonical name, or null for "no single owner". */
  name: string | null;
  features: string[];
}

export interface OwnerContext {
  carry: string | null;
  subject?: string | null;
  mentionCounts?: Map<string, number>;
  /** Organisations of the two sentences before, nearest sentence first, each sentence's first org first. */
  recent?: Array<{ name: string; back: number; first: boolean }>;
  /** The gazetteer's kind of a name (bank, media, hyperscaler...), when it knows the name. */
  kindOf?: (name: string) => string | undefined;
  /** Organisations the article has quoted as forecasting others' figures. */
  forecasters?: Set<string>;
  /** Names the headline carries: the article's protagonists. */
  headlineNames?: Set<string>;
}

/** Public bodies decide, grant and fine; they rarely spend, raise or earn a figure themselves. */
const PUBLIC_BODY = /\b(?:council|board|commission(?:ers)?|county|city|government|ministry|department|authority|agency|state|court|regulator)\b/i;

/** Features every candidate carries, wherever it was found: what kind of party it is and how the article treats it. */
function partyFeatures(name: string, ctx: OwnerContext, add: (x: string) => void): void {
  if (PUBLIC_BODY.test(name)) add('public-body');
  if (ctx.forecasters?.has(name)) add('forecaster');
  if (ctx.headlineNames?.has(name)) add('in-headline');
}

const LINK_SKIP = new Set(['the', 'a', 'an', ',']);

/** How far a mention lies from the figure; a mention after it counts half as far again. */
function distanceToFigure(x: SentenceMention, money: MoneyMatch): number {
  return x.end <= money.start ? money.start - x.end : (x.start - money.end) * 1.5;
}

/**
 * Everyone who could own the figure: each organisation named in the
 * sentence (its occurrence nearest the figure), the company the sentence
 * refers back to, the article's subject, and no one. `ruleOwner` is what the
 * cue rules chose; agreeing with it is one feature among many.
 */
export function ownerCandidates(s: SentenceInfo, money: MoneyMatch, category: AmountCategory, ctx: OwnerContext, ruleOwner: string | null, ruleWhy = ''): OwnerCandidate[] {
  // The rules' reason is a feature of the candidate they chose: the ranker learns which reasons to trust.
  const why = `why:${ruleWhy.replace(/\s+/g, '-')}`;
  const ws = words(s);
  const figAt = ws.findIndex((x) => x.start === money.start);
  const c = `c=${category}`;
  const orgs = s.mentions.filter((m) => (m.type === 'org' || m.type === 'place') && !isOutlet(m.name) && m.start >= s.datelineEnd);
  const byName = new Map<string, SentenceMention>();
  for (const m of orgs) {
    const prev = byName.get(m.name);
    if (!prev || distanceToFigure(m, money) < distanceToFigure(prev, money)) byName.set(m.name, m);
  }
  const before = orgs.filter((m) => m.end <= money.start);
  const after = orgs.filter((m) => m.start >= money.end);
  const out: OwnerCandidate[] = [];
  const firstOrg = orgs.filter((m) => m.type === 'org')[0];
  for (const [name, m] of byName) {
    const f: string[] = [];
    const add = (x: string) => { f.push(x); f.push(`${c}|${x}`); };
    add(`type:${m.type}`);
    const isBefore = m.end <= money.start;
    add(isBefore ? 'pos:before' : 'pos:after');
    if (isBefore) add(`rankB:${Math.min(3, before.length - before.indexOf(m))}`);
    else add(`rankA:${Math.min(3, after.indexOf(m) + 1)}`);
    const mFirst = ws.findIndex((x) => x.start >= m.start);
    let mLast = ws.length - 1;
    for (let k = 0; k < ws.length; k++) if (ws[k]!.end <= m.end) mLast = k;
    const gap = isBefore ? figAt - mLast - 1 : mFirst - figAt - 1;
    add(`dist:${gap <= 2 ? gap : gap <= 5 ? '3-5' : gap <= 10 ? '6-10' : '11+'}`);
    const p1 = ws[mFirst - 1]?.w.toLowerCase() ?? '<start>';
    const p2 = ws[mFirst - 2]?.w.toLowerCase() ?? '<start>';
    add(`prev:${norm(p1)}`);
    f.push(`prev2:${norm(p2)}_${norm(p1)}`);
    const nextText = s.text.slice(m.end, m.end + 3);
    if (/^['’]s?\b/.test(nextText)) add('possessive');
    else add(`next:${ws[mLast + 1] ? norm(ws[mLast + 1]!.w) : '<end>'}`);
    if (isAdjectival(s.text, m.end)) add('adjectival');
    // The words that link the party to the figure: the governing verb is usually among them.
    const link = isBefore ? ws.slice(mLast + 1, figAt) : ws.slice(figAt + 1, mFirst);
    const linkWords = link.filter((x) => !LINK_SKIP.has(x.w.toLowerCase()));
    for (const x of linkWords.slice(0, 8)) {
      f.push(`${isBefore ? 'mid' : 'midA'}:${norm(x.w)}`);
      for (const lc of lexClasses(norm(x.w))) add(`${isBefore ? 'midlx' : 'midlxA'}:${lc}`);
    }
    const kind = ctx.kindOf?.(name);
    if (kind) add(`kind:${kind}`);
    if (linkWords.length && isBefore) add(`verb:${norm(linkWords[0]!.w)}`);
    if (link.some((x) => x.w === '<money>')) add('figure-between');
    if (link.some((x) => /^[,;:]$/.test(x.w))) add('comma-between');
    if (m === firstOrg || firstOrg?.name === name) add('first-org');
    if (mFirst <= 2 || (s.datelineEnd > 0 && m.start - s.datelineEnd < 12)) add('opens-sentence');
    const listed = orgs.some((o) => o !== m && (/^\s*(?:,|and|, and|&|or)\s*$/.test(s.text.slice(o.end, m.start)) || /^\s*(?:,|and|, and|&|or)\s*$/.test(s.text.slice(m.end, o.start))));
    if (listed) add('in-list');
    if (name === ctx.carry) add('is-carry');
    if (name === ctx.subject) add('is-subject');
    const n = ctx.mentionCounts?.get(name) ?? 1;
    f.push(`mentions:${n >= 5 ? '5+' : n >= 2 ? '2-4' : '1'}`);
    partyFeatures(name, ctx, add);
    if (name === ruleOwner) { add('rule'); f.push(why); }
    out.push({ name, features: f });
  }
  const offstage = (name: string | null | undefined, kind: string) => {
    if (!name || byName.has(name) || out.some((o) => o.name === name)) return;
    const f = [kind, `${c}|${kind}`];
    if (name === ctx.carry && name === ctx.subject) f.push('carry-is-subject');
    if (orgs.length === 0) f.push(`${kind}|no-org`, `${c}|${kind}|no-org`);
    if (/\b(?:it|its|the company|the firm|the group|the startup|the developer)\b/i.test(s.text.slice(0, money.start))) f.push(`${kind}|backref`, `${c}|${kind}|backref`);
    partyFeatures(name, ctx, (x) => f.push(x));
    if (name === ruleOwner) f.push('rule', `${c}|rule`, why);
    out.push({ name, features: f });
  };
  offstage(ctx.carry, 'carry');
  offstage(ctx.subject, 'subject');
  for (const r of ctx.recent ?? []) {
    if (byName.has(r.name) || out.some((o) => o.name === r.name)) continue;
    const k = `recent${r.back}${r.first ? '-first' : ''}`;
    const f = [k, `${c}|${k}`];
    const kind = ctx.kindOf?.(r.name);
    if (kind) f.push(`recent-kind:${kind}`);
    if (orgs.length === 0) f.push(`${k}|no-org`);
    partyFeatures(r.name, ctx, (x) => f.push(x));
    if (r.name === ruleOwner) f.push('rule', `${c}|rule`, why);
    out.push({ name: r.name, features: f });
  }
  // A party the rules reached by a reading of their own (a described back-reference, a public body referred to).
  if (ruleOwner && !out.some((o) => o.name === ruleOwner)) {
    const f = ['elsewhere', 'rule', `${c}|rule`, why];
    partyFeatures(ruleOwner, ctx, (x) => f.push(x));
    out.push({ name: ruleOwner, features: f });
  }
  const nf = ['null', `${c}|null`, `null|norg:${Math.min(3, orgs.length)}`];
  if (ruleOwner === null) nf.push('rule', `${c}|rule`, why);
  const classes = new Set<string>();
  for (const x of ws) for (const lc of lexClasses(norm(x.w))) classes.add(lc);
  for (const lc of classes) nf.push(`null|lx:${lc}`, `${c}|null|lx:${lc}`);
  for (const o of orgs) { const kind = ctx.kindOf?.(o.name); if (kind) nf.push(`null|kind-in-sentence:${kind}`); }
  out.push({ name: null, features: nf });
  return out;
}
