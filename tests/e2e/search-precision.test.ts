/**
 * Search precision on the built sample site, driven through /cerca/ as a person uses it. What
 * counts as a choir, a walking group or an Alzheimer/memory entry is read from the content files'
 * front matter (category, needs, audiences), never from names, so editing the content does not
 * break these tests while a wrong ranking does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { hasWords, normalizeWords } from '../../src/lib/search/synonyms.ts';

interface Entry {
  name: string;
  nameEn?: string;
  status: string;
  category: string;
  needs: string[];
  audiences: string[];
  comuni: string[];
  organizationType: string;
  /** Name, summary and description, normalised for whole-word checks. */
  text: string;
}

const contentDir = join(repoRoot, 'content');
const organizationTypes = new Map(
  readdirSync(join(contentDir, 'organizations')).map((file) => {
    const data = load(readFileSync(join(contentDir, 'organizations', file), 'utf8')) as { type: string };
    return [file.replace(/\.yaml$/, ''), data.type];
  }),
);
const entries = new Map<string, Entry>(
  readdirSync(join(contentDir, 'resources'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const { data, content } = matter(readFileSync(join(contentDir, 'resources', file), 'utf8'));
      const entry: Entry = {
        name: data.name,
        nameEn: data.name_en,
        status: data.status,
        category: data.category,
        needs: data.needs ?? [],
        audiences: data.audiences ?? [],
        comuni: (data.locations ?? []).map((place: { comune: string }) => place.comune),
        organizationType: organizationTypes.get(data.organization) ?? '',
        text: normalizeWords([data.name, data.summary, content].join(' ')),
      };
      return [entry.name, entry];
    }),
);

const isChoir = (e: Entry) => e.category === 'musica-canto';
const isMemory = (e: Entry) => e.needs.includes('memoria') || e.audiences.includes('persone-con-demenza');
const isDance = (e: Entry) => e.needs.includes('muoversi') && e.needs.includes('creativita');
const isWalkingGroup = (e: Entry) => e.category === 'movimento' && e.needs.includes('stare-all-aperto');

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
});
afterAll(async () => browser?.close());

