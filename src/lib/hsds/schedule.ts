/**
 * Our schedule as HSDS schedules: one schedule per recurring session, in RFC 5545 terms.
 *
 * - settimanale → freq WEEKLY, byday "TU,TH"; quindicinale → WEEKLY with interval 2 (which week
 *   is not known, so there is no dtstart); mensile with week_of_month → MONTHLY, byday "1MO" or
 *   "-1FR"; mensile without it → MONTHLY with no byday (RFC 5545 would read a bare "MO" as every
 *   Monday), the day is in the description.
 * - start/end → opens_at/closes_at, "HH:MM:SS", local Italian time (Europe/Rome). No offset is
 *   written: it is +01:00 in winter and +02:00 in summer, and HSDS's single `timezone` number
 *   cannot say that.
 * - A part of the day (mattina, pomeriggio, sera) and a season (from_month–to_month) have no HSDS
 *   field: they are in the Italian description, as on the entry page.
 * - start_date/end_date of a time-limited programme → valid_from/valid_to; the note → notes.
 * - A schedule without sessions (only a note) is one schedule with the note.
 */
import type { Schedule, Session } from '../../schema/schedule.ts';
import type { Day } from '../../schema/vocabularies.ts';
import { formatPeriod, formatSession } from '../schedule.ts';
import { ids } from './ids.ts';
import type { HsdsSchedule } from './types.ts';

export const RRULE_DAYS: Record<Day, string> = { lun: 'MO', mar: 'TU', mer: 'WE', gio: 'TH', ven: 'FR', sab: 'SA', dom: 'SU' };
const WEEK = Object.keys(RRULE_DAYS) as Day[];

/** The session's days in week order as RFC 5545 BYDAY values, each with the week of the month if given. */
function byDay(session: Session, prefix = ''): string {
  return WEEK.filter((day) => session.days.includes(day))
    .map((day) => `${prefix}${RRULE_DAYS[day]}`)
    .join(',');
}

/** The recurrence fields of a session. */
export function recurrence(session: Session): Pick<HsdsSchedule, 'freq' | 'interval' | 'byday'> {
  switch (session.frequency) {
    case 'quindicinale':
      return { freq: 'WEEKLY', interval: 2, byday: byDay(session) };
    case 'mensile':
      return session.week_of_month === undefined ? { freq: 'MONTHLY' } : { freq: 'MONTHLY', byday: byDay(session, String(session.week_of_month)) };
    default:
      return { freq: 'WEEKLY', byday: byDay(session) };
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The HSDS schedules of a resource: one per session, or one for a schedule known only by its note or period. */
export function schedules(resourceId: string, serviceId: string, schedule: Schedule): HsdsSchedule[] {
  const period = formatPeriod({ season: schedule.season });
  const validity = {
    ...(schedule.start_date && { valid_from: schedule.start_date }),
    ...(schedule.end_date && { valid_to: schedule.end_date }),
  };
  const notes = schedule.note ? { notes: schedule.note } : {};
  if (schedule.sessions.length === 0) {
    const description = period ? { description: `${capitalise(period)}.` } : {};
    return [{ id: ids.schedule(resourceId, 0), service_id: serviceId, ...validity, ...description, ...notes }];
  }
  return schedule.sessions.map((session, index) => ({
    id: ids.schedule(resourceId, index + 1),
    service_id: serviceId,
    ...validity,
    ...recurrence(session),
    ...(session.start && { opens_at: `${session.start}:00` }),
    ...(session.end && { closes_at: `${session.end}:00` }),
    description: `${capitalise(formatSession(session))}${period ? `; ${period}` : ''}.`,
    ...notes,
  }));
}
