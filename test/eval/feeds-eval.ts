/**
 * Feed-parsing evaluation against peer suites nobody here wrote
 * (`npm run eval:feeds`): feedparser's 1,445 feeds, its 73 date strings,
 * and rss-parser's 31 real-world feeds. Each feed suite runs twice, with
 * rss-parser alone and with the lenient fallback, so the fallback's gain shows.
 */
import type { ParseStrategy } from '../../ingest/parse/feed.ts';
import { runDatesSuite } from './feeds/dates-suite.ts';
import { runFeedparserSuite } from './feeds/feedparser-suite.ts';
import { runRssParserSuite } from './feeds/rss-parser-suite.ts';
import type { SuiteResult } from './feeds/suite-result.ts';

const STRATEGIES: { label: string; strategy: ParseStrategy }[] = [
  { label: 'rss-parser only', strategy: { lenientFallback: false } },
  { label: 'with lenient fallback', strategy: { lenientFallback: true } },
];

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printSummary(label: string, r: SuiteResult): void {
  console.log(`  ${label.padEnd(24)} run ${String(r.run).padStart(4)}  passed ${String(r.passed).padStart(4)}  failed ${String(r.failed).padStart(4)}  n/a ${String(r.notApplicable).padStart(4)}  pass rate ${pct(r.passRate)}`);
}

function printFailures(r: SuiteResult, limit: number): void {
  const top = r.topCategories(limit);
  if (!top.length) return;
  console.log(`  top failure categories (${r.failed} failures):`);
  for (const t of top) console.log(`    ${String(t.count).padStart(4)}  ${t.category}   e.g. ${t.example.id}: ${t.example.detail}`);
}

function printNa(r: SuiteResult): void {
  if (!r.notApplicable) return;
  console.log(`  not applicable (${r.notApplicable}), by reason:`);
  const FIELD = 'field not in our model: ';
  const all = [...r.naReasons.entries()];
  const fields = all.filter(([reason]) => reason.startsWith(FIELD)).sort((a, b) => b[1] - a[1]);
  const grouped: [string, number][] = all.filter(([reason]) => !reason.startsWith(FIELD));
  if (fields.length) {
    const examples = fields.slice(0, 6).map(([reason, n]) => `${reason.slice(FIELD.length)} ${n}`).join(', ');
    grouped.push([`fields not in our model (${fields.length} kinds; most: ${examples})`, fields.reduce((s, [, n]) => s + n, 0)]);
  }
  for (const [reason, n] of grouped.sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${reason}`);
}

async function main(): Promise<void> {
  console.log('Feed parsing evaluation (ingest/parse), peer suites from ../shared/peers');
  console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

  console.log('feedparser: 1,445 feeds, Expect lines mapped onto ParsedFeed (text fields compared as text, links as URLs, dates to the second)');
  let lastFeedparser: SuiteResult | null = null;
  for (const { label, strategy } of STRATEGIES) {
    const r = await runFeedparserSuite(strategy);
    printSummary(label, r);
    lastFeedparser = r;
  }
  printNa(lastFeedparser!);
  printFailures(lastFeedparser!, 12);

  console.log('\nfeedparser dates.json through parseDate (73 strings)');
  const dates = runDatesSuite();
  printSummary('parseDate', dates);
  printFailures(dates, 10);

  console.log('\nrss-parser: 31 real-world feeds vs rss-parser 3.13 golden output (item count, titles, links, dates)');
  let lastRss: Awaited<ReturnType<typeof runRssParserSuite>> | null = null;
  for (const { label, strategy } of STRATEGIES) {
    const r = await runRssParserSuite(strategy);
    printSummary(label, r.result);
    const f = r.fields;
    console.log(`  ${''.padEnd(24)} fields: titles ${f.title.matched}/${f.title.compared}, links ${f.link.matched}/${f.link.compared}, dates ${f.date.matched}/${f.date.compared} (+${f.date.extraDates} dates rss-parser left empty)`);
    lastRss = r;
  }
  printFailures(lastRss!.result, 10);
}

main().catch((err) => {
  console.error(`feeds-eval failed: ${(err as Error).message}`);
  process.exit(1);
});
