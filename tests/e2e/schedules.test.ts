/**
 * Honest schedules on the built sample site: the day filter keeps every entry with a session on that
 * day, those whose days have no times included, and a result card names the days of every session.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Front {
  name: string;
  schedule: { sessions?: { days: string[] }[] };
}

/** Every resource's front matter, read from the content files as an editor wrote them. */
async function frontMatters(): Promise<Front[]> {
  const dir = join(repoRoot, 'content', 'resources');
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.md'));
  return Promise.all(files.map(async (file) => matter(await readFile(join(dir, file), 'utf8')).data as Front));
}

/** The names of every result of a search, through all its pages. */
async function allResults(page: Page, path: string): Promise<string[]> {
  await page.goto(siteUrl + path);
  const names: string[] = [];
  for (;;) {
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    names.push(...(await page.locator('#risultati h3').allTextContents()));
    const next = page.getByRole('link', { name: /Successiv|Pagina successiva/ }).or(page.getByRole('button', { name: /Successiv|Pagina successiva/ }));
    if ((await next.count()) === 0 || !(await next.first().isVisible()) || !(await next.first().isEnabled())) break;
    const before = names[names.length - 1];
    await next.first().click();
    await page.waitForFunction((last) => {
      const headings = [...document.querySelectorAll('#risultati h3')].map((h) => h.textContent);
      return document.querySelector('#risultati')?.getAttribute('data-state') === 'ready' && headings[headings.length - 1] !== last;
    }, before);
  }
  return names.map((name) => name.trim());
}

describe('the day filter is honest', () => {
  it('Monday keeps every entry with a Monday session, days without times included (Dance Well Bassano)', async () => {
    const entries = await frontMatters();
    const expected = entries.filter((e) => (e.schedule.sessions ?? []).some((s) => s.days.includes('lun'))).map((e) => e.name);
    expect(expected).toContain('Dance Well al Museo Civico di Bassano del Grappa');
    const page = await browser.newPage();
    const found = await allResults(page, '/cerca/?giorno=lun');
    expect([...found].sort()).toEqual([...expected].sort());
    await page.close();
  });

  it('a result card names the days and times of every session', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/cerca/?giorno=lun&q=Rozzano`);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    const card = page.locator('#risultati .card').filter({ hasText: 'Rozzano' }).first();
    await expect(card.textContent()).resolves.toContain('lun e mer 10:00–11:00; mar e ven 9:00–10:00');
    await page.goto(`${siteUrl}/cerca/?giorno=ven&q=Bassano`);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    const dance = page.locator('#risultati .card').filter({ hasText: 'Dance Well al Museo Civico di Bassano' }).first();
    await expect(dance.textContent()).resolves.toContain('lun e ven mattina');
    await page.close();
  });
});
