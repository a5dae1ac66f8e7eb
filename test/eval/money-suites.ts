/**
 * Scoring for the money and quantity parsers, shared by `npm run eval:money`
 * (test/eval/money-eval.ts, which prints) and test/tag/money.test.ts (which
 * asserts floors). Everything is read in place from ../shared beside the
 * checkout.
 *
 * Peer suites: Microsoft Recognizers-Text CurrencyModel (English) and
 * Duckling's English AmountOfMoney corpus. Only cases that are money in the
 * tracker's sense count; the exclusions and their reasons are returned.
 * Corpus: every gold amount and quantity of ../shared/corpus (dev + seeds),
 * found in context in the article body.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findMoney, type MoneyMatch } from '../../ingest/tag/money.ts';
import { findQuantities, type QuantityMatch } from '../../ingest/tag/quantities.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED = resolve(REPO_ROOT, '..', 'shared');

export function requireShared(sub: string): string {
  const p = join(SHARED, sub);
  if (!existsSync(p)) {
    throw new Error(`../shared not found: this needs the shared corpus beside the checkout (missing ${p}).`);
  }
  return p;
}

export interface CaseResult { suite: string; input: string; category: string; pass: boolean; detail: string }
export interface SuiteResult {
  suite: string;
  total: number;
  applicable: number;
  passed: number;
  excluded: { reason: string; count: number }[];
  results: CaseResult[];
}

const close = (a: number, b: number, tol = 1e-6) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/** Peer unit names -> the ISO code we must produce; null = the peer does not pin one currency. */
const PEER_UNIT_ISO: Record<string, string | null> = {
  Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', Pound: 'GBP', 'British pound': 'GBP',
  'Japanese yen': 'JPY', 'Chinese yuan': 'CNY', Rupee: 'INR', 'Finnish markka': 'FIM', Peseta: 'ESP',
  'Netherlands guilder': 'NLG', 'Swiss franc': 'CHF', Franc: null, 'Canadian dollar': 'CAD',
  'Australian dollar': 'AUD', 'Hong Kong dollar': 'HKD', 'Turkish lira': 'TRY', 'Mexican peso': 'MXN',
  'New Zealand dollar': 'NZD', 'Costa Rican colón': 'CRC', 'Georgian lari': 'GEL', 'Lao kip': 'LAK',
  'Sri Lankan rupee': 'LKR', Unnamed: null, Dinar: null, Riyal: null, Rial: null,
};

function currencyOk(expected: string | null | undefined, got: string): boolean {
  return !expected || expected === got;
}

function describe(ms: MoneyMatch[]): string {
  return ms.length ? ms.map((m) => `${m.text} = ${m.valueMin !== null ? m.valueMin + '..' : ''}${m.value} ${m.currency}`).join('; ') : '(nothing)';
}

interface RecognizerCase {
  Input: string;
  Results: { Text: string; Start: number; End: number; Resolution: { value: string | null; unit: string; isoCurrency?: string } | null }[];
}

const SUBUNITS = new Set(['Cent', 'Pence', 'Penny', 'Sen']);
const CRYPTO = new Set(['Bitcoin', 'Satoshi']);

export function runRecognizersCurrency(): SuiteResult {
  const file = join(requireShared('peers/recognizers-currency'), 'CurrencyModel.json');
  const cases = JSON.parse(readFileSync(file, 'utf8')) as RecognizerCase[];
  const excluded = new Map<string, number>();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const units = c.Results.map((r) => r.Resolution?.unit ?? '');
    let reason: string | null = null;
    if (units.some((u) => SUBUNITS.has(u))) reason = 'sub-unit only (cents, pence, penny, sen): the contract counts currency amounts';
    else if (units.some((u) => CRYPTO.has(u))) reason = 'crypto-currency (bitcoin, BTC, satoshi): no ISO 4217 currency';
    if (reason) { excluded.set(reason, (excluded.get(reason) ?? 0) + 1); continue; }
    const expected = c.Results.filter((r) => r.Resolution && r.Resolution.value !== null);
    const got = findMoney(c.Input);
    const category = expected.length === 0 ? 'negative' : categoriseInput(c.Input);
    const unmatched = [...got];
    let ok = true;
    for (const e of expected) {
      const want = Number(e.Resolution!.value);
      const iso = e.Resolution!.isoCurrency ?? PEER_UNIT_ISO[e.Resolution!.unit];
      const i = unmatched.findIndex((m) => m.start <= e.End && m.end > e.Start && close(m.value, want) && currencyOk(iso, m.currency));
      if (i < 0) { ok = false; break; }
      unmatched.splice(i, 1);
    }
    if (unmatched.length) ok = false;
    results.push({
      suite: 'recognizers-currency', input: c.Input, category, pass: ok,
      detail: `expected ${expected.map((e) => `${e.Text} = ${e.Resolution!.value}`).join('; ') || '(nothing)'}; got ${describe(got)}`,
    });
  }
  return summarise('recognizers-currency', cases.length, results, excluded);
}

interface DucklingRow { input: string; expect: 'simple' | 'between' | 'under' | 'above' | 'nothing'; unit?: string; value?: number; min?: number; max?: number; latent_only: boolean }

