// Schedule and cost travel in the search records as codes (src/lib/search/card-facts.ts) that the browser
// writes in the page's language: the card must say exactly what scheduleSummary and formatCost say.
import { describe, expect, it } from 'vitest';
import { addDictionary } from '../../src/i18n/index.ts';
import en from '../../src/i18n/en.ts';
import { scheduleSummary } from '../../src/lib/schedule.ts';
import { formatCost } from '../../src/lib/cost.ts';
import { decodeCost, decodeSchedule, encodeCost, encodeSchedule } from '../../src/lib/search/card-facts.ts';
import { scheduleSchema } from '../../src/schema/schedule.ts';
import { costSchema, resourceSchema } from '../../src/schema/resource.ts';
import { allResources } from '../support/content.ts';

addDictionary('en', en);
const schedule = (fields: Record<string, unknown>) => scheduleSchema.parse(fields);
const shapes = [
  schedule({ sessions: [{ days: ['gio', 'lun'], start: '18:00', end: '19:30' }], season: { from_month: 9, to_month: 6 }, note: 'Non ad agosto.' }),
  schedule({ sessions: [{ days: ['dom'], start: '10:00', frequency: 'mensile', week_of_month: -1 }, { days: ['mar'], part_of_day: 'mattina', frequency: 'quindicinale' }] }),
  schedule({ sessions: [{ days: ['sab'], frequency: 'mensile', week_of_month: 2 }, { days: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'], start: '07:00' }, { days: ['mer'], frequency: 'mensile' }] }),
  schedule({ sessions: [{ days: ['lun', 'mar', 'mer', 'gio', 'ven'], start: '09:00' }], start_date: '2026-03-02', end_date: '2026-06-30' }),
  schedule({ season: { from_month: 10, to_month: 5 }, start_date: '2026-10-01', note: 'Date sul sito.' }),
  schedule({ end_date: '2026-12-20', note: 'Incontri su prenotazione.' }),
];

describe('schedule and cost codes of the search records', () => {
  it('read back into the same words, in Italian and in English', () => {
    for (const original of shapes) {
      const decoded = decodeSchedule(encodeSchedule(original));
      for (const locale of ['it', 'en'] as const) expect(scheduleSummary(decoded!, locale)).toBe(scheduleSummary(original, locale));
    }
    expect(encodeSchedule(shapes[1])).toBe('mar mattina quindicinale; dom 10:00 mensile-1');
  });

  it('read back every schedule and cost of the sample content', () => {
    const entries = allResources().map((entry) => ({ id: entry.id, data: resourceSchema.parse(entry.data) }));
    expect(entries.length).toBeGreaterThan(20);
    for (const { id, data } of entries) {
      const code = encodeSchedule(data.schedule);
      // Only a note: no code, the card shows the note (records.ts).
      if (!code) expect(scheduleSummary(data.schedule, 'it'), id).toBe(data.schedule.note);
      else for (const locale of ['it', 'en'] as const) expect(scheduleSummary(decodeSchedule(code)!, locale), id).toBe(scheduleSummary(data.schedule, locale));
      for (const locale of ['it', 'en'] as const) expect(formatCost(decodeCost(encodeCost(data.cost), data.cost.note), locale), id).toBe(formatCost(data.cost, locale));
    }
  });

  it('give costs with cents, without an amount and with a note', () => {
    for (const fields of [{ free: false, amount_eur: 2.5 }, { free: false, note: 'a offerta libera' }, { free: true, note: 'tessera annuale 5 €' }, { free: false, amount_eur: 120, note: 'all’anno' }]) {
      const cost = costSchema.parse(fields);
      for (const locale of ['it', 'en'] as const) expect(formatCost(decodeCost(encodeCost(cost), cost.note), locale)).toBe(formatCost(cost, locale));
    }
    expect(formatCost(decodeCost(encodeCost(costSchema.parse({ free: false, amount_eur: 2.5 }))), 'en')).toBe('€2.50');
  });

  it('refuse a code they cannot read, rather than show wrong days', () => {
    for (const code of ['lunedì 18:00', 'lun 18', 'lun mensile7', '~13', 'gratis']) expect(decodeSchedule(code), code).toBeUndefined();
  });
});
