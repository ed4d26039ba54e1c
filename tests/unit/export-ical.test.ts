/**
 * iCalendar files: parsed with ical.js (Mozilla's maintained parser) and their recurrences expanded,
 * checking the weekdays, the weeks of the month, the season, the programme's last day and the hour in
 * Rome across summer time; and the RFC 5545 framing (CRLF, 75-octet lines, escaped text, stable UIDs).
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { entryCalendar, escapeText, foldLine, hasCalendar, romeOffsetHours, seasonMonths, untilUtc } from '../../src/lib/exports/ical.ts';
import { cafe, choir, closed, online, paused, programme, SITE } from './export-fixtures.ts';
import type { ExportEntry } from '../../src/lib/exports/entry.ts';

interface Occurrence {
  /** The local date in Rome, "YYYY-MM-DD". */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Local time in Rome, "HH:MM". */
  time: string;
  /** The instant, in UTC. */
  utc: Date;
}

const localDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const localTime = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);

/** Parses a calendar and expands each event's first `limit` occurrences (as absolute instants, read back in Rome). */
function expand(ics: string, limit = 60): { events: ICAL.Event[]; occurrences: Occurrence[][] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const occurrences = events.map((event) => {
    const iterator = event.iterator();
    const list: Occurrence[] = [];
    for (let next = iterator.next(); next && list.length < limit; next = iterator.next()) {
      const utc = next.toJSDate();
      list.push({ date: localDate(utc), weekday: new Date(`${localDate(utc)}T12:00:00Z`).getUTCDay(), time: localTime(utc), utc });
    }
    return list;
  });
  return { events, occurrences };
}

const ics = (entry: ExportEntry) => entryCalendar(entry, SITE)!;

describe('entryCalendar: recurrences that calendars expand to the right days', () => {
  it('weekly on Tuesdays and Thursdays at 18:00 in Rome, summer time or not, never in July or August', () => {
    const { occurrences } = expand(ics(choir), 120);
    expect(occurrences).toHaveLength(1);
    const list = occurrences[0];
    expect(list.length).toBe(120);
    for (const o of list) {
      expect([2, 4]).toContain(o.weekday);
      expect(o.time).toBe('18:00');
      expect(['07', '08']).not.toContain(o.date.slice(5, 7));
    }
    // 18:00 in Rome is 17:00 UTC in winter and 16:00 UTC in summer.
    expect(new Set(list.map((o) => o.utc.getUTCHours()))).toEqual(new Set([16, 17]));
    expect(list[0].date >= choir.data.verified.date).toBe(true);
  });

  it('monthly on the last Sunday and on the first Tuesday', () => {
    const { occurrences } = expand(ics(cafe), 24);
    expect(occurrences).toHaveLength(2);
    // Events come in week order, Monday first: the first Tuesday, then the last Sunday.
    const [tuesdays, sundays] = occurrences;
    for (const o of sundays) {
      const [y, m, d] = o.date.split('-').map(Number);
      expect(o.weekday).toBe(0);
      expect(d + 7).toBeGreaterThan(new Date(Date.UTC(y, m, 0)).getUTCDate());
      expect(o.time).toBe('10:00');
    }
    for (const o of tuesdays) {
      expect(o.weekday).toBe(2);
      expect(Number(o.date.slice(8))).toBeLessThanOrEqual(7);
    }
    expect(new Set(sundays.map((o) => o.date.slice(0, 7))).size).toBe(24);
  });

  it('a time-limited programme runs from its start date to its end date, that day included', () => {
    const { occurrences } = expand(ics(programme), 500);
    const dates = occurrences[0].map((o) => o.date);
    expect(dates[0]).toBe('2025-03-03');
    expect(dates.at(-1)).toBe('2025-06-30');
    // Mondays and Thursdays from 3 March to 30 June 2025: 17 weeks and a Monday.
    expect(dates).toHaveLength(35);
    for (const o of occurrences[0]) expect([1, 4]).toContain(o.weekday);
  });

  it('leaves out sessions without a time or with unknown weeks, and names them in the description', () => {
    const { events } = expand(ics(cafe));
    const description = events[0].description;
    expect(description).toContain('Non sono nel calendario');
    expect(description).toContain('calendario, perché il giorno o l’ora esatti non sono noti: ogni lunedì, di mattina; ogni due settimane, di mercoledì, alle 17:00; una volta al mese, di venerdì, alle 9:00');
  });

  it('gives a calendar only to active entries with a session that has a time', () => {
    expect(hasCalendar(choir.data)).toBe(true);
    expect(hasCalendar(online.data)).toBe(true);
    expect(hasCalendar(paused.data)).toBe(false);
    expect(hasCalendar(closed.data)).toBe(false);
    expect(entryCalendar(paused, SITE)).toBeUndefined();
    const untimed = { ...choir.data, schedule: { sessions: [{ days: ['lun' as const], part_of_day: 'sera' as const, frequency: 'settimanale' as const }] } };
    expect(hasCalendar(untimed)).toBe(false);
  });
});

describe('entryCalendar: RFC 5545 framing', () => {
  const text = ics(choir);

  it('has CRLF line ends only, and no line over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('includes the Europe/Rome VTIMEZONE and starts events in it', () => {
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Rome');
    expect(text).toMatch(/DTSTART;TZID=Europe\/Rome:\d{8}T180000/);
  });

  it('escapes text and unfolds back to the same name and place', () => {
    const { events } = expand(text);
    expect(events[0].summary).toBe(choir.data.name);
    expect(events[0].location).toBe('Biblioteca, Via Roma 1, 00153 Roma (RM)');
    expect(events[0].description).toContain(`${SITE}/risorse/${choir.id}/`);
  });

  it('has UIDs that are unique, and the same at every build', () => {
    const uids = expand(ics(cafe)).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(['alzheimer-cafe-mar-1500-mensile-1@segnavia.example.org', 'alzheimer-cafe-dom-1000-mensile--1@segnavia.example.org']);
    expect(ics(cafe)).toBe(ics(cafe));
  });
});

describe('iCalendar helpers', () => {
  it('escapeText escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('foldLine folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'è'.repeat(100)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    const emoji = `SUMMARY:${'🎵a'.repeat(40)}`;
    const emojiParts = foldLine(emoji).split('\r\n');
    for (const part of emojiParts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(emojiParts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(emoji);
  });

  it('knows Rome’s summer time and writes UNTIL in UTC at the end of the last day', () => {
    expect(romeOffsetHours('2025-03-29')).toBe(1);
    expect(romeOffsetHours('2025-03-30')).toBe(2);
    expect(romeOffsetHours('2025-10-25')).toBe(2);
    expect(romeOffsetHours('2025-10-26')).toBe(1);
    expect(untilUtc('2025-06-30')).toBe('20250630T215959Z');
    expect(untilUtc('2025-12-31')).toBe('20251231T225959Z');
  });

  it('seasonMonths wraps past December', () => {
    expect(seasonMonths({ from_month: 9, to_month: 6 })).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    expect(seasonMonths({ from_month: 4, to_month: 4 })).toEqual([4]);
  });
});
