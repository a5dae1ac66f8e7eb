/** A tracker fed only by `import` says where its articles came from, not "0 news sources". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../support/cli.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => { tmp = tempDir('site-imports-'); });
afterAll(() => tmp.cleanup());

describe('a site built from imported files only', () => {
  it('counts imported files, not news sources', async () => {
    const file = join(tmp.dir, 'note.txt');
    writeFileSync(file, 'Harrow County delays a vote on a server farm\n\nThe Harrow County board postponed its vote on the rezoning for a server farm after neighbours objected.');
    const db = join(tmp.dir, 'imports.db');
    const imported = await runCli(['import', file, '--db', db, '--published-at', '2026-05-04T10:00:00Z']);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(tmp.dir, 'site');
    const built = await runCli(['build', '--db', db, '--out', out, '--site-url', 'https://tracker.example.org']);
    expect(built.code, built.stderr).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/tracked\s+from imported files\s+\(1 article, \d+ events?\)/);
    expect(home).not.toContain('0 news sources');
  });
});
