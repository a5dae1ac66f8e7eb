/**
 * `npm run bench:tag [-- --articles N]`: generates N (default 5,000)
 * realistic ~600-word articles from sentence banks (entities, amounts,
 * quantities, event cues, boilerplate), tags them on one core and prints
 * articles/s, MB/s and peak RSS. Target: >= 300 articles/s (issue 7; the goal is 500). It also prints
 * articles per CPU-second, the steadier figure when other work shares the
 * machine (wall-clock figures drop with the load average).
 */
import { createTagger } from '../../ingest/tag/index.ts';
import { findEntities } from '../../ingest/tag/entities.ts';
import { cleanBody } from '../../ingest/tag/clean.ts';
import { loadavg } from 'node:os';
import { benchArticles } from '../support/varied-articles.ts';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--articles') + 1]) > 0 && args.includes('--articles') ? Number(args[args.indexOf('--articles') + 1]) : 5000;

const articles = benchArticles(count);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0);
const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);

const tagger = createTagger();
tagger.tag(articles[0]!); // warm-up: gazetteer matcher and regex compilation
let events = 0, amounts = 0, quantities = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (const a of articles) {
  const x = tagger.tag(a);
  events += x.events.length; amounts += x.amounts.length; quantities += x.quantities.length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// CPU time of this process: the fairer figure when other work shares the cores.
const cpuUsed = process.cpuUsage(cpu0);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
const rssMb = process.resourceUsage().maxRSS / 1024;

// Where the time goes: entity finding (gazetteer + discovery) alone, on the same cleaned bodies.
const sample = articles.slice(0, Math.min(articles.length, 500));
const e0 = process.hrtime.bigint();
for (const a of sample) { findEntities(cleanBody(a.body).text, tagger.gazetteer); findEntities(a.title, tagger.gazetteer); }
const entitySecondsPerArticle = Number(process.hrtime.bigint() - e0) / 1e9 / sample.length;
const totalPerArticle = seconds / count;

console.log(`tag bench: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(words / count)} words/article (one core)`);
console.log(`  ${(count / seconds).toFixed(0)} articles/s   ${(bytes / 1e6 / seconds).toFixed(2)} MB/s   ${seconds.toFixed(1)} s`);
console.log(`  ${(count / cpuSeconds).toFixed(0)} articles per CPU-second (${cpuSeconds.toFixed(1)} s of CPU, includes garbage collection)`);
console.log(`  found ${events} events, ${amounts} amounts, ${quantities} quantities`);
console.log(`  peak RSS ${rssMb.toFixed(0)} MB`);
console.log(`  per article: ${(totalPerArticle * 1000).toFixed(2)} ms, of which entity finding ${(entitySecondsPerArticle * 1000).toFixed(2)} ms (${Math.min(100, (100 * entitySecondsPerArticle) / totalPerArticle).toFixed(0)}%)`);
console.log(`  load average during run: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (figures shrink when other work shares the cores)`);
console.log(`  target >= 300 articles/s: ${count / seconds >= 300 ? 'met' : 'NOT met'}`);
