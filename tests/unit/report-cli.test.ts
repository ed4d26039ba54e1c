// npm run report prints the health sections and then the coverage ones, from the same content folder;
// --solo picks one of the two. Runs the real script on the valid fixture (no build needed).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
const CONTENT = 'tests/fixtures/content-valid';

async function report(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/report.ts', CONTENT, ...args], { cwd: repoRoot });
  return stdout;
}

describe('npm run report', () => {
  it('for a province, prints its health and then its coverage: the walking group counted under movement, the gaps named', async () => {
    const text = await report('--provincia', 'MI');
    const health = text.indexOf('Mai confermate');
    const coverage = text.indexOf('COPERTURA');
    expect(health, text).toBeGreaterThanOrEqual(0);
    expect(coverage, text).toBeGreaterThan(health);
    const movement = text.slice(coverage).split('\n').find((line) => line.startsWith('Movimento e cammino'));
    expect(movement, text).toMatch(/^Movimento e cammino\s+1\s/);
    expect(text.slice(coverage)).toContain('lacune');
  });

  it('--solo copertura leaves the health out, --solo stato the coverage', async () => {
    const coverageOnly = await report('--provincia', 'MI', '--solo', 'copertura');
    expect(coverageOnly).toContain('COPERTURA');
    expect(coverageOnly).not.toContain('Mai confermate');
    const healthOnly = await report('--provincia', 'MI', '--solo', 'stato');
    expect(healthOnly).not.toContain('COPERTURA');
    expect(healthOnly).toContain('Mai confermate');
  });
});
