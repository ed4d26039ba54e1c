import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDirectory, type Problem, type Report } from '../../src/lib/validate/index.ts';

const run = promisify(execFile);
const BROKEN = 'tests/fixtures/content-broken';
const VALID = 'tests/fixtures/content-valid';
const TODAY = '2026-11-24';

/** Runs the CLI and returns its exit code and output, whatever the code. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const options = { env: { ...process.env, GITHUB_ACTIONS: '', SEGNAVIA_CONTENT_DIR: '', ...env } };
  return run(process.execPath, ['scripts/validate.ts', ...args], options).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('validateDirectory on the broken fixtures', () => {
  let report: Report;
  const at = (name: string): Problem[] => report.problems.filter((p) => p.file.endsWith(`/${name}`));
  beforeAll(async () => {
    report = await validateDirectory(BROKEN, { today: TODAY });
  });

  // Each broken file, the field (or undefined for the whole file), severity and check that must name it.
  it.each([
    ['organizations/organizzazione-yaml-rotto.yaml', undefined, 'error', 'yaml', 6],
    ['organizations/organizzazione-email-errata.yaml', 'contacts.email', 'error', 'schema', 5],
    ['lombardia/yaml-rotto.md', undefined, 'error', 'yaml', 3],
    ['lombardia/campo-sconosciuto.md', 'statos', 'error', 'schema', 29],
    ['lombardia/campo-mancante.md', 'summary', 'error', 'schema', undefined],
    ['lombardia/telefono-errato.md', 'contacts.phone', 'error', 'schema', 25],
    ['lombardia/email-errata.md', 'contacts.email', 'error', 'schema', 26],
    ['lombardia/url-javascript.md', 'contacts.website', 'error', 'schema', 27],
    ['lombardia/link-javascript.md', 'descrizione', 'error', 'link', 37],
    ['lombardia/script-nel-testo.md', 'descrizione', 'error', 'html', 39],
    ['lombardia/img-onerror.md', 'descrizione', 'error', 'html', 37],
    ['lombardia/commento-html.md', 'descrizione', 'error', 'html', 39],
    ['lombardia/doppio-id.md', undefined, 'error', 'duplicate-id', undefined],
    ['lazio/doppio-id.md', undefined, 'error', 'duplicate-id', undefined],
    ['lombardia/doppione-a.md', 'name', 'warning', 'likely-duplicate', undefined],
    ['lombardia/doppione-b.md', 'name', 'warning', 'likely-duplicate', undefined],
    ['lombardia/organizzazione-mancante.md', 'organization', 'error', 'organization', 7],
    ['piemonte/comune-altra-provincia.md', 'locations.0.province', 'error', 'comune', 11],
    ['lombardia/comune-inesistente.md', 'locations.0.comune', 'error', 'comune', 10],
    ['lombardia/fuori-italia.md', 'locations.0.lat', 'error', 'coordinates', 12],
    ['lombardia/lat-lon-scambiate.md', 'locations.0.lat', 'error', 'coordinates', 12],
    ['lombardia/lontano-dal-comune.md', 'locations.0.lat', 'error', 'coordinates', 12],
    ['lombardia/data-futura.md', 'verified.date', 'error', 'verified', 30],
    ['lombardia/data-vecchia.md', 'verified.date', 'warning', 'verified', 30],
    ['lombardia/online-cartella-sbagliata.md', undefined, 'warning', 'folder', undefined],
    ['lombardia/regione-sbagliata.md', undefined, 'warning', 'folder', undefined],
    ['lombardia/Nome_Non_Valido.md', undefined, 'error', 'id', undefined],
    ['lombardia/appunti.txt', undefined, 'warning', 'stray-file', undefined],
  ])('names %s (%s) as %s by the %s check, at line %s', (name, field, severity, rule, line) => {
    expect(at(name).map((p) => [p.field, p.severity, p.rule, p.line])).toEqual([[field, severity, rule, line]]);
  });

  it('says what is wrong in plain Italian', () => {
    expect(at('comune-altra-provincia.md')[0].message).toMatch(/^Rho è in provincia di MI, non TO/);
    expect(at('lat-lon-scambiate.md')[0].message).toMatch(/sembrano scambiate/);
    expect(at('script-nel-testo.md')[0].message).toMatch(/^HTML non ammesso/);
    expect(at('comune-inesistente.md')[0].message).toMatch(/Cinisello Balsamo/);
  });

  it('keeps checking every other file when some cannot be parsed', () => {
    const files = new Set(report.problems.map((p) => p.file));
    expect(files.size).toBe(28);
    expect(at('scheda-valida.md')).toEqual([]);
    expect(report.counts).toEqual({ resources: 26, organizations: 3, errors: 22, warnings: 6 });
  });

  it('hands each resource it could parse to the build, before its checks, and not the broken ones', async () => {
    const handed: string[] = [];
    let readWhenEnded = -1;
    await validateDirectory(BROKEN, {
      today: TODAY,
      onResource: (found, entry) => {
        expect(found.path.endsWith(entry.file.split('/').pop()!)).toBe(true);
        handed.push(found.inner);
      },
      onResourcesRead: () => (readWhenEnded = handed.length),
    });
    expect(handed).toContain('lombardia/campo-sconosciuto.md');
    expect(handed).not.toContain('lombardia/yaml-rotto.md');
    expect(readWhenEnded).toBe(handed.length);
  });

  it('gives paths relative to the repository and sorts by file', () => {
    expect(report.problems[0].file).toBe(`${BROKEN}/organizations/organizzazione-email-errata.yaml`);
    const files = report.problems.map((p) => p.file);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });
});

describe('validateDirectory on valid content', () => {
  it('finds nothing wrong with the valid fixtures', async () => {
    const report = await validateDirectory(VALID, { today: TODAY });
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ resources: 3, organizations: 3, errors: 0, warnings: 0 });
  });

  it('finds no errors in the real content/', async () => {
    const report = await validateDirectory('content');
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.resources).toBeGreaterThan(0);
  });

  it('reports a missing folder instead of throwing', async () => {
    const report = await validateDirectory('tests/fixtures/non-esiste');
    expect(report.counts.errors).toBe(1);
  });
});

describe('scripts/validate.ts', () => {
  it('exits 1 on the broken fixtures and prints every problem and a summary', async () => {
    const { code, stdout } = await cli([BROKEN]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${BROKEN}/resources/piemonte/comune-altra-provincia.md:11: primo luogo › province: errore: Rho è in provincia di MI, non TO`);
    // The CLI uses the real date, so the count of date problems may change over the years.
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^29 schede controllate \(26 risorse, 3 organizzazioni\): \d+ errori, \d+ avvisi$/);
  });

  it('exits 0 on the valid fixtures, read from SEGNAVIA_CONTENT_DIR', async () => {
    const { code, stdout } = await cli([], { SEGNAVIA_CONTENT_DIR: VALID });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^6 schede controllate \(3 risorse, 3 organizzazioni\): 0 errori, \d+ avvis[oi]$/);
  });

  it('prints GitHub annotations on GitHub Actions', async () => {
    const { stdout } = await cli([BROKEN], { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain(`::error file=${BROKEN}/resources/lombardia/yaml-rotto.md,line=3,title=File non leggibile::`);
    expect(stdout).toContain(`::warning file=${BROKEN}/resources/lombardia/data-vecchia.md,line=30,title=Data di verifica (verified › date)::`);
  });
});
