// The signposting toolkit (issue 4) as a link worker uses it: add three resources from their pages,
// reorder, print the sheet to PDF and read it back (text with pdftotext, QR codes with jsQR),
// send it as a link that another browser opens and saves, and as WhatsApp/SMS/email text.
import { shardOf } from '../../src/lib/shards.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { load } from 'js-yaml';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { allResources, isActive, resource, resources } from '../support/content.ts';
import type { SheetItem } from '../../src/lib/shortlist/sheet.ts';
import { lineText } from '../../src/lib/facts.ts';

const run = promisify(execFile);
const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const out = join(repoRoot, 'tests/.output/shortlist');

// Three resources in three regions, each with a phone; names and phones as a person reads them, from
// their content files (tests/support/content.ts), so that editing them cannot break this test.
const chosen = ['pronto-alzheimer-milano', 'afa-mugello', 'gruppo-di-cammino-sassari'].map((id) => {
  const { data, path } = resource(id);
  if (!data.contacts?.phone) throw new Error(`${id} needs a phone for this test`);
  return { id, name: data.name, phone: data.contacts.phone, path };
});
// After "Sposta su" on the third: Milano, Sassari, Mugello.
const reordered = [chosen[0], chosen[2], chosen[1]];
const facts = (id: string): SheetItem => JSON.parse(readFileSync(join(siteDir, 'lista/voci', `${shardOf(id)}.json`), 'utf8'))[id];
const entryUrl = (id: string) => `${siteUrl}/risorse/${id}/`;
const squash = (text: string) => text.replace(/\s+/g, ' ');

let browser: Browser;
/** The worker's browser: the site's own Content-Security-Policy applies. */
let worker: BrowserContext;
let page: Page;
const problems: string[] = [];

function watch(target: Page) {
  target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  target.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
}

const headerCount = (target: Page) => target.locator('shortlist-count a').innerText();
const listedNames = (target: Page) => target.locator('.sheet-item h2 a').allInnerTexts();

/**
 * Every QR code in a PNG, top to bottom. jsQR reads one code per image and can be confused by two,
 * so the page is read in overlapping horizontal bands a little taller than one printed code.
 */
function decodeAll(file: string): string[] {
  const png = PNG.sync.read(readFileSync(file));
  const band = Math.round(png.height / 6);
  const found: { y: number; data: string }[] = [];
  for (let top = 0; top < png.height; top += Math.round(band / 3)) {
    const height = Math.min(band, png.height - top);
    const slice = png.data.subarray(top * png.width * 4, (top + height) * png.width * 4);
    const code = jsQR(new Uint8ClampedArray(slice.buffer, slice.byteOffset, slice.length), png.width, height, { inversionAttempts: 'dontInvert' });
    // A code cut by the band's edge can decode as noise (an empty text, its corner above the band): the
    // bands overlap, so every whole code is also read from a band that holds all of it.
    const corners = code ? [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner] : [];
    const whole = corners.every((corner) => corner.y >= 0 && corner.y <= height);
    if (code && whole && !found.some((other) => other.data === code.data && Math.abs(other.y - (top + code.location.topLeftCorner.y)) < band)) {
      found.push({ y: top + code.location.topLeftCorner.y, data: code.data });
    }
  }
  return found.sort((a, b) => a.y - b.y).map((code) => code.data);
}

/** The PDF's pages as PNGs at 150 dpi, and every QR code on them in reading order. */
async function qrCodesOf(pdf: string, name: string): Promise<string[]> {
  await run('pdftoppm', ['-r', '150', '-png', pdf, join(out, name)]);
  const pages = readdirSync(out).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png')).sort();
  return pages.flatMap((file) => decodeAll(join(out, file)));
}

async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

async function pdfText(pdf: string, pageNumber?: number): Promise<string> {
  const range = pageNumber ? ['-f', String(pageNumber), '-l', String(pageNumber)] : [];
  return squash((await run('pdftotext', ['-raw', ...range, pdf, '-'])).stdout);
}

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  worker = await browser.newContext();
  page = await worker.newPage();
  watch(page);
});
afterAll(async () => browser?.close());

