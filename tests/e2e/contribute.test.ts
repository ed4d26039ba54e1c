/**
 * The contribution page in headless Chromium, under the site's own CSP: a volunteer fills the form
 * for a new walking group (with a mistake first), gets a file that parses and validates and a GitHub
 * link that carries it; an existing entry prefills every field; axe finds nothing wrong in any state.
 */
import { shardOf } from '../../src/lib/shards.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldId } from '../../src/lib/contribute/errors.ts';
import type { StoredEntry } from '../../src/lib/contribute/stored.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { validateDirectory } from '../../src/lib/validate/index.ts';
import { isEntry, parseResource } from '../../src/lib/validate/read.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { resources } from '../support/content.ts';
import { suggestId } from '../../src/lib/contribute/paths.ts';

const siteUrl = inject('siteUrl');
const PAGE = '/contribuisci/';
const NEW_FILE = 'content/resources/lombardia/gruppo-di-cammino-della-vettabbia-milano.md';
let browser: Browser;
/** The site as people get it: its Content-Security-Policy enforced. */
let strict: BrowserContext;
/** For axe, which is injected as an inline script that the CSP rightly forbids. */
let relaxed: BrowserContext;
const cspErrors: string[] = [];

/** No network beyond loopback: map tiles fail, as they may for a volunteer on a bad connection. */
async function offline(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

beforeAll(async () => {
  browser = await launchBrowser();
  strict = await browser.newContext();
  relaxed = await browser.newContext({ bypassCSP: true });
  await Promise.all([offline(strict), offline(relaxed)]);
});
afterAll(async () => browser?.close());

async function openForm(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on('pageerror', (error) => cspErrors.push(`pageerror: ${error.message}`));
  await page.goto(siteUrl + PAGE + query);
  await page.locator('form#modulo-contributo').waitFor();
  return page;
}

const input = (page: Page, key: string) => page.locator(`#${fieldId(key)}`);
const submit = (page: Page) => page.getByRole('button', { name: 'Controlla e prepara il file' }).click();

/** A new walking group in Milan, filled in as a volunteer would, with a phone number that is too short. */
async function fillWalkingGroup(page: Page): Promise<void> {
  await input(page, 'name').fill('Gruppo di cammino della Vettabbia');
  await input(page, 'summary').fill('Camminate di un’ora lungo il parco della Vettabbia, al passo di tutti.');
  await input(page, 'category').selectOption('movimento');
  for (const need of ['muoversi', 'compagnia', 'stare-all-aperto']) await page.locator(`#${fieldId('needs')}-${need}`).check();
  for (const audience of ['anziani', 'adulti']) await page.locator(`#${fieldId('audiences')}-${audience}`).check();
  await input(page, 'organization').fill('auser');
  // The comune: type a few letters, pick the suggestion; province and position follow.
  const comune = input(page, 'locations.0.comune');
  await comune.click();
  await comune.pressSequentially('Mila');
  await page.locator(`#${fieldId('locations.0')}-comuni option[value="Milano (MI)"]`).waitFor({ state: 'attached' });
  await comune.fill('Milano (MI)');
  await page.waitForFunction((id) => (document.getElementById(id) as HTMLInputElement | null)?.value === 'MI', fieldId('locations.0.province'));
  await input(page, 'locations.0.address').fill('Via Sant’Arialdo 30');
  await input(page, 'locations.0.postcode').fill('20139');
  for (const day of ['mar', 'gio']) await page.locator(`#${fieldId('schedule.sessions.0.days')}-${day}`).check();
  await input(page, 'schedule.sessions.0.start').fill('09:30');
  await input(page, 'schedule.sessions.0.end').fill('10:30');
  await page.locator(`#${fieldId('cost.free')}-true`).check();
  await page.locator(`#${fieldId('joining.methods')}-accesso-libero`).check();
  await input(page, 'contacts.phone').fill('333 12');
  await input(page, 'contacts.website').fill('https://www.auser.it');
  await input(page, 'verified.by').fill('Auser Milano');
  await input(page, 'verified.method').selectOption('telefono');
  await input(page, 'sources.0.title').fill('Volantino del gruppo di cammino');
  await input(page, 'sources.0.url').fill('https://www.auser.it');
  await input(page, 'body').fill('Ci si ritrova all’ingresso del parco.\n\n- scarpe comode\n- acqua');
}

/** Validates a file as if it were added to a copy of content/. */
async function validateAdded(path: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'segnavia-e2e-'));
  try {
    cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    return await validateDirectory(join(dir, 'content'), { root: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a new walking group', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openForm(strict);
    await fillWalkingGroup(page);
    await submit(page);
  });

  it('shows the mistake next to the right field, and in the summary with a link to it', async () => {
    const summary = page.locator('.error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe('C’è un problema da correggere');
    const link = summary.getByRole('link');
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe('#campo-contacts-phone');
    await expect(link.textContent()).resolves.toMatch(/^Telefono: Numero di telefono non valido/);

    const phone = input(page, 'contacts.phone');
    await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(phone.getAttribute('aria-describedby')).resolves.toContain('campo-contacts-phone-errore');
    const field = page.locator('.field', { has: phone });
    await expect(field.locator('.field-error').getAttribute('id')).resolves.toBe('campo-contacts-phone-errore');
    await expect(field.locator('.field-error').textContent()).resolves.toMatch(/Numero di telefono non valido: usa un numero italiano pubblico/);
    await expect(page.locator('.field-error').count()).resolves.toBe(1);

    await link.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('campo-contacts-phone');
  });

  it('once fixed, gives a file that parses and validates, and a GitHub link that carries it', async () => {
    await input(page, 'contacts.phone').fill('02 5551234');
    await submit(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('scheda-pronta');
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);

    const text = await page.locator('#file-0-testo').inputValue();
    const parsed = parseResource({ path: '', file: NEW_FILE, inner: 'lombardia/x.md', collection: 'resources' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    expect(resourceSchema.parse(parsed.data)).toMatchObject({
      name: 'Gruppo di cammino della Vettabbia',
      organization: 'auser',
      locations: [{ comune: 'Milano', province: 'MI', address: 'Via Sant’Arialdo 30', postcode: '20139', position: 'approssimativa' }],
      schedule: { sessions: [{ days: ['mar', 'gio'], start: '09:30', end: '10:30', frequency: 'settimanale' }] },
      contacts: { phone: '02 5551234', website: 'https://www.auser.it' },
      verified: { date: todayIso(), by: 'Auser Milano', method: 'telefono' },
    });
    expect(parsed.body.trim()).toBe('Ci si ritrova all’ingresso del parco.\n\n- scarpe comode\n- acqua');

    const report = await validateAdded(NEW_FILE, text);
    expect(report.problems.filter((p) => p.file === NEW_FILE)).toEqual([]);
    expect(report.counts.errors).toBe(0);

    const href = await page.getByRole('link', { name: 'Proponi il file su GitHub' }).getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://github.com/segnavia/segnavia/new/main');
    expect(url.searchParams.get('filename')).toBe(NEW_FILE);
    expect(url.searchParams.get('value')).toBe(text);
    await expect(page.locator('.preview h3').textContent()).resolves.toBe('Gruppo di cammino della Vettabbia');
    await expect(page.locator('.preview .facts').innerText()).resolves.toContain('Ogni martedì e giovedì, dalle 9:30 alle 10:30.');
  });

  it('downloads the same file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica il file' }).click()]);
    expect(download.suggestedFilename()).toBe('gruppo-di-cammino-della-vettabbia-milano.md');
    // The same bytes as the file shown on the page (and carried by the GitHub link), not just the same name.
    const shown = await page.locator('#file-0-testo').inputValue();
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(shown);
  });

  it('ran under the site’s Content-Security-Policy without a violation', () => {
    expect(cspErrors).toEqual([]);
  });
});

