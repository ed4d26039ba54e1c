// The coordinators' pages at 320 px (no sideways scrolling, zero axe violations), and how an entry's
// verification reads on its page, its card and the printed sheet. Names, places and dates come from
// the content files (tests/support/content.ts), so editing the sample content cannot break these tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { allResources, firstResource, isActive, isoDate, type ContentResource } from '../support/content.ts';
import { formatDate } from '../../src/lib/dates.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as an inline script, which the site's own CSP rightly forbids.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 640 } });
});
afterAll(async () => browser?.close());

const provincesOf = (r: ContentResource) => [...new Set((r.data.locations ?? []).map((l) => l.province))];
// The province with most entries: its page has the longest lists.
const counts = new Map<string, number>();
for (const r of allResources()) for (const p of provincesOf(r)) counts.set(p, (counts.get(p) ?? 0) + 1);
const busiest = [...counts].sort((a, b) => b[1] - a[1])[0][0];
const verified = (r: ContentResource) => r.data.verified as { date: unknown; method: string };
const sourceDates = (r: ContentResource) => ((r.data.sources as { date?: unknown }[]) ?? []).map((s) => s.date).filter((d) => d !== undefined).map(String);

describe('coordinators’ pages at 320 px', () => {
  for (const path of ['/coordinamento/', '/coordinamento/stato/', `/coordinamento/stato/${busiest.toLowerCase()}/`]) {
    it(`${path}: no sideways scrolling, zero axe violations`, async () => {
      const page = await context.newPage();
      expect((await page.goto(siteUrl + path))?.status()).toBe(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.close();
    });
  }

  it(`lists every entry of ${busiest} that was never confirmed, with a link to update it`, async () => {
    const never = allResources().filter((r) => provincesOf(r).includes(busiest) && r.data.status !== 'chiuso' && !['telefono', 'email', 'visita', 'organizzazione'].includes(verified(r).method));
    const page = await context.newPage();
    await page.goto(`${siteUrl}/coordinamento/stato/${busiest.toLowerCase()}/`);
    const rows = page.locator('table[data-section="mai-confermate"] tbody tr');
    await expect(rows.locator('th').allInnerTexts()).resolves.toEqual(expect.arrayContaining(never.map((r) => r.data.name)));
    await expect(rows.count()).resolves.toBe(never.length);
    const first = never[0];
    await expect(page.locator(`table[data-section="mai-confermate"] a[href="/contribuisci/?da=${first.id}"]`).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('how an entry says it was checked', () => {
  // An entry compiled from public documents with at least one dated source (the sample has many).
  const compiled = firstResource((r) => isActive(r) && verified(r).method === 'documento-pubblico' && sourceDates(r).length > 0, 'an active entry compiled from dated documents');
  const newestYear = sourceDates(compiled).map((d) => d.slice(0, 4)).sort().at(-1)!;
  const compiledOn = formatDate(isoDate(verified(compiled).date));

  it('on its page: compiled on which day, how old the newest source is, not yet confirmed', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/risorse/${compiled.id}/`);
    const text = await page.locator('section[aria-labelledby="verifica"]').innerText();
    expect(text).toContain(`Compilata il ${compiledOn} da documenti pubblici`);
    expect(text).toMatch(new RegExp(`la fonte più recente( con una data)? è [^.]*${newestYear}\\.`));
    expect(text).toContain('Non ancora confermata dall’organizzazione.');
    await page.close();
  });

  it('on its card: "Non confermata" and the newest source’s year', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/categorie/${compiled.data.category}/`);
    const card = page.locator('.card', { has: page.locator(`a[href="/risorse/${compiled.id}/"]`) });
    await expect(card.locator('.verified-short').innerText()).resolves.toMatch(new RegExp(`^Non confermata · fonte .*${newestYear}$`));
    await page.close();
  });

  it('on the printed sheet: not confirmed, and the newest source’s year', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/lista/?l=${compiled.id}`);
    await page.locator('.sheet-item .sheet-verified').waitFor();
    await expect(page.locator('.sheet-item .sheet-verified').innerText()).resolves.toMatch(new RegExp(`^Non confermata; fonte più recente: .*${newestYear}\\.$`));
    await page.close();
  });
});
