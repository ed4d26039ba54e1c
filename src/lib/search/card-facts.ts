/**
 * An entry's schedule and cost as a search record carries them, in no language: the browser writes
 * them in the page's language with schedule.ts (scheduleSummary) and cost.ts (formatCost), so the
 * Italian and the English card say the same thing from one record, and the English one costs the
 * index nothing (English text in every record would add 2.1% at 1,000 entries; these codes are 0.8%
 * smaller than the Italian text they replace). The codes are made of the schema's own keys, so
 * they read "lun gio 18:00-19:30; sab mattina mensile-1", "gratuito", and their words stay findable.
 *
 *   schedule   sessions: days[ start[-end] | part_of_day ][ quindicinale | mensile[week] ], "; " between
 *              or, without sessions, the period: ~from-to (months) and/or start..end (dates, either may be empty)
 *   cost       "gratuito", the amount in euro ("10", "2.5"), or "a pagamento"
 *
 * A schedule with neither sessions nor period has no code: its note says it all, in the entry's own
 * words. Notes are never coded: records.ts carries them as they are written (in Italian).
 */
import type { Cost } from '../../schema/resource.ts';
import type { Schedule, Session } from '../../schema/schedule.ts';
import { days, frequencies, partsOfDay, type Day, type Frequency, type PartOfDay } from '../../schema/vocabularies.ts';
import { sessionsInWeekOrder } from '../schedule.ts';

/** The part of a schedule that a card shows, as a code; '' when only a note is known. */
export function encodeSchedule(schedule: Schedule): string {
  if (schedule.sessions.length > 0) return sessionsInWeekOrder(schedule.sessions).map(encodeSession).join('; ');
  const parts: string[] = [];
  if (schedule.season) parts.push(`~${schedule.season.from_month}-${schedule.season.to_month}`);
  if (schedule.start_date || schedule.end_date) parts.push(`${schedule.start_date ?? ''}..${schedule.end_date ?? ''}`);
  return parts.join(' ');
}

function encodeSession(session: Session): string {
  const time = session.start ? `${session.start}${session.end ? `-${session.end}` : ''}` : (session.part_of_day ?? '');
  const often = session.frequency === 'settimanale' ? '' : `${session.frequency}${session.week_of_month ?? ''}`;
  const week = (Object.keys(days) as Day[]).filter((day) => session.days.includes(day));
  return [...week, time, often].filter(Boolean).join(' ');
}

const TIME = /^(\d\d:\d\d)(?:-(\d\d:\d\d))?$/;
const SEASON = /^~(\d{1,2})-(\d{1,2})$/;
const DATES = /^(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?$/;
const OFTEN = /^(quindicinale|mensile)(-1|[1-4])?$/;

/** The schedule a code stands for (only what a card shows: no note); undefined for a code it cannot read. */
export function decodeSchedule(code: string): Schedule | undefined {
  const schedule: Schedule = { sessions: [] };
  if (/^[~\d.]/.test(code)) {
    for (const part of code.split(' ')) {
      const season = SEASON.exec(part);
      const dates = DATES.exec(part);
      if (season) schedule.season = { from_month: Number(season[1]), to_month: Number(season[2]) };
      else if (dates && (dates[1] || dates[2])) Object.assign(schedule, dates[1] && { start_date: dates[1] }, dates[2] && { end_date: dates[2] });
      else return undefined;
    }
    return schedule;
  }
  for (const text of code.split('; ')) {
    const words = text.split(' ');
    const first = words.findIndex((word) => !Object.hasOwn(days, word));
    const sessionDays = first === -1 ? words : words.slice(0, first);
    const rest = first === -1 ? [] : words.slice(first);
    if (sessionDays.length === 0) return undefined;
    const session: Session = { days: sessionDays as Day[], frequency: 'settimanale' };
    for (const word of rest) {
      const time = TIME.exec(word);
      const often = OFTEN.exec(word);
      if (time) Object.assign(session, { start: time[1] }, time[2] && { end: time[2] });
      else if (Object.hasOwn(partsOfDay, word)) session.part_of_day = word as PartOfDay;
      else if (often && Object.hasOwn(frequencies, often[1])) {
        session.frequency = often[1] as Frequency;
        if (often[2]) session.week_of_month = Number(often[2]) as Session['week_of_month'];
      } else return undefined;
    }
    schedule.sessions.push(session);
  }
  return schedule;
}

/** The cost without its note, as a code. */
export function encodeCost(cost: Cost): string {
  if (cost.free) return 'gratuito';
  return cost.amount_eur !== undefined ? String(cost.amount_eur) : 'a pagamento';
}

/** The cost a code stands for, with the note given beside it. */
export function decodeCost(code: string, note?: string): Cost {
  const amount = /^\d+(\.\d+)?$/.test(code) ? Number(code) : undefined;
  return { free: code === 'gratuito', ...(amount !== undefined && { amount_eur: amount }), ...(note && { note }) };
}
