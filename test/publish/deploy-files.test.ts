/**
 * The unattended set-ups shipped in deploy/ (issue 11, item 4): the CI
 * workflow is valid YAML on a valid schedule and runs only commands and flags
 * the CLI has, named the same way in the README; the systemd units pass
 * `systemd-analyze verify` (Debian's systemd) and carry the keys they need;
 * the crontab line is a valid schedule.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import cron from 'node-cron';
import { REPO_ROOT, runCli } from '../support/cli.ts';

const read = (p: string) => readFileSync(join(REPO_ROOT, p), 'utf8');
const README = read('README.md');
const WORKFLOW = 'deploy/github-actions/tracker.yml';

/** `npx tracker <verb> --flag ...` and `node bin/tracker.js <verb> ...` invocations in a script. */
function trackerCommands(script: string): { verb: string; flags: string[]; text: string }[] {
  const found: { verb: string; flags: string[]; text: string }[] = [];
  for (const m of script.matchAll(/(?:npx tracker|node bin\/tracker\.js) ([a-z]+)([^;\n|}>]*)/g)) {
    found.push({ verb: m[1], flags: [...m[2].matchAll(/--([a-z-]+)/g)].map((f) => f[1]), text: m[0].trim() });
  }
  return found;
}

async function usage(): Promise<string> {
  const r = await runCli(['--help']);
  expect(r.code).toBe(0);
  return r.stdout;
}

function expectKnownToCli(commands: ReturnType<typeof trackerCommands>, help: string) {
  expect(commands.length).toBeGreaterThan(0);
  for (const c of commands) {
    expect(help, c.text).toMatch(new RegExp(`^  ${c.verb}\\b`, 'm'));
    for (const flag of c.flags) expect(help, `${c.text}: --${flag}`).toContain(`--${flag}`);
  }
}

describe('the scheduled CI workflow', () => {
  const doc = parse(read(WORKFLOW));
  const steps: { run?: string; uses?: string; if?: string }[] = doc.jobs.update.steps;
  const scripts = steps.map((s) => s.run ?? '').join('\n');

  it('is valid YAML with a valid schedule, one run at a time, and a Pages deployment', () => {
    expect(doc.on.schedule[0].cron.split(' ')).toHaveLength(5);
    expect(cron.validate(doc.on.schedule[0].cron)).toBe(true);
    expect(doc.on).toHaveProperty('workflow_dispatch');
    expect(doc.concurrency['cancel-in-progress']).toBe(false);
    expect(doc.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const uses = steps.map((s) => s.uses ?? '');
    expect(uses).toContain('actions/cache/restore@v4');
    expect(uses).toContain('actions/cache/save@v4');
    expect(uses).toContain('actions/upload-pages-artifact@v3');
    expect(doc.jobs.deploy.steps[0].uses).toBe('actions/deploy-pages@v4');
    // the database is restored before the ingest and saved after it
    const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
    expect(at((s) => s.uses === 'actions/cache/restore@v4')).toBeLessThan(at((s) => /tracker ingest/.test(s.run ?? '')));
    expect(at((s) => /tracker ingest/.test(s.run ?? ''))).toBeLessThan(at((s) => s.uses === 'actions/cache/save@v4'));
  });

  it('runs ingest and build with flags the CLI has, and the README names the same commands', async () => {
    const commands = trackerCommands(scripts);
    expect(commands.map((c) => c.verb)).toEqual(expect.arrayContaining(['ingest', 'build', 'stats']));
    expectKnownToCli(commands, await usage());
    expect(README).toContain(WORKFLOW);
    expect(README).toContain('npx tracker ingest --json');
    expect(README).toContain('npx tracker build --out dist --site-url');
    // the site's links start at the domain root: a /<repo>/ Pages URL stops the job with the reason
    expect(scripts).toContain('https://*/*)');
    expect(README).toContain('cannot live under `/<repo>/`');
    // exit code 3 (partial) still publishes, as the README's table says
    expect(scripts).toMatch(/-ne 3/);
    expect(README).toMatch(/\| 3 \| partial/);
  });
});

describe('the systemd units and the crontab line', () => {
  const units = ['tracker.service', 'tracker.timer', 'tracker-watch.service'];

  it('carry the keys they need', () => {
    const service = read('deploy/systemd/tracker.service');
    expect(service).toMatch(/^\[Service\]$/m);
    expect(service).toMatch(/^Type=oneshot$/m);
    expect(service).toMatch(/^WorkingDirectory=\//m);
    expect(service).toMatch(/^SuccessExitStatus=3$/m);
    expect(service).toMatch(/^ExecStart=\/\S+ bin\/tracker\.js ingest$/m);
    expect(service).toMatch(/^ExecStart=\/\S+ bin\/tracker\.js build --if-changed --out \//m);
    const timer = read('deploy/systemd/tracker.timer');
    expect(timer).toMatch(/^\[Timer\]$/m);
    expect(timer).toMatch(/^OnCalendar=\S+/m);
    expect(timer).toMatch(/^Persistent=true$/m);
    expect(timer).toMatch(/^WantedBy=timers\.target$/m);
    const watch = read('deploy/systemd/tracker-watch.service');
    expect(watch).toMatch(/^ExecStart=\/\S+ bin\/tracker\.js watch --build --out \//m);
    expect(watch).toMatch(/^WantedBy=multi-user\.target$/m);
    for (const u of units) expect(README).toContain(`deploy/systemd/${u}`);
  });

  it('run only commands and flags the CLI has', async () => {
    const help = await usage();
    for (const u of ['tracker.service', 'tracker-watch.service']) expectKnownToCli(trackerCommands(read(`deploy/systemd/${u}`)), help);
    expectKnownToCli(trackerCommands(read('deploy/cron/tracker.crontab')), help);
  });

  it('pass systemd-analyze verify', () => {
    if (spawnSync('systemd-analyze', ['--version']).status !== 0) {
      // Without Debian's systemd the key checks above are what can be checked; say so instead of passing silently.
      console.warn('systemd-analyze not installed: the units were checked for their keys only');
      expect(read('deploy/systemd/tracker.service')).toMatch(/^ExecStart=/m);
      return;
    }
    // Point the units at this checkout and this node (verify checks that the executables exist); nothing else changes.
    const dir = mkdtempSync(join(tmpdir(), 'tracker-units-'));
    try {
      for (const u of units) {
        const text = read(`deploy/systemd/${u}`).replaceAll('/usr/bin/node', process.execPath).replaceAll('/opt/tracker', REPO_ROOT).replaceAll('/var/www/tracker', dir);
        writeFileSync(join(dir, u), text.replace(/^(User|Group)=.*\n/gm, ''));
      }
      const r = spawnSync('systemd-analyze', ['verify', ...units.map((u) => join(dir, u))], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // the real files, untouched, parse with no unknown keys either
      const raw = spawnSync('systemd-analyze', ['verify', ...units.map((u) => join(REPO_ROOT, 'deploy/systemd', u))], { encoding: 'utf8' });
      expect(raw.stderr).not.toMatch(/Unknown key|Failed to parse|bad unit file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a crontab line on a valid schedule', () => {
    const line = read('deploy/cron/tracker.crontab').split('\n').find((l) => /^[*0-9]/.test(l))!;
    const schedule = line.split(/\s+/).slice(0, 5).join(' ');
    expect(cron.validate(schedule)).toBe(true);
    expect(README).toContain(line);
  });
});
