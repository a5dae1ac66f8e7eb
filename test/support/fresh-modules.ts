/**
 * Setup file of the "unit" project, whose files share worker threads instead of each starting a process: before
 * each file the project's own modules are dropped, so every file evaluates them afresh (module state such as the
 * places gazetteer's lazily refined parents never carries over from another file), and the environment variables
 * a file sets are put back after it. What stays loaded between files is node_modules (wink, zod, better-sqlite3...),
 * which is where most of a file's start-up time went.
 */
import { afterAll, vi } from 'vitest';

vi.resetModules();
const savedEnv = { ...process.env };
const savedCwd = process.cwd();

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  if (process.cwd() !== savedCwd) throw new Error(`a test file left the working directory at ${process.cwd()}`);
});
