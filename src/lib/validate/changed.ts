/**
 * The files a pull request touches: those added, copied, modified or renamed on this branch since it
 * left the base branch (git diff base...HEAD), plus uncommitted and untracked ones, so that a
 * volunteer can run the same check before committing.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A problem with the comparison itself (no git, unknown base), said so that it can be fixed. */
export class ChangedFilesError extends Error {}

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotepath=off', ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** NUL-separated output as a list. */
function list(output: string): string[] {
  return output.split('\0').filter(Boolean);
}

/** Absolute paths of the files changed against `base` (a branch, tag or commit). */
export async function changedFiles(base: string, cwd: string = process.cwd()): Promise<string[]> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch {
    throw new ChangedFilesError('Questa cartella non è un repository git (o git non è installato): il controllo dei soli file cambiati ha bisogno di git. Usa npm run validate per controllare tutto.');
  }
  try {
    await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], cwd);
  } catch {
    throw new ChangedFilesError(`Il ramo di confronto «${base}» non esiste in questo repository: scarica il ramo principale (git fetch origin) oppure indica un altro ramo, es. npm run validate:changed -- main.`);
  }
  const [branch, uncommitted, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', '--diff-filter=ACMR', `${base}...HEAD`], cwd),
    git(['diff', '--name-only', '-z', '--diff-filter=ACMR', 'HEAD'], cwd),
    git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], top),
  ]);
  return [...new Set([...list(branch), ...list(uncommitted), ...list(untracked)])].sort().map((file) => join(top, file));
}
