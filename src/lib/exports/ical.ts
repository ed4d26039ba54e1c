/**
 * One iCalendar file (RFC 5545) per resource: a recurring event per session, in Europe/Rome time
 * (its VTIMEZONE included, so calendars need no time-zone database of their own).
 *
 * What goes in, and what honestly cannot:
 * - weekly sessions with a start time: FREQ=WEEKLY;BYDAY=… ; monthly ones on a given week
 *   ("the first Tuesday", "the last Sunday"): FREQ=MONTHLY;BYDAY=1TU / -1SU;
 * - a season (September to June) limits the months (BYMONTH); a time-limited programme ends on its
 *   end date (UNTIL, in UTC as RFC 5545 requires with a TZID start) and starts on its start date;
 * - left out, and named in the event descriptions instead: sessions without a start time (an
 *   all-day event would fill a whole day that is really "some time in the morning"), fortnightly
 *   sessions and monthly ones without a week (which weeks is not known: half the dates would be
 *   wrong). A session with a start but no end has no DTEND (RFC 5545: it ends when it starts).
 * - Only active entries get a calendar: a paused one's sessions are not happening.
 * The first occurrence (DTSTART) is the first matching day on or after the programme's start, or
 * else the day the entry was last verified; DTSTAMP is that verification day too, so the same
 * content gives the same bytes at every build. UIDs are made of the entry id and the session, so
 * they stay the same across builds.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Session } from '../../schema/schedule.ts';
import type { Day } from '../../schema/vocabularies.ts';
import { describeSchedule, formatSession, sessionsInWeekOrder } from '../schedule.ts';
import { placeLine } from '../places.ts';
import { t } from '../../i18n/index.ts';
import { entryPageUrl, type ExportEntry } from './entry.ts';

export const TIME_ZONE = 'Europe/Rome';

const BYDAY: Record<Day, string> = { lun: 'MO', mar: 'TU', mer: 'WE', gio: 'TH', ven: 'FR', sab: 'SA', dom: 'SU' };
/** getUTCDay() (0 = Sunday) → our day keys. */
const DAY_OF_WEEK: Day[] = ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'];

/** Europe/Rome since 1996 (EU rules): CEST from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** True when a session can be a correct recurring event: it has a start time and a known rhythm. */
export function inCalendar(session: Session): boolean {
  if (!session.start) return false;
  if (session.frequency === 'settimanale') return true;
  return session.frequency === 'mensile' && session.week_of_month !== undefined;
}


/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** The UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  // Counted by hand: a TextEncoder call per character cost seconds per thousand calendars.
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const size = octets(codePoint);
    if (used + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      used = 0;
      limit = 74; // continuation lines start with a space, which counts
    }
    used += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

// ---- dates, as "YYYY-MM-DD" strings and UTC Date arithmetic (no local time zone involved)

function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function compact(iso: string): string {
  return iso.replace(/-/g, '');
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The offset of Europe/Rome from UTC on a day, in hours, at the end of that day. */
export function romeOffsetHours(iso: string): 1 | 2 {
  const date = toDate(iso);
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3));
  const end = Date.UTC(year, 9, lastSunday(year, 10));
  return date.getTime() >= start && date.getTime() < end ? 2 : 1;
}

