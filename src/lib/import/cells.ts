/**
 * Reading one cell of the spreadsheet into the value of an entry field: yes/no, lists, vocabulary
 * terms (the key or the Italian label), numbers with a decimal comma, dates as spreadsheets write
 * them, languages, and the sessions of "giorni_orari" in the words of the schedule vocabulary. Each
 * returns the value or a message (what is wrong and how to fix it, in plain Italian).
 */
import { closestMatch } from '../closest.ts';
import { languageName } from '../languages.ts';
import { days, frequencies, partsOfDay, type Day, type Frequency, type PartOfDay, type Term } from '../../schema/vocabularies.ts';
import { LIST_SEPARATOR, SESSION_SEPARATOR } from './columns.ts';

export type Parsed<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/** Lower case, no accents, single spaces, typographic apostrophes as plain ones. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

const YES = new Set(['si', 'sì', 's', 'x', 'yes', 'y', 'vero', 'true', '1']);
const NO = new Set(['no', 'n', 'falso', 'false', '0']);

/** "sì", "si", "x" → true; "no" → false. */
export function parseYesNo(cell: string): Parsed<boolean> {
  const key = fold(cell);
  if (YES.has(key)) return { value: true };
  if (NO.has(key)) return { value: false };
  return { error: `«${cell}» non è un sì o un no: scrivi «sì» (oppure «si» o «x») o «no».` };
}

/** The items of a list cell, trimmed, blanks dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The key of a vocabulary term written as its key or its label (Italian or English), any case or accents. */
export function parseTerm<T extends Record<string, Term>>(cell: string, vocabulary: T): Parsed<keyof T & string> {
  const loose = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
  const typed = loose(cell);
  for (const [key, term] of Object.entries(vocabulary)) {
    if (typed === loose(key) || typed === loose(term.it) || typed === loose(term.en)) return { value: key };
  }
  const candidates = Object.entries(vocabulary).flatMap(([key, term]) => [key, term.it]);
  const close = closestMatch(cell, candidates);
  const closeKey = close && Object.entries(vocabulary).find(([key, term]) => key === close || term.it === close)?.[0];
  const suggestion = closeKey ? ` Forse intendevi «${vocabulary[closeKey].it}» (${closeKey})?` : '';
  const allowed = Object.keys(vocabulary).join(', ');
  return { error: `«${cell}» non è tra i valori ammessi.${suggestion} Scrivi una di queste parole chiave (o il suo nome): ${allowed}.` };
}

/** A list of vocabulary terms; labels that contain the list separator ("Accesso libero, basta presentarsi") are read whole. */
export function parseTerms<T extends Record<string, Term>>(cell: string, vocabulary: T): Parsed<(keyof T & string)[]> {
  let rest = fold(cell);
  const found: string[] = [];
  for (const [key, term] of Object.entries(vocabulary)) {
    const label = fold(term.it);
    if (label.includes(LIST_SEPARATOR) && rest.includes(label)) {
      rest = rest.replace(label, '');
      found.push(key);
    }
  }
  const errors: string[] = [];
  for (const item of splitList(rest)) {
    const term = parseTerm(item, vocabulary);
    if (term.error !== undefined) errors.push(term.error);
    else if (!found.includes(term.value)) found.push(term.value);
  }
  if (errors.length > 0) return { error: errors.join(' ') };
  return { value: found as (keyof T & string)[] };
}

/** "2,50", "€ 10", "10 €", "45.46" → a number; blank → undefined; anything else stays text (the schema says why). */
export function parseNumber(cell: string): number | string | undefined {
  const trimmed = cell.replace(/€|eur(?:o|i)?\b/gi, '').trim();
  if (trimmed === '') return undefined;
  const dotted = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(dotted) ? Number(dotted) : cell.trim();
}

