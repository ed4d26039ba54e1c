import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../scripts/bench/generate.ts';
import { validateDirectory } from '../../src/lib/validate/index.ts';

const root = mkdtempSync(join(tmpdir(), 'segnavia-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder, as relative paths with their contents. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(dir.length), readFileSync(path, 'utf8')];
  }));
}

describe('synthetic benchmark directories (scripts/bench/generate.ts)', () => {
  const dir = join(root, 'a');
  const result = generate({ count: 200, outDir: dir, seed: 7, date: '2026-11-01' });
  const files = snapshot(dir);
  const resources = [...files.keys()].filter((path) => path.startsWith('/resources/'));
  const organizations = [...files.keys()].filter((path) => path.startsWith('/organizations/'));

  it('writes 200 resources in region folders and about one organisation per ten', () => {
    expect(resources).toHaveLength(200);
    expect(result.resources).toBe(200);
    expect(organizations).toHaveLength(20);
    for (const path of resources) expect(path).toMatch(/^\/resources\/[a-z-]+\/[a-z0-9-]+\.md$/);
  });

  it('gives every resource a different id', () => {
    const ids = resources.map((path) => path.split('/').pop());
    expect(new Set(ids).size).toBe(200);
    expect(new Set(result.ids).size).toBe(200);
  });

  it('passes the validator with no errors and no warnings', async () => {
    const report = await validateDirectory(dir, { today: '2026-11-24', root });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts).toMatchObject({ resources: 200, organizations: 20, errors: 0, warnings: 0 });
  });

  it('marks every file as synthetic and uses only example.org addresses', () => {
    for (const [path, text] of files) {
      expect(text, path).toContain('Synthetic, for benchmarks only');
      for (const url of text.match(/https?:\/\/[^\s"]+/g) ?? []) expect(new URL(url).hostname, path).toMatch(/\.example\.org$/);
      for (const email of text.match(/[\w.-]+@[\w.-]+/g) ?? []) expect(email, path).toMatch(/\.example\.org$/);
    }
  });

  it('is deterministic for a seed, and a different seed gives different entries', () => {
    const again = join(root, 'b');
    generate({ count: 200, outDir: again, seed: 7, date: '2026-11-01' });
    expect(snapshot(again)).toEqual(files);
    const other = join(root, 'c');
    const different = generate({ count: 200, outDir: other, seed: 8, date: '2026-11-01' });
    expect(different.ids).not.toEqual(result.ids);
  });
});
