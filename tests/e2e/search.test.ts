import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { isActive, organization, placeLine, resource, resources, type ContentResource } from '../support/content.ts';
import { distanceKm } from '../../src/lib/geo.ts';
import { searchText, type RecordOrganization } from '../../src/lib/search/records.ts';
import { resourceSchema } from '../../src/schema/resource.ts';

const siteUrl = inject('siteUrl');
// Expectations come from the content files (tests/support/content.ts), not copied here. Closed
// resources are not in the search index.
const searchable = resources(isActive);
const byId = new Map(searchable.map((r) => [r.id, r]));
const located = (r: ContentResource) => (r.data.locations ?? []).filter((l) => typeof l.lat === 'number' && typeof l.lon === 'number');
/** Resources named as a choir: what a search for "coro" must find. */
const choirs = searchable.filter((r) => /\bcor[oi]\b/i.test(r.data.name));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext();
});
afterAll(async () => browser?.close());

/** A context whose map tiles always fail, as they do offline or when the tile server is down. */
async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const created = await browser.newContext({ bypassCSP: true, ...options });
  await created.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  return created;
}

async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
  return page.locator('#risultati h3').allTextContents();
}

/** The ids of the results on the page, from their links (/risorse/<id>/). */
async function resultIds(page: Page): Promise<string[]> {
  await results(page);
  const hrefs = await page.locator('#risultati h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/risorse\/([^/]+)\//.exec(href)?.[1] ?? href);
}

const resultCount = async (page: Page) => Number(await page.locator('#risultati').getAttribute('data-count'));

/** The ids of every result of a search, page after page (10 to a page). */
async function allResultIds(query: string): Promise<string[]> {
  const page = await openSearch(`/cerca/?${query}`);
  const ids = await resultIds(page);
  const count = await resultCount(page);
  for (let n = 2; ids.length < count && n <= 20; n++) {
    await page.goto(`${siteUrl}/cerca/?${query}&pagina=${n}`);
    ids.push(...(await resultIds(page)));
  }
  await page.close();
  return ids;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * An accented word of the content ("città") and the entries that only accent folding can find by it
 * typed plainly ("citta"): they have the accented word and no plain word that starts like it (such as
 * "cittadini", which prefix matching would find anyway). The word with most such entries is taken.
 */
/** The organisation as the search records take it. */
function organizationOf(id: string): RecordOrganization {
  const { name, type } = organization(id);
  return { name, type: type as RecordOrganization['type'] };
}

function accentOnlyWord(): { word: string; plain: string; ids: string[] } {
  const words = new Map(searchable.map((r) => {
    const parsed = resourceSchema.parse(r.data);
    return [r.id, new Set(wordsOf(searchText(parsed, r.body, organizationOf(parsed.organization))))];
  }));
  let best = { word: '', plain: '', ids: [] as string[] };
  const accented = new Set([...words.values()].flatMap((set) => [...set]).filter((w) => w.length >= 4 && fold(w) !== w));
  for (const word of accented) {
    const plain = fold(word);
    const stem = plain.slice(0, -1);
    const ids = [...words].filter(([, set]) => set.has(word) && ![...set].some((w) => fold(w) === w && w.startsWith(stem))).map(([id]) => id);
    if (ids.length > best.ids.length) best = { word, plain, ids };
  }
  return best;
}

async function openSearch(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(siteUrl + path);
  return page;
}

describe('search by words and filters', () => {
  it('searching "coro" finds the choirs, and the live region says how many', async () => {
    const page = await openSearch('/cerca/');
    await page.getByLabel('Che cosa cerchi?').fill('coro');
    await page.keyboard.press('Enter');
    const names = await results(page);
    expect(choirs.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(choirs.map((r) => r.data.name)));
    expect(names[0]).toMatch(/Cor/);
    await expect(page.locator('#stato').textContent()).resolves.toBe(`${await resultCount(page)} risorse trovate.`);
    await expect(page.locator('#stato').getAttribute('role')).resolves.toBe('status');
    expect(page.url()).toContain('q=coro');
    await page.close();
  });

  it('finds words without their accents and by their stem', async () => {
    const { word, plain, ids } = accentOnlyWord();
    expect(ids.length, 'the content has an entry that only accent folding finds').toBeGreaterThan(0);
    // Typed without its accent, the word finds exactly what it finds with it, including the entries that have it only accented.
    const withAccent = await allResultIds(`q=${encodeURIComponent(word)}`);
    const without = await allResultIds(`q=${encodeURIComponent(plain)}`);
    expect(without, `"${plain}" must find the entries that have only "${word}"`).toEqual(expect.arrayContaining(ids));
    expect([...without].sort(), `"${plain}" and "${word}"`).toEqual([...withAccent].sort());
    // "camminata" finds the walking groups ("cammino") by their common stem.
    const walking = searchable.filter((r) => /\bcammino\b/i.test(r.data.name)).map((r) => r.id);
    expect(walking.length).toBeGreaterThan(0);
    expect(await allResultIds('q=camminata')).toEqual(expect.arrayContaining(walking));
  });

  it('the "free of charge" filter removes a paid choir and shows counts', async () => {
    const paid = choirs.find((r) => r.data.cost?.free === false);
    if (!paid) throw new Error('the content has no paid choir to filter out');
    const page = await openSearch('/cerca/?q=coro');
    expect(await results(page)).toContain(paid.data.name);
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.waitForFunction(() => document.querySelector('[data-facet="costo"][data-value="gratuito"]')?.textContent !== '');
    const shown = await page.locator('[data-facet="costo"][data-value="gratuito"]').textContent();
    const freeCount = Number(/\((\d+)\)/.exec(shown ?? '')?.[1]);
    await page.getByRole('checkbox', { name: /Gratuito/ }).check();
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.waitForURL(/costo=gratuito/);
    const ids = await resultIds(page);
    expect(ids.map((id) => byId.get(id)?.data.name)).not.toContain(paid.data.name);
    // As many results as the count next to the filter said, every one of them free.
    expect(await resultCount(page)).toBe(freeCount);
    expect(ids.length).toBe(Math.min(freeCount, 10));
    for (const id of ids) expect(byId.get(id)?.data.cost?.free, id).toBe(true);
    await page.close();
  });

  it('a comune filter keeps only that comune', async () => {
    // The comune with the most resources, and exactly those resources.
    const perComune = new Map<string, Set<string>>();
    for (const r of searchable) for (const l of r.data.locations ?? []) perComune.set(placeLine(l), (perComune.get(placeLine(l)) ?? new Set()).add(r.id));
    const [comune, expected] = [...perComune].sort((a, b) => b[1].size - a[1].size)[0];
    const page = await openSearch('/cerca/');
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.getByLabel('Comune', { exact: true }).fill(comune);
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.waitForURL(new RegExp(`comune=${encodeURIComponent(comune.split(' (')[0])}`));
    await results(page);
    expect(await resultCount(page)).toBe(expected.size);
    expect((await resultIds(page)).sort()).toEqual([...expected].sort().slice(0, 10));
    const places = await page.locator('#risultati .card .meta:first-of-type').allTextContents();
    for (const place of places) expect(place).toContain(comune);
    await page.close();
  });
});

describe('place', () => {
  it('"near me" with a mocked position lists the closest entry first, with its distance', async () => {
    const here = { lat: 44.7836, lon: 10.885 };
    const nearest = (r: ContentResource) => Math.min(...located(r).map((l) => distanceKm(here, { lat: l.lat!, lon: l.lon! })));
    const withPlace = searchable.filter((r) => located(r).length > 0);
    const closest = Math.min(...withPlace.map(nearest));
    const closestNames = withPlace.filter((r) => nearest(r) - closest < 0.05).map((r) => r.data.name);
    const nearCarpi = await newContext({ geolocation: { latitude: here.lat, longitude: here.lon }, permissions: ['geolocation'] });
    const page = await openSearch('/cerca/', nearCarpi);
    await page.getByRole('button', { name: 'Vicino a me' }).click();
    await page.waitForURL(/vicino=44\.78/);
    const names = await results(page);
    expect(closestNames).toContain(names[0]);
    await expect(page.locator('#risultati .card').first().textContent()).resolves.toMatch(/a \d+(,\d)? km|a \d+ m/);
    expect(page.url()).toContain('ordine=distanza');
    await nearCarpi.close();
  });

  it('"where?" takes a typed comune and sorts by distance', async () => {
    const cafe = resource('alzheimer-cafe-asst-rhodense');
    const where = cafe.data.locations![0];
    const page = await openSearch('/cerca/?q=alzheimer');
    await page.getByLabel('Dove?').fill(where.comune);
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await page.waitForURL(/vicino=/);
    const names = await results(page);
    expect(names[0]).toBe(cafe.data.name);
    await expect(page.locator('#vicino-testo').textContent()).resolves.toContain(placeLine(where));
    await expect(page.locator('#vicino-testo').textContent()).resolves.toContain('Lombardia');
    await page.close();
  });

  it('a search within a province downloads only its region\'s index, and finds the same as a search everywhere', async () => {
    const page = await context.newPage();
    const bundles = new Set<string>();
    page.on('request', (request) => {
      const match = /\/pagefind\/([^/]+)\//.exec(new URL(request.url()).pathname);
      if (match) bundles.add(match[1]);
    });
    await page.goto(`${siteUrl}/cerca/?q=roma&provincia=RM`);
    const inRome = await results(page);
    expect(inRome.length).toBeGreaterThan(0);
    expect([...bundles].sort()).toEqual(['lazio', 'online']);
    // The same entries as the search for all of Italy, kept to those in the province of Rome.
    await page.goto(`${siteUrl}/cerca/?q=roma`);
    await results(page);
    expect(Number(await page.locator('#risultati').getAttribute('data-count'))).toBeLessThanOrEqual(10);
    const everywhere = await page.locator('#risultati .card').evaluateAll((cards) =>
      cards.filter((card) => card.querySelector('.meta')?.textContent?.includes('(RM)')).map((card) => card.querySelector('h3')?.textContent),
    );
    expect([...inRome].sort()).toEqual([...everywhere].sort());
    await page.close();
  });

  it('a search for all of Italy opens the national index alone, and its results are the map data\'s own (name order comes from it)', async () => {
    const page = await context.newPage();
    const bundles = new Set<string>();
    page.on('request', (request) => {
      const match = /\/pagefind\/([^/]+)\//.exec(new URL(request.url()).pathname);
      if (match) bundles.add(match[1]);
    });
    await page.goto(`${siteUrl}/cerca/?q=coro&ordine=nome`);
    const names = await results(page);
    expect([...bundles]).toEqual(['italia']);
    // Name order is read from the regions' map data by result id: with ids that did not match, the order would be Pagefind's.
    expect(await resultCount(page)).toBe(names.length);
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'it')));
    expect(names).toEqual(expect.arrayContaining(choirs.map((r) => r.data.name)));
    await page.close();
  });
});

