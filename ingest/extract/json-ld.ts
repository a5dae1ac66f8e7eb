/**
 * The schema.org objects a page declares in <script type="application/ld+json">,
 * flattened out of arrays and @graph. Publishers ship broken JSON-LD often
 * (trailing commas, raw newlines in strings); a block that does not parse
 * is skipped rather than guessed at.
 */

export type LdObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|SocialMediaPosting|WebPage|ItemPage|Blog)$/;

export function readJsonLd(document: Document): LdObject[] {
  const found: LdObject[] = [];
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = el.textContent?.trim();
    if (!raw) continue;
    const parsed = parseLenient(raw);
    if (parsed !== undefined) collect(parsed, found, 0);
  }
  return found;
}

function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // Raw control characters inside strings are the commonest breakage.
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: LdObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as LdObject;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
}

function types(obj: LdObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The object describing the article itself: a *Article type first, then a web page. */
export function articleObject(objects: LdObject[]): LdObject | null {
  const articles = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  return articles.find((o) => types(o).some((t) => /Article|Posting|Report/.test(t))) ?? articles[0] ?? null;
}

/** A name out of the shapes schema.org allows: "Jane", {name}, [{name}, ...]. */
export function ldNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(ldNames);
  if (value && typeof value === 'object') {
    const name = (value as LdObject).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(ldString).find((v) => v) ?? null;
  return null;
}