describe('a shortlist made, printed, linked and messaged', () => {
  it('adds three resources from their entry pages, with the count in the header and a spoken confirmation', async () => {
    for (const [index, entry] of chosen.entries()) {
      await page.goto(entryUrl(entry.id));
      const button = page.getByRole('button', { name: `Aggiungi alla lista: ${entry.name}` });
      await button.click();
      await expect(page.getByRole('button', { name: `Togli dalla lista: ${entry.name}` }).count()).resolves.toBe(1);
      await page.waitForFunction((n) => document.querySelector('shortlist-count a')?.textContent?.includes(`(${n})`), index + 1);
      await expect(headerCount(page)).resolves.toBe(`La mia lista (${index + 1})`);
      await expect.poll(() => page.locator('#shortlist-status').textContent()).toContain(entry.name);
    }
  });

  it('adds and removes from a list card too, and the header follows', async () => {
    await page.goto(`${siteUrl}/categorie/musica-canto/`);
    const toggles = page.locator('.card shortlist-toggle button');
    // One button per resource the category page lists (closed ones are not listed).
    await expect(toggles.count()).resolves.toBe(resources((r) => r.data.category === 'musica-canto' && isActive(r)).length);
    await toggles.first().click();
    await expect(headerCount(page)).resolves.toBe('La mia lista (4)');
    await toggles.first().click();
    await expect(headerCount(page)).resolves.toBe('La mia lista (3)');
  });

  it('opens the shortlist from the header and shows the three in the order they were added', async () => {
    await page.locator('shortlist-count a').click();
    await page.waitForURL('**/lista/');
    await page.locator('.sheet-item').nth(2).waitFor();
    await expect(listedNames(page)).resolves.toEqual(chosen.map((entry) => entry.name));
  });

  it('moves the third up with a button, keeps focus on it, and remembers the order', async () => {
    await page.getByRole('button', { name: `Sposta su: ${chosen[2].name}` }).click();
    await expect(listedNames(page)).resolves.toEqual(reordered.map((entry) => entry.name));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`Sposta su: ${chosen[2].name}`);
    await expect.poll(() => page.locator('#shortlist-status').textContent()).toContain('posto 2');
    await page.reload();
    await page.locator('.sheet-item').nth(2).waitFor();
    await expect(listedNames(page)).resolves.toEqual(reordered.map((entry) => entry.name));
  });

  it('keeps a note for the person, which goes on paper only', async () => {
    await page.getByLabel(/Nota \(facoltativa\)/).fill('Chiedere di Anna, martedì mattina.');
    await page.reload();
    await expect(page.getByLabel(/Nota \(facoltativa\)/).inputValue()).resolves.toBe('Chiedere di Anna, martedì mattina.');
  });

  it('prints an A4 sheet with the date, a line for the name, the note, and every resource’s facts, none split across pages', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, 'sheet.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = await pdfText(pdf);
    const now = new Date();
    const today = formatDate(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
    expect(text).toContain('Attività consigliate per te');
    expect(text).toContain(`Data: ${today}`);
    expect(text).toContain('Per:');
    expect(text).toContain('Chiedere di Anna, martedì mattina.');
    let last = -1;
    for (const [index, entry] of reordered.entries()) {
      const item = facts(entry.id);
      const at = text.indexOf(`${index + 1}. ${entry.name}`);
      expect(at, entry.name).toBeGreaterThan(last);
      last = at;
      expect(text).toContain(`Telefono: ${entry.phone}`);
      for (const line of item.facts.flatMap((fact) => fact.lines.map(lineText))) expect(text).toContain(squash(line));
    }
    expect(text).not.toMatch(/Sposta su|Togli dalla lista|Stampa il foglio|Consegna la lista/);
    // A resource is never split: its name and its phone are on the same page.
    const pages = await pdfPages(pdf);
    expect(pages).toBeLessThanOrEqual(3);
    for (const entry of reordered) {
      const pageTexts = await Promise.all(Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1)));
      const withName = pageTexts.findIndex((pageText) => pageText.includes(entry.name));
      expect(pageTexts[withName], entry.name).toContain(`Telefono: ${entry.phone}`);
    }
    // Each QR code opens its entry on the site that served the list.
    await expect(qrCodesOf(pdf, 'sheet')).resolves.toEqual(reordered.map((entry) => entryUrl(entry.id)));
  });

  it('gives a link that opens the same list in a fresh browser, where it can be saved', async () => {
    const link = await page.getByLabel('Link alla lista').inputValue();
    expect(link).toBe(`${siteUrl}/lista/?l=${reordered.map((entry) => entry.id).join(',')}`);
    const other = await browser.newContext();
    const fresh = await other.newPage();
    watch(fresh);
    await fresh.goto(link);
    await fresh.locator('.sheet-item').nth(2).waitFor();
    await expect(listedNames(fresh)).resolves.toEqual(reordered.map((entry) => entry.name));
    await expect(headerCount(fresh)).resolves.toBe('Lista ricevuta (3)');
    await expect(fresh.getByText('Questa lista ti è stata mandata con un link').isVisible()).resolves.toBe(true);
    await fresh.getByRole('button', { name: 'Salva nella mia lista' }).click();
    await expect(headerCount(fresh)).resolves.toBe('La mia lista (3)');
    expect(new URL(fresh.url()).pathname + new URL(fresh.url()).search).toBe('/lista/');
    await fresh.goto(`${siteUrl}/lista/`);
    await fresh.locator('.sheet-item').nth(2).waitFor();
    await expect(listedNames(fresh)).resolves.toEqual(reordered.map((entry) => entry.name));
    // The note stayed behind: it never travels with the list.
    await expect(fresh.getByLabel(/Nota \(facoltativa\)/).inputValue()).resolves.toBe('');
    await other.close();
  });

  it('prepares WhatsApp, SMS and email messages with names, when, where, phones and links, without the note', async () => {
    const href = (name: string) => page.getByRole('link', { name }).getAttribute('href') as Promise<string>;
    const whatsapp = await href('Invia con WhatsApp');
    const sms = await href('Invia con SMS');
    const email = await href('Invia per email');
    expect(whatsapp.startsWith('https://wa.me/?text=')).toBe(true);
    expect(sms.startsWith('sms:?&body=')).toBe(true);
    expect(email.startsWith('mailto:?subject=Attivit%C3%A0%20consigliate%20da%20Segnavia&body=')).toBe(true);
    const texts = [whatsapp.split('?text=')[1], sms.split('&body=')[1], email.split('&body=')[1]].map((part) => decodeURIComponent(part));
    for (const text of texts) {
      for (const entry of reordered) {
        const item = facts(entry.id);
        expect(text).toContain(entry.name);
        expect(text).toContain(`Telefono: ${entry.phone}`);
        expect(text).toContain(`Dove: ${item.where[0]}`);
        expect(text).toContain(`Quando: ${item.when[0].slice(0, 40)}`);
        expect(text).toContain(entryUrl(entry.id));
      }
      expect(text).toContain(`Tutta la lista: ${siteUrl}/lista/?l=`);
      expect(text).not.toContain('Anna');
    }
  });

  it('ran under the site’s Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});

describe('links that were tampered with or have aged', () => {
  it('drops unknown, invalid and repeated ids with a notice, and shows the rest', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${siteUrl}/lista/?l=pronto-alzheimer-milano,non-esiste-piu,%3Cscript%3E,pronto-alzheimer-milano,afa-mugello`);
    await tab.locator('.sheet-item').nth(1).waitFor();
    await expect(listedNames(tab)).resolves.toEqual([chosen[0].name, chosen[1].name]);
    const notices = await tab.locator('[data-part="notices"]').innerText();
    expect(notices).toContain('non-esiste-piu');
    expect(notices).toContain('voci non valide o ripetute');
    expect(new URL(tab.url()).search).toBe('?l=pronto-alzheimer-milano,afa-mugello');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('removes a resource with its button, moving focus to the next one and updating the link', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${siteUrl}/lista/?l=${chosen.map((entry) => entry.id).join(',')}`);
    await tab.locator('.sheet-item').nth(2).waitFor();
    await tab.getByRole('button', { name: `Togli dalla lista: ${chosen[1].name}` }).click();
    await expect(listedNames(tab)).resolves.toEqual([chosen[0].name, chosen[2].name]);
    await expect(tab.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`Togli dalla lista: ${chosen[2].name}`);
    await expect(tab.getByLabel('Link alla lista').inputValue()).resolves.toBe(`${siteUrl}/lista/?l=${chosen[0].id},${chosen[2].id}`);
    await context.close();
  });

  it('marks a closed resource on the list instead of failing', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const closed = resources((r) => !isActive(r))[0];
    if (!closed) throw new Error('the content has no closed resource');
    await tab.goto(`${siteUrl}/lista/?l=${closed.id}`);
    await tab.locator('.sheet-item').first().waitFor();
    await expect(tab.locator('.sheet-item .notice').innerText()).resolves.toMatch(/chius/i);
    await context.close();
  });
});

