/**
 * The contribution page in headless Chromium, under the site's own CSP. At 390×844 a new volunteer
 * adds a walking group step by step (with one mistake, shown next to its question in plain words),
 * reloads in the middle without losing anything, and downloads a file that the validator accepts
 * unchanged; the empty form's problems use no word of the file format; an existing entry prefills
 * every field and comes back as the same entry; axe finds nothing on any step, in the error state
 * too, and no step is wider than a 320-px screen.
 */
import { shardOf } from '../../src/lib/shards.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Contribution } from '../../src/lib/contribute/check.ts';
import { draftKey, draftText } from '../../src/lib/contribute/draft.ts';
import { fieldId } from '../../src/lib/contribute/errors.ts';
import { emptyOrganizationForm, emptyResourceForm, emptySource, organizationToForm, resourceToForm } from '../../src/lib/contribute/form.ts';
import { STEPS } from '../../src/lib/contribute/steps.ts';
import type { StoredEntry } from '../../src/lib/contribute/stored.ts';
import { usualTerms } from '../../src/lib/contribute/usual.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { validateDirectory } from '../../src/lib/validate/index.ts';
import { isEntry, parseResource } from '../../src/lib/validate/read.ts';
import { ORGANIZATION_DESCRIPTION_MAX, organizationSchema } from '../../src/schema/organization.ts';
import { resourceSchema } from '../../src/schema/resource.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/site.ts';
import { firstResource, organization, resources } from '../support/content.ts';
import { suggestId } from '../../src/lib/contribute/paths.ts';

const siteUrl = inject('siteUrl');
const PAGE = '/contribuisci/';
const NEW_FILE = 'content/resources/lombardia/gruppo-di-cammino-della-vettabbia-milano.md';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** Words of the file format that a person filling the form must never read (issue 10). */
const SCHEMA_WORDS = /\b(free|note|phone|email|website|online_only|amount_eur)\b|locations\.0/i;
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
  strict = await browser.newContext(PHONE);
  relaxed = await browser.newContext({ ...PHONE, bypassCSP: true });
  await Promise.all([offline(strict), offline(relaxed)]);
});
afterAll(async () => browser?.close());

function watch(page: Page): void {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on('pageerror', (error) => cspErrors.push(`pageerror: ${error.message}`));
}

async function openForm(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  await page.goto(siteUrl + PAGE + query);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('form#modulo-contributo').waitFor();
  return page;
}

const blank = (): Contribution => ({ resource: emptyResourceForm(todayIso()), newOrganization: false, organization: emptyOrganizationForm() });

/** Opens the form at a step with a given draft in the browser's storage (as if left there earlier). */
async function openAt(context: BrowserContext, step: number, contribution: Contribution = blank(), query = ''): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  await page.goto(siteUrl + PAGE + query);
  const from = new URLSearchParams(query).get('da');
  await page.evaluate(([key, text]) => (localStorage.clear(), localStorage.setItem(key, text)), [draftKey(from), draftText(contribution, step)] as const);
  await page.reload();
  await page.locator('form#modulo-contributo').waitFor();
  await expect.poll(() => heading(page)).toMatch(`Passo ${step + 1} di 8`);
  return page;
}

const input = (page: Page, key: string) => page.locator(`#${fieldId(key)}`);
const heading = (page: Page) => page.locator('#passo-titolo').textContent();
const NEXT = 'Avanti';
const CHECK = 'Controlla e prepara il file';

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

/** The needs and audiences the form offers first for walking groups, from the content as the build learns them. */
const usual = usualTerms(resources().map((r) => ({ category: r.data.category, needs: r.data.needs as string[], audiences: r.data.audiences as string[] }))).movimento;
const auser = organization('auser');

