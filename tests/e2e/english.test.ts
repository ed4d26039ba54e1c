// The English edition (issue 12): no Italian interface string on an English page outside lang="it", and the
// language switch opens the same page, a search keeping its words and filters.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { builtPagePaths, visitInTabs } from '../support/built-pages.ts';
import { contentDir, organization, resource, resources, isActive } from '../support/content.ts';
import { splitDescription } from '../../src/lib/description.ts';
import itStrings from '../../src/i18n/it.ts';
import itPageStrings from '../../src/i18n/it-pages.ts';
import enStrings from '../../src/i18n/en.ts';
import enPageStrings from '../../src/i18n/en-pages.ts';
import * as vocabularies from '../../src/schema/vocabularies.ts';
import { addDictionary } from '../../src/i18n/index.ts';
import { scheduleSummary } from '../../src/lib/schedule.ts';
import { formatCost } from '../../src/lib/cost.ts';
import type { Schedule } from '../../src/schema/schedule.ts';
import type { Cost } from '../../src/schema/resource.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Every plain string in a dictionary value (maps and lists too); for "{n}" templates, their literal parts. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\{\w+\}/);
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const english = [...stringsOf(enStrings), ...stringsOf(enPageStrings)].join('\n');
/** The text contains the string as whole words ("Categorie" is not in "Categories"). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWords = (string: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(string)}(?![\\p{L}\\p{N}])`, 'u');
const containsWords = (text: string, string: string) => asWords(string).test(text);
// One-word labels ("Museo", "Fondazione", "Volontariato") are also words of proper names ("Museo Civico",
// "Casa del Volontariato") that English sentences name, in attributes that cannot be marked: not searched for.
const vocabularyLabels = Object.values(vocabularies)
  .filter((vocabulary) => vocabulary && typeof vocabulary === 'object')
  .flatMap((vocabulary) => Object.values(vocabulary as Record<string, unknown>))
  .filter((term): term is { it: string; en: string } => !!term && typeof term === 'object' && 'it' in term && 'en' in term)
  .map((term) => term.it)
  .filter((text) => /\s/.test(text.trim()));
// Day and part-of-day names are single words but never proper names: an Italian schedule would show them.
const scheduleWords = [...Object.values(vocabularies.days), ...Object.values(vocabularies.partsOfDay)].map((term) => term.it);
const candidates = [...new Set([...stringsOf(itStrings), ...stringsOf(itPageStrings), ...vocabularyLabels, ...scheduleWords].map((text) => text.trim()))];
// Too short to tell apart from English or from names (e.g. "CAP", "Sì"), or the same words in English
// ("Segnavia", "Email", "Online", "Open Referral HSDS 3.0", "Comune" inside "Comune (town)"): not searched for.
const ignored = candidates.filter((text) => text.length < 5 || containsWords(english, text));
const italianStrings = candidates.filter((text) => !ignored.includes(text));

describe('English pages', () => {
  it('show no Italian interface string or vocabulary label outside elements marked lang="it"', { timeout: 300_000 }, async () => {
    console.log(`${italianStrings.length} Italian strings searched for; ${ignored.length} ignored as short or also English: ${ignored.map((text) => JSON.stringify(text)).join(', ')}`);
    const paths = builtPagePaths(siteDir, 'en');
    expect(paths.length).toBeGreaterThan(100);
    // The built HTML as it is, without running the page's scripts.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const found: string[] = [];
    await visitInTabs(context, paths, async (page, path) => {
      await page.goto(siteUrl + path);
      const text = await page.evaluate(() => {
        const root = document.documentElement.cloneNode(true) as HTMLElement;
        if (root.lang !== 'en') return `NOT ENGLISH: <html lang="${root.lang}">`;
        // <title> and the meta description hold the entry's name and summary and cannot be marked lang="it".
        root.querySelectorAll('script, style, title, [lang]:not([lang="en"])').forEach((element) => element.remove());
        const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((element) =>
          ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
        );
        return [root.textContent ?? '', ...attributes].join('\n').replace(/[ \t]+/g, ' ');
      });
      const italian = text.startsWith('NOT ENGLISH') ? [text] : italianStrings.filter((string) => containsWords(text, string));
      if (italian.length) found.push(`${path}: ${italian.map((string) => JSON.stringify(string)).join(', ')}`);
    });
    await context.close();
    expect(found, `${found.length} of ${paths.length} English pages show Italian interface strings`).toEqual([]);
  });
});

describe('the about page in English', () => {
  it('is in English: nothing on it is marked Italian but the titles of Italian sources', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/en/prescrizione-sociale/`);
    // The page has no entry text: anything marked lang="it" is Italian prose the scan above cannot see.
    const italian = await page.locator('main [lang="it"]').evaluateAll((elements) =>
      elements.filter((element) => element.tagName !== 'CITE').map((element) => (element.textContent ?? '').trim().slice(0, 60)),
    );
    expect(italian).toEqual([]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(enPageStrings.notTranslated);
    expect(text.length).toBeGreaterThan(1500);
    await page.close();
  });
});

describe('an organisation in English', () => {
  const organizations = readdirSync(join(contentDir, 'organizations'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => organization(file.replace(/\.yaml$/, '')));
  const parts = (o: Record<string, unknown>) => splitDescription(String(o.description));
  const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const translated = organizations.find((o) => o.name_en && parts(o).en);
  const nameInItalian = organizations.find((o) => !o.name_en && parts(o).en);

  it('shows its English name and description on the English page, and the Italian ones on the Italian page', async () => {
    if (!translated) throw new Error('no organisation in content/ has name_en and an English description');
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/en/organizzazioni/${translated.id}/`);
    expect(words(await page.locator('h1').textContent())).toBe(translated.name_en);
    expect(await page.locator('h1').getAttribute('lang')).toBeNull();
    expect(words(await page.locator('main .lead').textContent())).toBe(words(parts(translated).en));
    expect(await page.locator('main .lead').getAttribute('lang')).toBeNull();
    expect(await page.locator('.translation-note').count()).toBe(0);
    expect(await page.content()).not.toContain('## English');
    await page.goto(`${siteUrl}/organizzazioni/${translated.id}/`);
    expect(words(await page.locator('h1').textContent())).toBe(translated.name);
    expect(words(await page.locator('main .lead').textContent())).toBe(words(parts(translated).it));
    expect(await page.content()).not.toContain('## English');
    await page.close();
  });

  it('without name_en shows the Italian name marked lang="it", with the note, beside the English description', async () => {
    if (!nameInItalian) throw new Error('no organisation in content/ has an English description and no name_en');
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/en/organizzazioni/${nameInItalian.id}/`);
    expect(words(await page.locator('h1[lang="it"]').textContent())).toBe(nameInItalian.name);
    expect(words(await page.locator('main .lead').textContent())).toBe(words(parts(nameInItalian).en));
    expect(words(await page.locator('.translation-note').textContent())).toBe(enPageStrings.notTranslated);
    await page.close();
  });
});

describe('the language switch', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => context?.close());

  it('on an entry page opens the same entry in English, and back in Italian', async () => {
    const entry = resource('coro-le-nuvole-carpi');
    const page = await context.newPage();
    await page.goto(`${siteUrl}/risorse/${entry.id}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${siteUrl}/en/risorse/${entry.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h2').first().textContent()).not.toBe('Descrizione');
    await page.getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL(`${siteUrl}/risorse/${entry.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.close();
  });

  it('on a search with words and a filter keeps them, and the same results', async () => {
    const choir = resources((r) => r.data.category === 'musica-canto' && isActive(r));
    expect(choir.length).toBeGreaterThan(0);
    const query = '?q=coro&categoria=musica-canto';
    const page = await context.newPage();
    await page.goto(`${siteUrl}/cerca/${query}`);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    const italianResults = await page.locator('#risultati .card h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(italianResults.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${siteUrl}/en/cerca/${query}`);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#q').inputValue()).toBe('coro');
    expect(await page.locator('#stato').textContent()).toMatch(/results? found/);
    const englishResults = await page.locator('#risultati .card h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(englishResults).toEqual(italianResults.map((path) => `/en${path}`));
    await page.getByRole('link', { name: 'Italiano' }).click();
    await page.waitForURL(`${siteUrl}/cerca/${query}`);
    await page.close();
  });
});

describe('search result cards', () => {
  addDictionary('en', enStrings);
  /** Every card's entry id and its days-and-cost line: as shown, and without the parts marked lang="it". */
  async function cards(path: string) {
    const page = await browser.newPage();
    await page.goto(siteUrl + path);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    const found = await page.locator('#risultati .card').evaluateAll((items) =>
      items.map((item) => {
        const line = [...item.querySelectorAll('p.meta')].at(-1)!;
        const unmarked = line.cloneNode(true) as HTMLElement;
        unmarked.querySelectorAll('[lang]:not([lang="en"])').forEach((element) => element.remove());
        if (line.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) unmarked.textContent = '';
        const id = new URL(item.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname.split('/').at(-2)!;
        return { id, text: line.textContent ?? '', unmarked: unmarked.textContent ?? '' };
      }),
    );
    await page.close();
    return found;
  }
  const costOf = (id: string) => resource(id).data.cost as Cost;
  const scheduleOf = (id: string) => ({ sessions: [], ...(resource(id).data.schedule as Partial<Schedule>) }) as Schedule;
  // What a card says about when: the sessions or the period; without them, the note, in the entry's words.
  const coded = (schedule: Schedule) => schedule.sessions.length > 0 || Boolean(schedule.season || schedule.start_date || schedule.end_date);

  it('on the English search page give days, times and cost in English, only the notes in Italian marked lang="it"', async () => {
    const found = await cards('/en/cerca/?q=choir');
    const choirs = resources((r) => r.data.category === 'musica-canto' && isActive(r));
    expect(found.length).toBeGreaterThanOrEqual(choirs.length);
    const italianDays = [...Object.values(vocabularies.days).map((day) => day.it), 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom', 'mattina', 'pomeriggio', 'sera', 'Gratuito', 'A pagamento', 'del mese'];
    for (const { id, text, unmarked } of found) {
      expect(italianDays.filter((word) => containsWords(unmarked, word)), `${id}: ${text}`).toEqual([]);
      const schedule = scheduleOf(id);
      const cost = costOf(id);
      const english = formatCost({ ...cost, note: undefined }, 'en');
      expect(unmarked, id).toContain(english);
      if (coded(schedule)) expect(unmarked, id).toContain(scheduleSummary(schedule, 'en'));
      else expect(text, id).toContain(schedule.note);
      if (cost.note) expect(text, id).toContain(`${english} (${cost.note})`);
    }
    // At least one card says its days in English words a person would read.
    expect(found.some(({ unmarked }) => /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/.test(unmarked))).toBe(true);
  });

  it('on the Italian search page stay as they were: days, times and cost in Italian, nothing marked', async () => {
    const found = await cards('/cerca/?q=coro');
    expect(found.length).toBeGreaterThan(0);
    for (const { id, text, unmarked } of found) {
      expect(unmarked, id).toBe(text);
      expect(text, id).toBe([scheduleSummary(scheduleOf(id), 'it'), formatCost(costOf(id), 'it')].join(' · '));
    }
  });
});
