/**
 * content/README.md followed word for word on a fresh clone (issue 10): its shell commands are taken
 * from its ```sh blocks, in order, and run in a `git clone` of this repository's HEAD in a temporary
 * folder; the step between them that is prose (edit the copied entry) is done as a person would. The
 * copy validates; a deliberately broken copy makes the same command fail and name the field.
 *
 * Two things are not literal, and the test says so in its output: the clone comes from this repository
 * on disk instead of GitHub (the README's address must still be the configured repository), and the
 * install that the first `npm run validate` would do (`npm ci`, which needs the registry) is replaced by
 * a hard-linked copy of this working copy's node_modules: tests never reach the network.
 *
 * It also checks that every package the code imports is declared in package.json (`npm ls` in the
 * clone): what src/ and the scripts that build, validate and import need under "dependencies", the
 * other scripts' packages in either section.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { repoRoot } from '../support/site.ts';

const run = promisify(execFile);
const readme = readFileSync(join(repoRoot, 'content/README.md'), 'utf8');

/** The ```sh blocks of a Markdown text, in order, without the indentation of the list item they are in. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^([ \t]*)```sh[ \t]*\n([\s\S]*?)^\1```[ \t]*$/gm)].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
      .trim(),
  );
}

/** Runs one block with bash in `cwd`; resolves to its output, exit code and the folder it ended in. */
async function runBlock(block: string, cwd: string): Promise<{ code: number; output: string; cwd: string }> {
  const script = `set -euo pipefail\n${block}\necho "@@cwd $(pwd)"`;
  try {
    const { stdout, stderr } = await run('bash', ['-c', script], { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', GIT_TERMINAL_PROMPT: '0' } });
    const at = /@@cwd (.*)\n?$/.exec(stdout);
    return { code: 0, output: stdout.replace(/@@cwd .*\n?$/, '') + stderr, cwd: at ? at[1] : cwd };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, cwd };
  }
}

const blocks = shellBlocks(readme);
let temp: string;

describe('content/README.md on a fresh clone', () => {
  let clone = '';
  let copied = '';
  const log: string[] = [];

  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'segnavia-readme-'));
  });
  afterAll(() => {
    console.log(log.join('\n'));
    rmSync(temp, { recursive: true, force: true });
  });

  it('has its commands in ```sh blocks: clone, copy an entry, validate', () => {
    expect(blocks.length).toBe(3);
    expect(blocks[0]).toContain(`git clone https://github.com/${siteConfig.repository}.git`);
    expect(blocks[1]).toMatch(/^cp content\/resources\/\S+\.md content\/resources\/\S+\.md$/);
    expect(blocks[2]).toBe('npm run validate');
  });

  it('the clone step gives the project (cloned from this repository’s HEAD instead of GitHub)', async () => {
    const block = blocks[0].replace(`https://github.com/${siteConfig.repository}.git`, `${repoRoot} segnavia`);
    const result = await runBlock(block, temp);
    expect(result.code, result.output).toBe(0);
    clone = result.cwd;
    expect(clone).toBe(join(temp, 'segnavia'));
    expect(existsSync(join(clone, 'content/README.md'))).toBe(true);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    // Not literal: `npm ci` needs the registry. A hard-linked copy of this working copy's packages stands in,
    // and package-lock.json is dated before them, so that scripts/setup.sh sees an install that is up to date.
    const started = Date.now();
    execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(clone, 'node_modules')]);
    const old = new Date('2000-01-01T00:00:00Z');
    utimesSync(join(clone, 'package-lock.json'), old, old);
    log.push(`README check: clone of ${repoRoot} HEAD; npm ci skipped (no network in tests): node_modules hard-linked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('copying an entry, editing it and running npm run validate passes', async () => {
    const copy = await runBlock(blocks[1], clone);
    expect(copy.code, copy.output).toBe(0);
    copied = blocks[1].split(/\s+/)[2];
    const file = join(clone, copied);
    // Step 3, done as a person would: the new activity's name and summary replace the copied ones.
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^name: .+$/m);
    writeFileSync(
      file,
      text
        .replace(/^name: .+$/m, 'name: Gruppo di cammino del Parco Nord')
        .replace(/^summary: .+$/m, 'summary: Camminate di gruppo nel Parco Nord, guidate da volontari, per muoversi in compagnia.'),
    );
    const started = Date.now();
    const result = await runBlock(blocks[2], clone);
    log.push(`README check: npm run validate on the clone took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(result.output).not.toMatch(/Installing dependencies/);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/schede controllate \(\d+ risorse, \d+ organizzazioni\): 0 errori/);
    // Warnings may name the copy (the copied entry's sources are old); errors may not.
    expect(result.output).not.toMatch(new RegExp(`^${copied}:\\d+: .*: errore:`, 'm'));
  });

  it('a broken copy makes the same command fail, naming the file, the line and the field as the README shows', async () => {
    const file = join(clone, copied);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^category: .+$/m, 'category: movimentoo'));
    const result = await runBlock(blocks[2], clone);
    expect(result.code, result.output).toBe(1);
    const line = result.output.split('\n').find((l) => l.startsWith(`${copied}:`));
    expect(line, result.output).toMatch(new RegExp(`^${copied.replace(/[.]/g, '\\.')}:\\d+: category: errore: .*«movimentoo».*«movimento»`));
    // The README's example is the real message (up to its "…").
    const example = /^(content\/resources\/\S+\.md:\d+: category: errore: [^…\n]*)…$/m.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(line?.startsWith(example!.replace(/^\S+\.md/, copied))).toBe(true);
  });

  it('npm ls in the clone shows every package the code imports, declared in the right section of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
    const runtime = new Set<string>();
    const tooling = new Set<string>();
    for (const file of sourceFiles(join(clone, 'src'))) for (const name of importedPackages(readFileSync(file, 'utf8'))) runtime.add(name);
    // The scripts that `npm run build`, `validate`, `import` and `report` run, and what they import from scripts/.
    const entryScripts = new Set<string>();
    const commands = ['build', 'validate', 'validate:changed', 'import', 'report'].map((name) => pkg.scripts[name]).join('\n') + '\n' + readFileSync(join(clone, 'scripts/build.sh'), 'utf8');
    for (const [, path] of commands.matchAll(/node (scripts\/[\w/.-]+\.ts)/g)) entryScripts.add(join(clone, path));
    for (const file of reachable([...entryScripts], join(clone, 'scripts'))) for (const name of importedPackages(readFileSync(file, 'utf8'))) runtime.add(name);
    for (const file of sourceFiles(join(clone, 'scripts'))) for (const name of importedPackages(readFileSync(file, 'utf8'))) tooling.add(name);

    expect(runtime.size).toBeGreaterThan(5);
    expect([...runtime].filter((name) => !(name in pkg.dependencies)), 'imported by the site or its build, validate or import commands, not in "dependencies"').toEqual([]);
    expect([...tooling].filter((name) => !(name in pkg.dependencies) && !(name in pkg.devDependencies)), 'imported by scripts/, not declared').toEqual([]);

    const { stdout } = await run('npm', ['ls', '--json', '--depth=0', ...new Set([...runtime, ...tooling])], { cwd: clone, maxBuffer: 32 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`npm ls failed:\n${error.stdout}\n${error.stderr}`);
    });
    const listed = JSON.parse(stdout) as { dependencies?: Record<string, { version?: string; missing?: boolean; invalid?: string; extraneous?: boolean }>; problems?: string[] };
    expect(listed.problems ?? []).toEqual([]);
    for (const name of new Set([...runtime, ...tooling])) {
      const entry = listed.dependencies?.[name];
      expect(entry?.version, `npm ls ${name}`).toBeDefined();
      expect(entry?.missing || entry?.invalid || entry?.extraneous, `npm ls ${name}`).toBeFalsy();
    }
    log.push(`README check: npm ls lists all ${runtime.size + [...tooling].filter((n) => !runtime.has(n)).length} imported packages (${[...runtime].sort().join(', ')} as dependencies)`);
  });
});

/** Source files under a folder (TypeScript, JavaScript, Astro). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?[jt]sx?|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The files reachable from `entries` by relative imports that stay inside `dir`. */
function reachable(entries: string[], dir: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file) || relative(dir, file).startsWith('..')) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

/**
 * The npm packages a source file imports at run time: `import … from 'x'`, `import 'x'`, `import('x')`,
 * `export … from 'x'`; not `import type` (erased), Node's built-ins, Astro's virtual modules or relative paths.
 */
export function importedPackages(source: string): string[] {
  const names = new Set<string>();
  const patterns = [/^\s*(?:import|export)\s+(?!type\s)(?:[\w*${},\s]+?\s+from\s*)?['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) {
    for (const [, spec] of source.matchAll(pattern)) {
      if (/^(\.|\/|node:|astro:|virtual:)/.test(spec) || !/^[@a-z]/.test(spec)) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return [...names];
}
