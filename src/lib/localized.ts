/**
 * An entry's own words in the language of the page: the translated field when there is one (name_en,
 * summary_en…), otherwise the Italian text, with the language it is in so that the page can mark it
 * lang="it". Placeholder until the per-field translations (branch s3-transl) bring theirs; same signature.
 */
import type { Locale } from '../i18n/types.ts';

export type LocalizedFieldName = 'name' | 'summary' | 'description';

/** The fields an entry may have, in Italian and translated (`<field>_<locale>`). */
export type Localizable = { name: string; summary: string; description?: string } & Partial<Record<`${LocalizedFieldName}_${Exclude<Locale, 'it'>}`, string>>;

export interface LocalizedText {
  text: string;
  /** The language the text is in. */
  lang: Locale;
  /** True when the text is in the language asked for (always, in Italian). */
  translated: boolean;
}

/** The field in `locale` when it is translated, else the Italian one. */
export function localizedField(resource: Localizable, field: LocalizedFieldName, locale: Locale): LocalizedText {
  if (locale !== 'it') {
    const translation = resource[`${field}_${locale}`]?.trim();
    if (translation) return { text: translation, lang: locale, translated: true };
  }
  return { text: resource[field] ?? '', lang: 'it', translated: locale === 'it' };
}