/** "14/05/2022" → "2022-05-14", "05/2022" → "2022-05", "2022" stays; other text stays as written. */
export function parseDate(cell: string): string {
  const text = cell.trim();
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (day) return `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  return text;
}

/** Languages people write, for names instead of codes. */
const LANGUAGE_CODES = ['it', 'en', 'fr', 'de', 'es', 'pt', 'ro', 'sq', 'ar', 'zh', 'uk', 'ru', 'pl', 'bn', 'ur', 'hi', 'pa', 'tl', 'wo', 'ti', 'am', 'so', 'fa', 'tr', 'sl', 'hr', 'sr'];

/** "it, inglese" → ["it", "en"]. */
export function parseLanguages(cell: string): Parsed<string[]> {
  const codes: string[] = [];
  for (const item of splitList(cell)) {
    const key = fold(item);
    const code = /^[a-z]{2,3}$/.test(key) ? key : LANGUAGE_CODES.find((c) => fold(languageName(c)) === key);
    if (!code) return { error: `Lingua «${item}» non riconosciuta: scrivi il codice di due lettere (it, en, fr, ar…) o il nome in italiano (italiano, inglese…).` };
    if (!codes.includes(code)) codes.push(code);
  }
  return { value: codes };
}

/** A session as the schema reads it. */
export interface SessionDraft {
  days: Day[];
  start?: string;
  end?: string;
  part_of_day?: PartOfDay;
  /** Left out when weekly, the schema's default (as the sample entries write it). */
  frequency?: Frequency;
  week_of_month?: 1 | 2 | 3 | 4 | -1;
}

const WEEK = Object.keys(days) as Day[];

/** The words of a day: its key ("lun"), its name ("lunedì", accents optional) and its plural ("sabati", "domeniche"). */
function dayWords(day: Day): string[] {
  const name = fold(days[day].it);
  const plural = name.endsWith('o') ? `${name.slice(0, -1)}i` : name.endsWith('a') ? `${name.slice(0, -1)}he` : name;
  return [...new Set([day, name, plural])];
}

const DAY_OF_WORD = new Map<string, Day>(WEEK.flatMap((day) => dayWords(day).map((word) => [word, day] as const)));
const DAY_PATTERN = [...DAY_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** The days from one to another, Monday first ("ven" to "lun" wraps round the weekend). */
function dayRange(from: Day, to: Day): Day[] {
  const start = WEEK.indexOf(from);
  const length = ((WEEK.indexOf(to) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, i) => WEEK[(start + i) % 7]);
}

/** "9" → "09:00", "9.30" → "09:30". */
function time(hours: string, minutes = '00'): string {
  return `${hours.padStart(2, '0')}:${minutes}`;
}

const ORDINAL_WEEKS: Record<string, 1 | 2 | 3 | 4 | -1> = { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo: -1, ultima: -1 };

/** Words that carry nothing once days, times and frequency are read. */
const FILLER = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'ogni', 'tutti', 'tutte', 'e', 'ed', 'di', 'del', 'della', 'dei', 'delle', 'da', 'dal', 'dalle', 'a', 'al', 'alle', 'ore', 'h', 'in', 'nel', 'nella', 'mese', 'settimana', 'settimane']);

const EXAMPLE = 'es. «lunedì 10:00-11:30; venerdì mattina» o «da lunedì a venerdì 9-12»';

/** One session: "martedì e giovedì 9:30-11", "venerdì mattina", "primo lunedì del mese 15:00", "ogni due settimane sabato". */
export function parseSession(text: string): Parsed<SessionDraft> {
  let rest = ` ${fold(text)} `.replace(/ tutti i giorni /, ' lun-dom ');
  const session: SessionDraft = { days: [], frequency: 'settimanale' };
  // Frequency, from the schedule vocabulary's words ("ogni due settimane") or the key ("quindicinale").
  for (const [key, term] of Object.entries(frequencies) as [Frequency, Term][]) {
    for (const words of [fold(term.it), key]) {
      if (rest.includes(` ${words} `)) {
        session.frequency = key;
        rest = rest.replace(` ${words} `, ' ');
      }
    }
  }
  const monthly = /\s(primo|prima|secondo|seconda|terzo|terza|quarto|quarta|ultimo|ultima)\s(.*?)\s(?:del|al|di ogni)\s+mese\s/.exec(rest);
  if (monthly) {
    session.frequency = 'mensile';
    session.week_of_month = ORDINAL_WEEKS[monthly[1]];
    rest = rest.replace(monthly[0], ` ${monthly[2]} `);
  } else if (/\s(?:al|del|ogni)\s+mese\s/.test(rest)) {
    session.frequency = 'mensile';
    rest = rest.replace(/\s(?:al|del|ogni)\s+mese\s/, ' ');
  }
  // Times: "10:00-11:30", "dalle 9 alle 12", "9.30–11", "alle 15".
  const range = /(?:dalle\s+)?(?:ore\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|—|alle|a)\s*(\d{1,2})(?:[:.](\d{2}))?(?!\d)/.exec(rest);
  if (range) {
    session.start = time(range[1], range[2]);
    session.end = time(range[3], range[4]);
    rest = rest.replace(range[0], ' ');
  } else {
    const single = /(?:alle\s+|ore\s+|h\s*)?(\d{1,2})(?:[:.](\d{2}))(?!\d)|(?:alle|ore|h)\s*(\d{1,2})(?!\d)/.exec(rest);
    if (single) {
      session.start = single[1] ? time(single[1], single[2]) : time(single[3]);
      rest = rest.replace(single[0], ' ');
    }
  }
  // Day ranges, then single days.
  const dayRangePattern = new RegExp(`(?:\\bda(?:l)?\\s+)?\\b(${DAY_PATTERN})\\b\\s*(?:-|–|\\ba(?:l)?\\b)\\s*\\b(${DAY_PATTERN})\\b`);
  for (let match = dayRangePattern.exec(rest); match; match = dayRangePattern.exec(rest)) {
    session.days.push(...dayRange(DAY_OF_WORD.get(match[1])!, DAY_OF_WORD.get(match[2])!));
    rest = rest.replace(match[0], ' ');
  }
  const unknown: string[] = [];
  for (const word of rest.split(/[^a-z0-9']+/).filter(Boolean)) {
    const day = DAY_OF_WORD.get(word);
    const part = (Object.keys(partsOfDay) as PartOfDay[]).find((p) => word === p || (p === 'mattina' && word === 'mattino'));
    if (day) session.days.push(day);
    else if (part) session.part_of_day = part;
    else if (!FILLER.has(word)) unknown.push(word);
  }
  session.days = WEEK.filter((day) => session.days.includes(day));
  if (unknown.length > 0) {
    return { error: `In «${text.trim()}» non capisco «${unknown.join(' ')}»: scrivi i giorni e l’orario, ${EXAMPLE}. Quello che non è un giorno o un orario va in note_orari.` };
  }
  if (session.days.length === 0) return { error: `In «${text.trim()}» manca il giorno della settimana: ${EXAMPLE}. Se non ci sono giorni fissi lascia vuoto giorni_orari e spiega in note_orari.` };
  if (session.start && session.part_of_day) delete session.part_of_day;
  if (session.frequency === 'settimanale') delete session.frequency;
  return { value: session };
}

/** The sessions of a giorni_orari cell, separated by ";". */
export function parseSessions(cell: string): Parsed<SessionDraft[]> {
  const sessions: SessionDraft[] = [];
  for (const part of cell.split(SESSION_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
    const parsed = parseSession(part);
    if (parsed.error !== undefined) return { error: parsed.error };
    sessions.push(parsed.value);
  }
  return { value: sessions };
}