describe('a sheet of three resources with many places', () => {
  // Read from the content files, not named: the three active resources with the most places, then the most
  // sessions, are the longest a sheet of three usually gets.
  const resources = readdirSync(join(repoRoot, 'content/resources'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const data = load(readFileSync(join(repoRoot, 'content/resources', file), 'utf8').split(/^---$/m)[1]) as { status: string; locations?: unknown[]; schedule?: { sessions?: unknown[] } };
      return { id: file.replace(/^.*\//, '').replace(/\.md$/, ''), places: data.locations?.length ?? 0, sessions: data.schedule?.sessions?.length ?? 0, active: data.status === 'attivo' };
    })
    .filter((resource) => resource.active)
    .sort((a, b) => b.places - a.places || b.sessions - a.sessions || a.id.localeCompare(b.id))
    .slice(0, 3);

  it(`prints them on one A4 page, every place and every fact line on a line of its own (${resources.map((r) => r.id).join(', ')})`, async () => {
    expect(resources.filter((resource) => resource.places > 1)).toHaveLength(3);
    const context = await browser.newContext();
    const tab = await context.newPage();
    watch(tab);
    await tab.goto(`${siteUrl}/lista/?l=${resources.map((resource) => resource.id).join(',')}`);
    await tab.locator('.sheet-item').nth(2).waitFor();
    await tab.emulateMedia({ media: 'print' });
    const pdf = join(out, 'three-places.pdf');
    writeFileSync(pdf, await tab.pdf({ format: 'A4', printBackground: true }));
    await context.close();
    await run('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'three-places')]);
    expect(await pdfPages(pdf)).toBe(1);
    // pdftotext -raw keeps the printed lines: each fact starts a line ("Dove: …"), and so does each further line of it.
    const printed = (await run('pdftotext', ['-raw', pdf, '-'])).stdout.split('\n').map(squash);
    const startsALine = (text: string) => printed.some((line) => line.startsWith(squash(text).slice(0, 24)));
    for (const { id } of resources) {
      for (const fact of facts(id).facts) {
        const [first, ...rest] = fact.lines.map(lineText);
        expect(startsALine(`${fact.label}: ${first}`), `${id} ${fact.label}: ${first}`).toBe(true);
        for (const line of rest) expect(startsALine(line), `${id} ${fact.label}: ${line}`).toBe(true);
      }
    }
  });
});

describe('printing one entry and suggesting a correction', () => {
  it('prints every entry page on one A4 page, with a QR code of its canonical address', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.emulateMedia({ media: 'print' });
    const ids = readdirSync(join(siteDir, 'risorse'));
    // Every resource has its page, closed ones too.
    expect(ids.sort()).toEqual(allResources().map((r) => r.id).sort());
    for (const id of ids) {
      await tab.goto(entryUrl(id));
      const pdf = join(out, `entry-${id}.pdf`);
      writeFileSync(pdf, await tab.pdf({ format: 'A4' }));
      expect(await pdfPages(pdf), id).toBe(1);
    }
    await tab.goto(entryUrl('gruppo-di-cammino-sassari'));
    const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/risorse\/gruppo-di-cammino-sassari\/$/);
    await expect(qrCodesOf(join(out, 'entry-gruppo-di-cammino-sassari.pdf'), 'entry')).resolves.toEqual([canonical]);
    const text = await pdfText(join(out, 'entry-gruppo-di-cammino-sassari.pdf'));
    expect(text).toContain(chosen[2].phone);
    expect(text).not.toMatch(/Aggiungi alla lista|Suggerisci una correzione/);
    await context.close();
  }, 180_000); // one PDF per entry page: over a minute on a busy machine

  it('links to a prefilled GitHub issue naming the entry’s file, and to an email for everyone else', async () => {
    await page.goto(entryUrl('pronto-alzheimer-milano'));
    const github = new URL((await page.getByRole('link', { name: 'Suggerisci una correzione su GitHub' }).getAttribute('href')) ?? '');
    expect(github.pathname).toMatch(/^\/[^/]+\/[^/]+\/issues\/new$/);
    expect(github.searchParams.get('title')).toBe(`Correzione: ${chosen[0].name} (${chosen[0].path})`);
    expect(github.searchParams.get('body')).toContain(`File: ${chosen[0].path}`);
    const email = (await page.getByRole('link', { name: /Scrivi alla redazione per email/ }).getAttribute('href')) ?? '';
    expect(email).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    expect(decodeURIComponent(email)).toContain(chosen[0].path);
  });
});

describe('weight', () => {
  it('the shortlist page loads at most 15 KB of gzipped JavaScript and about 0.5 KB of JSON per resource', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const sizes = { js: 0, json: 0, jsonFiles: 0 };
    tab.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (!body) return;
      if (/\.js$/.test(new URL(response.url()).pathname)) sizes.js += gzipSync(body, { level: 9 }).length;
      if (/\/lista\/voci\//.test(response.url())) {
        sizes.json += gzipSync(body, { level: 9 }).length;
        sizes.jsonFiles += 1;
      }
    });
    await tab.goto(`${siteUrl}/lista/?l=${chosen.map((entry) => entry.id).join(',')}`);
    await tab.locator('.sheet-item').nth(2).waitFor();
    await tab.waitForLoadState('networkidle');
    console.log(`shortlist page: ${(sizes.js / 1024).toFixed(1)} KB of JS gzip; ${sizes.jsonFiles} entry files, ${sizes.json} bytes gzip`);
    expect(sizes.js).toBeLessThanOrEqual(15 * 1024);
    expect(sizes.jsonFiles).toBe(3);
    expect(sizes.json / sizes.jsonFiles).toBeLessThanOrEqual(800);
    await context.close();
  });
});