/** UNTIL for a programme's last day: 23:59:59 in Rome, written in UTC ("20240630T215959Z"). */
export function untilUtc(endDate: string): string {
  const end = new Date(toDate(endDate).getTime() + (24 * 3600 - 1 - romeOffsetHours(endDate) * 3600) * 1000);
  return end.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The months of a season, from_month to to_month, wrapping past December. */
export function seasonMonths(season: { from_month: number; to_month: number }): number[] {
  const months: number[] = [];
  for (let m = season.from_month; ; m = (m % 12) + 1) {
    months.push(m);
    if (m === season.to_month) break;
  }
  return months;
}

/** True when a day is one of the session's, in the session's week of the month and in season. */
function occursOn(date: Date, session: Session, months: number[] | undefined): boolean {
  if (!session.days.includes(DAY_OF_WEEK[date.getUTCDay()])) return false;
  if (months && !months.includes(date.getUTCMonth() + 1)) return false;
  const week = session.frequency === 'mensile' ? session.week_of_month : undefined;
  if (week === undefined) return true;
  const day = date.getUTCDate();
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return week === -1 ? day + 7 > daysInMonth : Math.ceil(day / 7) === week;
}

/** The first day on or after `from` (and not after `until`) on which the session happens, or undefined. */
export function firstOccurrence(session: Session, from: string, months?: number[], until?: string): string | undefined {
  const date = toDate(from);
  const last = until ? toDate(until).getTime() : Infinity;
  for (let i = 0; i < 400 && date.getTime() <= last; i++) {
    if (occursOn(date, session, months)) return isoOf(date);
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return undefined;
}

/** The RRULE of a calendar session. */
export function recurrenceRule(session: Session, months?: number[], endDate?: string): string {
  const days = session.days.map((day) => BYDAY[day]);
  const parts =
    session.frequency === 'mensile' ? ['FREQ=MONTHLY', `BYDAY=${days.map((d) => `${session.week_of_month}${d}`).join(',')}`] : ['FREQ=WEEKLY', 'WKST=MO', `BYDAY=${days.join(',')}`];
  if (months && months.length < 12) parts.push(`BYMONTH=${months.join(',')}`);
  if (endDate) parts.push(`UNTIL=${untilUtc(endDate)}`);
  return `RRULE:${parts.join(';')}`;
}

function localDateTime(iso: string, time: string): string {
  return `${compact(iso)}T${time.replace(':', '')}00`;
}

/** A stable key for a session: its days, start time and rhythm ("mar-gio-0930-settimanale"). */
function sessionKey(session: Session): string {
  return [...session.days, (session.start ?? '').replace(':', ''), session.frequency, session.week_of_month ?? ''].filter((p) => p !== '').join('-');
}

/** The sessions that become events, each with its first day; none for an entry that is not active. */
export function calendarSessions(resource: Pick<Resource, 'status' | 'schedule' | 'verified'>): { session: Session; first: string }[] {
  if (resource.status !== 'attivo') return [];
  const schedule = resource.schedule;
  const months = schedule.season ? seasonMonths(schedule.season) : undefined;
  const from = schedule.start_date ?? resource.verified.date;
  return sessionsInWeekOrder(schedule.sessions)
    .filter(inCalendar)
    .flatMap((session) => {
      const first = firstOccurrence(session, from, months, schedule.end_date);
      return first ? [{ session, first }] : [];
    });
}

/** True when an entry gets a calendar file (and its page the "add to calendar" link). */
export function hasCalendar(resource: Pick<Resource, 'status' | 'schedule' | 'verified'>): boolean {
  return calendarSessions(resource).length > 0;
}

/** The .ics file of an entry, or undefined when it has nothing to put in a calendar. */
export function entryCalendar(entry: ExportEntry, site: string | URL): string | undefined {
  const resource = entry.data;
  const events = calendarSessions(resource);
  if (events.length === 0) return undefined;
  const schedule = resource.schedule;
  const pageUrl = entryPageUrl(entry.id, site);
  const host = new URL(site).hostname;
  const months = schedule.season ? seasonMonths(schedule.season) : undefined;
  const stamp = `${compact(resource.verified.date)}T000000Z`;
  const place = resource.locations[0];

  const leftOut = sessionsInWeekOrder(schedule.sessions).filter((session) => !inCalendar(session)).map((session) => formatSession(session));
  const description = [resource.summary, ...describeSchedule(schedule), ...(leftOut.length ? [t('calendarLeftOut')(leftOut.join('; '))] : []), t('calendarCheck')(pageUrl)].join('\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Segnavia//Segnavia//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(resource.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
  ];
  const used = new Set<string>();
  for (const { session, first } of events) {
    let uid = `${entry.id}-${sessionKey(session)}`;
    for (let n = 2; used.has(uid); n++) uid = `${entry.id}-${sessionKey(session)}-${n}`;
    used.add(uid);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TIME_ZONE}:${localDateTime(first, session.start!)}`,
      ...(session.end ? [`DTEND;TZID=${TIME_ZONE}:${localDateTime(first, session.end)}`] : []),
      recurrenceRule(session, months, schedule.end_date),
      `SUMMARY:${escapeText(resource.name)}`,
      ...(place ? [`LOCATION:${escapeText(placeLine(place))}`, `GEO:${place.lat};${place.lon}`] : []),
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${pageUrl}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
