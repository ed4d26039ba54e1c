// The shortlist in English (issue 12): a list made on Italian pages is the same list on /en/lista/, and
// there its interface, its message and its printed sheet are in English; the entries' names and summaries
// are in English where the entry has name_en/summary_en, and otherwise Italian, marked lang="it".
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { resource } from '../support/content.ts';

const run = promisify(execFile);
const siteUrl = inject('siteUrl');
const out = join(repoRoot, 'tests/.output/shortlist-english');
const squash = (text: string) => text.replace(/\s+/g, ' ');

// Three entries; every sample entry has name_en and summary_en (the untranslated case is in
// tests/unit/shortlist-sheet.test.ts), but their schedules and notes are Italian, marked lang="it".
const chosen = ['music-and-motherhood-pinerolo', 'gruppi-di-cammino-caselle-torinese', 'pronto-alzheimer-milano'].map((id) => {
  const { data } = resource(id);
  return { id, name: data.name, nameEn: data.name_en ?? data.name, summary: data.summary, summaryEn: data.summary_en ?? data.summary, translated: Boolean(data.name_en) };
});

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
});
afterAll(async () => browser?.close());

describe('a shortlist made in Italian, opened on the English list page', () => {
  it('adds three entries from their Italian pages', async () => {
    for (const [index, entry] of chosen.entries()) {
      await page.goto(`${siteUrl}/risorse/${entry.id}/`);
      await page.getByRole('button', { name: `Aggiungi alla lista: ${entry.name}` }).click();
      await page.waitForFunction((n) => document.querySelector('shortlist-count a')?.textContent?.includes(`(${n})`), index + 1);
    }
  });

  it('shows the same three on /en/lista/ with English headings, names where translated, and Italian marked', async () => {
    await page.goto(`${siteUrl}/en/lista/`);
    await page.locator('.sheet-item').nth(2).waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('My list');
    await expect(page.getByRole('heading', { name: 'Hand over the list' }).count()).resolves.toBe(1);
    await expect(page.locator('.sheet-item h2 a').allInnerTexts()).resolves.toEqual(chosen.map((entry) => entry.nameEn));
    await expect(page.locator('.sheet-item .sheet-summary').allInnerTexts()).resolves.toEqual(chosen.map((entry) => entry.summaryEn));
    const langs = await page.locator('.sheet-item h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('lang')));
    expect(langs).toEqual(chosen.map((entry) => (entry.translated ? null : 'it')));
    await expect(page.locator('.sheet-facts [lang="it"]').first().innerText()).resolves.toMatch(/\S/);
    // The facts' labels and the buttons in English.
    await expect(page.locator('.sheet-facts dt').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Where', 'When']));
    await expect(page.locator('.sheet-facts').first().innerText()).resolves.not.toMatch(/\b(Dove|Quando|Costo|Telefono)\b/);
    await expect(page.getByRole('button', { name: `Move up: ${chosen[2].nameEn}` }).count()).resolves.toBe(1);
    // Links on the list lead to the English entry pages.
    await expect(page.locator('.sheet-item h2 a').first().getAttribute('href')).resolves.toBe(`/en/risorse/${chosen[0].id}/`);
  });

  it('writes the WhatsApp and SMS message in English', async () => {
    const message = decodeURIComponent((await page.locator('[data-part="whatsapp"]').getAttribute('href'))!.split('text=')[1]);
    expect(message).toContain('Activities recommended by Segnavia');
    expect(message).toContain(chosen[0].nameEn);
    expect(message).toContain('When:');
    expect(message).not.toMatch(/Attività consigliate|Quando:|Dove:|Telefono:|Tutta la lista/);
    const sms = decodeURIComponent((await page.locator('[data-part="sms"]').getAttribute('href'))!);
    expect(sms).toContain('Activities recommended by Segnavia');
  });

  it('prints the sheet with the English interface words and none of the Italian ones', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, 'sheet.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = squash((await run('pdftotext', ['-raw', pdf, '-'])).stdout);
    for (const words of ['Activities recommended for you', 'Date:', 'For:', 'Where', 'When', 'Scan the code to open the page', 'From Segnavia, a public directory']) {
      expect(text).toContain(words);
    }
    for (const entry of chosen) expect(text).toContain(entry.nameEn);
    expect(text).not.toMatch(/Attività consigliate|Data:|Per:|Dove|Quando|Telefono|Inquadra il codice|Confermata|Non confermata|Da Segnavia/);
    expect(problems).toEqual([]);
  });
});