describe('an id that is already taken', () => {
  it('is an error on the id field, with a link to update the existing entry', async () => {
    // An entry of the content whose id is the one the form makes from its name and comune.
    const taken = resources((r) => r.data.locations?.length === 1 && suggestId(r.data.name, r.data.locations[0].comune) === r.id)[0];
    if (!taken) throw new Error('no entry in content/ has the id the form would suggest for it');
    const where = taken.data.locations![0];
    const page = await openForm(strict);
    await input(page, 'name').fill(taken.data.name);
    await input(page, 'locations.0.comune').fill(`${where.comune} (${where.province})`);
    await expect(input(page, 'id').inputValue()).resolves.toBe(taken.id);
    await submit(page);
    await expect.poll(() => page.locator(`#${fieldId('id')}-errore`).textContent()).toMatch(`Esiste già una scheda con l’identificativo «${taken.id}»`);
    await expect(page.getByRole('link', { name: 'Aggiorna la scheda esistente' }).getAttribute('href')).resolves.toBe(`/contribuisci/?da=${taken.id}`);
    await page.close();
  });
});

describe('the map', () => {
  it('loads on request, says when tiles fail, and a click sets the coordinates as exact', async () => {
    const page = await openForm(strict);
    await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Scegli il punto del luogo 1 sulla mappa' }).click();
    await page.locator('.leaflet-container').waitFor();
    await expect(page.getByText('Lo sfondo della mappa non si carica').isVisible()).resolves.toBe(true);
    await page.locator('.contribute-map').click({ position: { x: 200, y: 150 } });
    await expect.poll(() => input(page, 'locations.0.lat').inputValue()).toMatch(/^\d+\.\d+$/);
    expect(Number(await input(page, 'locations.0.lon').inputValue())).toBeGreaterThan(0);
    await expect(page.locator(`#${fieldId('locations.0.position')}-esatta`).isChecked()).resolves.toBe(true);
    await expect(page.locator('.contribute-pin').count()).resolves.toBe(1);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});

describe('starting from an existing entry', () => {
  it.each(['sciroppo-di-teatro', 'gruppi-di-cammino-monza', 'filo-d-argento-auser', 'dance-well-bassano-del-grappa'])('%s prefills every field, refreshes the date and links to its edit page', async (id) => {
    const shard = (await (await fetch(`${siteUrl}/contribuisci/schede/${shardOf(id)}.json`)).json()) as Record<string, StoredEntry>;
    const stored = shard[id];
    const page = await openForm(strict, `?da=${id}`);
    await expect.poll(() => input(page, 'name').inputValue()).toBe(stored.data.name);
    const today = todayIso();

    // Every value of the entry is in its field.
    const GROUPS = /^(needs|audiences|joining\.methods|accessibility\.features|schedule\.sessions\.\d+\.days)$/;
    const RADIOS = /^(cost\.free|status|locations\.\d+\.position)$/;
    let checked = 0;
    const walk = async (value: unknown, key: string): Promise<void> => {
      if (!Array.isArray(value) && !(value && typeof value === 'object')) checked++;
      if (GROUPS.test(key)) {
        checked++;
        const values = value as string[];
        for (const v of values) await expect(page.locator(`#${fieldId(key)}-${v}`).isChecked(), `${key} ${v}`).resolves.toBe(true);
        await expect(page.locator(`#${fieldId(key)} input:checked`).count(), key).resolves.toBe(values.length);
      } else if (key === 'accessibility.languages') {
        await expect(input(page, key).inputValue()).resolves.toBe((value as string[]).join(', '));
      } else if (RADIOS.test(key)) {
        await expect(page.locator(`#${fieldId(key)}-${String(value)}`).isChecked(), key).resolves.toBe(true);
      } else if (typeof value === 'boolean') {
        await expect(input(page, key).isChecked(), key).resolves.toBe(value);
      } else if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) await walk(item, `${key}.${i}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) await walk(v, key ? `${key}.${k}` : k);
      } else {
        await expect(input(page, key).inputValue(), key).resolves.toBe(key === 'verified.date' ? today : String(value));
      }
    };
    await walk(stored.data, '');
    expect(checked).toBeGreaterThan(15);
    await expect(input(page, 'id').inputValue()).resolves.toBe(id);
    await expect(input(page, 'body').inputValue()).resolves.toBe(stored.body);

    await submit(page);
    await page.locator('#scheda-pronta').waitFor();
    const text = await page.locator('#file-0-testo').inputValue();
    const parsed = parseResource({ path: '', file: stored.path, inner: stored.path, collection: 'resources' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    expect(resourceSchema.parse(parsed.data)).toEqual({ ...stored.data, verified: { ...stored.data.verified, date: today } });
    expect(parsed.body.trim()).toBe(stored.body);
    await expect(page.getByRole('link', { name: 'Apri il file su GitHub per aggiornarlo' }).getAttribute('href')).resolves.toBe(`https://github.com/segnavia/segnavia/edit/main/${stored.path}`);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('says so when the entry does not exist', async () => {
    const page = await openForm(strict, '?da=non-esiste');
    await expect(page.getByText('Non trovo la scheda «non-esiste»').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('accessibility', () => {
  const check = async (page: Page) => {
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  };

  it('zero axe violations on the empty form, with the map open', async () => {
    const page = await openForm(relaxed);
    await check(page);
    await page.getByRole('button', { name: 'Scegli il punto del luogo 1 sulla mappa' }).click();
    await page.locator('.leaflet-container').waitFor();
    await page.locator('.contribute-map').click({ position: { x: 120, y: 120 } });
    await page.locator('.contribute-pin').waitFor();
    await check(page);
    await page.close();
  });

  it('zero axe violations in the error state (every required field missing)', async () => {
    const page = await openForm(relaxed);
    await page.getByRole('checkbox', { name: 'L’organizzazione non è nell’elenco: la aggiungo' }).check();
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.field-error').count()).resolves.toBeGreaterThan(10);
    await check(page);
    await page.close();
  });

  it('zero axe violations on the finished file and its preview', async () => {
    const page = await openForm(relaxed);
    await fillWalkingGroup(page);
    await input(page, 'contacts.phone').fill('02 5551234');
    await submit(page);
    await page.locator('.preview').waitFor();
    await check(page);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('explains the other ways to contribute', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(siteUrl + PAGE);
    await expect(page.locator('form').count()).resolves.toBe(0);
    await expect(page.locator('section[aria-labelledby="altri-modi"]').innerText()).resolves.toContain('Il modulo ha bisogno di JavaScript');
    await expect(page.getByRole('link', { name: /Segnala una nuova attività/ }).getAttribute('href')).resolves.toBe('https://github.com/segnavia/segnavia/issues/new?template=nuova-risorsa.yml');
    await expect(page.getByRole('link', { name: /Scrivi alla redazione/ }).getAttribute('href')).resolves.toMatch(/^mailto:/);
    await expect(page.getByRole('link', { name: /guida per chi contribuisce/ }).getAttribute('href')).resolves.toBe('https://github.com/segnavia/segnavia/blob/main/CONTRIBUTING.md');
    await noJs.close();
  });

  it('every page links to the contribution page from the footer', async () => {
    const page = await strict.newPage();
    await page.goto(siteUrl + '/');
    await expect(page.locator('footer').getByRole('link', { name: 'Contribuisci' }).getAttribute('href')).resolves.toBe(PAGE);
    await page.close();
  });
});

describe('JavaScript size', () => {
  it('the form loads a bounded amount of gzipped JavaScript; the map and the preview only when used', async () => {
    const page = await strict.newPage();
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      if (!/\.m?js(\?|$)/.test(response.url())) return;
      const body = await response.body().catch(() => undefined);
      if (body) sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
    });
    const total = (filter: (url: string) => boolean = () => true) => [...sizes].filter(([url]) => filter(url)).reduce((sum, [, n]) => sum + n, 0);
    await page.goto(siteUrl + PAGE);
    await page.locator('form#modulo-contributo').waitFor();
    await page.waitForLoadState('networkidle');
    const form = new Set(sizes.keys());
    const runtime = total((url) => /\/(client|react|jsx-runtime|rolldown-runtime)\.[\w-]+\.js$/.test(url));
    const own = total() - runtime;
    expect([...form].some((url) => /LocationMap|TileLayer|Preview/.test(url))).toBe(false);
    await page.getByRole('button', { name: 'Scegli il punto del luogo 1 sulla mappa' }).click();
    await page.locator('.leaflet-container').waitFor();
    await page.waitForLoadState('networkidle');
    const map = total((url) => !form.has(url));
    console.log(`contribute page JS: ${(own / 1024).toFixed(1)} KB gzip of our own + ${(runtime / 1024).toFixed(1)} KB React runtime; the map adds ${(map / 1024).toFixed(1)} KB`);
    expect(own).toBeLessThanOrEqual(70 * 1024);
    expect(runtime).toBeLessThanOrEqual(75 * 1024);
    expect(map).toBeGreaterThan(0);
    expect(map).toBeLessThanOrEqual(50 * 1024);
    // The preview is its own file, fetched when the finished file is shown (not bundled with the form).
    const beforePreview = new Set(sizes.keys());
    await fillWalkingGroup(page);
    await input(page, 'contacts.phone').fill('02 5551234');
    await submit(page);
    await page.locator('.preview').waitFor();
    await page.waitForLoadState('networkidle');
    expect([...sizes.keys()].filter((url) => !beforePreview.has(url)).some((url) => /\/Preview\.[\w-]+\.js$/.test(url))).toBe(true);
    await page.close();
  });
});
