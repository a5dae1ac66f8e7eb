/**
 * What every column of the database means, and its unit: the data page
 * renders this beside the schema read from SQLite itself, so a column with
 * no entry here still shows (as "not described yet").
 */
export const TABLE_NOTES: Record<string, string> = {
  sources: 'Feeds, pages and JSON endpoints polled, with their health.',
  articles: 'One row per article (syndicated copies merged). The public snapshot keeps title, link and a short excerpt; body_text is empty there.',
  article_urls: 'Every URL an article was seen at.',
  articles_fts: 'Full-text index (FTS5) over article titles and text.',
  entities: 'Canonical organisations, people, places, products and projects. Places carry their kind, parent place, country and coordinates.',
  entity_aliases: 'Other names for each entity.',
  article_entities: 'Which entities each article names, and how often.',
  amounts: 'Money as each article states it (one row per mention).',
  quantities: 'Power, land, floor area, water and chips as each article states them (one row per mention).',
  events: 'Real-world happenings; one row however many articles report it.',
  event_actors: 'Who took part in each event, most central first.',
  event_mentions: 'Each article reporting an event, with its evidence sentence.',
  figures: 'One row per fact: the same figure reported by many articles is one row (see figure_mentions).',
  figure_mentions: 'Each article and sentence reporting a figure.',
  stories: 'Articles telling the same news (a wire story and its copies, or one announcement covered by several outlets).',
  story_articles: 'Which articles belong to which story; independent = 0 for a copy or near-copy.',
  runs: 'Each ingest, import or retag run.',
  run_sources: 'Per-source results of each run.',
  locks: 'The run lock (never in the public snapshot).',
  timeline: 'View: one row per event with its actors.',
  spend: 'View: money for sums and charts (conversions excluded).',
};

const ISO = 'ISO 8601 text, UTC';
const BOOL = '0 or 1';