/**
 * Duckling reads "7-9 lakh rupees" with the multiplier on the upper bound
 * only; the contract's range reading (as in "$80-100 billion") gives
 * 700,000..900,000, which is what we expect here.
 */
const CONTRACT_READING: Record<string, { min: number; max: number }> = {
  '7-9 lakh rupees': { min: 700000, max: 900000 },
};

export function runDucklingMoney(): SuiteResult {
  const file = join(requireShared('peers/duckling-money'), 'amount-of-money-en.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as DucklingRow[];
  const excluded = new Map<string, number>();
  const results: CaseResult[] = [];
  for (const r of rows) {
    let reason: string | null = null;
    if (r.unit === 'Cent') reason = 'sub-unit only (cents, pennies): the contract counts currency amounts';
    else if (/^from\s+\S+\s+(?:dollars?|euros?|\$)\s+to\s/i.test(r.input) && r.expect === 'between') {
      reason = 'contract reads "from $X to $Y" (both currency-marked) as a change: two amounts, as the corpus gold does';
    }
    if (reason) { excluded.set(reason, (excluded.get(reason) ?? 0) + 1); continue; }
    const got = findMoney(r.input);
    let ok: boolean;
    let category: string;
    const iso = r.unit ? (r.unit in PEER_UNIT_ISO ? PEER_UNIT_ISO[r.unit] : r.unit) : null;
    if (r.latent_only || r.expect === 'nothing') {
      // bare numbers are not money in the contract: the right answer is nothing
      category = 'negative';
      ok = got.length === 0;
    } else if (r.expect === 'between') {
      category = 'range';
      const want = CONTRACT_READING[r.input] ?? { min: r.min!, max: r.max! };
      ok = got.length === 1 && got[0].valueMin !== null && close(got[0].valueMin, want.min) && close(got[0].value, want.max) && currencyOk(iso, got[0].currency);
    } else {
      category = r.expect === 'simple' ? categoriseInput(r.input) : 'bound (under/above)';
      ok = got.length === 1 && close(got[0].value, r.value!) && currencyOk(iso, got[0].currency);
      // the whole figure must be read, not a part of it
      if (ok) ok = !/\d/.test(r.input.slice(0, got[0].start) + r.input.slice(got[0].end));
    }
    results.push({
      suite: 'duckling-money', input: r.input, category, pass: ok,
      detail: `expected ${r.expect} ${r.value ?? `${r.min}..${r.max}`} ${r.unit ?? ''}; got ${describe(got)}`,
    });
  }
  return summarise('duckling-money', rows.length, results, excluded);
}

function categoriseInput(input: string): string {
  if (/\b(?:cents?|pence|sens?|kopiykas?)\b|\d+c\b|dollars?\s+(?:and\s+)?\w+\s*[.!]?$|\b(?:and|USD|GBP|CAD|CHF|UAH)\s+(?:\d{1,2}|one|fourteen)\s*[.!]?$/i.test(input)) return 'with sub-unit';
  if (/\b(?:lakh|crore)s?\b/i.test(input)) return 'lakh/crore';
  if (/\b(?:one|two|three|five|ten|twenty|thirteen|half|quarters?|a)\b/i.test(input)) return 'number words';
  if (/(?:[A-Z]{3}|[A-Z]{2}\$|MUSD|MEUR|MGBP|MAUD)/.test(input)) return 'codes';
  if (/[$€£¥₹₡₾₭元]|ரூ/.test(input)) return 'symbols';
  return 'currency names';
}

function summarise(suite: string, total: number, results: CaseResult[], excluded: Map<string, number>): SuiteResult {
  return {
    suite, total, applicable: results.length, passed: results.filter((r) => r.pass).length,
    excluded: [...excluded].map(([reason, count]) => ({ reason, count })), results,
  };
}

// ---------------------------------------------------------------- corpus

interface GoldAmount { text: string; value: number; value_min?: number | null; currency: string; conversion?: boolean }
interface GoldQuantity { text: string; kind: string; value: number; value_min?: number | null; unit: string; conversion?: boolean }
interface CorpusDoc { id: string; body: string; amounts: GoldAmount[]; quantities: GoldQuantity[] }

/** Markdown links read as their link text, as the gold quotes them. */
const unlink = (md: string) => md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

export function loadCorpus(): CorpusDoc[] {
  const root = requireShared('corpus');
  const docs: CorpusDoc[] = [];
  for (const f of readdirSync(join(root, 'dev')).filter((x) => x.endsWith('.json')).sort()) {
    const j = JSON.parse(readFileSync(join(root, 'dev', f), 'utf8'));
    docs.push({ id: `dev/${f}`, body: j.body, amounts: j.gold.amounts, quantities: j.gold.quantities });
  }
  for (const f of readdirSync(join(root, 'seeds')).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(root, 'seeds', f), 'utf8'));
    const src = resolve(dirname(join(root, 'seeds', f)), gold.file);
    let body = readFileSync(src, 'utf8');
    if (src.endsWith('.json')) {
      const rec = JSON.parse(body);
      body = unlink(rec.body_md ?? rec.body ?? '');
    }
    docs.push({ id: `seeds/${f}`, body, amounts: gold.gold.amounts, quantities: gold.gold.quantities });
  }
  return docs;
}

