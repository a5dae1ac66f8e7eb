/** Locates /work/shared beside the checkout; suites need it and must say so loudly when it is missing. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function sharedDir(...parts: string[]): string {
  const dir = resolve(repoRoot, '..', 'shared', ...parts);
  if (!existsSync(dir)) {
    throw new Error(`../shared not found (${dir}): this evaluation needs the shared corpus and peer suites beside the checkout`);
  }
  return dir;
}
