/**
 * No page loads anything from another site but the map tiles (issue 11): every page type is opened
 * with its JavaScript, and its three maps are shown (search, coverage, the contribution form's
 * position), while every request's origin is recorded; only the site's own origin and the tile
 * host(s) of src/config.ts may appear. The CSP would silently block most such requests (and break
 * what needed them), so it is bypassed here: the test sees what the pages ask for, not what the
 * CSP lets through. Nothing leaves loopback: requests to other origins are recorded, then aborted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { firstResource, isActive } from '../support/content.ts';
import { siteConfig } from '../../src/config.ts';
import { slugify } from '../../src/lib/slug.ts';
import { provinceName } from '../../src/lib/places.ts';
import { draftKey, draftText } from '../../src/lib/contribute/draft.ts';
import { emptyOrganizationForm, emptyResourceForm } from '../../src/lib/contribute/form.ts';
import { todayIso } from '../../src/lib/dates.ts';

const siteUrl = inject('siteUrl');
const entry = firstResource((r) => isActive(r) && (r.data.locations?.length ?? 0) > 0, 'an active entry with a place');
const where = entry.data.locations![0];

/** The tile server's origin as a pattern: a "{s}" (or any "{x}") in its host stands for one label, as Leaflet fills it in. */
function tileOriginPattern(url: string): RegExp {
  const origin = /^[a-z]+:\/\/[^/]+/i.exec(url)![0];
  return new RegExp(`^${origin.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]\}/g, '[a-z0-9-]+')}$`, 'i');
}
const tiles = tileOriginPattern(siteConfig.tiles.url);

let browser: Browser;
let context: BrowserContext;
/** The origins requested since the current test began (the site's own left out). */
let others = new Set<string>();
let tileRequests = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === siteUrl) return;
    if (tiles.test(url.origin)) tileRequests++;
    else others.add(url.origin);
  });
  await context.route((url) => url.origin !== siteUrl, (route) => route.abort());
});
afterAll(async () => browser?.close());
beforeEach(() => {
  others = new Set();
  tileRequests = 0;
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  expect((await page.goto(siteUrl + path, { waitUntil: 'networkidle' }))?.status()).toBe(path === NOT_FOUND ? 404 : 200);
  return page;
}

const NOT_FOUND = '/questa-pagina-non-esiste/';

describe('nothing is loaded from another site but the tiles', () => {
  const pages = [
    '/',
    `/risorse/${entry.id}/`,
    `/organizzazioni/${entry.data.organization}/`,
    '/categorie/',
    `/categorie/${entry.data.category}/`,
    '/luoghi/',
    `/luoghi/${entry.region}/`,
    `/luoghi/${entry.region}/${slugify(provinceName(where.province))}/${slugify(where.comune)}/`,
    '/prescrizione-sociale/',
    '/lista/',
    '/cerca/?q=coro',
    '/dati/',
    '/coordinamento/',
    '/coordinamento/stato/',
    '/contribuisci/',
    '/contribuisci/foglio-di-calcolo/',
    NOT_FOUND,
  ];

  it.each(pages)('%s asks no other site for anything', async (path) => {
    const page = await open(path);
    await page.close();
    expect([...others]).toEqual([]);
  });

  // The maps: other sites than the tile host stay out, and the tiles are asked for (so the recording sees other origins).
  it('the search map, shown from a search, asks only for the tiles', async () => {
    const page = await open('/cerca/?q=coro');
    await page.getByRole('button', { name: 'Mostra la mappa' }).click();
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    await page.waitForLoadState('networkidle');
    await page.close();
    expect([...others]).toEqual([]);
    expect(tileRequests).toBeGreaterThan(0);
  });

  it('the coverage map asks only for the tiles', async () => {
    const page = await open('/coordinamento/copertura/');
    await page.locator('#mappa-copertura').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#mappa-copertura')?.getAttribute('data-markers-state') === 'ready');
    await page.waitForLoadState('networkidle');
    await page.close();
    expect([...others]).toEqual([]);
    expect(tileRequests).toBeGreaterThan(0);
  });

  it('the contribution form’s map of a place asks only for the tiles', async () => {
    const page = await open('/contribuisci/');
    const draft = { resource: emptyResourceForm(todayIso()), newOrganization: false, organization: emptyOrganizationForm() };
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [draftKey(), draftText(draft, 1)] as const);
    await page.reload();
    await page.getByRole('button', { name: 'Scegli il punto del luogo 1 sulla mappa' }).click();
    await page.locator('.leaflet-container').waitFor();
    await page.waitForLoadState('networkidle');
    await page.close();
    expect([...others]).toEqual([]);
    expect(tileRequests).toBeGreaterThan(0);
  });
});