describe('a new volunteer adds a walking group on a phone (390×844)', () => {
  let page: Page;
  let interactions = 0;
  const screens: string[] = [];
  /** Every click, fill, choice and key press the volunteer makes goes through these. */
  const act = {
    click: async (target: ReturnType<Page['locator']>) => (interactions++, target.click()),
    fill: async (target: ReturnType<Page['locator']>, value: string) => (interactions++, target.fill(value)),
    select: async (target: ReturnType<Page['locator']>, value: string) => (interactions++, target.selectOption(value)),
    type: async (target: ReturnType<Page['locator']>, text: string) => ((interactions += text.length), target.pressSequentially(text)),
    button: async (name: string) => (interactions++, page.getByRole('button', { name, exact: true }).click()),
  };
  /** Records the screen when the step heading changes, and checks focus went to it. */
  const onStep = async (n: number, title: string, focused = true) => {
    await expect.poll(() => heading(page)).toBe(`Passo ${n} di 8: ${title}`);
    // After a change of step, focus is on its heading (not when the page has just opened).
    if (focused) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('passo-titolo');
    await expect(page.locator(`.steps li[aria-current="step"]`).textContent()).resolves.toContain(title);
    screens.push(title);
  };

  beforeAll(async () => {
    page = await openForm(strict);
  });

  it('step 1: what it is, with the needs usual for walking groups offered first', async () => {
    await onStep(1, 'Che cos’è', false);
    await act.fill(input(page, 'name'), 'Gruppo di cammino della Vettabbia');
    await act.fill(input(page, 'summary'), 'Camminate di un’ora lungo il parco della Vettabbia, al passo di tutti.');
    await act.select(input(page, 'category'), 'movimento');
    for (const need of usual.needs.slice(0, 2)) {
      const box = page.locator(`#${fieldId('needs')}-${need}`);
      await expect(box.isVisible(), need).resolves.toBe(true);
      await act.click(box);
    }
    // The others are one tap away, not a wall of checkboxes.
    await expect(page.locator(`#${fieldId('needs')} details.more-choices`).getAttribute('open')).resolves.toBeNull();
    await act.click(page.locator(`#${fieldId('audiences')}-${usual.audiences[0]}`));
    await act.button(NEXT);
  });

  it('step 2: where, from the comune: its centre, marked approximate; no coordinates to type', async () => {
    await onStep(2, 'Dove');
    await expect(input(page, 'locations.0.lat').isVisible()).resolves.toBe(false);
    const comune = input(page, 'locations.0.comune');
    await act.click(comune);
    await act.type(comune, 'Mila');
    await page.locator(`#${fieldId('locations.0')}-comuni option[value="Milano (MI)"]`).waitFor({ state: 'attached' });
    await act.fill(comune, 'Milano (MI)'); // the suggestion, tapped
    await expect.poll(() => page.locator('.position-line').textContent()).toMatch(/il centro di Milano \(posizione approssimativa\)/);
    await act.fill(input(page, 'locations.0.address'), 'Via Sant’Arialdo 30');
    await act.button(NEXT);
  });

  it('step 3: when; a reload in the middle keeps what was typed and the step', async () => {
    await onStep(3, 'Quando');
    for (const day of ['mar', 'gio']) await act.click(page.locator(`#${fieldId('schedule.sessions.0.days')}-${day}`));
    await act.fill(input(page, 'schedule.sessions.0.start'), '09:30');
    await page.reload();
    await page.locator('form#modulo-contributo').waitFor();
    await expect.poll(() => heading(page)).toBe('Passo 3 di 8: Quando');
    await expect(page.getByText('Abbiamo ripreso le risposte salvate in questo browser.').isVisible()).resolves.toBe(true);
    await expect(page.locator(`#${fieldId('schedule.sessions.0.days')}-gio`).isChecked()).resolves.toBe(true);
    await expect(input(page, 'schedule.sessions.0.start').inputValue()).resolves.toBe('09:30');
    await act.fill(input(page, 'schedule.sessions.0.end'), '10:30');
    // Back and forth keeps the answers of earlier steps.
    await act.button('Indietro');
    await onStep(2, 'Dove');
    await expect(input(page, 'locations.0.comune').inputValue()).resolves.toBe('Milano');
    await expect(input(page, 'locations.0.address').inputValue()).resolves.toBe('Via Sant’Arialdo 30');
    await act.button(NEXT);
    await onStep(3, 'Quando');
    await act.button(NEXT);
  });

  it('step 4: cost and joining', async () => {
    await onStep(4, 'Costo e come partecipare');
    await act.click(page.locator(`#${fieldId('cost.free')}-true`));
    await act.click(page.locator(`#${fieldId('joining.methods')}-accesso-libero`));
    await act.button(NEXT);
  });

  it('step 5: a phone number that is too short is shown next to its question, in plain words', async () => {
    await onStep(5, 'Contatti pubblici');
    await act.fill(input(page, 'contacts.phone'), '333 12');
    await act.button(NEXT);
    // The step does not change: the summary at its top gets the focus and links to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await heading(page)).toBe('Passo 5 di 8: Contatti pubblici');
    const summary = page.locator('.error-summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe('C’è un problema da correggere');
    const link = summary.getByRole('link');
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe('#campo-contacts-phone');
    await expect(link.textContent()).resolves.toMatch(/^Telefono: Numero di telefono non valido/);
    const phone = input(page, 'contacts.phone');
    await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(phone.getAttribute('aria-describedby')).resolves.toContain('campo-contacts-phone-errore');
    const field = page.locator('.field', { has: phone });
    await expect(field.locator('.field-error').textContent()).resolves.toMatch(/Numero di telefono non valido: usa un numero italiano pubblico/);
    await expect(page.locator('.field-error').count()).resolves.toBe(1);
    expect(await summary.innerText()).not.toMatch(SCHEMA_WORDS);
    await link.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('campo-contacts-phone');
    await act.fill(phone, '02 5551234');
    await act.button(NEXT);
  });

  it('step 6: languages by name, Italian already chosen', async () => {
    await onStep(6, 'Accessibilità e lingue');
    await expect(page.getByRole('checkbox', { name: 'italiano' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'arabo' }).count()).resolves.toBe(1);
    await act.button(NEXT);
  });

  it('step 7: the organisation, found by its name', async () => {
    await onStep(7, 'Chi la organizza');
    await act.fill(input(page, 'organization'), auser.name);
    await expect(page.getByText(`Scelta: ${auser.name}.`).isVisible()).resolves.toBe(true);
    await act.button(NEXT);
  });

  it('step 8: check and send gives a file the validator accepts unchanged', async () => {
    await onStep(8, 'Controlla e invia');
    await act.fill(input(page, 'sources.0.title'), 'Volantino del gruppo di cammino');
    await act.fill(input(page, 'verified.by'), 'Auser Milano');
    await act.select(input(page, 'verified.method'), 'telefono');
    await act.button(CHECK);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('scheda-pronta');
    screens.push('La scheda è pronta');
    await expect(page.locator('.preview h3').textContent()).resolves.toBe('Gruppo di cammino della Vettabbia');

    const [download] = await Promise.all([page.waitForEvent('download'), act.button('Scarica il file')]);
    expect(download.suggestedFilename()).toBe('gruppo-di-cammino-della-vettabbia-milano.md');
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text).toBe(await page.locator('#file-0-testo').inputValue());
    const parsed = parseResource({ path: '', file: NEW_FILE, inner: 'lombardia/x.md', collection: 'resources' }, text);
    if (!isEntry(parsed)) throw new Error(parsed.message);
    expect(resourceSchema.parse(parsed.data)).toMatchObject({
      name: 'Gruppo di cammino della Vettabbia',
      category: 'movimento',
      needs: usual.needs.slice(0, 2).sort(),
      organization: auser.id,
      locations: [{ comune: 'Milano', province: 'MI', address: 'Via Sant’Arialdo 30', position: 'approssimativa' }],
      schedule: { sessions: [{ days: ['mar', 'gio'], start: '09:30', end: '10:30', frequency: 'settimanale' }] },
      cost: { free: true },
      contacts: { phone: '02 5551234' },
      accessibility: { languages: ['it'] },
      verified: { date: todayIso(), by: 'Auser Milano', method: 'telefono' },
    });
    const report = await validateAdded(NEW_FILE, text);
    expect(report.problems.filter((p) => p.file === NEW_FILE)).toEqual([]);
    expect(report.counts.errors).toBe(0);
  });

  it('took fewer than 40 interactions', () => {
    console.log(`walking group at 390×844: ${screens.length} screens (${screens.join(' → ')}), ${interactions} interactions (clicks + fills + key presses)`);
    expect(interactions).toBeLessThan(40);
    expect(new Set(screens).size).toBe(9);
  });

  it('offers the email to the editors and a prefilled issue, besides GitHub’s new-file page', async () => {
    const text = await page.locator('#file-0-testo').inputValue();
    const mail = new URL((await page.getByRole('link', { name: 'Manda la scheda per email alla redazione' }).getAttribute('href')) ?? '');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('redazione@segnavia.example.org');
    expect(mail.searchParams.get('body')).toContain(text.trimEnd());
    const issue = new URL((await page.getByRole('link', { name: 'Apri una segnalazione su GitHub con la scheda già scritta' }).getAttribute('href')) ?? '');
    expect(issue.origin + issue.pathname).toBe('https://github.com/segnavia/segnavia/issues/new');
    expect(issue.searchParams.get('title')).toBe('Nuova scheda: Gruppo di cammino della Vettabbia');
    expect(issue.searchParams.get('body')).toContain(text.trimEnd());
    const href = await page.getByRole('link', { name: 'Proponi il file su GitHub' }).getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.searchParams.get('filename')).toBe(NEW_FILE);
    expect(url.searchParams.get('value')).toBe(text);
  });

  it('“Ricomincia da capo” empties the form and the stored draft', async () => {
    await page.getByRole('button', { name: 'Ricomincia da capo' }).click();
    await onStep(1, 'Che cos’è');
    await expect(input(page, 'name').inputValue()).resolves.toBe('');
    await page.reload();
    await page.locator('form#modulo-contributo').waitFor();
    await expect(input(page, 'name').inputValue()).resolves.toBe('');
    expect(await page.getByText('Abbiamo ripreso').count()).toBe(0);
  });

  it('ran under the site’s Content-Security-Policy without a violation', () => {
    expect(cspErrors).toEqual([]);
  });
});

