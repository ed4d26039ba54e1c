/**
 * Schedules in words (src/lib/schedule.ts), one object per language: the phrases around the day names (which
 * are the vocabulary's labels). Apart from it.ts/en.ts so that only the bundles that describe schedules (the
 * form's preview, the shortlist) carry them, not the contribution form (70 KB budget). A new language adds
 * its object here.
 */
import type { Locale, ShapeOf } from './types.ts';

const it = {
  scheduleAnd: 'e',
  scheduleOr: 'o',
  scheduleDaysShort: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
  scheduleFromTo: (start: string, end: string) => `dalle ${start} alle ${end}`,
  scheduleAt: (start: string) => `alle ${start}`,
  schedulePartOfDay: (part: string) => `di ${part}`,
  /** week: 1–4 or -1 for the last; feminine for domenica. */
  scheduleNthOfMonth: (week: number, day: string, feminine: boolean) =>
    `${[['il primo', 'la prima'], ['il secondo', 'la seconda'], ['il terzo', 'la terza'], ['il quarto', 'la quarta']][week - 1]?.[+feminine] ?? (feminine ? 'l’ultima' : 'l’ultimo')} ${day} del mese`,
  scheduleMonthly: (days: string) => `una volta al mese, di ${days}`,
  scheduleFortnightly: (days: string) => `ogni due settimane, di ${days}`,
  scheduleEveryDay: 'tutti i giorni',
  scheduleDayRun: (first: string, last: string) => `dal ${first} al ${last}`,
  scheduleEvery: (days: string) => `ogni ${days}`,
  scheduleShortNth: (week: number) => `(${week > 0 ? `${week}°` : 'ultimo'} del mese)`,
  scheduleShortMonthly: '(una volta al mese)',
  scheduleShortFortnightly: '(ogni due settimane)',
  scheduleSeason: (from: string, to: string) => `da ${from} a ${to}`,
  scheduleDates: (from: string, to: string) => `dal ${from} al ${to}`,
  scheduleFromDate: (from: string) => `dal ${from}`,
  scheduleUntil: (to: string) => `fino al ${to}`,
};

const en: ShapeOf<typeof it> = {
  scheduleAnd: 'and',
  scheduleOr: 'or',
  scheduleDaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  scheduleFromTo: (start: string, end: string) => `from ${start} to ${end}`,
  scheduleAt: (start: string) => `at ${start}`,
  schedulePartOfDay: (part: string) => `in the ${part}`,
  scheduleNthOfMonth: (week: number, day: string) => `the ${['first', 'second', 'third', 'fourth'][week - 1] ?? 'last'} ${day} of the month`,
  scheduleMonthly: (days: string) => `once a month, on ${days}`,
  scheduleFortnightly: (days: string) => `every two weeks, on ${days}`,
  scheduleEveryDay: 'every day',
  scheduleDayRun: (first: string, last: string) => `${first} to ${last}`,
  scheduleEvery: (days: string) => `every ${days}`,
  scheduleShortNth: (week: number) => `(${['1st', '2nd', '3rd', '4th'][week - 1] ?? 'last'} of the month)`,
  scheduleShortMonthly: '(once a month)',
  scheduleShortFortnightly: '(every two weeks)',
  scheduleSeason: (from: string, to: string) => `from ${from} to ${to}`,
  scheduleDates: (from: string, to: string) => `from ${from} to ${to}`,
  scheduleFromDate: (from: string) => `from ${from}`,
  scheduleUntil: (to: string) => `until ${to}`,
};

export const schedulePhrases: Record<Locale, ShapeOf<typeof it>> = { it, en };
