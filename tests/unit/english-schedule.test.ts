// Issue 12: schedules, costs and spoken-language names generated from an entry's data read in the page's
// language on English pages; the search records (built once for both languages) carry schedule and cost as
// codes that the result card writes in the page's language.
import { afterEach, describe, expect, it } from 'vitest';
import { addDictionary, setLocaleSource } from '../../src/i18n/index.ts';
import en from '../../src/i18n/en.ts';
import { describeSchedule, formatSession, scheduleSummary } from '../../src/lib/schedule.ts';
import { formatCost } from '../../src/lib/cost.ts';
import { languageName } from '../../src/lib/languages.ts';
import { entryFacts } from '../../src/lib/facts.ts';
import { searchRecord } from '../../src/lib/search/records.ts';
import { resultCard } from '../../src/lib/search/card.ts';
import { scheduleSchema } from '../../src/schema/schedule.ts';
import { resourceSchema, type ResourceInput } from '../../src/schema/resource.ts';

addDictionary('en', en);
const schedule = (fields: Record<string, unknown>) => scheduleSchema.parse(fields);
const walking = schedule({ sessions: [{ days: ['gio', 'lun'], start: '18:00', end: '19:30' }], season: { from_month: 9, to_month: 6 } });
const monthly = schedule({ sessions: [{ days: ['dom'], start: '10:00', frequency: 'mensile', week_of_month: -1 }, { days: ['mar'], part_of_day: 'mattina', frequency: 'quindicinale' }] });
const programme = schedule({ sessions: [{ days: ['lun', 'mar', 'mer', 'gio', 'ven'], start: '09:00' }], start_date: '2026-03-02', end_date: '2026-06-30' });

describe('schedules in English', () => {
  it('a schedule with two days and times, in full and in short', () => {
    expect(describeSchedule(walking, 'en')).toEqual(['Every Monday and Thursday, from 18:00 to 19:30.', 'From September to June.']);
    expect(scheduleSummary(walking, 'en')).toBe('Mon and Thu 18:00–19:30');
  });

  it('monthly and fortnightly sessions', () => {
    expect(describeSchedule(monthly, 'en')).toEqual(['Every two weeks, on Tuesday, in the morning; the last Sunday of the month, at 10:00.']);
    expect(formatSession(monthly.sessions[0], 'en')).toBe('the last Sunday of the month, at 10:00');
    expect(scheduleSummary(monthly, 'en')).toBe('Tue morning (every two weeks); Sun 10:00 (last of the month)');
  });

  it('a date-limited programme', () => {
    expect(describeSchedule(programme, 'en')).toEqual(['Monday to Friday, at 9:00.', 'From 2 March 2026 to 30 June 2026.']);
    expect(scheduleSummary(programme, 'en')).toBe('Mon–Fri 9:00');
    expect(scheduleSummary(schedule({ sessions: [], end_date: '2026-06-30', note: 'Su appuntamento.' }), 'en')).toBe('Until 30 June 2026.');
  });

  it('the same schedules stay Italian in Italian', () => {
    expect(describeSchedule(walking, 'it')).toEqual(['Ogni lunedì e giovedì, dalle 18:00 alle 19:30.', 'Da settembre a giugno.']);
    expect(scheduleSummary(monthly, 'it')).toBe('mar mattina (ogni due settimane); dom 10:00 (ultimo del mese)');
    expect(formatSession(monthly.sessions[0], 'it')).toBe('l’ultima domenica del mese, alle 10:00');
    expect(describeSchedule(programme, 'it')[1]).toBe('Dal 2 marzo 2026 al 30 giugno 2026.');
  });
});

describe('costs and languages in English', () => {
  it('costs', () => {
    expect(formatCost({ free: true }, 'en')).toBe('Free');
    expect(formatCost({ free: false, amount_eur: 2.5 }, 'en')).toBe('€2.50');
    expect(formatCost({ free: false }, 'en')).toBe('There is a charge');
    expect(formatCost({ free: false, amount_eur: 2.5 }, 'it')).toBe('2,50 €');
  });

  it('spoken-language names', () => {
    expect(['it', 'en', 'ar'].map((code) => languageName(code, 'en')).join(', ')).toBe('Italian, English, Arabic');
    expect(['it', 'en'].map((code) => languageName(code, 'it')).join(', ')).toBe('italiano, inglese');
  });
});

const base: ResourceInput = {
  name: 'Gruppo di cammino',
  summary: 'Camminate in compagnia.',
  category: 'movimento',
  needs: ['muoversi'],
  audiences: ['adulti'],
  organization: 'asl',
  locations: [{ comune: 'Roma', province: 'RM', lat: 41.88, lon: 12.47, position: 'approssimativa' }],
  schedule: { sessions: [{ days: ['gio', 'lun'], start: '18:00', end: '19:30' }], note: 'Sospeso ad agosto.' },
  cost: { free: true },
  joining: { methods: ['accesso-libero'] },
  contacts: { phone: '06 1234567' },
  accessibility: { features: [], languages: ['it', 'en'] },
  status: 'attivo',
  verified: { date: '2026-03-01', by: 'Redazione', method: 'telefono' },
  sources: [{ title: 'ASL' }],
};
const resource = resourceSchema.parse(base);

describe('on an English page', () => {
  afterEach(() => setLocaleSource(() => undefined));

  it('the entry facts give schedule and languages in English, unmarked, and only the note marked Italian', () => {
    setLocaleSource(() => 'en');
    const facts = Object.fromEntries(entryFacts(resource).map((fact) => [fact.key, fact.lines]));
    expect(facts.when).toEqual([{ text: 'Every Monday and Thursday, from 18:00 to 19:30.', lang: undefined }, { text: 'Sospeso ad agosto.', lang: 'it' }]);
    expect(facts.languages).toEqual([{ text: 'Italian, English' }]);
    expect(facts.cost).toEqual([{ text: 'Free' }]);
  });

  it('a search record, built in any language, gives an English result card days and cost in English and an Italian one in Italian', () => {
    setLocaleSource(() => 'en');
    const record = searchRecord('gruppo', resourceSchema.parse({ ...base, cost: { free: false, amount_eur: 3, note: 'quota annuale' } }), '');
    expect(record.meta).toMatchObject({ when: 'lun gio 18:00-19:30', cost: '3', cost_note: 'quota annuale' });
    expect(resultCard(record, 'en')).toMatchObject({ when: 'Mon and Thu 18:00–19:30', whenLang: 'en', cost: '€3', costNote: 'quota annuale' });
    expect(resultCard(record, 'it')).toMatchObject({ when: 'lun e gio 18:00–19:30', whenLang: 'it', cost: '3 €', costNote: 'quota annuale' });
    // Only a note to go by: the note, in Italian, on both pages.
    const onCall = searchRecord('gruppo', resourceSchema.parse({ ...base, schedule: { note: 'Su appuntamento.' } }), '');
    expect(resultCard(onCall, 'en')).toMatchObject({ when: 'Su appuntamento.', whenLang: 'it', cost: 'Free' });
  });
});
