// Phone-first (issue 9), on the built sample site in headless Chromium: no page is wider than a
// 320-px screen, every standalone target is at least 44×44 CSS px, and a list received by link is
// counted truthfully and starts on the first screen of a phone. Entries are read from content/, never
// named here, so that editing the sample content does not break these tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { launchBrowser } from '../support/browser.ts';
import { builtPagePaths, filesUnder, visitInTabs } from '../support/built-pages.ts';
import { repoRoot } from '../support/site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

interface ContentEntry {
  id: string;
  status: string;
  contacts: { phone?: string; email?: string; website?: string };
  sources: { url: string }[];
}
/** The sample entries as their files say, in file-name order. */
const entries: ContentEntry[] = filesUnder(join(repoRoot, 'content/resources'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => {
    const { data } = matter(readFileSync(file, 'utf8'));
    return { id: file.split(sep).pop()!.replace(/\.md$/, ''), status: data.status, contacts: data.contacts ?? {}, sources: data.sources ?? [] };
  });
const active = entries.filter((entry) => entry.status === 'attivo');
/** Three active entries from different files: what a link worker would send. */
const threeIds = [active[0], active[Math.floor(active.length / 2)], active[active.length - 1]].map((entry) => entry.id);
const receivedPath = `/lista/?l=${threeIds.join(',')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A context as a phone of this width; map tiles fail at once (no network here). */
async function phone(width: number, height: number, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height }, ...options });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return context;
}

/** Waits until what JavaScript draws on these pages is there: search results, a list, the form. */
async function settle(page: Page, pagePath: string): Promise<void> {
  const path = pagePath.replace(/^\/en(?=\/)/, ''); // the English pages draw the same
  if (path.startsWith('/cerca/') && path.includes('q=')) {
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    await page.locator('#risultati .card').first().waitFor();
  }
  if (path.startsWith('/lista/?l=')) await page.locator('.sheet-item').first().waitFor();
  // The form's page (not its neighbours, e.g. the spreadsheet guide /contribuisci/foglio-di-calcolo/).
  if (/^\/contribuisci\/(\?|$)/.test(path)) await page.locator('form#modulo-contributo').waitFor();
  if (path.includes('mappa=1')) {
    // On a phone the map sits below the results and loads when it is scrolled into view.
    await page.locator('#mappa').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#mappa')?.getAttribute('data-markers-state') === 'ready');
  }
}

describe('at 320×640 no page is wider than the screen', () => {
  it('every built page, search with results, a received list and the contribution form', { timeout: 600_000 }, async () => {
    // Every HTML page of the build (404.html included), then the states that only JavaScript draws.
    const built = builtPagePaths(siteDir);
    expect(built.length).toBeGreaterThan(100);
    // Every English page is among the built ones (/en/…); the states only JavaScript draws, in both languages.
    // (/en/404.html is a copy of /en/404/ for hosts that serve a folder's 404.html: scripts/write-headers.ts.)
    expect(built.filter((path) => path.startsWith('/en/') && path !== '/en/404.html').length).toBe(built.filter((path) => !path.startsWith('/en/')).length);
    const paths = [...built, '/cerca/?q=coro', '/en/cerca/?q=coro', receivedPath, `/en${receivedPath}`];
    const context = await phone(320, 640);
    const tooWide: string[] = [];
    // Three tabs of one context share the ~160 pages: the run stays well under a minute on a quiet machine.
    await visitInTabs(context, paths, async (page, path) => {
      await page.goto(siteUrl + path);
      await settle(page, path);
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > 320) tooWide.push(`${path}: ${width} px`);
    });
    await context.close();
    expect(tooWide, `${tooWide.length} of ${paths.length} pages are wider than 320 px`).toEqual([]);
  });
});

/**
 * Every target on the page whose box is smaller than 44×44 CSS px.
 *
 * A target is a visible link with an href, button, summary, select, text field, checkbox or radio
 * (measured with its <label>, which is what a finger presses), or anything with role=button (Leaflet's
 * map markers). It is "standalone" — and must be 44×44 — unless it is inline in running text, the one
 * exception WCAG 2.5.8 makes: its nearest text block (p, li, dd, dt, td, th, figcaption, blockquote,
 * or a Leaflet control) holds 15 or more characters of text outside its targets, i.e. the link sits in
 * a sentence ("Telefono: " before a phone number is a label, not a sentence; a source's title followed
 * by its note and address is). Text inside the entry's Markdown description is always running text.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TARGETS = 'a[href], button, summary, select, textarea, input:not([type="hidden"]), [role="button"]';
    const BLOCKS = 'p, li, dd, dt, td, th, figcaption, blockquote, .leaflet-control';
    const outsideTargets = (block: Element) => {
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll(TARGETS).forEach((target) => target.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const problems: string[] = [];
    for (const target of document.querySelectorAll<HTMLElement>(TARGETS)) {
      if (!target.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (target.closest('.description')) continue;
      const block = target.closest(BLOCKS);
      if (block && outsideTargets(block).length >= 15) continue;
      let box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const label = target instanceof HTMLInputElement && /checkbox|radio/.test(target.type) ? target.labels?.[0] : undefined;
      if (label) box = label.getBoundingClientRect();
      if (box.width < 43.5 || box.height < 43.5) {
        const name = (target.getAttribute('aria-label') || target.textContent || target.getAttribute('title') || target.tagName).replace(/\s+/g, ' ').trim().slice(0, 50);
        problems.push(`${target.tagName.toLowerCase()} «${name}» ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return problems;
  });
}

