/** Presentation helpers shared by pages: dates, money, labels, safe links. */
import { format, parseISO } from 'date-fns';
import { config } from '../../ingest/config.ts';

const TYPE_LABELS: Record<string, string> = {
  shutdown: 'Shutdown', land_dispute: 'Land dispute', legal: 'Legal', regulation: 'Regulation',
  partnership: 'Partnership', funding: 'Funding', spend_plan: 'Spend plan', buildout: 'Buildout',
  energy: 'Energy', outage: 'Outage', pricing: 'Pricing', acquisition: 'Acquisition',
};
const CATEGORY_LABELS: Record<string, string> = {
  capex: 'Capex', compute_spend: 'Compute spend', deal: 'Deal', funding: 'Funding', valuation: 'Valuation',
  revenue: 'Revenue', offer: 'Offer', cost: 'Cost', penalty: 'Penalty', incentive: 'Incentive', other: 'Other',
};

export const typeLabel = (t: string) => TYPE_LABELS[t] ?? t;
export const categoryLabel = (c: string) => CATEGORY_LABELS[c] ?? c;
export const certaintyLabel = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);

/** Event dates carry their own precision (YYYY, YYYY-MM, YYYY-MM-DD); show only what is known. */
export function formatEventDate(date: string): string {
  // A few hundred distinct days are formatted tens of thousands of times per build.
  let out = formattedDates.get(date);
  if (out === undefined) {
    out = formatEventDateUncached(date);
    if (formattedDates.size < 50_000) formattedDates.set(date, out);
  }
  return out;
}
const formattedDates = new Map<string, string>();

function formatEventDateUncached(date: string): string {
  try {
    if (/^\d{4}$/.test(date)) return date;
    if (/^\d{4}-\d{2}$/.test(date)) return format(parseISO(`${date}-01`), 'MMM yyyy');
    return format(parseISO(date.slice(0, 10)), 'd MMM yyyy');
  } catch {
    return date;
  }
}

/** Timestamps as "3 Mar 2026" (UTC date part: builds must not depend on the machine's zone). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return 'never';
  return formatEventDate(iso.slice(0, 10));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return 'never';
  return `${formatDay(iso)} ${iso.slice(11, 16)} UTC`;
}

export function formatUsd(v: number | null | undefined): string {
  if (v == null || !Number.isFinite(v)) return 'n/a';
  const abs = Math.abs(v);
  if (abs >= 1e12) return `$${trim(v / 1e12)} trillion`;
  if (abs >= 1e9) return `$${trim(v / 1e9)} billion`;
  if (abs >= 1e6) return `$${trim(v / 1e6)} million`;
  return `$${Math.round(v).toLocaleString('en-US')}`;
}
const trim = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1).replace(/\.0$/, ''));

export const formatNumber = (v: number) => Math.round(v).toLocaleString('en-US');

/** "1 event", "2 events", "1,204 articles": a count with its noun (regular plurals only). */
export const countOf = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** Only http(s) links from untrusted data become hrefs; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Monday 00:00 UTC of the ISO week containing `d`. */
export function weekStart(d: Date): Date {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
}

export function pageSize(): number {
  return config().TRACKER_PAGE_SIZE;
}

/**
 * Articles are grouped by id into numbered pages of this many (stable: ids never change),
 * which keeps large builds to a fraction of the pages one-per-article would need.
 */
export const ARTICLES_PER_PAGE = 25;
export const articleBucket = (id: number) => Math.ceil(id / ARTICLES_PER_PAGE);
export const articleHref = (id: number) => `/articles/${articleBucket(id)}/#a${id}`;
