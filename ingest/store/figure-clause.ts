/**
 * Whose sum: the parties a figure's own clause names. A sentence often tells several things ("X put in $7bn in cash,
 * and Y collected $3bn when the deal closed"); the clause that holds the figure says who the figure is about, where
 * the whole sentence (or the story around it) would credit it to anyone it names.
 */
import { namedIn } from '../common/named-in.ts';

/** Where a clause ends: punctuation that closes one statement, or a comma and space (not a thousands comma). */
const CLAUSE_BREAK = /[;:()\u2013\u2014]|,\s|\s-\s/g;

/** The clause of `sentence` that holds `text` (the whole sentence when the text is not found in it). */
export function ownClause(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  if (at < 0 || !text) return sentence;
  let start = 0;
  let end = sentence.length;
  for (const b of sentence.matchAll(CLAUSE_BREAK)) {
    const i = b.index!;
    if (i + b[0].length <= at) start = i + b[0].length;
    else if (i >= at + text.length) { end = i; break; }
  }
  return sentence.slice(start, end);
}

/** A party an article names: its entity id and the names (name and aliases) it can be named by. */
export interface Party { id: number; names: string[] }

/** The ids of the parties a text names. */
export function partiesIn(text: string, parties: Party[]): Set<number> {
  const out = new Set<number>();
  for (const p of parties) if (p.names.some((n) => namedIn(n, text))) out.add(p.id);
  return out;
}

/**
 * One telling of a figure: the parties its own clause names (else the owner read for it, `named` false), the clause
 * and the whole sentence.
 */
export interface Telling { parties: Set<number>; named: boolean; clause: string; sentence: string }

/**
 * The parties a telling is about: those its own clause names; a clause that names none ("the package is split into
 * $7.5bn of equity") is about the owner the tagger read from the context, if any.
 */
export function tellingOf(sentence: string, text: string, owner: number | null, parties: Party[]): Telling {
  const clause = ownClause(sentence, text);
  const named = partiesIn(clause, parties);
  if (named.size > 0) return { parties: named, named: true, clause, sentence };
  return { parties: new Set(owner === null ? [] : [owner]), named: false, clause, sentence };
}

/**
 * Two tellings of one number about different parties: no party in common, and the parties one clause itself names
 * appear nowhere in the other's sentence ("Orrin Fund bought $2bn of the notes" and "Velto took a $2bn
 * dividend"). Equal sums in one story are then two facts. A sentence that names the other clause's parties may
 * tell the same sum from the other end of the deal ("Acme will pay $38bn" beside "the $38bn deal Beta won from Acme");
 * an owner read from the context, not named in the clause, is too weak to part them.
 */
export function toldOfOthers(a: Telling, b: Telling, names: (id: number) => string[]): boolean {
  if (a.parties.size === 0 || b.parties.size === 0) return false;
  if ([...a.parties].some((id) => b.parties.has(id))) return false;
  const [na, nb] = [[...a.parties].flatMap(names), [...b.parties].flatMap(names)];
  // One party under two names or two ids ("Acme Power LLC", "Acme Power"), or named in the other clause though its
  // article's entities missed it: a party in common.
  if (na.some((x) => nb.some((y) => namedIn(x, y) || namedIn(y, x)))) return false;
  if (na.some((n) => namedIn(n, b.clause)) || nb.some((n) => namedIn(n, a.clause))) return false;
  return (a.named && !na.some((n) => namedIn(n, b.sentence))) || (b.named && !nb.some((n) => namedIn(n, a.sentence)));
}