describe('state in the URL', () => {
  it('reloading a search URL restores words, filters and results', async () => {
    const page = await openSearch('/cerca/?q=canto&costo=gratuito&categoria=musica-canto');
    const first = await results(page);
    await page.reload();
    expect(await results(page)).toEqual(first);
    await expect(page.getByLabel('Che cosa cerchi?').inputValue()).resolves.toBe('canto');
    await expect(page.getByRole('checkbox', { name: /Gratuito/, includeHidden: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /Musica e canto/, includeHidden: true }).isChecked()).resolves.toBe(true);
    await expect(page.locator('#apri-filtri').textContent()).resolves.toBe('Filtri e ordine (2 attivi)');
    await page.close();
  });

  it('the back button returns to the previous search', async () => {
    const page = await openSearch('/cerca/?q=coro');
    const choirs = await results(page);
    await page.getByLabel('Che cosa cerchi?').fill('orto');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=orto/);
    const gardens = await results(page);
    expect(gardens).not.toEqual(choirs);
    await page.goBack();
    await page.waitForURL(/q=coro/);
    expect(await results(page)).toEqual(choirs);
    await expect(page.getByLabel('Che cosa cerchi?').inputValue()).resolves.toBe('coro');
    await page.close();
  });
});

describe('map', () => {
  it('with tile requests failing, the results and the error notice still appear', async () => {
    const page = await openSearch('/cerca/?q=coro&mappa=1');
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    await expect(page.getByText('Lo sfondo della mappa non si carica').isVisible()).resolves.toBe(true);
    expect(await page.locator('.map-cluster, .map-point').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('"search this area" limits the list to the map view', async () => {
    const all = await allResultIds('q=coro');
    const page = await openSearch('/cerca/?q=coro&mappa=1');
    await results(page);
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    // Zoom in twice with the keyboard, so that the view holds only part of Italy.
    await page.locator('#mappa .leaflet-container').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('+');
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Cerca in quest’area' }).click();
    await page.waitForURL(/area=/);
    await results(page);
    await expect(page.locator('#area-stato').isVisible()).resolves.toBe(true);
    const url = new URL(page.url());
    const [south, west, north, east] = (url.searchParams.get('area') ?? '').split(',').map(Number);
    const inside = (r: ContentResource) => located(r).some((l) => l.lat! >= south && l.lat! <= north && l.lon! >= west && l.lon! <= east);
    const expected = all.filter((id) => inside(byId.get(id)!));
    // The view really is smaller than the results, and the list (every page of it) is exactly the results in it.
    expect(expected.length).toBeLessThan(all.length);
    url.searchParams.delete('mappa');
    expect((await allResultIds(url.searchParams.toString())).sort()).toEqual(expected.sort());
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  it('keyboard-only use reaches every result', async () => {
    const page = await openSearch('/cerca/?q=coro');
    const names = await results(page);
    await page.getByLabel('Che cosa cerchi?').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 250 && reached.size < names.length; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => (document.activeElement?.closest('#risultati h3') ? document.activeElement.textContent : null));
      if (text) reached.add(text);
    }
    expect([...reached].sort()).toEqual([...names].sort());
    await page.close();
  });

  it('axe reports zero violations on the search page with results, the filters open and the map shown', async () => {
    const page = await openSearch('/cerca/?q=coro&mappa=1');
    await results(page);
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });

  it('without JavaScript the page points to the static browse pages', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(siteUrl + '/cerca/?q=coro');
    await expect(page.getByRole('link', { name: 'Categorie' }).count()).resolves.toBeGreaterThan(0);
    // Playwright's text locators skip <noscript>, which a browser without JavaScript does show.
    await expect(page.locator('noscript .notice').textContent()).resolves.toMatch(/^La ricerca ha bisogno di JavaScript/);
    await expect(page.locator('noscript .notice').isVisible()).resolves.toBe(true);
    await noJs.close();
  });
});
