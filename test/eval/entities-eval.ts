/**
 * Entity-only precision/recall/F1 against the gold in ../shared/corpus (dev
 * articles and seeds), for tuning the gazetteer and discovery rules. Matching
 * follows extraction.md "How it is scored": same canonical name
 * (case-insensitive, gazetteer aliases allowed) and same type.
 *
 *   npx tsx test/eval/entities-eval.ts [--quiet] [--only dev|seeds]
 *
 * Prints per-type figures, then every miss and false positive by article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../../ingest/tag/gazetteer.ts';
import { findEntities, summariseEntities } from '../../ingest/tag/entities.ts';
import { cleanBody } from '../../ingest/tag/clean.ts';
import type { EntityType } from '../../ingest/tag/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedRoot = path.resolve(repoRoot, '..', 'shared');
const corpusRoot = path.join(sharedRoot, 'corpus');

interface GoldEntity { name: string; type: EntityType; aliases_in_text?: string[] }
interface Article { id: string; title: string; body: string; gold: GoldEntity[] }

function renderMarkdownLinks(md: string): string {
  return md.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function loadCorpus(which: 'dev' | 'seeds' | 'all' = 'all'): Article[] {
  if (!fs.existsSync(corpusRoot)) {
    throw new Error(`../shared not found at ${sharedRoot}: the entity eval needs the shared corpus beside the checkout`);
  }
  const out: Article[] = [];
  if (which !== 'seeds') {
    const dir = path.join(corpusRoot, 'dev');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const d = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      out.push({ id: f.replace(/\.json$/, ''), title: d.title ?? '', body: d.body ?? '', gold: d.gold.entities });
    }
  }
  if (which !== 'dev') {
    const dir = path.join(corpusRoot, 'seeds');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
      const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const raw = fs.readFileSync(path.resolve(dir, g.file), 'utf8');
      let title = '';
      let body = raw;
      if (raw.trimStart().startsWith('{')) {
        const rec = JSON.parse(raw);
        title = rec.title ?? '';
        body = renderMarkdownLinks(rec.body_md ?? rec.body ?? rec.content ?? rec.text ?? '');
      } else {
        const lines = raw.split('\n');
        title = lines[0].replace(/^#\s*/, '');
        body = lines.slice(1).join('\n');
      }
      out.push({ id: f.replace(/\.gold\.json$/, ''), title, body, gold: g.gold.entities });
    }
  }
  return out;
}

interface Tally { tp: number; fp: number; fn: number }
const prf = (t: Tally) => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function main() {
  const quiet = process.argv.includes('--quiet');
  const onlyIdx = process.argv.indexOf('--only');
  const which = (onlyIdx > 0 ? process.argv[onlyIdx + 1] : 'all') as 'dev' | 'seeds' | 'all';
  const gaz = Gazetteer.load();
  const key = (name: string, type: string) => `${(gaz.canonicalName(name) ?? name).toLowerCase()}|${type}`;
  const types: EntityType[] = ['org', 'person', 'place', 'product', 'project'];
  const byType = new Map<string, Tally>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const report: string[] = [];
  let chars = 0;
  const t0 = performance.now();
  for (const a of loadCorpus(which)) {
    const text = `${a.title}\n\n${cleanBody(a.body).text}`;
    chars += text.length;
    const predicted = summariseEntities(findEntities(text, gaz));
    const goldKeys = new Map(a.gold.map((g) => [key(g.name, g.type), g]));
    const predKeys = new Map(predicted.map((p) => [key(p.name, p.type), p]));
    const misses: string[] = [];
    const fps: string[] = [];
    for (const [k, g] of goldKeys) {
      const t = byType.get(g.type)!;
      if (predKeys.has(k)) { t.tp++; total.tp++; } else {
        t.fn++; total.fn++;
        const sameName = predicted.find((p) => (gaz.canonicalName(p.name) ?? p.name).toLowerCase() === k.split('|')[0]);
        misses.push(`${g.name} (${g.type})${sameName ? ` [typed ${sameName.type}]` : ''}`);
      }
    }
    for (const [k, p] of predKeys) {
      if (goldKeys.has(k)) continue;
      byType.get(p.type)!.fp++; total.fp++;
      fps.push(`${p.name} (${p.type}, ${p.origin}${p.aliases ? `; ${p.aliases.join(' / ')}` : ''})`);
    }
    if (misses.length || fps.length) {
      report.push(`${a.id}\n  missed: ${misses.join('; ') || '-'}\n  false+: ${fps.join('; ') || '-'}`);
    }
  }
  const firstPassMs = performance.now() - t0;
  // A second pass over warm code gives the steady per-article cost.
  const articles = loadCorpus(which).map((a) => `${a.title}\n\n${cleanBody(a.body).text}`);
  const t1 = performance.now();
  for (const text of articles) findEntities(text, gaz);
  const warmMs = performance.now() - t1;
  if (!quiet) console.log(report.join('\n'));
  console.log('\ntype      P      R      F1    (tp/fp/fn)');
  for (const [t, tally] of [...byType, ['ALL', total] as [string, Tally]]) {
    const { p, r, f } = prf(tally);
    console.log(`${t.padEnd(8)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${tally.tp}/${tally.fp}/${tally.fn})`);
  }
  console.log(`\n${gaz.entries().length} gazetteer entries (version ${gaz.version}); ${articles.length} articles, ${(chars / 1024).toFixed(0)} KiB`);
  console.log(`findEntities: first pass ${firstPassMs.toFixed(0)} ms; warm pass ${warmMs.toFixed(0)} ms = ${(warmMs / articles.length).toFixed(1)} ms/article, ${((chars / 1024) / (warmMs / 1000)).toFixed(0)} KiB/s`);
}

main();