/** [meaning, unit or format] by table and column. */
export const COLUMN_DOCS: Record<string, Record<string, [string, string?]>> = {
  sources: {
    id: ['Source id'], name: ['Readable name (the feed\'s own title unless given with --name)'], url: ['Feed or page address (public snapshot: private or credentialed addresses redacted)'],
    type: ['feed, page or json'], enabled: ['Polled by ingest', BOOL], allow_private: ['May fetch private/loopback addresses', BOOL],
    etag: ['HTTP cache validator (not in the public snapshot)'], last_modified: ['HTTP cache validator (not in the public snapshot)'],
    last_fetched_at: ['Last fetch attempt', ISO], last_status: ['ok, not_modified or error'],
    last_error: ['"code: message" of the last failure (public snapshot: the code only)'], consecutive_failures: ['Failures in a row', 'count'],
    created_at: ['When the source was added', ISO],
  },
  articles: {
    id: ['Article id'], source_id: ['Source it came from (null for imported files)'], url: ['Where it was read (imported files: imported:<file name> in the public snapshot)'],
    canonical_url: ['Canonical address used for deduplication'], title: ['Headline'], author: ['Byline'], published_at: ['Publication time', ISO],
    fetched_at: ['When the tracker stored it', ISO], summary: ['The feed\'s summary (public snapshot: a short excerpt, at most 280 characters)'],
    body_text: ['Clean full text, for search and tagging (empty in the public snapshot)'], content_hash: ['sha256 of the normalised text (finds syndicated copies)'],
    promotional: ['Sponsored or promotional content', BOOL], tagged_at: ['When the tagger last ran over it', ISO],
  },
  article_urls: { article_id: ['Article'], url: ['An address it was seen at'], source_id: ['Source that led there'], first_seen_at: ['First seen', ISO] },
  entities: {
    id: ['Entity id'], slug: ['Stable identifier; page /entities/<slug>/, feed /entities/<slug>.xml'], name: ['Canonical name'],
    type: ['org, person, place, product or project'], origin: ['gazetteer (curated) or discovered (found in text)'],
    place_kind: ['Places: locality, county, region or country'], parent_id: ['Places: the place containing it (town -> county -> state -> country)'],
    country_code: ['Places: ISO 3166-1 alpha-2'], lat: ['Places: latitude', 'degrees, WGS84'], lon: ['Places: longitude', 'degrees, WGS84'],
    place_key: ['Places: the gazetteer\'s key (US-KY, US-C51153 (county FIPS), GN<GeoNames id>)'],
  },
  entity_aliases: { entity_id: ['Entity'], alias: ['Another name for it'] },
  article_entities: { article_id: ['Article'], entity_id: ['Entity'], mentions: ['Times the article names it', 'count'] },
  amounts: {
    id: ['Amount id'], article_id: ['Article it was found in'], text: ['As written ("$26 million")'], value: ['Value (upper bound of a range)', 'currency units'],
    value_min: ['Lower bound of a range', 'currency units'], currency: ['ISO 4217 code'], value_usd: ['Value in US dollars (fixed rate table when not USD)', 'US$'],
    category: ['capex, compute_spend, deal, funding, valuation, revenue, offer, cost, penalty, incentive, other'], entity_id: ['Whose money'],
    period: ['Year or period it applies to'], estimate: ['Forecast, guidance or third-party estimate', BOOL], conversion: ['Repeats the previous figure in another currency: never sum', BOOL],
    sentence: ['Evidence sentence'], rule: ['Which rule or cue decided category and owner'],
  },
  quantities: {
    id: ['Quantity id'], article_id: ['Article'], text: ['As written'], kind: ['power, land, floor_area, water or chips'], value: ['Value (upper bound of a range)', 'unit'],
    value_min: ['Lower bound', 'unit'], unit: ['MW, acre, sq ft, gallons per day or count'], entity_id: ['Whose'], conversion: ['Repeats another unit: never sum', BOOL],
    sentence: ['Evidence sentence'], rule: ['Which rule found it'],
  },
  events: {
    id: ['Event id'], slug: ['Stable identifier; page /events/<slug>/, feed GUID ai-infra-tracker:event:<slug>'], type: ['Event type (see the timeline)'],
    summary: ['One-line summary'], date: ['When it happened', 'YYYY, YYYY-MM or YYYY-MM-DD'], certainty: ['confirmed, reported, speculative or denied'],
    location: ['The place as written'], location_entity_id: ['The place entity it is located in'], first_seen_at: ['When the tracker first saw it', ISO],
    source_count: ['Articles reporting it', 'count'], rule: ['Which rule found it'],
    date_stated: ['Whether an article stated the date (0: the date of the first article reporting it stands in)', '0 or 1'],
  },
  event_actors: { event_id: ['Event'], entity_id: ['Who took part'], position: ['0 = most central'] },
  event_mentions: { event_id: ['Event'], article_id: ['Article reporting it'], sentence: ['Evidence sentence'], certainty: ['How this article puts it'], rule: ['Which rule found it'] },
  figures: {
    id: ['Figure id'], kind: ['"amount" or a quantity kind'], category: ['Money category'], entity_id: ['Whose figure'], period: ['Year or period'],
    value: ['Value', 'unit'], value_min: ['Lower bound', 'unit'], unit: ['Currency or quantity unit'], value_usd: ['US dollars', 'US$'], estimate: ['Estimate', BOOL],
    status: ['current, superseded or disputed'], revises_id: ['The figure this one revises'], dispute_of: ['For a disputed figure: the first figure of its dispute'], first_seen_at: ['First reported', ISO], last_seen_at: ['Last reported', ISO],
    source_count: ['Articles reporting it', 'count'],
  },
  figure_mentions: { figure_id: ['Figure'], article_id: ['Article'], amount_id: ['The amount row'], quantity_id: ['The quantity row'], sentence: ['Evidence sentence'] },
  stories: {
    id: ['Story id'], title: ['Title of its first article'], first_published_at: ['First publication', ISO], last_published_at: ['Latest publication', ISO],
    article_count: ['Articles', 'count'], independent_count: ['Articles that are not copies of another', 'count'],
  },
  story_articles: {
    story_id: ['Story'], article_id: ['Article'], independent: ['0 for a syndicated or rewritten copy', BOOL], copy_of: ['The article it copies'],
    similarity: ['Text similarity to the story', '0 to 1'],
  },
  runs: {
    id: ['Run id'], kind: ['ingest, import or retag'], started_at: ['Start', ISO], finished_at: ['End', ISO], status: ['running, ok, partial, failed or interrupted'],
    items_seen: ['Items read', 'count'], items_new: ['New articles', 'count'], errors: ['Sources or files that failed', 'count'],
  },
  run_sources: {
    run_id: ['Run'], source_id: ['Source'], source_name: ['Source name (imports: the file name)'], status: ['ok, not_modified or error'],
    items_seen: ['Items read', 'count'], items_new: ['New articles', 'count'], error: ['"code: message" (public snapshot: the code only)'], duration_ms: ['Time taken', 'milliseconds'],
  },
  locks: { name: ['Lock name'], pid: ['Holder process id'], host: ['Holder host'], acquired_at: ['Taken at', ISO] },
};

