// One model of an entry's facts (src/lib/facts.ts), three views: the entry page, the form's preview and
// the printed shortlist sheet show the same lines for the same entry. The entry is chosen from the built
// content by its shape (active, several places that the sheet prints all of, the most sessions), not by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entryFacts, lineText } from '../../src/lib/facts.ts';
import type { StoredEntry } from '../../src/lib/contribute/stored.ts';
import { fieldId } from '../../src/lib/contribute/errors.ts';
import { MAX_SHEET_PLACES, SHEET_FACTS } from '../../src/lib/shortlist/sheet.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

type Lines = Record<string, string[]>;

/** Every entry of the built site, as the form keeps its copies of the content files. */
function storedEntries(): StoredEntry[] {
  const dir = join(siteDir, 'contribuisci/schede');
  return readdirSync(dir).flatMap((file) => Object.values(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, StoredEntry>));
}

/** The lines of each fact ([data-fact]) inside a part of the page, as read: no directions, no map note. */
function linesOn(page: Page, root: string): Promise<Lines> {
  return page.evaluate((selector) => {
    const out: Record<string, string[]> = {};
    for (const dd of document.querySelectorAll<HTMLElement>(`${selector} [data-fact]`)) {
      const items = [...dd.querySelectorAll<HTMLElement>(':scope > p, :scope > ul > li')];
      out[dd.dataset.fact!] = items.map((item) => {
        const copy = item.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.no-print, .approximate, .muted').forEach((node) => node.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
    }
    return out;
  }, root);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the facts of one entry, in its three views', () => {
  const sessions = (entry: StoredEntry) => entry.data.schedule.sessions.length;
  const [entry] = storedEntries()
    .filter((candidate) => candidate.data.status === 'attivo' && candidate.data.locations.length >= 2 && candidate.data.locations.length <= MAX_SHEET_PLACES)
    .sort((a, b) => sessions(b) - sessions(a) || a.id.localeCompare(b.id));
  const resource = resourceSchema.parse(entry.data);
  const model: Lines = Object.fromEntries(entryFacts(resource).map((fact) => [fact.key, fact.lines.map((line) => lineText(line).replace(/\s+/g, ' ').trim())]));
  const onSheet = Object.fromEntries(Object.entries(model).filter(([key]) => SHEET_FACTS.includes(key as never)));

  it(`the model has the lines a person reads (${entry.id})`, () => {
    expect(Object.keys(model)).toEqual(expect.arrayContaining(['where', 'when', 'cost', 'join', 'contacts']));
    expect(model.where).toHaveLength(resource.locations.length);
  });

  it('the entry page shows exactly the model’s lines', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/risorse/${entry.id}/`);
    await expect(linesOn(page, '.entry')).resolves.toEqual(model);
    await page.close();
  });

  it('the form’s preview of the same entry shows exactly the same lines', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/contribuisci/?da=${entry.id}`);
    await expect.poll(() => page.locator(`#${fieldId('name')}`).inputValue(), { timeout: 20_000 }).toBe(resource.name);
    // The form is in steps: the check and the preview are at the end.
    for (let step = 2; step <= 8; step++) {
      await page.getByRole('button', { name: 'Avanti', exact: true }).click();
      await expect.poll(() => page.locator('#passo-titolo').textContent()).toMatch(`Passo ${step} di 8`);
    }
    await page.getByRole('button', { name: 'Controlla e prepara il file' }).click();
    // The preview is closed under the check's summary: the person opens it.
    await page.locator('.preview-details > summary', { hasText: 'Anteprima della scheda' }).click();
    await page.locator('.preview [data-fact]').first().waitFor();
    await expect(linesOn(page, '.preview')).resolves.toEqual(model);
    await page.close();
  });

  it('the shortlist sheet shows the same lines for the facts it prints', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/lista/?l=${entry.id}`);
    await page.locator('.sheet-item [data-fact]').first().waitFor();
    await expect(linesOn(page, '.sheet-item')).resolves.toEqual(onSheet);
    await page.close();
  });
});
