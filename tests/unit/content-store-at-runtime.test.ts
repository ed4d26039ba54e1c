/**
 * The build's content store module (src/integrations/content-store-at-runtime.ts): the pages get the
 * same data Astro wrote, and a missing file stops the build instead of giving pages with no entries.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { dataStoreModule } from '../../src/integrations/content-store-at-runtime.ts';

describe('the content store read when the pages start', () => {
  const folder = mkdtempSync(join(tmpdir(), 'segnavia-store-'));

  it('gives the pages the data of the file Astro wrote', async () => {
    const store = [['resources', 1], 'coro-dei-colli-napoli', { name: 'Coro dei Colli «Napoli»' }];
    writeFileSync(join(folder, 'data-store.json'), JSON.stringify(store));
    const module = join(folder, 'store.mjs');
    writeFileSync(module, dataStoreModule(join(folder, 'data-store.json')));
    const { default: data } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(data).toEqual(store);
  });

  it('stops the build, saying why, when the file cannot be read', () => {
    const module = join(folder, 'missing.mjs');
    writeFileSync(module, dataStoreModule(join(folder, 'no-such-store.json')));
    const run = spawnSync(process.execPath, [module], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Non riesco a leggere i contenuti');
  });
});
