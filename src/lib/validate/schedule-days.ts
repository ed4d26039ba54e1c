/**
 * A schedule note that names a weekday no session has: "Il lunedì e il venerdì mattina" with no session
 * on Monday hides the entry from whoever filters by Monday (the day filter reads only the sessions).
 */
import { days, type Day } from '../../schema/vocabularies.ts';
import { joinItalian } from '../schedule.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem } from './types.ts';

/** Each day's Italian name, with or without the accent, singular or plural. */
const DAY_WORDS: Record<Day, string> = {
  lun: 'luned[iì]',
  mar: 'marted[iì]',
  mer: 'mercoled[iì]',
  gio: 'gioved[iì]',
  ven: 'venerd[iì]',
  sab: 'sabat[oi]',
  dom: 'domenic(?:a|he)',
};

/** A day right after these words is a day without the activity: "chiuso il lunedì", "tranne la domenica". */
const EXCEPT_BEFORE = /(?:chius[oaie]|tranne|esclus[oaie]|eccetto|salvo|non)\s+(?:(?:il|la|i|le|di|nei|nel|nelle|alla|al)\s+)?$/iu;

/** The weekdays a text names as days of the activity, Monday first ("chiuso il lunedì" does not count). */
export function daysNamedIn(text: string): Day[] {
  return (Object.keys(DAY_WORDS) as Day[]).filter((day) => {
    const pattern = new RegExp(`(?<!\\p{L})${DAY_WORDS[day]}(?!\\p{L})`, 'giu');
    return [...text.matchAll(pattern)].some((match) => !EXCEPT_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index)));
  });
}

/** The day keys of the sessions as written in the file (whatever their other fields say). */
function sessionDays(schedule: Record<string, unknown>): Set<string> {
  const sessions = Array.isArray(schedule.sessions) ? schedule.sessions : [];
  return new Set(
    sessions.flatMap((session: unknown) => {
      const list = session && typeof session === 'object' ? (session as Record<string, unknown>).days : undefined;
      return Array.isArray(list) ? list.filter((day): day is string => typeof day === 'string') : [];
    }),
  );
}

/** A warning when schedule.note names a weekday on which no session falls. */
export function scheduleDayProblems(entry: Entry): Problem[] {
  const schedule = entry.data.schedule;
  if (!schedule || typeof schedule !== 'object') return [];
  const { note } = schedule as Record<string, unknown>;
  if (typeof note !== 'string') return [];
  const covered = sessionDays(schedule as Record<string, unknown>);
  const missing = daysNamedIn(note).filter((day) => !covered.has(day));
  if (missing.length === 0) return [];
  const labels = missing.map((day) => days[day].it);
  const message =
    `La nota sugli orari nomina ${joinItalian(labels)}, ma nessun appuntamento (sessions) è di ${joinItalian(labels, 'o')}: ` +
    `aggiungi un appuntamento con days: [${missing.join(', ')}] (se l’orario non si sa basta il giorno, con part_of_day: mattina, pomeriggio o sera se è noto), ` +
    'così chi cerca per giorno trova l’attività. Se nella nota è un giorno di chiusura, ignora questo avviso.';
  return [{ file: entry.file, field: 'schedule.note', line: lineOf(entry, ['schedule', 'note']), severity: 'warning', rule: 'schedule-days', message }];
}
