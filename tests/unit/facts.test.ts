import { describe, expect, it } from 'vitest';
import { resourceSchema, type ResourceInput } from '../../src/schema/resource.ts';
import { contactLines, entryFacts, lineText, verifiedLine, verifiedShort, verifiedWarning } from '../../src/lib/facts.ts';
import { addressSearchUrl, placeDirections, placeLine, regionFolder } from '../../src/lib/places.ts';
import { sheetItem } from '../../src/lib/shortlist/sheet.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { ENTRY_LINK_REL } from '../../src/lib/links.ts';
import type { Location } from '../../src/schema/location.ts';

const base: ResourceInput = {
  name: 'Coro di quartiere',
  summary: 'Un coro aperto a tutti, senza esperienza.',
  category: 'musica-canto',
  needs: ['compagnia'],
  audiences: ['adulti', 'anziani'],
  organization: 'coro-voci',
  locations: [
    { name: 'Biblioteca', address: 'Via Roma 1', postcode: '00153', comune: 'Roma', province: 'RM', lat: 41.88, lon: 12.47, position: 'esatta' },
    { address: 'Piazza Garibaldi 3', comune: 'Ciampino', province: 'RM', lat: 41.8, lon: 12.6, position: 'approssimativa' },
    { comune: 'Frascati', province: 'RM', lat: 41.81, lon: 12.68, position: 'approssimativa' },
  ],
  schedule: { sessions: [{ days: ['mar'], start: '18:00', end: '19:30' }], season: { from_month: 9, to_month: 6 } },
  cost: { free: false, amount_eur: 10, note: 'quota annuale' },
  joining: { methods: ['accesso-libero'], note: 'Presentarsi alla prima prova.' },
  contacts: { phone: '06 1234567', email: 'coro@example.it', website: 'https://www.coro.example.it/' },
  accessibility: { features: [], languages: ['it', 'en'] },
  status: 'attivo',
  verified: { date: '2026-03-01', by: 'Redazione', method: 'telefono' },
  sources: [{ title: 'Sito del coro' }],
};
const parse = (fields: Partial<ResourceInput> = {}) => resourceSchema.parse({ ...base, ...fields });
const texts = (fields: Partial<ResourceInput> = {}) => Object.fromEntries(entryFacts(parse(fields)).map((fact) => [fact.label, fact.lines.map(lineText)]));

describe('the facts of an entry, as labelled lines', () => {
  it('says who, what for, where, when, cost, how to join, contacts, accessibility and languages, in that order', () => {
    expect(texts()).toEqual({
      'Per chi': ['Adulti, Persone anziane'],
      'Utile per': [expect.any(String)],
      Dove: ['Biblioteca, Via Roma 1, 00153 Roma (RM)', 'Piazza Garibaldi 3, Ciampino (RM)', 'Frascati (RM)'],
      Quando: ['Ogni martedì, dalle 18:00 alle 19:30.', 'Da settembre a giugno.'],
      Costo: ['10 € (quota annuale)'],
      'Come partecipare': [expect.stringMatching(/^Accesso libero.*\.$/), 'Presentarsi alla prima prova.'],
      Contatti: ['Telefono: 06 1234567', 'Email: coro@example.it', 'Sito web: www.coro.example.it'],
      Accessibilità: ['Nessuna informazione sull’accessibilità: chiedi all’organizzazione.'],
      'Lingue parlate': [expect.stringMatching(/^italiano, inglese$/i)],
    });
  });

  it('says online, appointment-only times and the one contact plainly', () => {
    const facts = texts({ online_only: true, locations: [], schedule: { sessions: [], note: 'Su appuntamento.' }, contacts: { email: 'a@b.it' } });
    expect(facts.Dove).toEqual(['Si svolge solo online.']);
    expect(facts.Quando).toEqual(['Su appuntamento.']);
    expect(facts.Contatti).toEqual(['Email: a@b.it']);
  });

  it('links contacts, and marks the website as the entry’s (nofollow ugc noopener)', () => {
    expect(contactLines({ phone: '02 809767', website: 'https://www.auser.it/', email: 'x@y.it' })).toEqual([
      { label: 'Telefono', text: '02 809767', href: 'tel:+3902809767' },
      { label: 'Email', text: 'x@y.it', href: 'mailto:x@y.it' },
      { label: 'Sito web', text: 'www.auser.it', href: 'https://www.auser.it/', rel: 'nofollow ugc noopener' },
    ]);
    expect(contactLines({ website: 'javascript:alert(1)' })).toEqual([]);
  });

  it('marks every link of an entry’s description as the entry’s, whatever its scheme', () => {
    const html = renderMarkdown('Il [sito](https://www.coro.example.it/), una [email](mailto:coro@example.it) e <https://www.esempio.it>.');
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(3);
    for (const anchor of anchors) expect(anchor).toContain(`rel="${ENTRY_LINK_REL}"`);
  });

  it('says when and by whom the facts were checked', () => {
    expect(verifiedLine(parse())).toBe('Confermata al telefono con l’organizzazione il 1 marzo 2026 (Redazione).');
  });

  it('says plainly when an entry was only compiled from documents, and how old the newest one is', () => {
    const compiled = (sources: { title: string; date?: string }[], method: 'documento-pubblico' | 'sito-web' = 'documento-pubblico') =>
      ({ ...parse(), verified: { date: '2026-11-24', by: 'Redazione Segnavia', method }, sources });
    expect(verifiedLine(compiled([{ title: 'Calendario', date: '2021' }, { title: 'Articolo', date: '2022-05' }]))).toBe(
      'Compilata il 24 novembre 2026 da documenti pubblici (Redazione Segnavia); la fonte più recente è di maggio 2022. Non ancora confermata dall’organizzazione.',
    );
    expect(verifiedLine(compiled([{ title: 'Pagina' }], 'sito-web'))).toBe(
      'Compilata il 24 novembre 2026 dal sito web ufficiale e da documenti pubblici (Redazione Segnavia); le fonti non hanno una data. Non ancora confermata dall’organizzazione.',
    );
    expect(verifiedLine(compiled([{ title: 'Studio', date: '2018' }, { title: 'Pagina senza data' }]))).toContain('la fonte più recente con una data è del 2018.');
    expect(verifiedShort(compiled([{ title: 'Articolo', date: '2022-05-08' }]))).toBe('Non confermata · fonte dell’8 maggio 2022');
    expect(verifiedShort(parse())).toBe('Confermata il 1 marzo 2026');
    expect(verifiedWarning(compiled([{ title: 'Calendario', date: '2021' }]), '2026-11-30')).toMatch(/^La fonte più recente ha più di un anno/);
    expect(verifiedWarning(compiled([{ title: 'Pagina' }]), '2026-11-30')).toMatch(/^Non sappiamo quanto siano recenti/);
    expect(verifiedWarning(parse(), '2026-11-30')).toBeUndefined();
    expect(verifiedWarning(parse(), '2027-06-30')).toMatch(/^Questa conferma ha più di un anno/);
  });

  it('prints on the sheet the same lines the page shows, for the facts it keeps', () => {
    const resource = parse();
    const page = entryFacts(resource);
    for (const fact of sheetItem('coro', resource).facts) {
      expect(fact.lines.map(lineText)).toEqual(page.find((other) => other.key === fact.key)!.lines.map(lineText));
    }
    expect(sheetItem('coro', resource).facts.map((fact) => fact.key)).toEqual(['where', 'when', 'cost', 'join', 'contacts']);
  });
});

