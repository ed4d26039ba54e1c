/**
 * The size check before publishing (scripts/check-site-size.ts): a site over the host's limit stops
 * the publication with its size, the limit, the excess and the largest parts; a site within it passes.
 */
import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTS, checkSize, readSite, siteSize } from '../../scripts/check-site-size.ts';

const run = promisify(execFile);
const node = process.execPath;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A site folder with these files; a size given as a number makes a sparse file of that many bytes (no disk used). */
function site(files: Record<string, string | number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'segnavia-size-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(dir, path), content);
    else {
      const fd = openSync(join(dir, path), 'w');
      ftruncateSync(fd, content);
      closeSync(fd);
    }
  }
  return dir;
}

describe('the size of a site', () => {
  it('adds up files and folders, largest part first', () => {
    const size = siteSize([
      { path: 'index.html', bytes: 10 },
      { path: 'dati/hsds/services/a.json', bytes: 300 },
      { path: 'dati/segnavia.csv', bytes: 200 },
      { path: 'risorse/a/index.html', bytes: 400 },
    ]);
    expect(size).toEqual({
      bytes: 910,
      files: 4,
      parts: [
        { name: 'dati/', bytes: 500, files: 2 },
        { name: 'risorse/', bytes: 400, files: 1 },
        { name: 'index.html', bytes: 10, files: 1 },
      ],
    });
  });

  it('reads a folder as the host would receive it', () => {
    const dir = site({ 'index.html': 'x'.repeat(100), 'dati/segnavia.csv': 'y'.repeat(50), '_astro/a.js': 'z' });
    expect(readSite(dir)).toMatchObject({ bytes: 151, files: 3, parts: [{ name: 'index.html' }, { name: 'dati/', bytes: 50 }, { name: '_astro/' }] });
  });
});

describe('the check', () => {
  // The 50,000-entry benchmark's output (bench-results/50000/dist), in two parts.
  const large = siteSize([
    ...Array.from({ length: 1000 }, (_, i) => ({ path: `risorse/${i}/index.html`, bytes: 797_400 })),
    ...Array.from({ length: 1000 }, (_, i) => ({ path: `dati/hsds/services/${i}.json`, bytes: 764_500 })),
  ]);

  it('stops a site over GitHub Pages’ 1 GB with its size, the excess and where the room goes', () => {
    const { ok, message } = checkSize(large, HOSTS['github-pages']);
    expect(ok).toBe(false);
    expect(message).toContain('dist/ is 1,561.9 MB in 2,000 files: too large for GitHub Pages (1,561.9 MB, over its 1,000 MB limit by 561.9 MB).');
    expect(message).toMatch(/risorse\/\s+797\.4 MB\s+1,000 files\n\s+dati\/\s+764\.5 MB/);
    expect(message).toContain('README, "Pubblicazione"');
  });

  it('counts files where the host limits files (Cloudflare Pages)', () => {
    const many = siteSize(Array.from({ length: 20_001 }, (_, i) => ({ path: `dati/calendario/${i}.ics`, bytes: 1 })));
    expect(checkSize(many, HOSTS['cloudflare-pages-free'])).toMatchObject({ ok: false, message: expect.stringContaining('20,001 files, over its 20,000-file limit by 1') });
    expect(checkSize(many, HOSTS['cloudflare-pages-paid']).ok).toBe(true);
    expect(checkSize(many, HOSTS['github-pages']).ok).toBe(true);
  });

  it('passes a site within the limit, saying its size', () => {
    expect(checkSize(siteSize([{ path: 'index.html', bytes: 1e9 }]), HOSTS['github-pages'])).toEqual({ ok: true, message: 'dist/ is 1,000 MB in 1 file: within the limits of GitHub Pages.' });
  });

  it('from the command line: exit 1 and the message on stderr over the limit, 0 within it, 2 for an unknown host', async () => {
    const big = site({ 'index.html': '<!doctype html>', 'dati/hsds/directory.json': 1_100_000_000 });
    const failed = await run(node, ['scripts/check-site-size.ts', big]).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/too large for GitHub Pages \(1,100 MB, over its 1,000 MB limit by 100 MB\)[\s\S]*dati\//);
    const small = site({ 'index.html': '<!doctype html>' });
    await expect(run(node, ['scripts/check-site-size.ts', small, '--host', 'cloudflare-pages-free'])).resolves.toMatchObject({ stdout: expect.stringContaining('within the limits of Cloudflare Pages (Free plan)') });
    const unknown = await run(node, ['scripts/check-site-size.ts', small, '--host', 'geocities']).catch((e: { code: number }) => e);
    expect((unknown as { code: number }).code).toBe(2);
  });
});
