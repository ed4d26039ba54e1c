/** Schedules in plain Italian: "ogni martedì e giovedì, dalle 9:30 alle 11:00". */
import type { Schedule, Session } from '../schema/schedule.ts';
import { days, type Day } from '../schema/vocabularies.ts';
import { formatDate, monthName } from './dates.ts';

/** "lunedì, mercoledì e venerdì". */
export function joinItalian(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}

/** "09:30" → "9:30". */
export function formatTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

function dayNames(list: Day[]): string {
  const ordered = (Object.keys(days) as Day[]).filter((day) => list.includes(day));
  return joinItalian(ordered.map((day) => days[day].it));
}

const ORDINALS: Record<number, [string, string]> = {
  1: ['il primo', 'la prima'],
  2: ['il secondo', 'la seconda'],
  3: ['il terzo', 'la terza'],
  4: ['il quarto', 'la quarta'],
  [-1]: ['l’ultimo', 'l’ultima'],
};

function timeRange(session: Session): string {
  const start = formatTime(session.start);
  return session.end ? `dalle ${start} alle ${formatTime(session.end)}` : `alle ${start}`;
}

/** One recurring session in words. */
export function formatSession(session: Session): string {
  const names = dayNames(session.days);
  const when = timeRange(session);
  if (session.frequency === 'mensile') {
    if (session.week_of_month !== undefined) {
      const feminine = session.days[0] === 'dom';
      return `${ORDINALS[session.week_of_month][feminine ? 1 : 0]} ${names} del mese, ${when}`;
    }
    return `una volta al mese, di ${names}, ${when}`;
  }
  if (session.frequency === 'quindicinale') return `ogni due settimane, di ${names}, ${when}`;
  return `ogni ${names}, ${when}`;
}

/** "da settembre a giugno", or the dates of a time-limited programme, or "". */
export function formatPeriod(schedule: Pick<Schedule, 'season' | 'start_date' | 'end_date'>): string {
  const parts: string[] = [];
  if (schedule.season) parts.push(`da ${monthName(schedule.season.from_month)} a ${monthName(schedule.season.to_month)}`);
  if (schedule.start_date && schedule.end_date) {
    parts.push(`dal ${formatDate(schedule.start_date)} al ${formatDate(schedule.end_date)}`);
  } else if (schedule.start_date) {
    parts.push(`dal ${formatDate(schedule.start_date)}`);
  } else if (schedule.end_date) {
    parts.push(`fino al ${formatDate(schedule.end_date)}`);
  }
  return parts.join(', ');
}

/** Every line a reader needs about when: sessions (capitalised), then the period, then the note. */
export function describeSchedule(schedule: Schedule): string[] {
  const lines = schedule.sessions.map((session) => capitalise(formatSession(session)) + '.');
  const period = formatPeriod(schedule);
  if (period) lines.push(capitalise(period) + '.');
  if (schedule.note) lines.push(schedule.note);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