describe('the empty form, every step: plain words, axe, 320 px', () => {
  /** An entry valid up to the last step, whose own questions are left empty: its problems can be seen. */
  function lastStepEmpty(): Contribution {
    const entry = firstResource((r) => (r.data.locations?.length ?? 0) > 0, 'an entry with a place');
    const data = resourceSchema.parse(entry.data);
    const c = { ...blank(), resource: resourceToForm('scheda-di-prova-nuova', data, entry.body) };
    c.resource.sources = [emptySource()];
    c.resource.verified = { date: todayIso(), by: '', method: '' };
    return c;
  }

  it.each(STEPS.map((step, i) => [step, i] as const))('step %s: no schema word in the errors, zero axe violations, no overflow at 320 px', async (_step, i) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, bypassCSP: true });
    await offline(context);
    const page = await openAt(context, i, i === STEPS.length - 1 ? lastStepEmpty() : blank());
    const check = async (state: string) => {
      const violations = await axeViolations(page);
      expect(violations, `${state}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), state).toBe(0);
    };
    await check('before');
    // Languages start at Italian: with none chosen, the step has its problem.
    if (STEPS[i] === 'accesso') await page.getByRole('checkbox', { name: 'italiano' }).uncheck();
    await page.getByRole('button', { name: i === STEPS.length - 1 ? CHECK : NEXT, exact: true }).click();
    await page.locator('.error-summary').waitFor();
    expect(await heading(page)).toMatch(`Passo ${i + 1} di 8`);
    const shown = await page.locator('.error-summary, .field-error').allInnerTexts();
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) expect(text).not.toMatch(SCHEMA_WORDS);
    // Each message is next to its question: one per invalid field, linked from the summary.
    const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) expect(await page.locator(`${href}`).count(), href ?? '').toBe(1);
    await check('errors');
    await context.close();
  });

  it('submitted from the last step, it goes to the first step with a problem', async () => {
    const page = await openAt(strict, STEPS.length - 1);
    await page.getByRole('button', { name: CHECK }).click();
    await expect.poll(() => heading(page)).toBe('Passo 1 di 8: Che cos’è');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    for (const text of await page.locator('.error-summary, .field-error').allInnerTexts()) expect(text).not.toMatch(SCHEMA_WORDS);
    await page.close();
  });
});

describe('an id that is already taken', () => {
  it('is an error on the file name under “Avanzate”, with a link to update the existing entry', async () => {
    // An entry of the content whose id is the one the form makes from its name and comune.
    const taken = resources((r) => r.data.locations?.length === 1 && suggestId(r.data.name, r.data.locations[0].comune) === r.id)[0];
    if (!taken) throw new Error('no entry in content/ has the id the form would suggest for it');
    const c = { ...blank(), resource: resourceToForm(taken.id, resourceSchema.parse(taken.data), taken.body) };
    c.resource.verified.date = todayIso();
    const page = await openAt(strict, STEPS.length - 1, c);
    await expect(input(page, 'id').isVisible()).resolves.toBe(false);
    await expect(input(page, 'id').inputValue()).resolves.toBe(taken.id);
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: CHECK }).click();
    await expect.poll(() => page.locator(`#${fieldId('id')}-errore`).textContent()).toMatch(`Esiste già una scheda con l’identificativo «${taken.id}»`);
    await expect(input(page, 'id').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Aggiorna la scheda esistente' }).getAttribute('href')).resolves.toBe(`/contribuisci/?da=${taken.id}`);
    await page.close();
  });
});