/** Every download column with its meaning and unit; the data page renders these. */
export const DOWNLOAD_COLUMNS: Record<'events' | 'figures' | 'entities', [column: string, meaning: string][]> = {
  events: [
    ['id', 'Event id (events.id)'], ['slug', 'Stable identifier; the page is /events/<slug>/'],
    ['date', 'When it happened, as precise as the reporting: YYYY, YYYY-MM or YYYY-MM-DD'],
    ['type', 'shutdown, land_dispute, legal, regulation, partnership, funding, spend_plan, buildout, energy, outage, pricing, acquisition'],
    ['summary', 'One-line summary'], ['certainty', 'confirmed, reported, speculative or denied (the strongest among its reports)'],
    ['actors', 'Who took part, most central first, separated by "; "'],
    ['location', 'The place as the article named it (text)'], ['place_slug', 'The place entity it is located in (/entities/<slug>/)'],
    ['place_kind', 'locality, county, region or country'], ['country_code', 'ISO 3166-1 alpha-2'],
    ['lat', 'Latitude of the place, WGS84 degrees'], ['lon', 'Longitude of the place, WGS84 degrees'],
    ['source_count', 'Number of articles reporting it'], ['outlets', 'Outlets that reported it, separated by "; "'],
    ['first_seen_at', 'When the tracker first saw it (ISO 8601 UTC), not when it happened'],
  ],
  figures: [
    ['id', 'Figure id (figures.id, or amounts.id / quantities.id before figures exist)'],
    ['kind', '"amount" for money, else the quantity kind: power, land, floor_area, water, chips'],
    ['category', 'Money category: capex, compute_spend, deal, funding, valuation, revenue, offer, cost, penalty, incentive, other'],
    ['entity', 'Whose figure it is (entity name)'], ['entity_slug', 'That entity\'s page: /entities/<slug>/'],
    ['period', 'The year or period the figure applies to, when stated'],
    ['value', 'The figure (upper bound of a range), in `unit`'], ['value_min', 'Lower bound of a range, in `unit`'],
    ['unit', 'ISO 4217 currency for money; MW, acre, sq ft, gallons per day or count for quantities'],
    ['value_usd', 'Money in US dollars (converted with a fixed rate table when not USD); empty for quantities'],
    ['estimate', '1 for forecasts, guidance and third-party estimates; 0 for announced figures'],
    ['status', 'current, superseded or disputed (empty before the figures table exists)'],
    ['source_count', 'Articles reporting the figure'], ['first_reported_at', 'Publication date of the first article reporting it'],
    ['evidence', 'A sentence stating it'],
  ],
  entities: [
    ['id', 'Entity id'], ['slug', 'Stable identifier; the page is /entities/<slug>/ and the feed /entities/<slug>.xml'],
    ['name', 'Canonical name'], ['type', 'org, person, place, product or project'],
    ['origin', 'gazetteer (curated list) or discovered (found in text)'], ['aliases', 'Other names, separated by "; "'],
    ['place_kind', 'Places: locality, county, region or country'], ['parent_slug', 'Places: the place containing it'],
    ['country_code', 'Places: ISO 3166-1 alpha-2'], ['lat', 'Places: latitude, WGS84 degrees'], ['lon', 'Places: longitude, WGS84 degrees'],
    ['events', 'Events it takes part in (places: events located in it)'], ['articles', 'Articles naming it'],
  ],
};
