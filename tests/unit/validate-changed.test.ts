/**
 * The validator's pull-request mode: only changed files are reported, and a new entry that looks like
 * an existing one (similar name, same comune or within 1 km) gets a warning. The CLI runs in a real
 * temporary git repository with a branch, as on a pull request.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameWords, nearDuplicateProblems, similarNames } from '../../src/lib/validate/similar.ts';
import type { Entry } from '../../src/lib/validate/types.ts';

const run = promisify(execFile);
const script = resolve('scripts/validate.ts');
const ORIGINAL = 'content/resources/lombardia/gruppo-di-cammino-parco-nord-bresso.md';
const NEW = 'content/resources/lombardia/camminata-parco-nord.md';

describe('similar names', () => {
  it.each([
    ['Gruppo di cammino del Parco Nord a Bresso', 'Gruppo cammino Parco Nord Bresso'],
    ['Gruppi di cammino Rozzano', 'Gruppo di cammino di Rozzano'],
    ['Coro Le Nuvole', 'Coro delle nuvole'],
    ['Alzheimer Café', 'Alzheimer Cafè Rho'],
    ['Palestra della memoria', 'Palestre della memoria'],
  ])('«%s» and «%s» look alike', (a, b) => expect(similarNames(a, b)).toBe(true));

  it.each([
    ['Gruppo di cammino Parco Nord', 'Gruppo di cammino Parco Sud'],
    ['Gruppo di cammino', 'Gruppo di cammino del Parco Nord a Bresso'],
    ['Coro Le Nuvole', 'Orti comunali'],
    ['Alzheimer Café', 'Sportello debiti'],
  ])('«%s» and «%s» do not', (a, b) => expect(similarNames(a, b)).toBe(false));

  it('ignores little words', () => {
    expect(nameWords('Il Gruppo di cammino del Parco')).toEqual(['gruppo', 'cammino', 'parco']);
  });
});

describe('nearDuplicateProblems', () => {
  const entry = (id: string, name: string, comune: string, lat: number, lon: number): Entry => ({
    kind: 'resource',
    id,
    file: `content/resources/lombardia/${id}.md`,
    folder: 'lombardia',
    data: { name, locations: [{ comune, province: 'MI', lat, lon }] },
    yaml: `name: ${name}\n`,
    yamlLine: 2,
    body: '',
    bodyLine: 1,
  });
  const existing = entry('gruppo-cammino-bresso', 'Gruppo di cammino del Parco Nord', 'Bresso', 45.5401, 9.1951);
  const far = entry('gruppo-cammino-rho', 'Gruppo di cammino del Parco Nord', 'Rho', 45.53, 9.04);

  it('warns for a similar name in the same comune, naming the other file', () => {
    const added = entry('cammino-parco-nord', 'Gruppo cammino Parco Nord', 'Bresso', 45.6, 9.3);
    const [problem, ...rest] = nearDuplicateProblems([added], [existing, added]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: added.file, field: 'name', line: 2, severity: 'warning', rule: 'likely-duplicate' });
    expect(problem.message).toContain(`${existing.file} («Gruppo di cammino del Parco Nord», nome simile nello stesso comune)`);
  });

  it('warns for a similar name within 1 km in another comune, with the distance', () => {
    const added = entry('cammino-parco-nord', 'Gruppo di cammino Parco Nord', 'Cinisello Balsamo', 45.5445, 9.1951);
    expect(nearDuplicateProblems([added], [existing, far, added])[0].message).toMatch(/nome simile a 489 m di distanza/);
  });

  it('says nothing for a similar name far away, for a different name nearby, or for files already flagged', () => {
    const farAway = entry('cammino-parco-nord', 'Gruppo di cammino Parco Nord', 'Cinisello Balsamo', 45.56, 9.22);
    expect(nearDuplicateProblems([farAway], [existing, farAway])).toEqual([]);
    const other = entry('coro-bresso', 'Coro delle voci', 'Bresso', 45.5401, 9.1951);
    expect(nearDuplicateProblems([other], [existing, other])).toEqual([]);
    const same = entry('cammino-parco-nord', 'Gruppo cammino Parco Nord', 'Bresso', 45.54, 9.19);
    expect(nearDuplicateProblems([same], [existing, same], new Set([same.file]))).toEqual([]);
  });
});

describe('npm run validate:changed on a branch', () => {
  let repo: string;
  const env = {
    ...process.env,
    GITHUB_ACTIONS: '',
    SEGNAVIA_CONTENT_DIR: '',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const git = (...args: string[]) => run('git', args, { cwd: repo, env });
  /** Runs the CLI in the repository; resolves with its exit code and output whatever the code. */
  const cli = (args: string[], extra: Record<string, string> = {}) =>
    run(process.execPath, [script, ...args], { cwd: repo, env: { ...env, ...extra } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'segnavia-changed-'));
    cpSync('tests/fixtures/content-valid', join(repo, 'content'), { recursive: true });
    await git('init', '-q', '-b', 'main');
    await git('add', '.');
    await git('commit', '-q', '-m', 'Contenuti di partenza');
    await git('checkout', '-q', '-b', 'proposta');
    // A volunteer adds the same walking group again, under another name, 300 m away.
    const original = readFileSync(join(repo, ORIGINAL), 'utf8');
    writeFileSync(
      join(repo, NEW),
      original
        .replace('name: Gruppo di cammino del Parco Nord a Bresso', 'name: Gruppo cammino Parco Nord')
        .replace('comune: Bresso', 'comune: Cusano Milanino')
        .replace('lat: 45.5401', 'lat: 45.5428'),
    );
    await git('add', '.');
    await git('commit', '-q', '-m', 'Nuova scheda');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('prints the likely-duplicate warning for the new entry only, and passes', async () => {
    const { code, stdout } = await cli(['--changed', 'main', 'content']);
    expect(code).toBe(0);
    expect(stdout).toContain('Controllo dei file cambiati rispetto a main');
    expect(stdout).toContain(`${NEW}:2: name: avviso: Forse questa attività è già nell’elenco: ${ORIGINAL} («Gruppo di cammino del Parco Nord a Bresso», nome simile a 300 m di distanza)`);
    const reported = new Set([...stdout.matchAll(/^(content\/\S+?)(?::\d+)?: /gm)].map((m) => m[1]));
    expect([...reported]).toEqual([NEW]);
    expect(stdout).toContain('1 scheda controllata (1 risorsa, 0 organizzazioni): 0 errori, 1 avviso');
  });

  it('prints it as a GitHub annotation on the changed line in Actions', async () => {
    const { stdout } = await cli(['--changed', 'main', 'content'], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain(`::warning file=${NEW},line=2,title=Possibile doppione (name)::name: Forse questa attività`);
  });

  it('also checks uncommitted and untracked files, and fails on their errors', async () => {
    const online = join(repo, 'content/resources/online/telefonata-amica-anziani.md');
    const before = readFileSync(online, 'utf8');
    writeFileSync(online, before.replace(/phone: .*/, 'phone: "333 12"'));
    writeFileSync(join(repo, 'content/resources/lazio/appunti.txt'), 'da fare');
    try {
      const { code, stdout } = await cli(['--changed', 'main', 'content']);
      expect(code).toBe(1);
      expect(stdout).toMatch(/content\/resources\/online\/telefonata-amica-anziani\.md:\d+: contacts › phone: errore: Numero di telefono non valido/);
      expect(stdout).toContain('content/resources/lazio/appunti.txt: avviso: File ignorato dal sito');
    } finally {
      writeFileSync(online, before);
      unlinkSync(join(repo, 'content/resources/lazio/appunti.txt'));
    }
  });

  it('fails when the change breaks a file it did not touch, and says where to look', async () => {
    unlinkSync(join(repo, 'content/organizations/passi-insieme-bresso.yaml'));
    try {
      const { code, stdout } = await cli(['--changed', 'main', 'content']);
      expect(code).toBe(1);
      // The new entry uses the deleted organisation too: that error is on a changed file, so it is listed.
      expect(stdout).toMatch(new RegExp(`${NEW}:\\d+: organization: errore: L’organizzazione «passi-insieme-bresso» non esiste`));
      expect(stdout).toContain('C’è anche un errore in un file non cambiato, causato da questa modifica');
    } finally {
      await git('checkout', '-q', '--', 'content/organizations/passi-insieme-bresso.yaml');
    }
  });

  it('explains an unknown base branch', async () => {
    const { code, stdout } = await cli(['--changed', 'origin/main', 'content']);
    expect(code).toBe(2);
    expect(stdout).toContain('Il ramo di confronto «origin/main» non esiste');
  });
});
