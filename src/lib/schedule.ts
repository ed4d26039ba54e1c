/**
 * Schedules in plain Italian: "ogni martedì e giovedì, dalle 9:30 alle 11:00" in full, or
 * "mar e gio 9:30–11:00; lun mattina" in short for cards. Every session is always shown.
 */
import type { Schedule, Session } from '../schema/schedule.ts';
import { days, partsOfDay, type Day } from '../schema/vocabularies.ts';
import { formatDate, monthName } from './dates.ts';

const WEEK = Object.keys(days) as Day[];

/** "lunedì, mercoledì e venerdì"; with "o", "lunedì, mercoledì o venerdì". */
export function joinItalian(items: string[], conjunction: 'e' | 'o' = 'e'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "09:30" → "9:30". */
export function formatTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** The distinct days of a list, Monday first. */
function weekOrder(list: readonly Day[]): Day[] {
  return WEEK.filter((day) => list.includes(day));
}

/** The days as one run of three or more consecutive days ([first, last]), or undefined. */
function dayRun(list: readonly Day[]): [Day, Day] | undefined {
  const ordered = weekOrder(list);
  if (ordered.length < 3) return undefined;
  const first = WEEK.indexOf(ordered[0]);
  const consecutive = ordered.every((day, i) => WEEK.indexOf(day) === first + i);
  return consecutive ? [ordered[0], ordered[ordered.length - 1]] : undefined;
}

function dayNames(list: Day[]): string {
  return joinItalian(weekOrder(list).map((day) => days[day].it));
}

const ORDINALS: Record<number, [string, string]> = {
  1: ['il primo', 'la prima'],
  2: ['il secondo', 'la seconda'],
  3: ['il terzo', 'la terza'],
  4: ['il quarto', 'la quarta'],
  [-1]: ['l’ultimo', 'l’ultima'],
};

const SHORT_ORDINALS: Record<number, string> = { 1: '1°', 2: '2°', 3: '3°', 4: '4°', [-1]: 'ultimo' };

/** "dalle 9:30 alle 11:00", "alle 15:00", "di mattina", or "" when neither time nor part of day is known. */
function timeRange(session: Session): string {
  if (session.start) {
    const start = formatTime(session.start);
    return session.end ? `dalle ${start} alle ${formatTime(session.end)}` : `alle ${start}`;
  }
  return session.part_of_day ? `di ${partsOfDay[session.part_of_day].it}` : '';
}

/** One recurring session in words; days without times read "ogni lunedì e venerdì, di mattina". */
export function formatSession(session: Session): string {
  const names = dayNames(session.days);
  const when = timeRange(session);
  const withTime = (text: string) => (when ? `${text}, ${when}` : text);
  if (session.frequency === 'mensile') {
    if (session.week_of_month !== undefined) {
      const feminine = session.days[0] === 'dom';
      return withTime(`${ORDINALS[session.week_of_month][feminine ? 1 : 0]} ${names} del mese`);
    }
    return withTime(`una volta al mese, di ${names}`);
  }
  if (session.frequency === 'quindicinale') return withTime(`ogni due settimane, di ${names}`);
  const ordered = weekOrder(session.days);
  if (ordered.length === WEEK.length) return withTime('tutti i giorni');
  const run = dayRun(session.days);
  if (run) return withTime(`dal ${days[run[0]].it} al ${days[run[1]].it}`);
  return withTime(`ogni ${names}`);
}

/** Sessions in the order of the week: by their first day, then by start time (untimed ones by part of day). */
export function sessionsInWeekOrder(sessions: readonly Session[]): Session[] {
  const firstDay = (s: Session) => Math.min(...s.days.map((day) => WEEK.indexOf(day)));
  const PART_TIMES: Record<string, string> = { mattina: '09:00', pomeriggio: '15:00', sera: '20:00' };
  const time = (s: Session) => s.start ?? (s.part_of_day ? PART_TIMES[s.part_of_day] : '00:00');
  return [...sessions].sort((a, b) => firstDay(a) - firstDay(b) || time(a).localeCompare(time(b)));
}

/** Every session in words, in week order, as one sentence: "Ogni lunedì, alle 14:30; ogni martedì e mercoledì, alle 10:00." */
export function describeSessions(sessions: readonly Session[]): string {
  if (sessions.length === 0) return '';
  return capitalise(sessionsInWeekOrder(sessions).map(formatSession).join('; ')) + '.';
}

/** One session in short: "lun e ven mattina", "mar 9:30–11:00", "lun–ven 9:00–18:00", "dom 10:00 (ultimo del mese)". */
export function formatSessionShort(session: Session): string {
  const ordered = weekOrder(session.days);
  const run = dayRun(ordered);
  const dayText = ordered.length === WEEK.length ? 'tutti i giorni' : run ? `${run[0]}–${run[1]}` : joinItalian(ordered);
  let when = '';
  if (session.start) when = session.end ? `${formatTime(session.start)}–${formatTime(session.end)}` : formatTime(session.start);
  else if (session.part_of_day) when = partsOfDay[session.part_of_day].it;
  let often = '';
  if (session.frequency === 'mensile') {
    often = session.week_of_month !== undefined ? ` (${SHORT_ORDINALS[session.week_of_month]} del mese)` : ' (una volta al mese)';
  } else if (session.frequency === 'quindicinale') {
    often = ' (ogni due settimane)';
  }
  return `${[dayText, when].filter(Boolean).join(' ')}${often}`;
}

/**
 * The schedule in one short line for cards and search results: every session, in week order
 * ("lun e mer 10:00–11:00; mar e ven 9:00–10:00"); without sessions, the period or the note; "" when nothing is known.
 */
export function scheduleSummary(schedule: Schedule): string {
  if (schedule.sessions.length > 0) return sessionsInWeekOrder(schedule.sessions).map(formatSessionShort).join('; ');
  return describeSchedule(schedule)[0] ?? '';
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

/**
 * Every line a reader needs about when: all the sessions in one sentence (so that whoever shows only
 * the first line still shows every session), then the period, then the note.
 */
export function describeSchedule(schedule: Schedule): string[] {
  const lines: string[] = [];
  const sessions = describeSessions(schedule.sessions);
  if (sessions) lines.push(sessions);
  const period = formatPeriod(schedule);
  if (period) lines.push(capitalise(period) + '.');
  if (schedule.note) lines.push(schedule.note);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
