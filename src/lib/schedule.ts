/**
 * Schedules in plain words, in the page's language (or the one given): "ogni martedì e giovedì, dalle 9:30
 * alle 11:00" in full, or "mar e gio 9:30–11:00; lun mattina" in short for cards; in English "every Tuesday and
 * Thursday, from 9:30 to 11:00", "Tue and Thu 9:30–11:00". Every session is always shown. The phrases are
 * dictionary keys (schedule…, in it.ts and en.ts), the day names the vocabulary's labels. Search result cards
 * are written from the records' codes (search/card-facts.ts) in the browser, in the page's language.
 */
import type { Schedule, Session } from '../schema/schedule.ts';
import { days, partsOfDay, type Day } from '../schema/vocabularies.ts';
import { formatDate, monthName } from './dates.ts';
import { currentLocale, label, t, type Locale } from '../i18n/index.ts';

const WEEK = Object.keys(days) as Day[];

/** "lunedì, mercoledì e venerdì"; with "o", "lunedì, mercoledì o venerdì". */
export function joinItalian(items: string[], conjunction: string = 'e'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "Monday, Wednesday and Friday" in the language's words. */
function joinWords(items: string[], locale: Locale): string {
  return joinItalian(items, t('scheduleAnd', locale));
}

/** "09:30" → "9:30" (the 24-hour clock, in every language). */
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

function dayNames(list: Day[], locale: Locale): string {
  return joinWords(weekOrder(list).map((day) => label(days[day], locale)), locale);
}

/** "dalle 9:30 alle 11:00", "alle 15:00", "di mattina", or "" when neither time nor part of day is known. */
function timeRange(session: Session, locale: Locale): string {
  if (session.start) {
    const start = formatTime(session.start);
    return session.end ? t('scheduleFromTo', locale)(start, formatTime(session.end)) : t('scheduleAt', locale)(start);
  }
  return session.part_of_day ? t('schedulePartOfDay', locale)(label(partsOfDay[session.part_of_day], locale)) : '';
}

/** One recurring session in words; days without times read "ogni lunedì e venerdì, di mattina". */
export function formatSession(session: Session, locale: Locale = currentLocale()): string {
  const names = dayNames(session.days, locale);
  const when = timeRange(session, locale);
  const withTime = (text: string) => (when ? `${text}, ${when}` : text);
  if (session.frequency === 'mensile') {
    if (session.week_of_month !== undefined) return withTime(t('scheduleNthOfMonth', locale)(session.week_of_month, names, session.days[0] === 'dom'));
    return withTime(t('scheduleMonthly', locale)(names));
  }
  if (session.frequency === 'quindicinale') return withTime(t('scheduleFortnightly', locale)(names));
  const ordered = weekOrder(session.days);
  if (ordered.length === WEEK.length) return withTime(t('scheduleEveryDay', locale));
  const run = dayRun(session.days);
  if (run) return withTime(t('scheduleDayRun', locale)(label(days[run[0]], locale), label(days[run[1]], locale)));
  return withTime(t('scheduleEvery', locale)(names));
}

/** Sessions in the order of the week: by their first day, then by start time (untimed ones by part of day). */
export function sessionsInWeekOrder(sessions: readonly Session[]): Session[] {
  const firstDay = (s: Session) => Math.min(...s.days.map((day) => WEEK.indexOf(day)));
  const PART_TIMES: Record<string, string> = { mattina: '09:00', pomeriggio: '15:00', sera: '20:00' };
  const time = (s: Session) => s.start ?? (s.part_of_day ? PART_TIMES[s.part_of_day] : '00:00');
  return [...sessions].sort((a, b) => firstDay(a) - firstDay(b) || time(a).localeCompare(time(b)));
}

/** Every session in words, in week order, as one sentence: "Ogni lunedì, alle 14:30; ogni martedì e mercoledì, alle 10:00." */
export function describeSessions(sessions: readonly Session[], locale: Locale = currentLocale()): string {
  if (sessions.length === 0) return '';
  return capitalise(sessionsInWeekOrder(sessions).map((session) => formatSession(session, locale)).join('; ')) + '.';
}

/** One session in short: "lun e ven mattina", "mar 9:30–11:00", "lun–ven 9:00–18:00", "dom 10:00 (ultimo del mese)". */
export function formatSessionShort(session: Session, locale: Locale = currentLocale()): string {
  const ordered = weekOrder(session.days);
  const run = dayRun(ordered);
  const short = (day: Day) => t('scheduleDaysShort', locale)[WEEK.indexOf(day)];
  const dayText = ordered.length === WEEK.length ? t('scheduleEveryDay', locale) : run ? `${short(run[0])}–${short(run[1])}` : joinWords(ordered.map(short), locale);
  let when = '';
  if (session.start) when = session.end ? `${formatTime(session.start)}–${formatTime(session.end)}` : formatTime(session.start);
  else if (session.part_of_day) when = label(partsOfDay[session.part_of_day], locale);
  let often = '';
  if (session.frequency === 'mensile') {
    often = ` ${session.week_of_month !== undefined ? t('scheduleShortNth', locale)(session.week_of_month) : t('scheduleShortMonthly', locale)}`;
  } else if (session.frequency === 'quindicinale') {
    often = ` ${t('scheduleShortFortnightly', locale)}`;
  }
  return `${[dayText, when].filter(Boolean).join(' ')}${often}`;
}

/**
 * The schedule in one short line for cards and search results: every session, in week order
 * ("lun e mer 10:00–11:00; mar e ven 9:00–10:00"); without sessions, the period or the note; "" when nothing is known.
 */
export function scheduleSummary(schedule: Schedule, locale: Locale = currentLocale()): string {
  if (schedule.sessions.length > 0) return sessionsInWeekOrder(schedule.sessions).map((session) => formatSessionShort(session, locale)).join('; ');
  return describeSchedule(schedule, locale)[0] ?? '';
}

/** "da settembre a giugno", or the dates of a time-limited programme, or "". */
export function formatPeriod(schedule: Pick<Schedule, 'season' | 'start_date' | 'end_date'>, locale: Locale = currentLocale()): string {
  const parts: string[] = [];
  const date = (iso: string) => formatDate(iso, locale);
  if (schedule.season) parts.push(t('scheduleSeason', locale)(monthName(schedule.season.from_month, locale), monthName(schedule.season.to_month, locale)));
  if (schedule.start_date && schedule.end_date) {
    parts.push(t('scheduleDates', locale)(date(schedule.start_date), date(schedule.end_date)));
  } else if (schedule.start_date) {
    parts.push(t('scheduleFromDate', locale)(date(schedule.start_date)));
  } else if (schedule.end_date) {
    parts.push(t('scheduleUntil', locale)(date(schedule.end_date)));
  }
  return parts.join(', ');
}

/**
 * Every line a reader needs about when: all the sessions in one sentence (so that whoever shows only
 * the first line still shows every session), then the period, then the note.
 */
export function describeSchedule(schedule: Schedule, locale: Locale = currentLocale()): string[] {
  const lines: string[] = [];
  const sessions = describeSessions(schedule.sessions, locale);
  if (sessions) lines.push(sessions);
  const period = formatPeriod(schedule, locale);
  if (period) lines.push(capitalise(period) + '.');
  if (schedule.note) lines.push(schedule.note);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
