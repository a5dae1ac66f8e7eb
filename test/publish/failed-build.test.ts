/**
 * A build that fails keeps the previous site and says so where a person or
 * a scheduler looks: the build's exit code and message, `watch`'s log,
 * `sources list` and `stats --json` (issue 11, item 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { runCli, startCli, tempDir } from '../support/cli.ts';
import { exited, waitFor } from '../support/wait.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => { tmp = tempDir('tracker-failed-build-'); });
afterAll(() => tmp.cleanup());

describe('a failed build', () => {
  it('keeps the previous site and is reported by build, watch, sources list and stats', async () => {
    const dbPath = join(tmp.dir, 'tracker.db');
    const out = join(tmp.dir, 'site');
    // built, but the --after-build command failed: exit 3 (partial), its status stored
    const good = await runCli(['build', '--out', out, '--db', dbPath, '--site-url', 'https://tracker.example.org/', '--after-build', 'exit 5']);
    expect(good.code, good.stderr).toBe(3);
    expect(good.stdout).toMatch(/after-build: exited 5/);
    expect(good.stderr).toMatch(/the site was built, but the --after-build command exited 5/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');

    // Never two builds into one folder: while another live process holds the folder's build lock, build refuses.
    const held = new Database(dbPath);
    held.prepare('INSERT INTO locks (name, pid, host, acquired_at) VALUES (?, ?, ?, ?)').run(`build:${out}`, process.pid, hostname(), new Date().toISOString());
    held.close();
    const busy = await runCli(['build', '--out', out, '--db', dbPath]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(new RegExp(`another build \\(pid ${process.pid} on .*\\) is writing ${out}`));
    const free = new Database(dbPath);
    free.prepare('DELETE FROM locks').run();
    free.close();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);

    // A site URL that is not absolute makes the build fail (a new site URL also means the site must be rebuilt).
    const bad = await runCli(['build', '--out', out, '--db', dbPath, '--site-url', 'tracker.example.org']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not an absolute URL.*keeps the previous site \(build #2 failed\)/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);

    // watch logs the failure and goes on watching
    const watch = startCli(['watch', '--cron', '* * * * * *', '--build', '--out', out, '--site-url', 'tracker.example.org', '--db', dbPath]);
    await waitFor(() => (watch.output().stdout.match(/build failed \(#\d+ failed\): .*not an absolute URL.*the previous site stays/g) ?? []).length >= 2, 'two failed builds in the log', 180_000);
    watch.kill('SIGTERM');
    expect(await exited(watch)).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);

    const list = await runCli(['sources', 'list', '--db', dbPath]);
    expect(list.stdout).toMatch(/last build: #\d+ FAILED .*not an absolute URL.*; the site there is still build #1 of /);
    const stats = JSON.parse((await runCli(['stats', '--json', '--db', dbPath])).stdout);
    expect(stats.lastBuild).toMatchObject({ status: 'failed', error: expect.stringMatching(/not an absolute URL/) });
    expect(stats.lastGoodBuild).toMatchObject({ id: 1, status: 'ok', outDir: out, afterBuildStatus: 5 });
  }, 400_000);
});
