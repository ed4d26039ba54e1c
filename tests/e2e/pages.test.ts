import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { templateCsv } from '../../src/lib/import/csv.ts';
import { isoDate, placeLine, resource } from '../support/content.ts';
import { categories } from '../../src/schema/vocabularies.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { provinceName } from '../../src/lib/places.ts';
import { slugify } from '../../src/lib/slug.ts';

const siteUrl = inject('siteUrl');
// Names, places and dates are read from the content file, so editing the entry cannot break these tests.
const entry = resource('alzheimer-cafe-asst-rhodense');
const entryPath = `/risorse/${entry.id}/`;
const category = categories[entry.data.category as keyof typeof categories];
const where = entry.data.locations![0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as an inline script, which the site's own CSP rightly forbids.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => browser?.close());

describe('accessibility: zero axe-core violations on every page type', () => {
  const pages = {
    home: '/',
    entry: entryPath,
    organisation: `/organizzazioni/${entry.data.organization}/`,
    category: `/categorie/${entry.data.category}/`,
    categories: '/categorie/',
    places: '/luoghi/',
    region: `/luoghi/${entry.region}/`,
    comune: `/luoghi/${entry.region}/${slugify(provinceName(where.province))}/${slugify(where.comune)}/`,
    about: '/prescrizione-sociale/',
    spreadsheetGuide: '/contribuisci/foglio-di-calcolo/',
    notFound: '/questa-pagina-non-esiste/',
  };
  // The English edition (issue 12): the same page types under /en/, its 404 page, and the pages only English adds here.
  const english = Object.fromEntries(
    Object.entries(pages)
      .filter(([name]) => name !== 'notFound')
      .map(([name, path]) => [`${name} in English`, `/en${path}`]),
  );
  Object.assign(english, {
    'notFound in English': '/en/404/',
    'search in English': '/en/cerca/?q=coro',
    'shortlist in English': '/en/lista/',
    'form in English': '/en/contribuisci/',
    'open data in English': '/en/dati/',
    'coordinators in English': '/en/coordinamento/',
  });
  for (const [name, path] of Object.entries({ ...pages, ...english })) {
    it(`${name} (${path})`, async () => {
      const page = await context.newPage();
      const response = await page.goto(siteUrl + path);
      // A path that went stale would be checked as the 404 page: each must be the page it names.
      expect(response?.status()).toBe(name === 'notFound' ? 404 : 200);
      if (path.startsWith('/en/')) expect(await page.getAttribute('html', 'lang')).toBe('en');
      if (path.startsWith('/en/cerca/')) await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
      if (path === '/en/contribuisci/') await page.locator('form#modulo-contributo').waitFor();
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.close();
    });
  }
});

describe('the spreadsheet template', () => {
  it('is linked from the contribution page and its guide, and downloads as the template the importer describes', async () => {
    const page = await context.newPage();
    for (const path of ['/contribuisci/', '/contribuisci/foglio-di-calcolo/']) {
      await page.goto(siteUrl + path);
      await expect(page.getByRole('link', { name: 'Scarica il modello di foglio di calcolo (CSV)' }).getAttribute('href')).resolves.toBe('/modelli/importazione.csv');
    }
    await page.close();
    const response = await fetch(`${siteUrl}/modelli/importazione.csv`);
    expect(response.status).toBe(200);
    // Byte for byte, with the byte-order mark that makes Excel read it as UTF-8 (text() would drop it).
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(templateCsv(), 'utf8'))).toBe(true);
  });
});

describe('reading without JavaScript', () => {
  it('shows an entry page whole with JavaScript turned off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const response = await page.goto(siteUrl + entryPath);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(entry.data.name);
    const facts = await page.locator('dl.facts').innerText();
    for (const label of ['Dove', 'Quando', 'Costo', 'Come partecipare', 'Contatti', 'Accessibilità']) expect(facts).toContain(label);
    expect(facts).toContain(placeLine(where));
    await expect(page.getByRole('link', { name: /Indicazioni stradali/ }).first().getAttribute('href')).resolves.toContain('openstreetmap.org/directions');
    // The verification section is there, with the date of the last check as the file gives it.
    const verified = page.locator('section[aria-labelledby="verifica"]');
    await expect(verified.getByRole('heading', { name: 'Verifica delle informazioni' }).isVisible()).resolves.toBe(true);
    await expect(verified.innerText()).resolves.toContain(formatDate(isoDate((entry.data.verified as { date: unknown }).date)));
    await noJs.close();
  });

  it('ships no inline script on entry pages: JSON-LD and JSON data, and one external module (the optional shortlist button)', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl + entryPath);
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('type')} ${node.getAttribute('src') ?? 'inline'}`));
    expect(scripts.map((script) => script.replace(/\/_astro\/\S+\.js$/, '/_astro/*.js'))).toEqual(['application/ld+json inline', 'application/json inline', 'module /_astro/*.js']);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('Service');
    await page.close();
  });
});

describe('keyboard and print', () => {
  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl + '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Vai al contenuto');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenuto');
    await page.close();
  });

  it('a category tile leads to that category and the entry is listed there', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl + '/');
    await page.getByRole('link', { name: new RegExp(escape(category.it)) }).first().click();
    await page.waitForURL(`**/categorie/${entry.data.category}/`);
    await expect(page.getByRole('link', { name: entry.data.name, exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  it('printing hides the navigation and keeps the facts', async () => {
    const page = await context.newPage();
    await page.goto(siteUrl + entryPath);
    // On screen the navigation is there (so that hiding it in print means something)…
    await expect(page.locator('.site-nav').count()).resolves.toBe(1);
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    // …and on paper it is not, while the facts are.
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('dl.facts').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('answers unknown addresses with the 404 page and status', async () => {
    const page = await context.newPage();
    const response = await page.goto(siteUrl + '/risorse/non-esiste/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina non trovata');
    await page.close();
  });
});