describe('the map', () => {
  it('loads on request, says when tiles fail, and a tap sets the position as exact', async () => {
    const page = await openAt(strict, 1);
    await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Scegli il punto del luogo 1 sulla mappa' }).click();
    await page.locator('.leaflet-container').waitFor();
    // The tiles fail (no network beyond loopback); on a loaded machine the message can come a moment after the map.
    await expect.poll(() => page.getByText('Lo sfondo della mappa non si carica').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.locator('.contribute-map').click({ position: { x: 200, y: 150 } });
    await expect.poll(() => input(page, 'locations.0.lat').inputValue()).toMatch(/^\d+\.\d+$/);
    expect(Number(await input(page, 'locations.0.lon').inputValue())).toBeGreaterThan(0);
    await expect(page.locator(`#${fieldId('locations.0.position')}-esatta`).isChecked()).resolves.toBe(true);
    await expect(page.locator('.position-line').textContent()).resolves.toMatch(/il punto che hai scelto \(posizione esatta\)/);
    await expect(page.locator('.contribute-pin').count()).resolves.toBe(1);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});

describe('starting from an existing entry', () => {
  /** Entries chosen by what makes them hard to round-trip: several places, online only, several sessions, a season or monthly sessions, a price. */
  const picks = [
    firstResource((r) => (r.data.locations?.length ?? 0) > 1, 'an entry with several places'),
    firstResource((r) => r.data.online_only === true, 'an online-only entry'),
    firstResource((r) => ((r.data.schedule as { sessions?: unknown[] } | undefined)?.sessions?.length ?? 0) > 1, 'an entry with several sessions'),
    firstResource((r) => JSON.stringify(r.data.schedule ?? {}).match(/season|week_of_month|start_date/) !== null, 'an entry with a season, a monthly session or dates'),
    firstResource((r) => r.data.cost?.free === false, 'an entry with a price'),
  ];
  const ids = [...new Set(picks.map((r) => r.id))];

  it.each(ids)('%s prefills every field and, unchanged, gives back its file in content/ byte for byte', async (id) => {
    const shard = (await (await fetch(`${siteUrl}/contribuisci/schede/${shardOf(id)}.json`)).json()) as Record<string, StoredEntry>;
    const stored = shard[id];
    const page = await openForm(strict, `?da=${id}`);
    await expect.poll(() => input(page, 'name').inputValue(), { timeout: 15_000 }).toBe(stored.data.name);
    const organizations = (await (await fetch(`${siteUrl}/contribuisci/organizzazioni.json`)).json()) as [string, string][];

    // Every value of the entry is in its field, whichever step it is on (the form keeps every step's answers).
    const GROUPS = /^(needs|audiences|joining\.methods|accessibility\.features|accessibility\.languages|schedule\.sessions\.\d+\.days)$/;
    const RADIOS = /^(cost\.free|status|locations\.\d+\.position)$/;
    const values = async (key: string): Promise<string[]> => page.locator(`#${fieldId(key)} input:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    let checked = 0;
    const walk = async (value: unknown, key: string): Promise<void> => {
      if (!Array.isArray(value) && !(value && typeof value === 'object')) checked++;
      if (GROUPS.test(key)) {
        checked++;
        expect((await values(key)).sort(), key).toEqual([...(value as string[])].sort());
      } else if (key === 'organization') {
        await expect(input(page, key).inputValue()).resolves.toBe(organizations.find(([orgId]) => orgId === value)?.[1]);
      } else if (RADIOS.test(key)) {
        await expect(page.locator(`#${fieldId(key)}-${String(value)}`).isChecked(), key).resolves.toBe(true);
      } else if (typeof value === 'boolean') {
        await expect(input(page, key).isChecked(), key).resolves.toBe(value);
      } else if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) await walk(item, `${key}.${i}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) await walk(v, key ? `${key}.${k}` : k);
      } else {
        await expect(input(page, key).inputValue(), key).resolves.toBe(String(value));
      }
    };
    // Walk the steps as a person would, checking on each the fields it asks.
    for (let step = 0; step < STEPS.length; step++) {
      if (step > 0) {
        await page.getByRole('button', { name: NEXT, exact: true }).click();
        await expect.poll(() => heading(page)).toMatch(`Passo ${step + 1} di 8`);
      }
      const own = Object.fromEntries(Object.entries(stored.data).filter(([k]) => STEP_KEYS[STEPS[step]].includes(k)));
      await walk(own, '');
    }
    expect(checked).toBeGreaterThan(15);
    await expect(input(page, 'id').inputValue()).resolves.toBe(id);

    await page.getByRole('button', { name: CHECK }).click();
    await page.locator('#scheda-pronta').waitFor();
    // Nothing was changed: the file shown and the file downloaded are the file in content/, byte for byte
    // (read from disk, not from the build).
    const original = readFileSync(join(repoRoot, stored.path), 'utf8');
    await expect(page.locator('#file-0-testo').inputValue()).resolves.toBe(original);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica il file' }).first().click()]);
    expect(download.suggestedFilename()).toBe(`${id}.md`);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(original);
    await expect(page.getByRole('link', { name: 'Apri il file su GitHub per aggiornarlo' }).getAttribute('href')).resolves.toBe(`https://github.com/segnavia/segnavia/edit/main/${stored.path}`);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('says so when the entry does not exist', async () => {
    const page = await openForm(strict, '?da=non-esiste');
    await expect.poll(() => page.getByText('Non trovo la scheda «non-esiste»').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});

/** The top-level keys of an entry asked on each step (see src/lib/contribute/steps.ts). */
const STEP_KEYS: Record<(typeof STEPS)[number], string[]> = {
  cosa: ['name', 'name_en', 'summary', 'summary_en', 'category', 'needs', 'audiences'],
  dove: ['online_only', 'locations'],
  quando: ['schedule'],
  costo: ['cost', 'joining'],
  contatti: ['contacts'],
  accesso: ['accessibility'],
  chi: ['organization'],
  invia: ['status', 'verified', 'sources'],
};


describe('each step is about one phone screen (390×844)', () => {
  const SCREEN = PHONE.viewport.height;
  const sessions = (r: { data: Record<string, unknown> }) => (r.data.schedule as { sessions?: unknown[] } | undefined)?.sessions?.length ?? 0;
  /** A typical entry: one place, one session, one source. */
  const typical = firstResource((r) => r.data.locations?.length === 1 && sessions(r) === 1 && (r.data.sources as unknown[]).length === 1, 'an entry with one place, one session and one source');

  it('measures every step empty and filled, and «Chi» with a new organisation: each is at most 1.5 screens, the ways to send on the result’s first screen', async () => {
    const filled: Contribution = { ...blank(), resource: resourceToForm('scheda-di-prova-nuova', resourceSchema.parse(typical.data), typical.body) };
    filled.resource.verified.date = todayIso();
    // «Chi» when the organisation is not in the list: its questions, empty and filled with the typical entry's organisation as if it were new.
    const { id: orgId, ...orgData } = organization(typical.data.organization as string);
    const withNewOrg = (contribution: Contribution, org = emptyOrganizationForm()): Contribution => ({ ...contribution, newOrganization: true, organization: org });
    const newOrg = { empty: withNewOrg(blank()), filled: withNewOrg(filled, organizationToForm(orgId, organizationSchema.parse(orgData))) };
    const heights: Record<string, number[]> = {};
    const stepHeight = async (step: number, contribution: Contribution) => {
      const page = await openAt(strict, step, contribution);
      // The step as the person scrolls through it: its heading, questions and Back/Next buttons.
      const height = await page.locator('form#modulo-contributo').evaluate((form) => Math.round(form.getBoundingClientRect().height));
      await page.close();
      return height;
    };
    for (const [state, contribution] of [['empty', blank()], ['filled', filled]] as const) {
      heights[state] = [];
      for (let i = 0; i < STEPS.length; i++) heights[state].push(await stepHeight(i, contribution));
    }
    const chi = STEPS.indexOf('chi');
    const newOrgHeights = { empty: await stepHeight(chi, newOrg.empty), filled: await stepHeight(chi, newOrg.filled) };
    const page = await openAt(strict, STEPS.length - 1, filled);
    await page.getByRole('button', { name: CHECK }).click();
    await page.locator('#scheda-pronta').waitFor();
    // From the "ready" heading to the bottom of the first way to send it.
    const toSend = await page.evaluate(() => Math.round(document.querySelector('.output-file .button')!.getBoundingClientRect().bottom - document.getElementById('scheda-pronta')!.getBoundingClientRect().top));
    await expect(page.locator('.preview-details').getAttribute('open')).resolves.toBeNull();
    await page.close();
    console.log(
      `step heights at 390×844 (form: heading, questions, buttons), px:\n` +
        Object.entries(heights)
          .map(([state, list]) => `  ${state.padEnd(6)} ${list.map((h, i) => `${i + 1}:${h}`).join('  ')}`)
          .join('\n') +
        `\n  «Chi» with a new organisation: empty ${newOrgHeights.empty}, filled ${newOrgHeights.filled} (${orgId})` +
        `\n  result: first way to send ends ${toSend} px below «La scheda è pronta» (filled: ${typical.id})`,
    );
    for (const state of Object.keys(heights)) {
      for (const [i, step] of STEPS.entries()) expect.soft(heights[state][i], `${state} ${step}`).toBeLessThanOrEqual(1.5 * SCREEN);
    }
    for (const [state, height] of Object.entries(newOrgHeights)) expect.soft(height, `${state} chi with a new organisation`).toBeLessThanOrEqual(1.5 * SCREEN);
    expect(toSend).toBeLessThanOrEqual(SCREEN);
  });
});

describe('a new organisation: in English (issue 12), at 320 px, from the keyboard', () => {
  it('the «Chi» step keeps its English name and description in a closed part one line tall, and the file carries them as CONTRIBUTING.md shows', async () => {
    const entry = firstResource((r) => (r.data.locations?.length ?? 0) > 0 && (r.data.sources as unknown[]).length > 0, 'an entry with a place and a source');
    const contribution: Contribution = { ...blank(), resource: resourceToForm('scheda-di-prova-nuova', resourceSchema.parse(entry.data), entry.body), newOrganization: true };
    contribution.resource.verified.date = todayIso();
    contribution.organization = {
      ...contribution.organization,
      id: 'passi-insieme',
      name: 'Associazione Passi Insieme',
      type: 'associazione',
      description: 'Associazione di volontariato del nord Milano che organizza gruppi di cammino.',
      contacts: { phone: '', email: '', website: 'https://www.passi-insieme.example.org' },
    };
    const page = await openAt(strict, STEPS.indexOf('chi'), contribution);
    const english = page.locator('details.advanced', { has: page.locator(`#${fieldId('org.name_en')}`) });
    await expect(english.getAttribute('open')).resolves.toBeNull();
    const height = await page.locator('form#modulo-contributo').evaluate((form) => Math.round(form.getBoundingClientRect().height));
    // Closed, the English part is one line (its summary): the step grows by that line only.
    const closed = await english.evaluate((details) => Math.round(details.getBoundingClientRect().height));
    console.log(`«Chi» step with a new organisation at 390×844: ${height} px, of which the closed English part ${closed} px`);
    expect(closed).toBeLessThanOrEqual(80);
    await page.screenshot({ path: '/tmp/orgform-chi-390-closed.png', fullPage: true });
    await english.locator('summary').click();
    await input(page, 'org.name_en').fill('Passi Insieme Association');
    await input(page, 'org.description_en').fill('A voluntary association in north Milan that organises walking groups.');
    await page.screenshot({ path: '/tmp/orgform-chi-390.png', fullPage: true });
    await page.getByRole('button', { name: NEXT }).click();
    await expect.poll(() => heading(page)).toMatch(`Passo ${STEPS.length} di 8`);
    await page.getByRole('button', { name: CHECK }).click();
    await page.locator('#scheda-pronta').waitFor();
    const files = await page.locator('.output-file textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    const orgFile = files.find((text) => text.startsWith('name: Associazione Passi Insieme')) ?? files.join('\n---\n');
    expect(orgFile).toContain('name_en: Passi Insieme Association');
    expect(orgFile).toContain('description: >-\n  Associazione di volontariato del nord Milano che organizza gruppi di cammino.\n\n  ## English\n\n  A voluntary association');
    await page.close();
  });

  it('at 320 px the step fits the screen’s width, Tab walks its questions in order with a visible focus, and a problem in a closed part opens it and its link focuses the field', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, bypassCSP: true });
    await offline(context);
    // The organisation's id is taken and its English description too long: both are in the closed parts.
    const contribution: Contribution = { ...blank(), newOrganization: true };
    contribution.organization = {
      ...contribution.organization,
      id: auser.id,
      name: 'Auser Rho',
      type: 'associazione',
      description: 'Volontari per l’invecchiamento attivo a Rho.',
      description_en: 'Volunteers. '.repeat(Math.ceil(ORGANIZATION_DESCRIPTION_MAX / 10)),
      contacts: { phone: '', email: 'rho@auser.example.org', website: '' },
    };
    const page = await openAt(context, STEPS.indexOf('chi'), contribution);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.locator('#passo-titolo').focus();
    const walked: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      const [name, outline] = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return [el.getAttribute('name') ?? el.textContent ?? '', getComputedStyle(el).outlineStyle];
      });
      walked.push(name);
      expect(outline, name).not.toBe('none');
    }
    expect(walked).toEqual(['newOrganization', 'org.name', 'org.type', 'org.description', 'org.contacts.phone', 'org.contacts.email', 'org.contacts.website', 'In inglese (facoltativo)', 'Nome del file (automatico)']);
    const parts = page.locator('details.advanced');
    await expect(parts.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))).resolves.toEqual([false, false]);
    await page.getByRole('button', { name: NEXT }).click();
    await page.locator('.error-summary').waitFor();
    await expect(parts.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open))).resolves.toEqual([true, true]);
    const links = page.locator('.error-summary a');
    await expect(links.count()).resolves.toBe(2);
    for (const [n, key] of ['org.description_en', 'org.id'].entries()) {
      await links.nth(n).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(fieldId(key));
    }
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('explains the other ways to contribute', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(siteUrl + PAGE);
    await expect(page.locator('form').count()).resolves.toBe(0);
    // The notice comes first, under the title, before the spreadsheet and the other ways; the intro that asks to fill in the form is hidden.
    await expect(page.locator('main p.lead').isVisible()).resolves.toBe(false);
    await expect(page.locator('noscript p.notice').innerText()).resolves.toContain('Il modulo ha bisogno di JavaScript');
    const noticeFirst = await page.evaluate(() => {
      const notice = document.querySelector('noscript p.notice')!;
      return Boolean(notice.compareDocumentPosition(document.getElementById('foglio-di-calcolo')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(noticeFirst).toBe(true);
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
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [draftKey(), draftText(blank(), 1)] as const);
    await page.reload();
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
    const entry = firstResource((r) => (r.data.locations?.length ?? 0) > 0, 'an entry with a place');
    const c = { ...blank(), resource: resourceToForm('scheda-di-prova-nuova', resourceSchema.parse(entry.data), entry.body) };
    c.resource.verified.date = todayIso();
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [draftKey(), draftText(c, STEPS.length - 1)] as const);
    await page.reload();
    await page.locator('form#modulo-contributo').waitFor();
    await page.getByRole('button', { name: CHECK }).click();
    await page.locator('.preview').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect([...sizes.keys()].filter((url) => !beforePreview.has(url)).some((url) => /\/Preview\.[\w-]+\.js$/.test(url))).toBe(true);
    await page.close();
  });
});
