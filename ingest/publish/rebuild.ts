/**
 * `watch --build`: after a run, rebuild the site when the database changed
 * since the last good build into the output folder. The build runs as a
 * child `tracker build` process: a long-lived watcher does not accumulate
 * Astro's memory, and SIGTERM can stop a build at once (the child drops its
 * staging folder; the previous site stays).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { getBuild, lastBuild } from '../store/builds.ts';
import { siteIsCurrent, siteVersion } from './publish.ts';
import { resolveOutDir } from './stage.ts';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'tracker.js');

export interface RebuildOptions {
  dbPath: string;
  outDir: string;
  siteUrl?: string;
  afterBuild?: string;
  log(line: string): void;
}

export class SiteRebuilder {
  private child: ChildProcess | null = null;
  private readonly outDir: string;

  constructor(private readonly opts: RebuildOptions) {
    this.outDir = resolveOutDir(resolve(opts.outDir));
  }

  /** Builds when needed; resolves once the build (and its after-build command) finished. Never two at once. */
  async maybeRebuild(sqlite: Database.Database): Promise<'built' | 'unchanged' | 'failed' | 'busy'> {
    if (this.child) return 'busy';
    const current = siteIsCurrent(sqlite, this.outDir, siteVersion(sqlite, this.opts.siteUrl));
    if (current !== null) {
      this.opts.log(`site unchanged: no build (${this.outDir} is build #${current})`);
      return 'unchanged';
    }
    const before = lastBuild(sqlite)?.id ?? 0;
    const args = [BIN, 'build', '--db', this.opts.dbPath, '--out', this.outDir];
    if (this.opts.siteUrl) args.push('--site-url', this.opts.siteUrl);
    if (this.opts.afterBuild) args.push('--after-build', this.opts.afterBuild);
    this.opts.log(`site changed: building into ${this.outDir}`);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => this.opts.log(`  build: ${line}`));
    }
    const code = await new Promise<number | null>((done) => {
      child.on('error', (err) => { this.opts.log(`build could not start: ${err.message}`); done(null); });
      child.on('close', (c) => done(c));
    });
    this.child = null;
    const row = lastBuild(sqlite, { outDir: this.outDir });
    const build = row && row.id > before ? getBuild(sqlite, row.id) : undefined;
    if (build?.status === 'ok') {
      const after = build.after_build_status === null ? '' : `; after-build exited ${build.after_build_status}`;
      this.opts.log(`site rebuilt: build #${build.id}, ${build.pages} pages in ${((build.duration_ms ?? 0) / 1000).toFixed(1)} s${after}`);
      return 'built';
    }
    const why = build?.error ?? `the build process exited ${code}`;
    this.opts.log(`build failed${build ? ` (#${build.id} ${build.status})` : ''}: ${why}; the previous site stays in ${this.outDir}`);
    return 'failed';
  }

  /** SIGTERM to a build in progress; it removes its staging folder and leaves the previous site. */
  stop(): void {
    this.child?.kill('SIGTERM');
  }
}
