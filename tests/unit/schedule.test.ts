import { describe, expect, it } from 'vitest';
import { describeSchedule, formatPeriod, formatSession, formatSessionShort, joinItalian, scheduleSummary } from '../../src/lib/schedule.ts';
import { scheduleSchema } from '../../src/schema/schedule.ts';

const session = (fields: Record<string, unknown>) => scheduleSchema.parse({ sessions: [fields] }).sessions[0];

describe('schedule in plain Italian', () => {
  it('joins days the Italian way', () => {
    expect(joinItalian(['lunedì'])).toBe('lunedì');
    expect(joinItalian(['lunedì', 'giovedì'])).toBe('lunedì e giovedì');
    expect(joinItalian(['lunedì', 'mercoledì', 'venerdì'])).toBe('lunedì, mercoledì e venerdì');
  });

  it('describes a weekly session with start and end, days in week order', () => {
    expect(formatSession(session({ days: ['gio', 'mar'], start: '09:30', end: '11:00' }))).toBe(
      'ogni martedì e giovedì, dalle 9:30 alle 11:00',
    );
  });

  it('describes a session with only a start time', () => {
    expect(formatSession(session({ days: ['sab'], start: '15:00' }))).toBe('ogni sabato, alle 15:00');
  });

  it('describes every other week and monthly sessions', () => {
    expect(formatSession(session({ days: ['lun'], start: '10:00', frequency: 'quindicinale' }))).toBe(
      'ogni due settimane, di lunedì, alle 10:00',
    );
    expect(formatSession(session({ days: ['mar'], start: '15:00', end: '17:00', frequency: 'mensile', week_of_month: 1 }))).toBe(
      'il primo martedì del mese, dalle 15:00 alle 17:00',
    );
    expect(formatSession(session({ days: ['dom'], start: '10:00', frequency: 'mensile', week_of_month: -1 }))).toBe(
      'l’ultima domenica del mese, alle 10:00',
    );
    expect(formatSession(session({ days: ['ven'], start: '18:00', frequency: 'mensile' }))).toBe(
      'una volta al mese, di venerdì, alle 18:00',
    );
  });

  it('describes seasons and time-limited programmes', () => {
    expect(formatPeriod({ season: { from_month: 9, to_month: 6 } })).toBe('da settembre a giugno');
    expect(formatPeriod({ start_date: '2025-03-01', end_date: '2025-06-30' })).toBe('dal 1 marzo 2025 al 30 giugno 2025');
    expect(formatPeriod({ end_date: '2025-06-30' })).toBe('fino al 30 giugno 2025');
  });

  it('lists sessions, period and note as sentences', () => {
    const schedule = scheduleSchema.parse({
      sessions: [{ days: ['mer'], start: '09:00', end: '10:00' }],
      season: { from_month: 10, to_month: 5 },
      note: 'Sospeso durante le festività.',
    });
    expect(describeSchedule(schedule)).toEqual([
      'Ogni mercoledì, dalle 9:00 alle 10:00.',
      'Da ottobre a maggio.',
      'Sospeso durante le festività.',
    ]);
  });

  it('refuses an end before the start and a schedule with neither sessions nor note', () => {
    const wrongTimes = scheduleSchema.safeParse({ sessions: [{ days: ['lun'], start: '11:00', end: '10:00' }] });
    expect(wrongTimes.success).toBe(false);
    expect(wrongTimes.error?.issues[0].path).toEqual(['sessions', 0, 'end']);
    const empty = scheduleSchema.safeParse({ sessions: [] });
    expect(empty.error?.issues[0].path).toEqual(['note']);
  });

  it('describes days without times, with or without a part of the day', () => {
    expect(formatSession(session({ days: ['ven', 'lun'], part_of_day: 'mattina' }))).toBe('ogni lunedì e venerdì, di mattina');
    expect(formatSession(session({ days: ['mer'] }))).toBe('ogni mercoledì');
    expect(formatSession(session({ days: ['gio'], part_of_day: 'sera', frequency: 'mensile', week_of_month: 2 }))).toBe('il secondo giovedì del mese, di sera');
    expect(formatSessionShort(session({ days: ['ven', 'lun'], part_of_day: 'mattina' }))).toBe('lun e ven mattina');
  });

  it('names a run of days and the whole week briefly', () => {
    const weekdays = session({ days: ['lun', 'mar', 'mer', 'gio', 'ven'], start: '09:00', end: '18:00' });
    expect(formatSession(weekdays)).toBe('dal lunedì al venerdì, dalle 9:00 alle 18:00');
    expect(formatSessionShort(weekdays)).toBe('lun–ven 9:00–18:00');
    const everyDay = session({ days: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'], start: '08:00', end: '20:00' });
    expect(formatSession(everyDay)).toBe('tutti i giorni, dalle 8:00 alle 20:00');
    expect(formatSessionShort(session({ days: ['lun', 'mer', 'ven'], start: '10:00' }))).toBe('lun, mer e ven 10:00');
  });

  it('shows every session, in the order of the week, in the first line and in the short summary', () => {
    const schedule = scheduleSchema.parse({
      sessions: [
        { days: ['mar', 'ven'], start: '09:00', end: '10:00' },
        { days: ['lun', 'mer'], start: '10:00', end: '11:00' },
        { days: ['dom'], start: '16:00', frequency: 'mensile', week_of_month: -1 },
      ],
      season: { from_month: 9, to_month: 6 },
      note: 'Chiedere conferma.',
    });
    expect(describeSchedule(schedule)).toEqual([
      'Ogni lunedì e mercoledì, dalle 10:00 alle 11:00; ogni martedì e venerdì, dalle 9:00 alle 10:00; l’ultima domenica del mese, alle 16:00.',
      'Da settembre a giugno.',
      'Chiedere conferma.',
    ]);
    expect(scheduleSummary(schedule)).toBe('lun e mer 10:00–11:00; mar e ven 9:00–10:00; dom 16:00 (ultimo del mese)');
  });

  it('summarises a schedule without sessions by its period or note', () => {
    expect(scheduleSummary(scheduleSchema.parse({ sessions: [], season: { from_month: 10, to_month: 5 }, note: 'Su appuntamento.' }))).toBe('Da ottobre a maggio.');
    expect(scheduleSummary(scheduleSchema.parse({ sessions: [], note: 'Su appuntamento.' }))).toBe('Su appuntamento.');
  });

  it('accepts sessions with days only and refuses a wrong part of the day in plain Italian', () => {
    expect(scheduleSchema.safeParse({ sessions: [{ days: ['lun', 'ven'], part_of_day: 'mattina' }] }).success).toBe(true);
    expect(scheduleSchema.safeParse({ sessions: [{ days: ['mer'] }] }).success).toBe(true);
    const wrong = scheduleSchema.safeParse({ sessions: [{ days: ['lun'], part_of_day: 'notte' }] });
    expect(wrong.error?.issues[0].path).toEqual(['sessions', 0, 'part_of_day']);
    expect(wrong.error?.issues[0].message).toBe('Valore «notte» non riconosciuto per la parte del giorno. Valori ammessi: mattina, pomeriggio, sera.');
    const both = scheduleSchema.safeParse({ sessions: [{ days: ['lun'], start: '10:00', part_of_day: 'mattina' }] });
    expect(both.error?.issues[0].message).toMatch(/^Con l’ora di inizio la parte del giorno non serve/);
    const endOnly = scheduleSchema.safeParse({ sessions: [{ days: ['lun'], end: '10:00' }] });
    expect(endOnly.error?.issues[0].path).toEqual(['sessions', 0, 'end']);
    expect(endOnly.error?.issues[0].message).toMatch(/manca l’ora di inizio/);
  });
});
