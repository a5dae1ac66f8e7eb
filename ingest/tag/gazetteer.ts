/**
 * The curated gazetteer: canonical names, types and aliases of the entities
 * the tracker cares about. Users extend it without code by dropping JSON files
 * beside it (data/README.md documents the format); later files extend or
 * override earlier ones entry by entry, keyed by canonical name. Before it
 * comes a reference list of real organisations (data/org-names.json), which
 * names what no one curated and yields to every curated file.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { EntityType } from './types.ts';
import { isAsciiAlnumCode } from './char-codes.ts';
import { config } from '../config.ts';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  /** ai_lab, hyperscaler, chipmaker, gpu_cloud, dc_developer, utility, investor, media, government, us_state, county, city, country, ai_model, product, project... */
  kind?: string;
  /** Match the name and aliases only in their exact case ("Arm", "Meta"). */
  caseSensitive?: boolean;
}

const entrySchema = z.object({
  name: z.string().trim().min(1, 'name must not be empty'),
  type: z.enum(['org', 'person', 'place', 'product', 'project']),
  aliases: z.array(z.string().trim().min(1, 'aliases must not be empty strings')).default([]),
  kind: z.string().optional(),
  caseSensitive: z.boolean().optional(),
  /** In an extension file: drop the entry of this name loaded earlier. */
  remove: z.boolean().optional(),
}).strict();

const fileSchema = z.union([
  z.object({ version: z.number().optional(), source: z.string().optional(), entries: z.array(z.unknown()) }).strict(),
  z.array(z.unknown()),
]);

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_GAZETTEER_PATH = path.join(REPO_ROOT, 'data', 'gazetteer.json');
export const LOCAL_GAZETTEER_PATH = path.join(REPO_ROOT, 'data', 'gazetteer.local.json');
/** Real organisations from a reference list (scripts/build-org-names.ts), read before the curated file, which wins. */
export const ORG_NAMES_PATH = path.join(REPO_ROOT, 'data', 'org-names.json');

export class GazetteerError extends Error {
  constructor(message: string, readonly file: string) {
    super(message);
    this.name = 'GazetteerError';
  }
}

/**
 * Aliases of four characters or fewer and acronyms are matched in their exact
 * case only: "US" is not "us", "Meta" is not "meta", "SEC" is not "sec".
 */
export function needsExactCase(alias: string, entry: GazetteerEntry): boolean {
  if (entry.caseSensitive) return true;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 4) return true;
  return /^[\p{Lu}\d\W_]+$/u.test(alias) && letters.length <= 6;
}

/** /^[A-Za-z0-9.&+_-]*$/ read by character codes: it is asked of every token of every article. */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isAsciiAlnumCode(c) && c !== 46 /* . */ && c !== 38 /* & */ && c !== 43 /* + */ && c !== 95 /* _ */ && c !== 45 /* - */) return false;
  }
  return true;
}

/** Normalises a surface for lookup: case, curly quotes and dashes folded. */
export function foldSurface(s: string): string {
  // Most tokens are plain ASCII words with nothing to fold but case: skip the normalisation passes.
  if (isPlainWord(s)) return s.toLowerCase();
  return s
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function readGazetteerFile(file: string): { entries: GazetteerEntry[]; removals: string[]; raw: string } {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new GazetteerError(`gazetteer file ${file} cannot be read (${(err as Error).message}); fix the path in TRACKER_GAZETTEER or remove it`, file);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new GazetteerError(`gazetteer file ${file} is not valid JSON: ${(err as Error).message}`, file);
  }
  const top = fileSchema.safeParse(json);
  if (!top.success) {
    throw new GazetteerError(`gazetteer file ${file} must be {"entries": [...]} or a JSON array of entries`, file);
  }
  const items = Array.isArray(top.data) ? top.data : top.data.entries;
  const entries: GazetteerEntry[] = [];
  const removals: string[] = [];
  items.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      const label = item && typeof item === 'object' && 'name' in item ? JSON.stringify((item as { name: unknown }).name) : `#${index}`;
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
      throw new GazetteerError(`gazetteer file ${file}, entry ${index} (${label}) is invalid: ${problems}. Each entry needs "name", "type" (org|person|place|product|project) and optional "aliases", "kind", "caseSensitive", "remove"`, file);
    }
    const { remove, ...entry } = parsed.data;
    if (remove) removals.push(entry.name);
    else entries.push(entry);
  });
  return { entries, removals, raw };
}

interface AliasTarget { entry: GazetteerEntry; alias: string; exactCase: boolean }

export class Gazetteer {
  readonly version: string;
  private readonly byName = new Map<string, GazetteerEntry>();
  /** Folded alias -> candidates (an alias may be exact-case for one entry only). */
  private readonly aliasIndex = new Map<string, AliasTarget[]>();

