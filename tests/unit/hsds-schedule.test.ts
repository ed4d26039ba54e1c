import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '../../src/schema/schedule.ts';
import { schedules } from '../../src/lib/hsds/schedule.ts';
import { ids } from '../../src/lib/hsds/ids.ts';

const SERVICE = ids.service('prova');
const of = (input: unknown) => schedules('prova', SERVICE, scheduleSchema.parse(input));

describe('HSDS schedules', () => {
  it('a weekly session: WEEKLY on its days in week order, with opening and closing times', () => {
    expect(of({ sessions: [{ days: ['gio', 'mar'], start: '09:30', end: '10:30' }] })).toEqual([
      {
        id: ids.schedule('prova', 1),
        service_id: SERVICE,
        freq: 'WEEKLY',
        byday: 'TU,TH',
        opens_at: '09:30:00',
        closes_at: '10:30:00',
        description: 'Ogni martedì e giovedì, dalle 9:30 alle 10:30.',
      },
    ]);
  });

  it('every other week is WEEKLY with interval 2 and no dtstart (which week is not known)', () => {
    const [schedule] = of({ sessions: [{ days: ['ven'], start: '15:00', frequency: 'quindicinale' }] });
    expect(schedule).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'FR', opens_at: '15:00:00' });
    expect(schedule).not.toHaveProperty('dtstart');
    expect(schedule).not.toHaveProperty('closes_at');
  });

  it('a monthly session on a known week: MONTHLY with the week before the day (1MO, -1FR)', () => {
    expect(of({ sessions: [{ days: ['lun'], start: '10:00', frequency: 'mensile', week_of_month: 1 }] })[0]).toMatchObject({ freq: 'MONTHLY', byday: '1MO' });
    expect(of({ sessions: [{ days: ['ven'], frequency: 'mensile', week_of_month: -1, part_of_day: 'sera' }] })[0]).toMatchObject({
      freq: 'MONTHLY',
      byday: '-1FR',
      description: 'L’ultimo venerdì del mese, di sera.',
    });
  });

  it('a monthly session on an unknown week has no byday (a bare MO would mean every Monday); the day is in the description', () => {
    const [schedule] = of({ sessions: [{ days: ['mer'], frequency: 'mensile' }] });
    expect(schedule).toMatchObject({ freq: 'MONTHLY', description: 'Una volta al mese, di mercoledì.' });
    expect(schedule).not.toHaveProperty('byday');
  });

  it('a part of the day has no times, only words; the season and the note go with every session', () => {
    const list = of({ sessions: [{ days: ['lun'], part_of_day: 'mattina' }, { days: ['sab'], start: '16:00' }], season: { from_month: 9, to_month: 6 }, note: 'Non ad agosto.' });
    expect(list).toHaveLength(2);
    expect(list[0]).not.toHaveProperty('opens_at');
    expect(list[0]).toMatchObject({ description: 'Ogni lunedì, di mattina; da settembre a giugno.', notes: 'Non ad agosto.' });
    expect(list[1]).toMatchObject({ byday: 'SA', opens_at: '16:00:00', notes: 'Non ad agosto.' });
  });

  it('a time-limited programme is valid from its start to its end date', () => {
    const [schedule] = of({ sessions: [{ days: ['mar'], start: '18:00' }], start_date: '2026-03-01', end_date: '2026-05-31' });
    expect(schedule).toMatchObject({ valid_from: '2026-03-01', valid_to: '2026-05-31' });
  });

  it('a schedule known only by its note is one schedule with the note and nothing invented', () => {
    expect(of({ sessions: [], note: 'Su appuntamento.' })).toEqual([{ id: ids.schedule('prova', 0), service_id: SERVICE, notes: 'Su appuntamento.' }]);
  });
});
