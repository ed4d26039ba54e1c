/**
 * What a result card shows, read back from a Pagefind result (its fragment). Every `meta` field of
 * a record is also indexed by Pagefind, so records.ts keeps there only what a card shows and the
 * words weighted like a name: the entry's id is read from its URL and its category from the
 * record's filters, rather than written again as words that nobody searches for.
 */
import type { Category } from '../../schema/vocabularies.ts';
import type { Locale } from '../../i18n/types.ts';
import { scheduleSummary } from '../schedule.ts';
import { formatCost } from '../cost.ts';
import { decodeCost, decodeSchedule } from './card-facts.ts';

/** The part of a Pagefind result's data that a card reads. */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

export interface ResultCard {
  /** The entry's id (its page is /risorse/<id>/), when the URL is an entry page. */
  id?: string;
  url: string;
  title: string;
  /** The language of the title and the summary: Italian where the entry has no translation. */
  titleLang: Locale;
  summaryLang: Locale;
  category?: Category;
  place?: string;
  summary?: string;
  /** Days and times in the page's language, or the schedule's note (then whenLang is 'it'). */
  when?: string;
  whenLang: Locale;
  /** "Gratuito", "Free", "€10"… in the page's language, without the note. */
  cost?: string;
  /** The cost's note, in the entry's words (Italian). */
  costNote?: string;
}

/** "/risorse/coro-le-nuvole/" → "coro-le-nuvole" (see urls.resource). */
export function entryIdOfUrl(url: string): string | undefined {
  return /\/risorse\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url)?.[1];
}

/** The schedule in the page's language from its code (card-facts.ts), else its note as written. */
function when(meta: Record<string, string>, locale: Locale): Pick<ResultCard, 'when' | 'whenLang'> {
  const schedule = meta.when ? decodeSchedule(meta.when) : undefined;
  if (schedule) return { when: scheduleSummary(schedule, locale), whenLang: locale };
  return { when: meta.when_note || undefined, whenLang: 'it' };
}

/** The card in the page's language: the English name and summary (title_en, summary_en) where there are. */
export function resultCard({ url, meta, filters }: ResultData, locale: Locale = 'it'): ResultCard {
  const english = locale === 'en';
  return {
    id: entryIdOfUrl(url),
    url,
    title: (english && meta.title_en) || meta.title || url,
    titleLang: english && meta.title_en ? 'en' : 'it',
    summaryLang: english && meta.summary_en ? 'en' : 'it',
    category: filters?.categoria?.[0] as Category | undefined,
    place: meta.place,
    summary: (english && meta.summary_en) || meta.summary,
    ...when(meta, locale),
    cost: meta.cost ? formatCost({ ...decodeCost(meta.cost), note: undefined }, locale) : undefined,
    ...(meta.cost_note ? { costNote: meta.cost_note } : {}),
  };
}