  /**
   * `reference`: entries from the reference list (ORG_NAMES_PATH) rather than curated; they name organisations but
   * teach nothing about how names are made (orgHeads).
   */
  constructor(entries: GazetteerEntry[], version = 'inline', private readonly reference: ReadonlySet<GazetteerEntry> = new Set()) {
    for (const e of entries) this.byName.set(foldSurface(e.name), e);
    for (const entry of this.byName.values()) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const key = foldSurface(alias);
        const list = this.aliasIndex.get(key) ?? [];
        // A later entry claiming the same alias in the same case wins.
        const kept = list.filter((t) => !(t.alias === alias || (!t.exactCase && !needsExactCase(alias, entry))));
        kept.push({ entry, alias, exactCase: needsExactCase(alias, entry) });
        this.aliasIndex.set(key, kept);
      }
    }
    this.version = version;
  }

  /**
   * data/gazetteer.json, then data/gazetteer.local.json if present, then the
   * files in TRACKER_GAZETTEER (colon-separated), then opts.extraPaths.
   */
  static load(opts: { extraPaths?: string[]; basePath?: string; withOrgNames?: boolean } = {}): Gazetteer {
    const files = [opts.basePath ?? DEFAULT_GAZETTEER_PATH];
    const withOrgNames = (opts.withOrgNames ?? true) && fs.existsSync(ORG_NAMES_PATH);
    if (withOrgNames) files.unshift(ORG_NAMES_PATH);
    if (fs.existsSync(LOCAL_GAZETTEER_PATH)) files.push(LOCAL_GAZETTEER_PATH);
    const fromEnv = config().TRACKER_GAZETTEER;
    files.push(...fromEnv, ...(opts.extraPaths ?? []));
    const merged = new Map<string, GazetteerEntry>();
    const hash = crypto.createHash('sha256');
    let reference = new Set<GazetteerEntry>();
    for (const file of files) {
      const { entries, removals, raw } = readGazetteerFile(file);
      hash.update(raw).update('\0');
      for (const name of removals) merged.delete(foldSurface(name));
      for (const e of entries) {
        // Re-insert so an override keeps its new position and fields.
        merged.delete(foldSurface(e.name));
        merged.set(foldSurface(e.name), e);
      }
      if (withOrgNames && file === ORG_NAMES_PATH) reference = new Set(entries);
    }
    return new Gazetteer([...merged.values()], hash.digest('hex').slice(0, 16), reference);
  }

  private orgHeadWords: Set<string> | null = null;
  /**
   * Last words that mark a name as an organisation's, learnt from the gazetteer's own names: a capitalised word that
   * closes at least two multi-word names (canonical or alias), four in five of them organisations' ("... Data",
   * "... Digital", "... AI"), and that is an English word or a short acronym, not a surname ("J.P. Morgan").
   * Learnt once per gazetteer, with the first caller's isWord (the tagger always passes the same lexicon test).
   */
  orgHeads(isWord: (w: string) => boolean): Set<string> {
    if (this.orgHeadWords) return this.orgHeadWords;
    const byType = new Map<string, { org: number; all: number }>();
    for (const e of this.byName.values()) {
      if (this.reference.has(e)) continue;
      for (const n of new Set([e.name, ...(e.aliases ?? [])])) {
        const words = n.split(/\s+/);
        const last = words[words.length - 1]!;
        if (words.length < 2 || !/^\p{Lu}/u.test(last)) continue;
        const c = byType.get(last) ?? { org: 0, all: 0 };
        c.all++;
        if (e.type === 'org') c.org++;
        byType.set(last, c);
      }
    }
    this.orgHeadWords = new Set([...byType].filter(([w, c]) => c.org >= 2 && c.org >= 0.8 * c.all && (/^\p{Lu}{2,4}$/u.test(w) || isWord(w.toLowerCase()))).map(([w]) => w));
    return this.orgHeadWords;
  }

  /** Answers of lookup() by surface: the same names are looked up again and again, within and across articles. */
  private readonly lookupMemo = new Map<string, GazetteerEntry | null>();

  /** Alias or name -> entry; short names and acronyms only in their own case. Hand-written, not boundedMemo: it is asked for nearly every token, where a shared memo closure is too polymorphic to inline. */
  lookup(surface: string): GazetteerEntry | null {
    let entry = this.lookupMemo.get(surface);
    if (entry === undefined) {
      if (this.lookupMemo.size > 50_000) this.lookupMemo.clear();
      entry = this.lookupUncached(surface);
      this.lookupMemo.set(surface, entry);
    }
    return entry;
  }

  private lookupUncached(surface: string): GazetteerEntry | null {
    const candidates = this.aliasIndex.get(foldSurface(surface));
    if (!candidates) return null;
    const clean = surface.normalize('NFC').replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ').trim();
    const exact = candidates.find((t) => t.alias.replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, '-') === clean);
    if (exact) return exact.entry;
    const loose = candidates.filter((t) => !t.exactCase);
    if (!loose.length) return null;
    // "openai" in running text is not the company; all-caps datelines are.
    const aliasHasCapital = (t: AliasTarget) => /\p{Lu}/u.test(t.alias);
    if (!/\p{Lu}/u.test(clean)) {
      const lower = loose.find((t) => !aliasHasCapital(t));
      return lower ? lower.entry : null;
    }
    return loose[loose.length - 1].entry;
  }

  /** Whether an entry (or the entry of a canonical name) comes from the reference list (ORG_NAMES_PATH) rather than a curated file. */
  isReference(entry: GazetteerEntry | string): boolean {
    const e = typeof entry === 'string' ? this.byName.get(foldSurface(entry)) : entry;
    return !!e && this.reference.has(e);
  }

  canonicalName(surface: string): string | null {
    return this.lookup(surface)?.name ?? null;
  }

  entries(): GazetteerEntry[] {
    return [...this.byName.values()];
  }

  /** Every alias (and name) with its entry, for building matchers. */
  aliases(): Array<{ alias: string; entry: GazetteerEntry }> {
    const out: Array<{ alias: string; entry: GazetteerEntry }> = [];
    for (const list of this.aliasIndex.values()) for (const t of list) out.push({ alias: t.alias, entry: t.entry });
    return out;
  }
}