describe('accessibility with the shortlist in use', () => {
  // axe is injected as an inline script, which the site's own CSP rightly forbids.
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ bypassCSP: true });
  });
  afterAll(async () => context?.close());

  const check = async (tab: Page) => {
    const violations = await axeViolations(tab);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  };

  it('the shortlist page, received by link and then saved with three entries, has zero axe violations', async () => {
    const tab = await context.newPage();
    await tab.goto(`${siteUrl}/lista/?l=${chosen.map((entry) => entry.id).join(',')}`);
    await tab.locator('.sheet-item').nth(2).waitFor();
    await check(tab);
    await tab.getByRole('button', { name: 'Salva nella mia lista' }).click();
    await tab.locator('[data-part="received"]').waitFor({ state: 'hidden' });
    await check(tab);
    await tab.close();
  });

  it('the empty shortlist page and an entry page with its button pressed have zero axe violations', async () => {
    const empty = await browser.newContext({ bypassCSP: true });
    const tab = await empty.newPage();
    await tab.goto(`${siteUrl}/lista/`);
    await tab.locator('[data-part="empty"]').waitFor();
    await check(tab);
    await tab.goto(entryUrl('afa-mugello'));
    await tab.getByRole('button', { name: /Aggiungi alla lista/ }).click();
    await tab.getByRole('button', { name: /Togli dalla lista/ }).waitFor();
    await check(tab);
    await empty.close();
  });

  it('every control on the shortlist page is at least 48 px high', async () => {
    const tab = await context.newPage();
    await tab.goto(`${siteUrl}/lista/`);
    await tab.locator('.sheet-item').first().waitFor();
    const heights = await tab.locator('.shortlist-page button:visible, .shortlist-page .button-link:visible, shortlist-count a').evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(5);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);
    await tab.close();
  });
});