describe('places: the line, the directions and what the map pin means', () => {
  const place = (fields: Partial<Location>): Location => ({ comune: 'Rho', province: 'MI', lat: 45.5287, lon: 9.04, position: 'approssimativa', ...fields });

  it('writes a place on one line', () => {
    expect(placeLine(place({ name: 'Biblioteca civica', address: 'Via Roma 1', postcode: '20017' }))).toBe('Biblioteca civica, Via Roma 1, 20017 Rho (MI)');
    expect(placeLine(place({}))).toBe('Rho (MI)');
  });

  it('with a known street address and an approximate pin, searches that address and only says the pin is approximate', () => {
    const directions = placeDirections(place({ address: 'Via Madonna 67', postcode: '20017' }));
    expect(directions.href).toBe('https://www.openstreetmap.org/search?query=Via%20Madonna%2067%2C%20Rho');
    expect(directions.href).toBe(addressSearchUrl('Via Madonna 67', 'Rho'));
    expect(directions.text).toBe('Cerca Via Madonna 67, Rho su OpenStreetMap');
    expect(directions.note).toBe('Il segnaposto sulla mappa è approssimativo.');
    expect(directions.note).not.toMatch(/indirizzo/);
  });

  it('without an address, leads to the town centre and advises asking for the address', () => {
    const directions = placeDirections(place({ name: 'Centro anziani' }));
    expect(directions.href).toContain('openstreetmap.org/directions?to=45.52870%2C9.04000');
    expect(directions.text).toBe('Indicazioni stradali per Centro anziani su OpenStreetMap');
    expect(directions.note).toMatch(/chiedi l’indirizzo preciso/);
  });

  it('with an exact position, leads to the point and adds no note', () => {
    const directions = placeDirections(place({ address: 'Via Madonna 67', position: 'esatta' }));
    expect(directions.href).toContain('directions?to=45.52870%2C9.04000');
    expect(directions.note).toBeUndefined();
  });

  it('puts the address search and the pin note with the map link (screen only) under a place with an address', () => {
    const where = entryFacts(parse()).find((fact) => fact.key === 'where')!;
    expect(where.lines[1].directions?.href).toContain('/search?query=Piazza%20Garibaldi%203%2C%20Ciampino');
    expect(where.lines[1].directions?.note).toBe('Il segnaposto sulla mappa è approssimativo.');
    expect(where.lines[1].note).toBeUndefined();
    expect(where.lines[2].note).toMatch(/chiedi l’indirizzo preciso/);
    expect(where.lines[0].note).toBeUndefined();
  });

  it('files an entry in the folder of its first place’s region, one rule for validator and form', () => {
    expect(regionFolder({ locations: [{ province: 'MI' }] })).toBe('lombardia');
    expect(regionFolder({ online_only: true })).toBe('online');
    expect(regionFolder({ locations: [{ province: 'XX' }] })).toBeUndefined();
  });
});
