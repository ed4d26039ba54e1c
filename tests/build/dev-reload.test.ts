// `astro dev` on a copy of the fixture folder, as a volunteer runs it while editing an entry: a changed
// name reaches the entry page within seconds, and an edit the validator refuses is reported in the
// terminal in the validator's words while the page keeps the last valid version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/site.ts';

const ENTRY = 'resources/lombardia/gruppo-di-cammino-parco-nord-bresso.md';
const PAGE = '/risorse/gruppo-di-cammino-parco-nord-bresso/';

let content = '';
let dev: ChildProcess;
let output = '';
let base = '';

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls until the check passes or the time runs out; resolves with the elapsed milliseconds. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${ms} ms; dev server said:\n${output.slice(-3000)}`);
}

/** The environment without what Vitest adds. */
function devEnvironment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'development' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

const page = () => fetch(base + PAGE, { signal: AbortSignal.timeout(60_000) }).then((r) => r.text(), () => '');
const file = () => join(content, ENTRY);

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'segnavia-dev-'));
  cpSync(join(repoRoot, 'tests/fixtures/content-valid'), content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    // Not Vitest's environment (NODE_ENV=test, VITEST…): the dev server must run as a person runs it.
    env: { ...devEnvironment(), SEGNAVIA_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  await within(240_000, async () => (await page()).includes('Gruppo di cammino del Parco Nord a Bresso'));
});

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev while editing an entry', () => {
  it('shows a changed name on the entry page within a few seconds', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('name: Gruppo di cammino del Parco Nord a Bresso', 'name: Camminata del martedì al Parco Nord'));
    const ms = await within(15_000, async () => (await page()).includes('Camminata del martedì al Parco Nord'));
    console.log(`dev: new name on the page after ${ms} ms`);
  });

  it('reports an invalid edit in the validator’s words and keeps the last valid page', async () => {
    const before = output.length;
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('category: movimento', 'category: movimentp'));
    await within(15_000, () => /gruppo-di-cammino-parco-nord-bresso\.md:\d+: category: errore: .*Forse intendevi «movimento»\?/.test(output.slice(before)));
    expect(await page()).toContain('Camminata del martedì al Parco Nord');
  });
});
