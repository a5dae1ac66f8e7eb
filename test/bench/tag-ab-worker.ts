/**
 * One side of `npm run bench:tag:ab`: loads the tagger of the checkout at
 * argv[2] and, on each message from the parent, tags one slice of the bench
 * articles and answers with the CPU time it took (process.cpuUsage, so the
 * figure ignores time spent waiting for a core) and a hash of the output.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchArticles } from '../support/varied-articles.ts';

const root = resolve(process.argv[2]!);
const count = Number(process.argv[3]);
const { createTagger } = (await import(pathToFileURL(join(root, 'ingest/tag/index.ts')).href)) as typeof import('../../ingest/tag/index.ts');
const articles = benchArticles(count);
const tagger = createTagger();

process.on('message', (msg: { from: number; to: number } | 'done') => {
  if (msg === 'done') {
    process.send!({ rssMb: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
    return;
  }
  const out: unknown[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = msg.from; i < msg.to; i++) out.push(tagger.tag(articles[i]!));
  const used = process.cpuUsage(cpu0);
  // Hashed after the clock stops: the hash is a check, not part of the work measured.
  const h = createHash('sha256');
  for (const x of out) h.update(JSON.stringify(x) + '\n');
  process.send!({ cpuSeconds: (used.user + used.system) / 1e6, hash: h.digest('hex') });
});
process.send!('ready');
