/**
 * The site's search index (Pagefind), built from the database rather than
 * from the built pages: articles, events and entity pages go in as custom
 * records. Nothing here waits for Astro, so the build runs it while the pages
 * render: Pagefind indexes and writes in its own process, which on a machine
 * with a second core costs the build almost no wall time.
 */
import { articleSearchRecords, entitySearchRecords, eventSearchRecords } from '../../db/queries.ts';
import { articleHref } from '../../site/lib/format.ts';
import { stopOnAbandon } from './stage.ts';

/** Records sent before waiting for Pagefind's answers: it answers over a pipe, and 50,000 queued promises would only cost memory. */
const IN_FLIGHT = 500;

/** Indexes every article, event and entity page of the database at `dbPath` and writes the index files into `outputPath`. */
export async function writeSearchIndex(dbPath: string, outputPath: string): Promise<void> {
  const pagefind = await import('pagefind');
  // A build stopped by a signal must not leave Pagefind writing into the staging folder it removes.
  // close() kills Pagefind's process synchronously (the promise only reports it).
  const unregister = stopOnAbandon(() => void pagefind.close());
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pending: Promise<unknown>[] = [];
    const add = async (what: string, record: Parameters<typeof index.addCustomRecord>[0]) => {
      pending.push(index.addCustomRecord(record).then((r) => { if (r.errors.length) throw new Error(`Pagefind rejected ${what}: ${r.errors.join('; ')}`); }));
      if (pending.length >= IN_FLIGHT) await Promise.all(pending.splice(0));
    };
    for (const e of entitySearchRecords(dbPath)) {
      await add(`entity ${e.slug}`, {
        url: `/entities/${e.slug}/`, language: 'en', content: e.text, meta: { title: e.name }, filters: { kind: ['entity'] },
      });
    }
    for (const a of articleSearchRecords(dbPath)) {
      await add(`article ${a.id}`, {
        url: articleHref(a.id), language: 'en', content: a.text,
        meta: { title: a.title, outlet: a.outlet ?? '', date: a.publishedAt.slice(0, 10) }, filters: { kind: ['article'] },
      });
    }
    for (const e of eventSearchRecords(dbPath)) {
      await add(`event ${e.slug}`, {
        url: `/events/${e.slug}/`, language: 'en', content: e.text,
        meta: { title: e.summary, date: e.date }, filters: { kind: ['event'], type: [e.type.replace(/_/g, ' ')] },
      });
    }
    await Promise.all(pending);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    unregister();
    await pagefind.close();
  }
}
