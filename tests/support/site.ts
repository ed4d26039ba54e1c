/** Builds a content folder into its own output folder with the real `astro build`, for tests. */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Content folder shaped like content/ (resources/, organizations/). */
  contentDir: string;
  /** A name for the output, under tests/.output/. */
  name: string;
  /** Extra environment, e.g. to skip validation when testing the renderer's own defences. */
  env?: Record<string, string>;
}

/** Runs the build (`npm run build`: Astro, then the search index) for a content folder; resolves to the output folder. */
export async function buildSite({ contentDir, name, env = {} }: BuildOptions): Promise<string> {
  const base = join(repoRoot, 'tests/.output', name);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const outDir = join(base, 'dist');
  await run('npm', ['run', '--silent', 'build'], {
    cwd: repoRoot,
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production', SEGNAVIA_CONTENT_DIR: contentDir, SEGNAVIA_OUT_DIR: outDir, SEGNAVIA_CACHE_DIR: join(base, 'cache'), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return outDir;
}
