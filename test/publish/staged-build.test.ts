/**
 * Builds are staged and swapped in place (issue 10, item 6): a build killed
 * at any moment, into a folder inside the checkout as `npm start` does,
 * leaves the previous complete site, and what a killed build left behind is
 * swept by the next one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { resolveOutDir, sweepLeftovers, swapInto } from '../../ingest/publish/stage.ts';
import { STAGING_ROOT } from '../../ingest/publish/build.ts';
import { REPO_ROOT, runCli, startCli, tempDir } from '../support/cli.ts';
import { exited, waitFor } from '../support/wait.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => { tmp = tempDir('tracker-stage-'); });
afterAll(() => tmp.cleanup());

/** The pid of a process that has exited: its folders are a dead build's. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}
const write = (p: string, text: string) => { mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, text); };

describe('swapping a staged site into place', () => {
  it('replaces the previous site whole and leaves nothing beside it', () => {
    const out = join(tmp.dir, 'swap', 'site');
    write(join(out, 'index.html'), 'old');
    write(join(out, 'stale.html'), 'from the old build');
    const staged = join(tmp.dir, 'swap-staging', 'site');
    write(join(staged, 'index.html'), 'new');
    swapInto(staged, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(existsSync(staged)).toBe(false);
    expect(readdirSync(join(tmp.dir, 'swap'))).toEqual(['site']);
  });

  it('copies a site built on another filesystem next to the output folder first, then swaps', () => {
    // /dev/shm is a tmpfs on Linux: another device than the temp folder
    const shm = mkdtempSync(join('/dev/shm', 'tracker-stage-'));
    try {
      const staged = join(shm, 'site');
      write(join(staged, 'index.html'), 'new');
      write(join(staged, 'pagefind', 'pagefind.js'), '// index');
      const out = join(tmp.dir, 'xdev', 'site');
      write(join(out, 'index.html'), 'old');
      expect(statSync(shm).dev).not.toBe(statSync(tmp.dir).dev);
      swapInto(staged, out);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
      expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(readdirSync(join(tmp.dir, 'xdev'))).toEqual(['site']);
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });

  it('swaps a symlinked output folder at its target and keeps the link', () => {
    const target = join(tmp.dir, 'link', 'real-site');
    write(join(target, 'index.html'), 'old');
    const link = join(tmp.dir, 'link', 'public');
    symlinkSync(target, link);
    const staged = join(tmp.dir, 'link-staging', 'site');
    write(join(staged, 'index.html'), 'new');
    // resolveOutDir is what buildSite applies before swapping
    swapInto(staged, resolveOutDir(link));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('new');
  });

  it('sweeps what dead builds left and puts back a site a crash left half-swapped', () => {
    const root = join(tmp.dir, 'sweep', '.tmp');
    const dead = deadPid();
    mkdirSync(join(root, `site-build-${dead}-0a1b2c3d`, 'site'), { recursive: true });
    mkdirSync(join(root, `site-build-${process.pid}-0a1b2c3d`), { recursive: true });
    const out = join(tmp.dir, 'sweep', 'dist');
    // died between the two renames of a swap: the previous site sits in the .old sibling
    write(join(tmp.dir, 'sweep', `.dist.old-${dead}-0a1b2c3d`, 'index.html'), 'previous');
    write(join(tmp.dir, 'sweep', `.dist.new-${dead}-1a1b2c3d`, 'index.html'), 'half-copied');
    // the Astro cache folders earlier versions left in the system temp folder, once they are a day old
    const astroCache = join(tmpdir(), `tracker-astro-${randomBytes(6).toString('hex')}`);
    mkdirSync(astroCache);
    const daysAgo = new Date(Date.now() - 2 * 86400_000);
    utimesSync(astroCache, daysAgo, daysAgo);
    const swept = sweepLeftovers(root, out);
    expect(swept).toEqual(expect.arrayContaining([astroCache, join(root, `site-build-${dead}-0a1b2c3d`)]));
    expect(existsSync(astroCache)).toBe(false);
    expect(readdirSync(root)).toEqual([`site-build-${process.pid}-0a1b2c3d`]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(join(tmp.dir, 'sweep')).sort()).toEqual(['.tmp', 'dist']);
  });
});

describe('a build killed inside the checkout (npm start builds into dist/ there)', () => {
  const area = join(REPO_ROOT, 'test-artifacts', `staged-${process.pid}`);
  const out = join(area, 'dist');
  const dbPath = join(area, 'tracker.db');
  afterAll(() => rmSync(area, { recursive: true, force: true }));

  it('keeps the previous complete site through kill -9 and SIGTERM, and the next build sweeps the leftovers', async () => {
    const first = await runCli(['build', '--out', out, '--db', dbPath]);
    expect(first.code, first.stderr).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const complete = () => {
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);
      for (const page of ['timeline/index.html', 'events.xml', 'pagefind/pagefind.js', 'data/tracker.db']) expect(existsSync(join(out, page)), page).toBe(true);
    };

    // kill -9 mid-build: no handler runs, so its staging folder stays behind, but the site is untouched
    const killed = startCli(['build', '--out', out, '--db', dbPath]);
    await waitFor(() => killed.output().stdout.includes('Building pages from'), 'the build to start', 120_000);
    killed.kill('SIGKILL');
    await exited(killed);
    complete();
    const leftovers = () => (existsSync(STAGING_ROOT) ? readdirSync(STAGING_ROOT).filter((n) => n.startsWith(`site-build-${killed.pid}-`)) : []);
    expect(leftovers()).toHaveLength(1);

    // SIGTERM mid-build: the build drops its own staging folder and says the site is kept
    const stopped = startCli(['build', '--out', out, '--db', dbPath]);
    await waitFor(() => stopped.output().stdout.includes('Building pages from'), 'the build to start', 120_000);
    // the new build swept the dead one's folder before starting
    expect(leftovers()).toEqual([]);
    stopped.kill('SIGTERM');
    expect(await exited(stopped)).toBe(143);
    expect(stopped.output().stderr).toMatch(/stopped by SIGTERM; .* keeps the previous site/);
    complete();
    expect(readdirSync(STAGING_ROOT).filter((n) => n.startsWith(`site-build-${stopped.pid}-`))).toEqual([]);
    expect(readdirSync(area).filter((n) => n.startsWith('.dist.'))).toEqual([]);

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT status FROM builds ORDER BY id').pluck().all()).toEqual(['ok', 'interrupted', 'interrupted']);
      expect(db.prepare('SELECT count(*) FROM locks').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  }, 600_000);
});
