/**
 * Issue 10, items 5 and 7: only globally routable unicast addresses are
 * fetched, and `import` reads only regular files inside the paths it was
 * given (real symlinks, real special files, the real CLI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fetchUrl, FetchError, isPrivateAddress } from '../../ingest/fetch/index.ts';
import { runCli, tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('address check', () => {
  it('refuses every special-purpose range, IPv6 forms that reach IPv4 space included', () => {
    const refused = [
      '100.64.0.1', '100.100.100.200', '198.18.0.1', '198.19.255.254', '192.0.0.1', '192.0.2.1', '224.0.0.1', '239.255.255.250',
      '240.0.0.1', '255.255.255.255', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', '::7f00:1', '::a9fe:a9fe',
      'ff02::1', '2001:db8::1', '2001::1', 'fe80::1%eth0', '::ffff:100.64.0.1',
    ];
    for (const a of refused) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('fetchUrl refuses a carrier-grade NAT address before connecting', async () => {
    const err = await fetchUrl('http://100.100.100.200/latest/meta-data/', { allowPrivate: false, retries: 0, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('private_address');
  });
});

describe('import stays inside its paths', () => {
  it('refuses symlinks out of the folder, devices, /proc files and oversized files, and imports the rest', async () => {
    const dir = join(tmp.dir, 'articles');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    const outside = join(tmp.dir, 'outside-secret.txt');
    writeFileSync(outside, 'Outside secret title\nThis file lives outside the imported folder and must not be read.');
    writeFileSync(join(dir, 'ok.txt'), 'A regular article inside the folder\nThe county approved a substation for the new campus.');
    symlinkSync(outside, join(dir, 'link-out.txt'));
    symlinkSync('/dev/zero', join(dir, 'nested', 'zero.txt'));
    writeFileSync(join(dir, 'huge.txt'), `Huge file\n${'x'.repeat(11 * 1024 * 1024)}`);
    const db = join(tmp.dir, 'import.db');
    const run = await runCli(['import', dir, '/proc/self/environ', '/dev/zero', join(dir, 'link-out.txt'), '--db', db]);
    const sqlite = new Database(db, { readonly: true });
    const titles = (sqlite.prepare('SELECT title FROM articles').all() as { title: string }[]).map((r) => r.title);
    const errors = (sqlite.prepare('SELECT source_name, error FROM run_sources WHERE status = ?').all('error') as { source_name: string; error: string }[]);
    sqlite.close();
    expect(titles).toEqual(['A regular article inside the folder']);
    const why = Object.fromEntries(errors.map((e) => [e.source_name.replace(tmp.dir, ''), e.error]));
    expect(why['/proc/self/environ']).toMatch(/system file/);
    expect(why['/dev/zero']).toMatch(/system file/);
    expect(why['/articles/link-out.txt']).toMatch(/symbolic link/);
    expect(why['/articles/huge.txt']).toMatch(/over the 10485760-byte limit/);
    expect(run.stdout + run.stderr).not.toContain('must not be read');
  }, 60_000);

  it('--follow-symlinks follows links that stay inside the given folder, still not out of it', async () => {
    const dir = join(tmp.dir, 'linked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'real.md'), '# A linked article\n\nThe utility filed plans for a new transmission line.');
    symlinkSync(join(dir, 'real.md'), join(dir, 'alias.md'));
    symlinkSync(join(tmp.dir, 'outside-secret.txt'), join(dir, 'escape.txt'));
    const db = join(tmp.dir, 'linked.db');
    const run = await runCli(['import', dir, '--follow-symlinks', '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const titles = (sqlite.prepare('SELECT title FROM articles').all() as { title: string }[]).map((r) => r.title);
    sqlite.close();
    expect(titles).toEqual(['A linked article']);
  }, 60_000);

  it('reads a page nested 20,000 deep and a feed file nested 200,000 deep like any other file', async () => {
    const dir = join(tmp.dir, 'deep');
    mkdirSync(dir, { recursive: true });
    const depth = 20_000;
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html><head><title>A deeply nested page</title></head><body><article>${'<div>'.repeat(depth)}`
      + `<p>The planning board approved the rezoning for a server campus on the river.</p>${'</div>'.repeat(depth)}</article></body></html>`);
    const feedDepth = 200_000;
    writeFileSync(join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Deep</title><item><title>A deeply nested item</title>`
      + `<link>https://example.com/deep-item</link><description>${'<b>'.repeat(feedDepth)}The utility signed a power deal.${'</b>'.repeat(feedDepth)}</description></item></channel></rss>`);
    const db = join(tmp.dir, 'deep.db');
    const run = await runCli(['import', dir, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT title, body_text FROM articles ORDER BY title').all() as { title: string; body_text: string }[];
    sqlite.close();
    expect(rows.map((r) => r.title)).toEqual(['A deeply nested item', 'A deeply nested page']);
    expect(rows[1].body_text).toContain('approved the rezoning for a server campus');
  }, 120_000);
});
