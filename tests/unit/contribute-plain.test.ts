/** Problems and hints in the form's words: no schema key, no list position, and what to do. */
import { describe, expect, it } from 'vitest';
import { checkContribution, type Contribution } from '../../src/lib/contribute/check.ts';
import { emptyOrganizationForm, emptyResourceForm } from '../../src/lib/contribute/form.ts';
import { organizationHint, resourceHint } from '../../src/lib/contribute/hints.ts';
import { plainMessage, plainMessages } from '../../src/lib/contribute/plain.ts';

/** The words the issue names, which a person filling the form must never read. */
const FORBIDDEN = /\b(free|note|phone|email|website|online_only|amount_eur)\b|locations\.0/i;
const TODAY = '2026-11-30';
const blank = (): Contribution => ({ resource: emptyResourceForm(TODAY), newOrganization: false, organization: emptyOrganizationForm() });

function allMessages(messages: Record<string, string[]>): [string, string][] {
  return Object.entries(messages).flatMap(([key, list]) => list.map((m): [string, string] => [key, m]));
}

describe('problems in the form’s words', () => {
  it('the empty form (with a new organisation): every message in plain words', () => {
    const raw = checkContribution({ ...blank(), newOrganization: true }, { today: TODAY }).errors;
    // The schema's own messages do use those words: the test would catch them if they were shown.
    expect(allMessages(raw).some(([, m]) => FORBIDDEN.test(m))).toBe(true);
    const plain = plainMessages(raw);
    expect(Object.keys(plain)).toEqual(Object.keys(raw));
    for (const [key, message] of allMessages(plain)) expect(message, key).not.toMatch(FORBIDDEN);
  });

  it('a form full of mistakes: every message in plain words', () => {
    const c = blank();
    const r = c.resource;
    r.cost.free = 'false';
    r.locations[0] = { ...r.locations[0], comune: 'Milano', province: 'XX', lat: 'abc', lon: '200' };
    r.contacts = { phone: '12', email: 'x', website: 'y' };
    r.accessibility.languages = 'english';
    r.sources[0] = { title: '', url: 'z', date: '22', note: '' };
    r.cost.amount_eur = '-3';
    r.schedule.sessions[0].start = '25:00';
    r.verified.date = '2030-01-01';
    const raw = checkContribution(c, { today: TODAY }).errors;
    expect(Object.keys(raw).length).toBeGreaterThan(12);
    for (const [key, message] of allMessages(plainMessages(raw))) expect(message, key).not.toMatch(FORBIDDEN);
  });

  it('says what to do, naming the question as the form asks it', () => {
    expect(plainMessage('cost.free', 'Indica se è gratuito: free: true oppure free: false.')).toBe('Rispondi alla domanda «È gratuito?»: sì o no.');
    expect(plainMessage('cost.amount_eur', 'Se non è gratuito, indica quanto costa in amount_eur oppure spiegalo in note.')).toMatch(/nota sul costo/);
    expect(plainMessage('cost.amount_eur', 'È indicato gratuito ma con un importo: togli amount_eur oppure metti free: false.')).toMatch(/«No, si paga»/);
    expect(plainMessage('contacts', 'Indica almeno un contatto pubblico: phone, email o website.')).toMatch(/telefono.*posta elettronica.*sito web/);
    expect(plainMessage('schedule.note', 'Senza appuntamenti fissi, spiega in "note" come e quando ci si incontra.')).toMatch(/«Nota sugli orari»/);
    expect(plainMessage('locations.2.province', 'Provincia «XX» non valida')).toMatch(/Scegli il comune dall’elenco/);
    expect(plainMessage('org.contacts.email', 'Indirizzo email non valido')).toMatch(/posta elettronica/);
  });

  it('keeps messages already in plain words (the validator’s «Forse intendevi…?», a date in the future)', () => {
    const message = 'Comune «Milna» non trovato nella provincia MI. Forse intendevi «Milano»?';
    expect(plainMessage('locations.0.comune', message)).toBe(message);
    const future = 'La data di verifica 2030-01-01 è nel futuro (oggi è 2026-11-30): scrivi il giorno in cui hai controllato davvero le informazioni.';
    expect(plainMessage('verified.date', future)).toBe(future);
  });

  it('replaces an unknown message that uses the file’s words with a general one', () => {
    expect(plainMessage('mystery', 'metti online_only: true')).not.toMatch(FORBIDDEN);
    expect(plainMessage('mystery', 'locations.0.lat non valido')).not.toMatch(FORBIDDEN);
  });
});

describe('hints in the form’s words', () => {
  it.each([
    'name', 'summary', 'category', 'needs', 'audiences', 'locations.name', 'locations.address', 'locations.postcode', 'schedule.sessions.start',
    'schedule.sessions.end', 'schedule.sessions.part_of_day', 'schedule.season', 'schedule.start_date', 'schedule.end_date', 'schedule.note',
    'cost.amount_eur', 'cost.note', 'joining.methods', 'joining.note', 'contacts', 'contacts.phone', 'contacts.email', 'contacts.website',
    'accessibility.features', 'accessibility.note', 'status', 'verified', 'verified.date', 'verified.by', 'sources', 'sources.title', 'sources.url', 'sources.note',
  ])('%s', (key) => {
    const hint = resourceHint(key);
    expect(hint).toMatch(/\S/);
    expect(hint).not.toMatch(FORBIDDEN);
    expect(hint).not.toMatch(/"HH:MM"|AAAA-MM-GG|accesso-libero/);
  });
  it('of the organisation too (those the form shows: its type has none, the list says it all)', () => {
    for (const key of ['name', 'name_en', 'description']) expect(organizationHint(key)).not.toMatch(/cooperativa-sociale|azienda-sanitaria/);
  });
});
