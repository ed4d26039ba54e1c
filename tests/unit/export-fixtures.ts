/** Fixture entries for the export tests, checked by the real schema (so they hold what the collections hold). */
import { resourceSchema, type ResourceInput } from '../../src/schema/resource.ts';
import type { ExportEntry } from '../../src/lib/exports/entry.ts';

export const SITE = 'https://segnavia.example.org';

const base: ResourceInput = {
  name: 'Coro di quartiere',
  summary: 'Un coro aperto a tutti, senza esperienza.',
  category: 'musica-canto',
  needs: ['compagnia'],
  audiences: ['adulti'],
  organization: 'coro-voci',
  locations: [{ name: 'Biblioteca', address: 'Via Roma 1', postcode: '00153', comune: 'Roma', province: 'RM', lat: 41.88, lon: 12.47, position: 'esatta' }],
  schedule: { sessions: [{ days: ['mar'], start: '18:00', end: '19:30' }] },
  cost: { free: true },
  joining: { methods: ['accesso-libero'] },
  contacts: { phone: '06 1234567' },
  status: 'attivo',
  verified: { date: '2026-03-01', by: 'Redazione', method: 'telefono' },
  sources: [{ title: 'Sito del coro' }],
};

function entry(id: string, fields: Partial<ResourceInput>): ExportEntry {
  return { id, data: resourceSchema.parse({ ...base, ...fields }) };
}

/** A choir in three places, weekly on Tuesdays and Thursdays from September to June. */
export const choir = entry('coro-di-quartiere', {
  name: 'Coro "Voci"; di quartiere, Roma',
  locations: [
    { name: 'Biblioteca', address: 'Via Roma 1', postcode: '00153', comune: 'Roma', province: 'RM', lat: 41.88, lon: 12.47, position: 'esatta' },
    { comune: 'Ciampino', province: 'RM', lat: 41.8, lon: 12.6, position: 'approssimativa' },
    { comune: 'Frascati', province: 'RM', lat: 41.81, lon: 12.68, position: 'approssimativa' },
  ],
  schedule: { sessions: [{ days: ['mar', 'gio'], start: '18:00', end: '19:30' }], season: { from_month: 9, to_month: 6 } },
});

/** Monthly on the last Sunday and the first Tuesday; plus sessions that cannot be dated (no time, fortnightly, monthly without a week). */
export const cafe = entry('alzheimer-cafe', {
  name: 'Alzheimer Café',
  category: 'sostegno-salute',
  locations: [{ comune: 'Rho', province: 'MI', lat: 45.5287, lon: 9.04, position: 'approssimativa' }],
  schedule: {
    sessions: [
      { days: ['dom'], start: '10:00', end: '12:00', frequency: 'mensile', week_of_month: -1 },
      { days: ['mar'], start: '15:00', frequency: 'mensile', week_of_month: 1 },
      { days: ['lun'], part_of_day: 'mattina' },
      { days: ['mer'], start: '17:00', frequency: 'quindicinale' },
      { days: ['ven'], start: '09:00', frequency: 'mensile' },
    ],
  },
});

/** A time-limited programme, Mondays and Thursdays, 3 March to 30 June 2025 (a Monday). */
export const programme = entry('programma-a-tempo', {
  name: 'Cammino di primavera',
  category: 'movimento',
  locations: [{ comune: 'Bologna', province: 'BO', lat: 44.4938, lon: 11.3387, position: 'approssimativa' }],
  schedule: { sessions: [{ days: ['lun', 'gio'], start: '09:30', end: '11:00' }], start_date: '2025-03-03', end_date: '2025-06-30' },
  verified: { date: '2025-02-01', by: 'Redazione', method: 'telefono' },
});

/** Online only, weekly on Wednesdays. */
export const online = entry('telefonata-amica', {
  name: 'Telefonata amica',
  online_only: true,
  locations: [],
  schedule: { sessions: [{ days: ['mer'], start: '11:00', end: '12:00' }] },
});

/** Untrusted text that a spreadsheet would run as a formula. */
export const hostile = entry('formula', {
  name: '=HYPERLINK("https://evil.example","clic")',
  summary: '@SUM(1+1) senza pericolo, per favore.',
  contacts: { phone: '+39 06 1234567', website: 'https://example.org/-x' },
  locations: [{ name: '-2+3', address: 'Via Roma 1', comune: 'Palermo', province: 'PA', lat: 38.1157, lon: 13.3615, position: 'esatta' }],
});

export const paused = entry('in-pausa', { name: 'In pausa', status: 'sospeso', locations: [{ comune: 'Lecce', province: 'LE', lat: 40.3515, lon: 18.175, position: 'approssimativa' }] });
export const closed = entry('chiuso', { name: 'Chiuso', status: 'chiuso', locations: [{ comune: 'Torino', province: 'TO', lat: 45.0703, lon: 7.6869, position: 'approssimativa' }] });

export const all = [choir, cafe, programme, online, hostile, paused, closed];
