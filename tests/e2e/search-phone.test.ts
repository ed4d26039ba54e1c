/**
 * The search page answers first (issue 9): on a phone and on a laptop the first result is on the first
 * screen, the keyboard reaches it in a few presses, the filters fold away behind a button that counts
 * them, "where" is asked next to "what" (also on the home page), the status tells the truth on a slow
 * network, and without JavaScript only what works is shown. Entries are read from content/, not typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { glob } from 'tinyglobby';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { siteConfig } from '../../src/config.ts';
import { issueFormUrl } from '../../src/lib/contribute/github.ts';
import { t } from '../../src/i18n/pages.ts';
import { urls } from '../../src/lib/urls.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

interface Entry {
  name: string;
  category: string;
  status: string;
  locations: { comune: string; province: string }[];
}
let entries: Entry[];

beforeAll(async () => {
  browser = await launchBrowser();
  const files = (await glob('content/resources/*/*.md', { cwd: repoRoot })).sort();
  entries = files.map((file) => matter(readFileSync(join(repoRoot, file), 'utf8')).data as Entry);
});
afterAll(async () => browser?.close());

/** A context as people get it (the site's CSP enforced), whose map tiles fail as they do offline: no request leaves loopback. */
async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  return context;
}

async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
  return page.locator('#risultati h3').allTextContents();
}

describe('the answer comes first', () => {
  // 320 × 640 is the smallest phone we write for; with "Dove?" given, the line that says where the search looks comes first too.
  const cases: [width: number, height: number, path: string][] = [
    [320, 640, '/cerca/?q=coro'],
    [320, 640, '/cerca/?q=coro&dove=Carpi'],
    [320, 640, '/en/cerca/?q=choir&dove=Carpi'],
    [390, 844, '/cerca/?q=coro'],
    [1280, 800, '/cerca/?q=coro'],
  ];
  for (const [width, height, path] of cases) {
    it(`at ${width}×${height} the name of the first result of ${path} is on the first screen`, async () => {
      const context = await newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${siteUrl}${path}`);
      expect((await results(page)).length).toBeGreaterThan(0);
      // The first line of its name, read where the page opens (no scrolling).
      const bottom = await page.locator('#risultati .card h3 a').first().evaluate((link) => {
        const range = document.createRange();
        range.setStart(link.firstChild!, 0);
        range.setEnd(link.firstChild!, 1);
        return range.getBoundingClientRect().bottom + window.scrollY;
      });
      console.log(`first result's name at ${width}×${height} (${path}): first line ends ${Math.round(bottom)} px from the top`);
      expect(bottom).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }

  it('from the top of the page, the first result is reached in at most 15 Tab presses, and a skip link jumps to the results', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cerca/?q=coro`);
    const [first] = await results(page);
    let presses = 0;
    let reached = false;
    while (!reached && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('#risultati li:first-child h3')));
    }
    console.log(`Tab presses from the top of the search page to the first result: ${presses}`);
    expect(reached).toBe(true);
    expect(presses).toBeLessThanOrEqual(15);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);

    await page.reload();
    await results(page);
    // Under a loaded CI machine the page may still be fetching (map data, suggestions) when the results
    // show; a person tabbing starts once it has settled, and so does this check.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t('skipToResults'));
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('risultati-titolo');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    await context.close();
  });

  it('a late second search for the same words keeps a keyboard user on the result they reached', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cerca/?q=coro`);
    const [first] = await results(page);
    await page.waitForLoadState('networkidle');
    // The skip link, then Tab: focus on the first result's link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    // The skip link's own jump to #risultati-titolo is a history event; so is anything else that asks for
    // the same URL's results again while the person is already among them.
    const searches = await page.evaluate(async () => {
      let loading = 0;
      const list = document.querySelector('#risultati')!;
      new MutationObserver(() => void (list.getAttribute('data-state') === 'loading' && loading++)).observe(list, { attributes: true });
      window.dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((done) => setTimeout(done, 1500));
      return loading;
    });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first);
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('#risultati li:first-child h3')))).resolves.toBe(true);
    expect(searches).toBe(0);
    await context.close();
  });
});

