import { describe, expect, it } from 'vitest';
import { describeSchedule, formatPeriod, formatSession, joinItalian } from '../../src/lib/schedule.ts';
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
});
