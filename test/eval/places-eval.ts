/**
 * `npm run eval:places`: how well events are located. Tags and stores the
 * shared gold corpus (../shared/corpus, read in place), matches each stored
 * event to the gold event with the same evidence sentence, and compares the
 * stored place (events.location_entity_id) with the gold location resolved
 * in the same article: same place, one containing the other (a county for
 * its town), or a different place. Also prints the time locating adds.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/open.ts';
import { createTagger } from '../../ingest/tag/index.ts';
import { storeTags } from '../../ingest/store/tags.ts';
import { locateArticle } from '../../ingest/store/places.ts';
import { resolvePlace, ancestorsOf } from '../../ingest/places/index.ts';
import { SHARED } from '../support/cli.ts';

interface GoldEvent { location: string | null; sentence: string }
interface Record { title: string; body: string; published_at: string; gold: { events?: GoldEvent[] } }

const corpus = join(SHARED, 'corpus');
if (!existsSync(corpus)) {
  console.error(`eval:places needs the gold corpus at ${corpus} (../shared beside the checkout)`);
  process.exit(1);
}
const files = ['train', 'dev'].flatMap((d) => existsSync(join(corpus, d)) ? readdirSync(join(corpus, d)).filter((f) => f.endsWith('.json')).map((f) => join(corpus, d, f)) : []);
const dir = mkdtempSync(join(tmpdir(), 'eval-places-'));
const opened = openDb(join(dir, 'eval.db'));
const tagger = createTagger();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const tally = { goldLocated: 0, matched: 0, same: 0, containing: 0, inside: 0, different: 0, missing: 0, extra: 0 };
let locateMs = 0;
try {
  const stored: { id: number; text: string; gold: GoldEvent[]; extraction: ReturnType<typeof tagger.tag>; eventIds: number[] }[] = [];
  for (const file of files) {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Record;
    const id = Number(opened.sqlite.prepare(`INSERT INTO articles (url, canonical_url, title, published_at, fetched_at, body_text, content_hash)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(file, file, r.title, r.published_at, r.published_at, r.body, file).lastInsertRowid);
    const extraction = tagger.tag({ title: r.title, body: r.body, publishedAt: r.published_at });
    const { eventIds } = storeTags(opened.db, id, extraction, { publishedAt: r.published_at });
    stored.push({ id, text: `${r.title}\n${r.body}`, gold: r.gold.events ?? [], extraction, eventIds });
  }
  const t0 = performance.now();
  for (const s of stored) locateArticle(opened.sqlite, { articleId: s.id, extraction: s.extraction, eventIds: s.eventIds });
  locateMs = performance.now() - t0;
  const placeOf = opened.sqlite.prepare(`SELECT p.place_key AS key FROM event_mentions m JOIN events e ON e.id = m.event_id
    LEFT JOIN entities p ON p.id = e.location_entity_id WHERE m.article_id = ? AND m.sentence = ?`);
  for (const s of stored) {
    for (const g of s.gold) {
      const row = placeOf.get(s.id, g.sentence) as { key: string | null } | undefined
        ?? (opened.sqlite.prepare(`SELECT p.place_key AS key, m.sentence FROM event_mentions m JOIN events e ON e.id = m.event_id
          LEFT JOIN entities p ON p.id = e.location_entity_id WHERE m.article_id = ?`).all(s.id) as { key: string | null; sentence: string }[])
          .find((m) => norm(m.sentence) === norm(g.sentence));
      if (!row) continue;
      tally.matched++;
      const want = g.location ? resolvePlace(g.location, { text: s.text }) : null;
      if (want) tally.goldLocated++;
      if (!want) { if (row.key) tally.extra++; continue; }
      if (!row.key) { tally.missing++; continue; }
      if (row.key === want.key) tally.same++;
      else if (ancestorsOf(want.key).some((p) => p.key === row.key)) tally.containing++;
      else if (ancestorsOf(row.key).some((p) => p.key === want.key)) tally.inside++;
      else { tally.different++; if (process.env.EVAL_VERBOSE) console.log(`different: gold ${g.location} -> ${want.key} ${want.name}; stored ${row.key} | ${g.sentence.slice(0, 140)}`); }
    }
  }
} finally {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
console.log(`events matched to gold by evidence sentence: ${tally.matched}; with a gold location the gazetteer knows: ${tally.goldLocated}`);
console.log(`  same place            ${tally.same} (${pct(tally.same, tally.goldLocated)})`);
console.log(`  a place containing it ${tally.containing} (${pct(tally.containing, tally.goldLocated)})  e.g. the state for a town`);
console.log(`  a place inside it     ${tally.inside} (${pct(tally.inside, tally.goldLocated)})  e.g. the town for its county`);
console.log(`  a different place     ${tally.different} (${pct(tally.different, tally.goldLocated)})`);
console.log(`  not located           ${tally.missing} (${pct(tally.missing, tally.goldLocated)})`);
console.log(`located where gold has no location: ${tally.extra}`);
console.log(`locating (warm, second pass): ${(locateMs / files.length).toFixed(2)} ms per article over ${files.length} articles`);
