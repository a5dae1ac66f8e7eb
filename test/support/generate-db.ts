/**
 * Realistic synthetic tracker databases for site tests and the site benchmark.
 * Every table is filled the way ingest and the tagger would fill it, from a
 * seeded PRNG so a seed always yields the same file. Inserts are prepared
 * statements in one transaction: 50,000 articles take seconds, not minutes.
 */
import { existsSync, rmSync } from 'node:fs';
import { openDb } from '../../db/open.ts';
import { EVENT_TYPES, type AmountCategory, type Certainty, type EventType } from '../../ingest/tag/types.ts';
import { resolvePlace } from '../../ingest/places/index.ts';
import { placeEntityId } from '../../ingest/store/places.ts';
import { seededRandom } from '../../ingest/common/seeded-random.ts';

export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Dates run back from this day (default 2026-03-13) so output is independent of the clock. */
  anchor?: string;
}

/** Seeded, so every generated database is the same. */
function makeRandom(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const ORGS = ['OpenAI', 'Microsoft', 'Google', 'Amazon', 'Meta', 'Oracle', 'Nvidia', 'CoreWeave', 'Anthropic', 'xAI',
  'SoftBank', 'BlackRock', 'Dominion Energy', 'Entergy', 'Duke Energy', 'Department of Energy', 'Federal Trade Commission',
  'Prince William County Board of Supervisors', 'Tucson City Council', 'Crusoe', 'Blackstone', 'QTS', 'Equinix',
  'Digital Realty', 'AMD', 'TSMC', 'Broadcom', 'Apple', 'Mistral AI', 'Nebius', 'Lambda', 'Vantage Data Centers'];
const PEOPLE = ['Sam Altman', 'Satya Nadella', 'Sundar Pichai', 'Mark Zuckerberg', 'Jensen Huang', 'Larry Ellison',
  'Masayoshi Son', 'Dario Amodei', 'Spencer Cox', 'Lisa Su', 'Andy Jassy', 'Elon Musk'];
const PLACES = ['Texas', 'Virginia', 'Ohio', 'Arizona', 'Georgia', 'Louisiana', 'Kentucky', 'Pennsylvania', 'Indiana',
  'Wisconsin', 'Prince William County', 'Loudoun County', 'Tucson', 'Abilene', 'Memphis', 'Ireland', 'Norway', 'Utah'];
const PRODUCTS = ['ChatGPT', 'Sora', 'Azure', 'Claude', 'Gemini', 'Llama', 'Grok', 'Copilot', 'GPT-4o'];
const PROJECTS = ['Stargate', 'Project Blue', 'Digital Gateway', 'Hyperion', 'Colossus', 'Prometheus', 'Project Jupiter'];
const OUTLETS = ['Data Center Dynamics', 'The Verge', 'Reuters Tech', 'Bloomberg Tech', 'Ars Technica', 'The Register',
  'Local News Daily', 'Utility Dive', 'TechCrunch', 'The Information', 'Financial Times', 'Wired'];
const CATEGORIES: AmountCategory[] = ['capex', 'compute_spend', 'deal', 'funding', 'valuation', 'revenue', 'offer',
  'cost', 'penalty', 'incentive', 'other'];
const CERTAINTIES: Certainty[] = ['confirmed', 'confirmed', 'confirmed', 'reported', 'reported', 'speculative', 'denied'];
const CURRENCIES: Array<[string, number]> = [['USD', 1], ['USD', 1], ['USD', 1], ['USD', 1], ['EUR', 1.08], ['GBP', 1.27], ['JPY', 0.0067]];

const VERBS: Record<EventType, string> = {
  shutdown: 'pauses', land_dispute: 'faces opposition over', legal: 'is sued over', regulation: 'is restricted over',
  partnership: 'signs a compute deal for', funding: 'raises money for', spend_plan: 'plans spending on',
  buildout: 'announces a data center campus for', energy: 'signs a power deal for', outage: 'suffers an outage at',
  pricing: 'changes prices for', acquisition: 'acquires a stake in',
};

function slugify(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function isoDay(anchorMs: number, daysBack: number, hour = 12): string {
  return new Date(anchorMs - daysBack * 86_400_000 + hour * 3_600_000).toISOString();
}

export function generateDb(path: string, opts: GenerateOptions): void {
  const rnd = makeRandom(opts.seed ?? 1);
  const anchorMs = Date.parse(`${opts.anchor ?? '2026-03-13'}T00:00:00Z`);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
  const opened = openDb(path);
  const db = opened.sqlite;
  const n = Math.max(0, Math.floor(opts.articles));
  // Spread over about two years so the year filters and charts have something to show.
  const spanDays = Math.min(730, Math.max(30, Math.round(n / 4)));

  const insertSource = db.prepare(`INSERT INTO sources (name, url, type, enabled, last_fetched_at, last_status, last_error, consecutive_failures)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEntity = db.prepare('INSERT INTO entities (slug, name, type, origin) VALUES (?, ?, ?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)');
  const insertArticle = db.prepare(`INSERT INTO articles (source_id, url, canonical_url, title, author, published_at, fetched_at, summary, body_text, content_hash, promotional, tagged_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertUrl = db.prepare('INSERT INTO article_urls (article_id, url, source_id, first_seen_at) VALUES (?, ?, ?, ?)');
  const insertArticleEntity = db.prepare('INSERT OR IGNORE INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)');
  const insertAmount = db.prepare(`INSERT INTO amounts (article_id, text, value, value_min, currency, value_usd, category, entity_id, period, estimate, conversion, sentence, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertQuantity = db.prepare(`INSERT INTO quantities (article_id, text, kind, value, value_min, unit, entity_id, conversion, sentence, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO events (slug, type, summary, date, certainty, location, first_seen_at, source_count, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertActor = db.prepare('INSERT OR IGNORE INTO event_actors (event_id, entity_id, position) VALUES (?, ?, ?)');
  const insertMention = db.prepare('INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence, certainty, rule) VALUES (?, ?, ?, ?, ?)');
  const bumpSourceCount = db.prepare('UPDATE events SET source_count = source_count + 1 WHERE id = ?');
  const insertRun = db.prepare('INSERT INTO runs (kind, started_at, finished_at, status, items_seen, items_new, errors) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertRunSource = db.prepare(`INSERT INTO run_sources (run_id, source_id, source_name, status, items_seen, items_new, error, duration_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

  db.transaction(() => {
    const sourceIds: number[] = [];
    OUTLETS.forEach((name, i) => {
      const failing = i % 5 === 4;
      const r = insertSource.run(name, `https://${slugify(name)}.example.com/feed.xml`, i % 6 === 5 ? 'page' : 'feed', i === 11 ? 0 : 1,
        isoDay(anchorMs, 0, 6), failing ? 'error' : 'ok', failing ? 'http_503: the server said it is unavailable; it will be retried next run' : null,
        failing ? 3 : 0);
      sourceIds.push(Number(r.lastInsertRowid));
    });

    // Entity pool grows with the corpus, like a real tracker discovering names.
    type Ent = { id: number; name: string; type: string };
    const ents: Ent[] = [];
    const addEntity = (name: string, type: string, origin: string) => {
      let slug = slugify(name);
      if (ents.some((e) => slugify(e.name) === slug)) slug = `${slug}-${type}`;
      const r = insertEntity.run(slug, name, type, origin);
      const e = { id: Number(r.lastInsertRowid), name, type };
      ents.push(e);
      insertAlias.run(e.id, name);
      return e;
    };
    ORGS.forEach((name) => addEntity(name, 'org', 'gazetteer'));
    PEOPLE.forEach((name) => addEntity(name, 'person', 'gazetteer'));
    PLACES.forEach((name) => addEntity(name, 'place', 'gazetteer'));
    PRODUCTS.forEach((name) => addEntity(name, 'product', 'gazetteer'));
    PROJECTS.forEach((name) => addEntity(name, 'project', 'gazetteer'));
    const meta = ents.find((e) => e.name === 'Meta')!;
    insertAlias.run(meta.id, 'Meta Platforms');
    insertAlias.run(meta.id, "Facebook's parent");
    const extra = Math.floor(n / 40);
    for (let i = 0; i < extra; i++) addEntity(`${rnd.pick(['Northwind', 'Bluegrass', 'Summit', 'Ridge', 'Harbor', 'Cedar', 'Granite', 'Prairie'])} ${rnd.pick(['Compute', 'Power', 'Data', 'Energy', 'Capital', 'Digital'])} ${i + 1}`, rnd.pick(['org', 'org', 'project']), 'discovered');
    const orgs = ents.filter((e) => e.type === 'org' || e.type === 'product' || e.type === 'project');
    const places = ents.filter((e) => e.type === 'place');
    // Skewed picks: a few big names dominate coverage, as in real news.
    const pickOrg = () => (rnd.next() < 0.7 ? orgs[Math.floor(rnd.next() ** 2 * Math.min(orgs.length, 40))] : rnd.pick(orgs));

    type Ev = { id: number; type: EventType; actors: Ent[]; place: Ent; summary: string; articles: number };
    const openEvents: Ev[] = [];
    let eventSeq = 0;

    for (let a = 0; a < n; a++) {
      const daysBack = Math.floor((1 - (a + rnd.next()) / Math.max(1, n)) * spanDays);
      const published = isoDay(anchorMs, daysBack, rnd.int(0, 23));
      const sourceIdx = rnd.int(0, sourceIds.length - 1);
      const actor = pickOrg();
      const other = pickOrg();
      const place = rnd.pick(places);
      const type = rnd.pick(EVENT_TYPES);
      const title = `${actor.name} ${VERBS[type]} ${place.name} project (${a + 1})`;
      const sentence = `${actor.name} said on ${published.slice(0, 10)} that it ${VERBS[type]} its ${place.name} site with ${other.name}.`;
      const body = [sentence,
        `Officials in ${place.name} said the plan would need about ${rnd.int(1, 9) * 100} megawatts and ${rnd.int(2, 40) * 50} acres.`,
        `${other.name} declined to comment. Residents raised concerns about water use and noise at a public meeting.`].join('\n\n');
      const url = `https://${slugify(OUTLETS[sourceIdx])}.example.com/${published.slice(0, 7)}/${slugify(title)}`;
      const r = insertArticle.run(sourceIds[sourceIdx], url, url, title, rnd.next() < 0.6 ? `Reporter ${rnd.int(1, 40)}` : null,
        published, published, `${actor.name} and ${other.name} in ${place.name}.`, body, `h${a}-${opts.seed ?? 1}`,
        rnd.next() < 0.03 ? 1 : 0, published);
      const articleId = Number(r.lastInsertRowid);
      insertUrl.run(articleId, url, sourceIds[sourceIdx], published);
      insertArticleEntity.run(articleId, actor.id, rnd.int(1, 6));
      insertArticleEntity.run(articleId, other.id, rnd.int(1, 3));
      insertArticleEntity.run(articleId, place.id, rnd.int(1, 3));
      if (rnd.next() < 0.3) insertArticleEntity.run(articleId, rnd.pick(ents).id, 1);

      for (let k = rnd.int(0, 2); k > 0; k--) {
        const [currency, rate] = rnd.pick(CURRENCIES);
        const scale = rnd.pick([1e6, 1e8, 1e9, 1e10]);
        const value = rnd.int(1, 60) * scale;
        const year = Number(published.slice(0, 4)) + rnd.int(0, 3);
        const range = rnd.next() < 0.1;
        insertAmount.run(articleId, `${currency === 'USD' ? '$' : currency + ' '}${value / 1e9 >= 1 ? `${value / 1e9} billion` : `${value / 1e6} million`}`,
          value, range ? value / 2 : null, currency, Math.round(value * rate), rnd.pick(CATEGORIES),
          rnd.next() < 0.85 ? actor.id : null, rnd.next() < 0.8 ? String(year) : null, rnd.next() < 0.35 ? 1 : 0,
          rnd.next() < 0.05 ? 1 : 0, sentence, 'synthetic');
      }
      for (let k = rnd.int(0, 2); k > 0; k--) {
        const land = rnd.next() < 0.45;
        const value = land ? rnd.int(20, 2500) : rnd.int(5, 2000);
        insertQuantity.run(articleId, land ? `${value} acres` : `${value} megawatts`, land ? 'land' : 'power', value, null,
          land ? 'acre' : 'MW', actor.id, 0, sentence, 'synthetic');
      }

      // Most articles report one event; some repeat an open story, which makes multi-source events.
      if (rnd.next() < 0.85) {
        let ev: Ev | undefined = openEvents.length && rnd.next() < 0.35 ? rnd.pick(openEvents) : undefined;
        const certainty = rnd.pick(CERTAINTIES);
        if (!ev) {
          eventSeq++;
          const precision = rnd.next();
          const date = precision < 0.8 ? published.slice(0, 10) : precision < 0.95 ? published.slice(0, 7) : published.slice(0, 4);
          const summary = `${actor.name} ${VERBS[type]} ${place.name} project.`;
          const er = insertEvent.run(`${date.slice(0, 4)}-${type.replace('_', '-')}-${slugify(actor.name)}-${eventSeq}`, type, summary,
            date, certainty, rnd.next() < 0.85 ? place.name : null, published, 0, 'synthetic');
          ev = { id: Number(er.lastInsertRowid), type, actors: [actor, other], place, summary, articles: 0 };
          insertActor.run(ev.id, actor.id, 0);
          if (other.id !== actor.id && rnd.next() < 0.6) insertActor.run(ev.id, other.id, 1);
          openEvents.push(ev);
          if (openEvents.length > 30) openEvents.shift();
        }
        insertMention.run(ev.id, articleId, sentence, certainty, 'synthetic');
        bumpSourceCount.run(ev.id);
        ev.articles++;
      }
    }

    // Places resolved against the real gazetteer as the store does (parents created, events located by their place).
    for (const place of places) {
      const real = resolvePlace(place.name, { countryCodes: ['US'] }) ?? resolvePlace(place.name);
      if (real) placeEntityId(db, real);
    }
    db.prepare(`UPDATE events SET location_entity_id = (SELECT id FROM entities p WHERE p.type = 'place' AND p.name = events.location AND p.place_key IS NOT NULL)
      WHERE location IS NOT NULL`).run();

    const runs = Math.max(3, Math.min(200, Math.floor(n / 50)));
    for (let i = 0; i < runs; i++) {
      const started = isoDay(anchorMs, Math.floor(((runs - i) / runs) * spanDays), 6);
      const status = i % 17 === 16 ? 'partial' : 'ok';
      const rr = insertRun.run('ingest', started, started.replace('T06', 'T07'), status, rnd.int(50, 400), rnd.int(0, 60), status === 'ok' ? 0 : 1);
      const runId = Number(rr.lastInsertRowid);
      OUTLETS.slice(0, 4).forEach((name, k) =>
        insertRunSource.run(runId, sourceIds[k], name, status !== 'ok' && k === 3 ? 'error' : 'ok', rnd.int(10, 100), rnd.int(0, 15),
          status !== 'ok' && k === 3 ? 'timeout: no answer within 20 s' : null, rnd.int(80, 3000)));
    }
  })();
  db.transaction(() => figuresFromMentions(db))();
  opened.close();
}

/**
 * One figure per amount and quantity not yet behind a figure (generated mentions never repeat one another), as
 * storeTags would make them: the site reads figures, never mentions.
 */
export function figuresFromMentions(db: import('better-sqlite3').Database): void {
  const addFigure = db.prepare(`INSERT INTO figures (kind, category, entity_id, period, value, value_min, unit, value_usd, estimate, status, first_seen_at, last_seen_at, source_count)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'current', ?, ?, 1)`);
  const addMention = db.prepare('INSERT INTO figure_mentions (figure_id, article_id, amount_id, quantity_id, sentence) VALUES (?, ?, ?, ?, ?)');
  const amounts = db.prepare(`SELECT a.*, ar.published_at FROM amounts a JOIN articles ar ON ar.id = a.article_id
    WHERE a.conversion = 0 AND NOT EXISTS (SELECT 1 FROM figure_mentions m WHERE m.amount_id = a.id)`).all();
  for (const a of amounts as Array<{ id: number; article_id: number; category: string; entity_id: number | null; period: string | null; value: number; value_min: number | null; currency: string; value_usd: number | null; estimate: number; sentence: string; published_at: string }>) {
    const id = Number(addFigure.run('amount', a.category, a.entity_id, a.period, a.value, a.value_min, a.currency, a.value_usd, a.estimate, a.published_at, a.published_at).lastInsertRowid);
    addMention.run(id, a.article_id, a.id, null, a.sentence);
  }
  const quantities = db.prepare(`SELECT q.*, ar.published_at FROM quantities q JOIN articles ar ON ar.id = q.article_id
    WHERE q.conversion = 0 AND NOT EXISTS (SELECT 1 FROM figure_mentions m WHERE m.quantity_id = q.id)`).all();
  for (const q of quantities as Array<{ id: number; article_id: number; kind: string; entity_id: number | null; value: number; value_min: number | null; unit: string; sentence: string; published_at: string }>) {
    const id = Number(addFigure.run(q.kind, null, q.entity_id, null, q.value, q.value_min, q.unit, null, 0, q.published_at, q.published_at).lastInsertRowid);
    addMention.run(id, q.article_id, null, q.id, q.sentence);
  }
}
