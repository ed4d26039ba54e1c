// The coverage pages on the built sample site, as a coordinator on a phone sees them: no sideways
// scroll at 320 px, zero axe violations, a map that draws one marker per province with entries (and a
// hollow one for each without) whose numbers are the table's, and the table alone without JavaScript.
// Provinces and counts are read from content/, never named here.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { resources, isActive } from '../support/content.ts';

const siteUrl = inject('siteUrl');
const KB = 1024;

/** Active entries per province, as the files say (an entry with two places in a province counts once). */
const activeByProvince = new Map<string, number>();
for (const entry of resources((r) => isActive(r) && !r.data.online_only)) {
  for (const sigla of new Set((entry.data.locations ?? []).map((l) => l.province))) activeByProvince.set(sigla, (activeByProvince.get(sigla) ?? 0) + 1);
}
const busiest = [...activeByProvince].sort((a, b) => b[1] - a[1])[0][0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A context of this width; map tiles fail at once (no network here). */
async function context(width: number, options: { bypassCSP?: boolean; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const created = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  await created.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return created;
}

async function mapReady(page: Page): Promise<void> {
  await page.locator('#mappa-copertura').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#mappa-copertura')?.getAttribute('data-markers-state') === 'ready');
}

const pages = ['/coordinamento/copertura/', `/coordinamento/copertura/${busiest.toLowerCase()}/`];

describe('coverage pages at 320 px', () => {
  for (const path of pages) {
    it(`${path} does not scroll sideways and has no axe violations`, async () => {
      const ctx = await context(320, { bypassCSP: true });
      const page = await ctx.newPage();
      await page.goto(`${siteUrl}${path}`);
      if (path === pages[0]) await mapReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      // The wide matrices scroll inside their own labelled, focusable box.
      const boxes = page.locator('.table-scroll[role="region"][tabindex="0"]');
      expect(await boxes.count()).toBeGreaterThanOrEqual(2);
      await ctx.close();
    });
  }
});

describe('coverage map', () => {
  it('draws one marker per province with the table’s numbers, with no script or CSP error', async () => {
    const ctx = await context(1280);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
    });
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (!/\.m?js(\?|$)/.test(response.url())) return;
      const body = await response.body().catch(() => undefined);
      if (body) scripts.set(response.url(), (await import('node:zlib')).gzipSync(body, { level: 9 }).length);
    });
    await page.goto(`${siteUrl}/coordinamento/copertura/`);
    await mapReady(page);
    const markers = await page.locator('.coverage-marker').evaluateAll((elements) =>
      elements.map((element) => [(element as HTMLElement).dataset.provincia!, Number((element as HTMLElement).dataset.attive)] as [string, number]),
    );
    const table = await page.locator('#copertura-province tr[data-provincia]').evaluateAll((rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.provincia!, Number(row.querySelector('td')!.textContent!.replace(/\D/g, ''))] as [string, number]),
    );
    const withEntries = markers.filter(([, n]) => n > 0);
    expect(new Map(withEntries)).toEqual(activeByProvince);
    expect(markers).toHaveLength(table.length);
    expect(new Map(markers)).toEqual(new Map(table));
    expect(errors).toEqual([]);
    const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
    console.log(`coverage page JS with the map: ${(total / KB).toFixed(1)} KB gzip in ${scripts.size} files`);
    expect(total).toBeLessThanOrEqual(160 * KB);
    await ctx.close();
  });

  it('a marker opens its province', async () => {
    const ctx = await context(1280);
    const page = await ctx.newPage();
    await page.goto(`${siteUrl}/coordinamento/copertura/`);
    await mapReady(page);
    await page.locator(`.coverage-marker[data-provincia="${busiest}"]`).click({ force: true });
    const link = page.locator('.leaflet-popup-content a');
    await expect.poll(() => link.getAttribute('href')).toBe(`/coordinamento/copertura/${busiest.toLowerCase()}/`);
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Chiudi');
    await ctx.close();
  });

  // (Playwright's javaScriptEnabled: false does not make Chromium render <noscript>, so its note is not checked here.)
  it('without JavaScript the table is there, with a row and a link per province with entries', async () => {
    const ctx = await context(320, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${siteUrl}/coordinamento/copertura/`);
    const rows = page.locator('#copertura-province tr[data-provincia]');
    expect(await rows.count()).toBe(107);
    await expect.poll(() => rows.first().isVisible()).toBe(true);
    expect(await page.locator('#copertura-province a[href^="/coordinamento/copertura/"]').count()).toBe(activeByProvince.size);
    await ctx.close();
  });
});