const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|Inc|Corp|Co|Ltd|St|Mr|Mrs|Ms|Dr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|e\.g|i\.e)\.)$/;

/** Sentences with their offsets in the body: paragraphs, then ends of sentences (not abbreviations). */
export function splitSentences(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const para = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of body.matchAll(para)) {
    const pStart = p.index!;
    const text = p[0];
    let from = 0;
    const end = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9$€£])/g;
    for (const m of text.matchAll(end)) {
      const cut = m.index! + m[0].trimEnd().length;
      if (ABBREVIATIONS.test(text.slice(from, cut))) continue;
      out.push({ text: text.slice(from, cut), start: pStart + from });
      from = m.index! + m[0].length;
    }
    if (from < text.length) out.push({ text: text.slice(from), start: pStart + from });
  }
  return out.filter((s) => s.text.trim());
}

export interface CorpusFigures {
  kind: 'amounts' | 'quantities';
  gold: number;
  predicted: number;
  /** predictions in sentences that hold at least one gold item */
  predictedInGoldSentences: number;
  matched: number;
  exactSpan: number;
  misses: string[];
  falsePositives: string[];
}

interface Pred { text: string; start: number; end: number; value: number; valueMin: number | null; key: string; sentence: string }

function occurrences(body: string, text: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) out.push(i);
  return out;
}

const within = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b), 1e-9);

function scoreKind(docs: CorpusDoc[], kind: 'amounts' | 'quantities'): CorpusFigures {
  const fig: CorpusFigures = { kind, gold: 0, predicted: 0, predictedInGoldSentences: 0, matched: 0, exactSpan: 0, misses: [], falsePositives: [] };
  const tol = kind === 'amounts' ? 0.005 : 0.01;
  for (const doc of docs) {
    const preds: Pred[] = [];
    const sentences = splitSentences(doc.body);
    for (const s of sentences) {
      const found: (MoneyMatch | QuantityMatch)[] = kind === 'amounts' ? findMoney(s.text) : findQuantities(s.text);
      for (const m of found) {
        const key = 'currency' in m ? m.currency : m.kind;
        preds.push({ text: m.text, start: s.start + m.start, end: s.start + m.end, value: m.value, valueMin: m.valueMin, key, sentence: s.text });
      }
    }
    const golds = kind === 'amounts'
      ? doc.amounts.map((g) => ({ text: g.text, value: g.value, valueMin: g.value_min ?? null, key: g.currency }))
      : doc.quantities.map((g) => ({ text: g.text, value: g.value, valueMin: g.value_min ?? null, key: g.kind }));
    const goldSentences = new Set<string>();
    const used = new Set<Pred>();
    for (const g of golds) {
      fig.gold++;
      const spans = occurrences(doc.body, g.text).map((i) => [i, i + g.text.length] as const);
      for (const [a] of spans) {
        const s = sentences.find((x) => a >= x.start && a < x.start + x.text.length);
        if (s) goldSentences.add(s.text);
      }
      const hit = preds.find((p) => !used.has(p) && p.key === g.key && within(p.value, g.value, tol)
        && (g.valueMin === null || (p.valueMin !== null && within(p.valueMin, g.valueMin, tol)))
        && spans.some(([a, b]) => p.start < b && p.end > a));
      if (hit) {
        used.add(hit);
        fig.matched++;
        if (hit.text === g.text) fig.exactSpan++;
      } else {
        const near = preds.filter((p) => spans.some(([a, b]) => p.start < b && p.end > a));
        fig.misses.push(`${doc.id}: "${g.text}" = ${g.valueMin !== null ? g.valueMin + '..' : ''}${g.value} ${g.key}; got ${near.map((p) => `"${p.text}" = ${p.value} ${p.key}`).join(', ') || 'nothing'}`);
      }
    }
    fig.predicted += preds.length;
    fig.predictedInGoldSentences += preds.filter((p) => goldSentences.has(p.sentence)).length;
    for (const p of preds) {
      if (!used.has(p)) fig.falsePositives.push(`${doc.id}: "${p.text}" = ${p.valueMin !== null ? p.valueMin + '..' : ''}${p.value} ${p.key}${goldSentences.has(p.sentence) ? '' : '  [sentence has no gold item]'}  «${p.sentence.slice(0, 110)}»`);
    }
  }
  return fig;
}

export function runCorpus(): { amounts: CorpusFigures; quantities: CorpusFigures } {
  const docs = loadCorpus();
  return { amounts: scoreKind(docs, 'amounts'), quantities: scoreKind(docs, 'quantities') };
}

/** Precision counted over sentences that hold a gold item (what the brief calls "in context"). */
export function contextPrecision(f: CorpusFigures): number {
  const fpInGold = f.falsePositives.filter((x) => !x.includes('[sentence has no gold item]')).length;
  return f.predictedInGoldSentences ? (f.predictedInGoldSentences - fpInGold) / f.predictedInGoldSentences : 1;
}
