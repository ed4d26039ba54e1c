import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
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
    expect(names).toEqual(expect.arrayContaining(['Coro Le Nuvole', 'Corale Gioconda, coro di persone con Parkinson']));
    expect(names[0]).toMatch(/Cor/);
    await expect(page.locator('#stato').textContent()).resolves.toMatch(/^\d+ risorse trovate\.$/);
    await expect(page.locator('#stato').getAttribute('role')).resolves.toBe('status');
    expect(page.url()).toContain('q=coro');
    await page.close();
  });

  it('finds words without their accents and by their stem', async () => {
    const page = await openSearch('/cerca/?q=citta');
    expect((await results(page)).length).toBeGreaterThan(0);
    const walking = await openSearch('/cerca/?q=camminata');
    expect(await results(walking)).toEqual(expect.arrayContaining([expect.stringMatching(/Gruppi? di cammino/)]));
    await page.close();
    await walking.close();
  });

  it('the "free of charge" filter removes a paid choir and shows counts', async () => {
    const page = await openSearch('/cerca/?q=coro');
    expect(await results(page)).toContain('Coro Le Nuvole');
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.waitForFunction(() => document.querySelector('[data-facet="costo"][data-value="gratuito"]')?.textContent !== '');
    await page.getByRole('checkbox', { name: /Gratuito/ }).check();
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.waitForURL(/costo=gratuito/);
    const names = await results(page);
    expect(names).not.toContain('Coro Le Nuvole');
    expect(names.length).toBeGreaterThan(0);
    await page.close();
  });

  it('a comune filter keeps only that comune', async () => {
    const page = await openSearch('/cerca/');
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.getByLabel('Comune', { exact: true }).fill('Roma (RM)');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.waitForURL(/comune=Roma/);
    await results(page);
    const places = await page.locator('#risultati .card .meta:first-of-type').allTextContents();
    expect(places.length).toBeGreaterThan(1);
    for (const place of places) expect(place).toContain('Roma (RM)');
    await page.close();
  });
});

describe('place', () => {
  it('"near me" with a mocked position lists the closest entry first, with its distance', async () => {
    const nearCarpi = await newContext({ geolocation: { latitude: 44.7836, longitude: 10.885 }, permissions: ['geolocation'] });
    const page = await openSearch('/cerca/', nearCarpi);
    await page.getByRole('button', { name: 'Vicino a me' }).click();
    await page.waitForURL(/vicino=44\.78/);
    const names = await results(page);
    expect(['Coro Le Nuvole', 'Palestre della memoria di Carpi']).toContain(names[0]);
    await expect(page.locator('#risultati .card').first().textContent()).resolves.toMatch(/a \d+(,\d)? km|a \d+ m/);
    expect(page.url()).toContain('ordine=distanza');
    await nearCarpi.close();
  });

  it('"where?" takes a typed comune and sorts by distance', async () => {
    const page = await openSearch('/cerca/?q=alzheimer');
    await page.getByLabel('Dove?').fill('Rho');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await page.waitForURL(/vicino=/);
    const names = await results(page);
    expect(names[0]).toBe("Alzheimer Café dell'ASST Rhodense");
    await expect(page.locator('#vicino-testo').textContent()).resolves.toContain('Rho (MI)');
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
    const page = await openSearch('/cerca/?q=coro&mappa=1');
    const all = await results(page);
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    await page.getByRole('button', { name: 'Cerca in quest’area' }).click();
    await page.waitForURL(/area=/);
    const inView = await results(page);
    expect(inView.length).toBeLessThanOrEqual(all.length);
    await expect(page.locator('#area-stato').isVisible()).resolves.toBe(true);
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