describe('filters', () => {
  it('fold behind a button that says how many are active; applying them brings focus back to the results', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cerca/?q=coro`);
    await results(page);
    const toggle = page.locator('#apri-filtri');
    await expect(toggle.textContent()).resolves.toBe(t('filtersButton')(0));
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#filtri').isVisible()).resolves.toBe(false);

    // Escape closes the panel without applying what was ticked, and returns to its button.
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#filtri').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('filtri-titolo');
    await page.getByRole('checkbox', { name: new RegExp(t('freeOnly')) }).check();
    await page.keyboard.press('Escape');
    await expect(page.locator('#filtri').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('apri-filtri');
    await expect(page.getByRole('checkbox', { name: new RegExp(t('freeOnly')), includeHidden: true }).isChecked()).resolves.toBe(false);
    expect(page.url()).not.toContain('costo=');

    await toggle.click();
    await page.getByRole('checkbox', { name: new RegExp(t('freeOnly')) }).check();
    await page.getByRole('button', { name: t('applyFilters') }).click();
    await page.waitForURL(/costo=gratuito/);
    await results(page);

    await expect(toggle.textContent()).resolves.toBe(t('filtersButton')(1));
    await expect(page.locator('#filtri').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('risultati-titolo');
    const headingTop = await page.locator('#risultati-titolo').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(-1);
    expect(headingTop).toBeLessThan(844 / 2);
    await context.close();
  });
});

describe('where, next to what', () => {
  it('the home page\'s two fields lead to a search near that comune, with the entry among the results', async () => {
    const entry = entries.find((e) => e.status === 'attivo' && e.locations?.length > 0)!;
    const place = `${entry.locations[0].comune} (${entry.locations[0].province})`;
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(siteUrl + urls.home());
    await page.getByLabel(t('searchLabel')).fill(entry.name);
    await page.getByLabel(t('searchWhereLabel')).fill(place);
    await page.getByRole('button', { name: t('searchButton'), exact: true }).click();
    await page.waitForURL(/\/cerca\/\?.*vicino=/);
    const names = await results(page);
    expect(names).toContain(entry.name);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe(entry.name);
    expect(url.searchParams.get('vicino')).toContain(place);
    await expect(page.getByLabel(t('searchWhereLabel')).inputValue()).resolves.toBe(place);
    await expect(page.locator('#vicino-testo').textContent()).resolves.toContain(place);
    await context.close();
  });
});

describe('status messages on a slow network', () => {
  it('say "loading", then "searching", then the count: never "JavaScript is off" nor "write what you are looking for"', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // Every text the status shows, from the first parse on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __statusTexts: string[] }).__statusTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('#stato')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    await page.goto(`${siteUrl}/cerca/?q=coro`, { timeout: 60_000 });
    await expect(page.getByText(t('noJsSearch')).isVisible()).resolves.toBe(false);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready', undefined, { timeout: 60_000 });
    const texts = await page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);
    console.log(`status texts at 400 kbps: ${JSON.stringify(texts)}`);
    expect(texts[0]).toBe(t('searchLoading'));
    expect(texts).toContain(t('searching'));
    expect(texts).not.toContain(t('resultsEmptyState'));
    expect(texts.at(-1)).toMatch(/^\d+ risorse trovate\.$/);
    await context.close();
  });
});

describe('a place sent by the home page, on a slow phone network (320×640)', () => {
  it('stays in "Dove?" while it is looked up, the form already compact, and then the results come on the first screen', async () => {
    const context = await newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // What the page shows each time the status changes, from the first parse on.
    await page.addInitScript(() => {
      const seen: { status: string; where: string; compact: boolean }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const status = document.querySelector('#stato')?.textContent ?? '';
        if (!status || seen.at(-1)?.status === status) return;
        seen.push({ status, where: (document.querySelector('#dove') as HTMLInputElement | null)?.value ?? '', compact: Boolean(document.querySelector('#ricerca.has-query')) });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
    await page.goto(`${siteUrl}/cerca/?q=coro&dove=Carpi`, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready', undefined, { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: { status: string; where: string; compact: boolean }[] }).__seen);
    console.log(`a sent place on a slow network: ${JSON.stringify(seen)}`);
    const lookingUp = seen.find((s) => s.status === t('placeLoading')('Carpi'));
    expect(lookingUp).toEqual({ status: t('placeLoading')('Carpi'), where: 'Carpi', compact: true });
    expect(await page.inputValue('#dove')).toBe('Carpi (MO)');
    const top = await page.locator('#risultati .card').first().evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(640);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search page shows the browse links and an explanation, and no control that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cerca/?q=coro`);
    // Playwright's text locators skip <noscript>, which a browser without JavaScript does show: CSS locators then.
    await expect(page.locator('noscript .notice').textContent()).resolves.toBe(t('noJsSearch'));
    await expect(page.locator('noscript .notice').isVisible()).resolves.toBe(true);
    const visibleControls = await page.locator('main').locator('input, select, button, textarea').evaluateAll(
      (controls) => controls.filter((control) => (control as HTMLElement).offsetParent !== null).map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(visibleControls).toEqual([]);
    const category = entries.find((e) => e.status === 'attivo')!.category;
    await expect(page.locator(`main a[href="${urls.category(category)}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`main a[href="${urls.online()}"]`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the contribution page offers the issue form and the editors\' email instead of a form that never loads', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/contribuisci/`);
    await expect(page.getByText(t('contributeLoading')).isVisible()).resolves.toBe(false);
    const notice = page.locator('noscript p');
    await expect(notice.textContent()).resolves.toBe(`${t('contributeNoScript')} ${t('contributeNoScriptWays')}`);
    // First, under the title (the intro that asks to fill in the form is hidden): on the first screen of a phone.
    await expect(notice.isVisible()).resolves.toBe(true);
    const box = await notice.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(page.viewportSize()!.height);
    await notice.getByRole('link').click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#foglio-di-calcolo');
    await expect(page.locator(`a[href="${issueFormUrl(siteConfig, 'nuova-risorsa.yml')}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`a[href="mailto:${siteConfig.correctionsEmail}"]`).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('no broken requests', () => {
  it('searching, filtering, choosing a place and opening the map ask for nothing that is missing', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${siteUrl}/cerca/?q=coro`);
    await results(page);
    await page.locator('#apri-filtri').click();
    await page.getByRole('checkbox', { name: new RegExp(t('freeOnly')) }).check();
    await page.getByRole('button', { name: t('applyFilters') }).click();
    await page.waitForURL(/costo=gratuito/);
    await results(page);
    const entry = entries.find((e) => e.status === 'attivo' && e.locations?.length > 0)!;
    await page.getByLabel(t('searchWhereLabel')).fill(`${entry.locations[0].comune} (${entry.locations[0].province})`);
    await page.getByRole('button', { name: t('searchButton'), exact: true }).click();
    await page.waitForURL(/vicino=/);
    await results(page);
    await page.getByRole('button', { name: t('showMap') }).click();
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    // All of Italy, with the online bundle: the map must not ask for map data that online resources never have.
    await page.goto(`${siteUrl}/cerca/?q=coro&mappa=1`);
    await results(page);
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    await context.close();
  });
});