describe('standalone targets are at least 44×44 CSS px', () => {
  // One page of each type; the entry has a phone, an email and a website, and sources.
  const entry = entries.find((e) => e.status === 'attivo' && e.contacts.phone && e.contacts.email && e.contacts.website) ?? active[0];
  const placePage = filesUnder(join(siteDir, 'luoghi'))
    .map((file) => relative(siteDir, file).split(sep))
    .find((parts) => parts.length === 5 && parts[4] === 'index.html');
  const organisation = readdirSync(join(siteDir, 'organizzazioni')).sort()[0];
  const category = readdirSync(join(siteDir, 'categorie')).filter((name) => !name.endsWith('.html')).sort()[0];
  const pages: Record<string, string> = {
    home: '/',
    entry: `/risorse/${entry.id}/`,
    organisation: `/organizzazioni/${organisation}/`,
    category: `/categorie/${category}/`,
    place: `/${placePage!.slice(0, 4).join('/')}/`,
    'not found': '/questa-pagina-non-esiste/',
    'search with results and the map': '/cerca/?q=coro&mappa=1',
    'received list': receivedPath,
    form: '/contribuisci/',
  };
  // The English edition: the same page types under /en/ (issue 12).
  for (const [name, path] of Object.entries({ ...pages })) if (name !== 'not found') pages[`${name} in English`] = `/en${path}`;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await phone(320, 640);
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  for (const [name, path] of Object.entries(pages)) {
    it(`${name} (${path}) at 320 and 1280 px`, async () => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
        await page.goto(siteUrl + path);
        await settle(page, path);
        if (path.includes('mappa=1')) expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
        expect(await smallTargets(page), `at ${width} px`).toEqual([]);
      }
    });
  }

  it('the saved list with its tools (print, link, messages, clear)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(siteUrl + receivedPath);
    await settle(page, receivedPath);
    await page.getByRole('button', { name: 'Salva nella mia lista' }).click();
    await page.locator('[data-part="received"]').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Copia il link' }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });
});