/** The entries a search lists on its first page, in order, with the total the page announces. */
async function search(query: string): Promise<{ found: Entry[]; total: number; page: Page }> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}/cerca/?${query}`);
  await page.waitForFunction(() => {
    const list = document.querySelector('#risultati');
    return list?.getAttribute('data-state') === 'ready' && list.getAttribute('data-count') !== null;
  });
  const names = await page.locator('#risultati h3').allTextContents();
  const found = names.map((name) => {
    const entry = entries.get(name.trim());
    if (!entry) throw new Error(`a result that is not in content/: ${name}`);
    return entry;
  });
  return { found, total: Number(await page.locator('#risultati').getAttribute('data-count')), page };
}

describe('search means what people type', () => {
  it('sanity: the content has the kinds of entries these tests look for', () => {
    const all = [...entries.values()];
    for (const kind of [isChoir, isMemory, isDance, isWalkingGroup]) expect(all.filter(kind).length).toBeGreaterThanOrEqual(3);
  });

  it('"coro" puts choirs in the top 3, not "corsi"', async () => {
    const { found, page } = await search('q=coro');
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.slice(0, 3).map((e) => [e.name, isChoir(e)])).toEqual(found.slice(0, 3).map((e) => [e.name, true]));
    await page.close();
  });

  // A person who types "coro" looks for a choir by that name first: the entries whose name says it come
  // before those only in the music category (a course for pregnant women, a singing group for mothers).
  it('"coro" in all of Italy lists first the entries whose name has the word', async () => {
    const named = [...entries.values()].filter((e) => e.status !== 'chiuso' && hasWords(normalizeWords(e.name), 'coro'));
    expect(named.length).toBeGreaterThanOrEqual(2);
    const { found, page } = await search('q=coro');
    expect(found.slice(0, named.length).map((e) => e.name).sort()).toEqual(named.map((e) => e.name).sort());
    await page.close();
  });

  it('"alzheimer" lists only Alzheimer and memory entries in the top 5', async () => {
    const { found, page } = await search('q=alzheimer');
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.slice(0, 5).filter((e) => !isMemory(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('"ballo" finds Dance Well first (a synonym: the entries never say "ballo")', async () => {
    const { found, page } = await search('q=ballo');
    expect(found[0] && isDance(found[0])).toBe(true);
    await page.close();
  });

  it('"gruppo di cammino" puts walking groups in the top 5', async () => {
    const { found, page } = await search('q=gruppo+di+cammino');
    const walking = [...entries.values()].filter(isWalkingGroup).length;
    const top = found.slice(0, Math.min(5, walking));
    expect(top.filter((e) => !isWalkingGroup(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('"passeggiata" finds a walking group first', async () => {
    const { found, page } = await search('q=passeggiata');
    expect(found[0] && isWalkingGroup(found[0])).toBe(true);
    await page.close();
  });

  it('"coro bologna" puts the choir in Bologna first and lists nothing that matches neither word', async () => {
    const { found, total, page } = await search('q=coro+bologna');
    expect(found[0] && isChoir(found[0]) && found[0].comuni.includes('Bologna')).toBe(true);
    const matchesCoro = (e: Entry) => isChoir(e) || hasWords(e.text, 'coro') || hasWords(e.text, 'cori');
    const matchesBologna = (e: Entry) => e.comuni.includes('Bologna') || hasWords(e.text, 'bologna');
    expect(found.filter((e) => !matchesCoro(e) && !matchesBologna(e)).map((e) => e.name)).toEqual([]);
    expect(total).toBe(found.length); // all on one page, so every result was checked
    await page.close();
  });
});

// English words find entries through their English names, summaries and descriptions, the English
// labels of their categories, needs and audiences and the English synonyms, all in the same records
// as the Italian words (src/lib/search/records.ts): so the bundles /cerca/ loads answer them.
describe('search in English', () => {
  it('"choir" puts choirs in the top 3', async () => {
    const { found, page } = await search('q=choir');
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.slice(0, 3).filter((e) => !isChoir(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('"choir" lists first the entries whose English name has the word', async () => {
    const named = [...entries.values()].filter((e) => e.status !== 'chiuso' && e.nameEn && hasWords(normalizeWords(e.nameEn), 'choir'));
    expect(named.length).toBeGreaterThanOrEqual(2);
    const { found, page } = await search('q=choir');
    expect(found.slice(0, named.length).map((e) => e.name).sort()).toEqual(named.map((e) => e.name).sort());
    await page.close();
  });

  it('"walking group" puts walking groups in the top 5', async () => {
    const { found, page } = await search('q=walking+group');
    const walking = [...entries.values()].filter(isWalkingGroup).length;
    expect(found.length).toBeGreaterThanOrEqual(Math.min(5, walking));
    const top = found.slice(0, Math.min(5, walking));
    expect(top.filter((e) => !isWalkingGroup(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('"dementia" lists only Alzheimer and memory entries in the top 5', async () => {
    const { found, page } = await search('q=dementia');
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.slice(0, 5).filter((e) => !isMemory(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('"music and singing", a category\'s English label (in the weighted terms only), lists that category\'s entries first', async () => {
    const { found, page } = await search('q=music+and+singing');
    const choirs = [...entries.values()].filter((e) => isChoir(e) && e.status !== 'chiuso').length;
    expect(choirs).toBeGreaterThan(2);
    expect(found.length).toBeGreaterThanOrEqual(choirs);
    expect(found.slice(0, choirs).filter((e) => !isChoir(e)).map((e) => e.name)).toEqual([]);
    await page.close();
  });

  it('the words of an entry\'s English name that its Italian name lacks find that entry first', async () => {
    const englishOnly = (e: Entry) => normalizeWords(e.nameEn ?? '').trim().split(' ').filter((word) => word.length > 3 && !hasWords(normalizeWords(e.name), word));
    const translated = [...entries.values()].filter((e) => e.status === 'attivo' && englishOnly(e).length > 0);
    expect(translated.length).toBeGreaterThan(0);
    const entry = translated.sort((a, b) => a.name.localeCompare(b.name))[0];
    const { found, page } = await search(`q=${encodeURIComponent(englishOnly(entry).join(' '))}`);
    expect(found[0]?.name).toBe(entry.name);
    await page.close();
  });
});

describe('"who runs it" filter', () => {
  it('keeps only entries run by the chosen kind of organisation', async () => {
    const { found: before, page } = await search('q=gruppi');
    const kinds = new Set(before.map((e) => e.organizationType));
    expect(kinds.size).toBeGreaterThan(1);
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.getByRole('group', { name: 'Chi la organizza' }).getByRole('checkbox', { name: /Azienda sanitaria/ }).check();
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.waitForURL(/gestore=azienda-sanitaria/);
    await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
    const names = await page.locator('#risultati h3').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => entries.get(name)?.organizationType !== 'azienda-sanitaria')).toEqual([]);
    expect(names.length).toBeLessThan(before.length);
    await page.close();
  });
});
