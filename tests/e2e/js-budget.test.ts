// The JavaScript budget of the search page, measured as a browser loads it: our own scripts
// (Pagefind's runtime aside) before the map is opened, then what opening the map adds.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const KB = 1024;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Records the gzip size of every script the page loads, by URL. */
function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) || url.includes('/pagefind/')) return;
    const body = await response.body().catch(() => undefined);
    if (body) sizes.set(url, gzipSync(body, { level: 9 }).length);
  });
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, n) => sum + n, 0);

it('the search page ships at most 60 KB of our own gzipped JavaScript before the map is opened, and the map at most 130 KB more', async () => {
  const page = await browser.newPage();
  const sizes = recordScripts(page);
  await page.goto(`${siteUrl}/cerca/?q=coro`);
  await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
  await page.waitForLoadState('networkidle');
  const beforeMap = total(sizes);
  const before = new Set(sizes.keys());
  await page.getByRole('button', { name: 'Mostra la mappa' }).click();
  await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
  await page.waitForLoadState('networkidle');
  const mapOnly = total(new Map([...sizes].filter(([url]) => !before.has(url))));
  console.log(`search page JS before the map: ${(beforeMap / KB).toFixed(1)} KB gzip; map island: ${(mapOnly / KB).toFixed(1)} KB gzip`);
  expect(beforeMap).toBeLessThanOrEqual(60 * KB);
  expect(mapOnly).toBeGreaterThan(0);
  expect(mapOnly).toBeLessThanOrEqual(130 * KB);
  await page.close();
});

it('the English search page ships its strings as one more chunk, within the same 60 KB; the Italian page does not load it', async () => {
  const measure = async (path: string) => {
    const page = await browser.newPage();
    const sizes = recordScripts(page);
    await page.goto(`${siteUrl}${path}`);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    await page.waitForLoadState('networkidle');
    await page.close();
    return sizes;
  };
  const italian = await measure('/cerca/?q=coro');
  const english = await measure('/en/cerca/?q=coro');
  const englishOnly = [...english.keys()].filter((url) => !italian.has(url));
  console.log(`search page JS: Italian ${(total(italian) / KB).toFixed(1)} KB gzip, English ${(total(english) / KB).toFixed(1)} KB gzip (+ ${englishOnly.map((url) => url.split('/').pop()).join(', ')})`);
  // The English dictionary is a chunk of its own that only English pages fetch.
  expect(englishOnly.length).toBe(1);
  expect([...italian.keys()].filter((url) => !english.has(url))).toEqual([]);
  expect(total(english)).toBeLessThanOrEqual(60 * KB);
});

it('entry pages ship no JavaScript that reading needs (only the optional shortlist button)', async () => {
  const page = await browser.newPage();
  const sizes = recordScripts(page);
  await page.goto(`${siteUrl}/risorse/coro-le-nuvole-carpi/`);
  await page.waitForLoadState('networkidle');
  console.log(`entry page JS: ${(total(sizes) / KB).toFixed(1)} KB gzip in ${sizes.size} files`);
  expect(total(sizes)).toBeLessThanOrEqual(15 * KB);
  await page.close();
});