describe('the header at 320 px', () => {
  // Italian and English (whose menu words and language name are longer), on the home page, an entry and a search.
  const entry = active[0];
  const paths = ['/', '/en/', `/risorse/${entry.id}/`, `/en/risorse/${entry.id}/`, '/cerca/?q=coro', '/en/cerca/?q=coro'];
  it('takes at most two rows (name and list; menu and language), no wider than the screen', async () => {
    const context = await phone(320, 640);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(siteUrl + path);
      await settle(page, path);
      await page.locator('shortlist-count a').waitFor(); // the list link, shown by the page's script, is in the header too
      const header = await page.evaluate(() => {
        const element = document.querySelector('header.site-header') as HTMLElement;
        const tops = [...element.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => Math.round(a.getBoundingClientRect().top));
        return { height: element.getBoundingClientRect().height, rows: new Set(tops).size, width: element.scrollWidth };
      });
      // Two rows of 44-px targets with their gaps and padding: about 100 px; three rows were 150.
      if (header.height > 110 || header.rows > 2 || header.width > 320) problems.push(`${path}: ${Math.round(header.height)} px high, ${header.rows} rows, ${header.width} px wide`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('the tiles of categories and places at 320 px', () => {
  // "main a" may break a long word anywhere so that nothing scrolls sideways; a tile's name must break
  // only between words ("Movimento e cammino" was drawn "Moviment / o e / cammino"), with and without JavaScript.
  it('break their names only between words', async () => {
    const problems: string[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of ['/', '/cerca/', '/categorie/', '/en/', '/en/cerca/']) {
        await page.goto(siteUrl + path);
        const broken = await page.evaluate(() =>
          [...document.querySelectorAll('.tiles a > span:not(.count)')].flatMap((label) => {
            const text = label.textContent ?? '';
            const node = label.firstChild;
            if (!node || text.length < 2) return [];
            const range = document.createRange();
            const top = (i: number) => {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return range.getBoundingClientRect().top;
            };
            // A new line that starts between two letters of one word.
            for (let i = 1; i < text.length; i++) if (top(i) > top(i - 1) + 2 && /\p{L}/u.test(text[i - 1]) && /\p{L}/u.test(text[i])) return [text];
            return [];
          }),
        );
        const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
        if (broken.length || wide) problems.push(`${path}${javaScriptEnabled ? '' : ' (no JavaScript)'}: ${broken.join(', ')}${wide ? ' wider than the screen' : ''}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('a list received by link, on a 390×844 phone', () => {
  it('counts in the header exactly the entries it shows, and shows the first one on the first screen', async () => {
    const context = await phone(390, 844);
    const page = await context.newPage();
    await page.goto(siteUrl + receivedPath);
    await page.locator('.sheet-item').nth(threeIds.length - 1).waitFor();
    const shown = await page.locator('.sheet-item').count();
    expect(shown).toBe(threeIds.length);
    const header = await page.locator('shortlist-count a').innerText();
    expect(Number(/\((\d+)\)/.exec(header)?.[1]), header).toBe(shown);
    // The first entry's name, not just its border, is on the first screen.
    const name = await page.locator('.sheet-item h2').first().evaluate((heading) => heading.getBoundingClientRect().bottom);
    expect(name).toBeLessThanOrEqual(844);
    // Written for the person who receives it, not for staff.
    await expect(page.locator('h1').innerText()).resolves.not.toMatch(/La mia lista/);
    await expect(page.locator('[data-part="own-intro"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('shows "Link copiato." next to the button, not only to screen readers', async () => {
    const context = await phone(390, 844);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(siteUrl + receivedPath);
    await page.locator('.sheet-item').first().waitFor();
    const copy = page.getByRole('button', { name: 'Copia il link' });
    await copy.click();
    const status = page.getByText('Link copiato.');
    await status.waitFor();
    const [button, message] = await Promise.all([copy.boundingBox(), status.boundingBox()]);
    expect(message!.width).toBeGreaterThan(20);
    expect(message!.height).toBeGreaterThan(10);
    expect(Math.abs(message!.y - (button!.y + button!.height))).toBeLessThan(60);
    await context.close();
  });
});

describe('loose ends', () => {
  it('every link from one built page to another leads to a page that was built (closed entries included)', () => {
    const built = new Set(filesUnder(siteDir).map((file) => '/' + relative(siteDir, file).split(sep).join('/')));
    const broken = new Set<string>();
    for (const file of filesUnder(siteDir).filter((name) => name.endsWith('.html'))) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/href="(\/[^"#?]*)/g)) {
        if (!built.has(href) && !built.has(`${href.replace(/\/?$/, '/')}index.html`)) broken.add(`${relative(siteDir, file)} → ${href}`);
      }
    }
    expect([...broken]).toEqual([]);
  });
});
