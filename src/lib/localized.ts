/**
 * An entry's text in the language of a page, with the fallback the English edition needs: where a
 * field has no translation, the Italian text, said to be Italian (`lang: 'it'`, `translated: false`),
 * so that the page marks it `lang="it"` and adds the "not yet translated" note.
 *
 * - `name` and `summary` are plain text: `name`/`name_en`, `summary`/`summary_en` in the front matter.
 * - `description` is **safe HTML, ready for `set:html`** — what the entry page puts in its
 *   description block — rendered by the one sanitising renderer (src/lib/markdown.ts) from the
 *   Italian part of the Markdown body or from the part below its `## English` line
 *   (src/lib/description.ts). '' when the entry has no description in either language (the page
 *   then leaves the block out). The raw Markdown parts are splitDescription(entry.body).
 *
 * `translated` is true when the text is in the language asked for (for Italian, the original).
 * Italian pages ask for 'it' and get the Italian text; only an entry whose description exists in
 * English alone gives an Italian page the English text, marked `lang: 'en'`.
 */
import type { Resource } from '../schema/resource.ts';
import type { Organization } from '../schema/organization.ts';
import { splitDescription } from './description.ts';
import { renderMarkdown } from './markdown.ts';

import type { Locale } from '../i18n/types.ts';
export type LocalizedFieldName = 'name' | 'summary' | 'description';

export interface LocalizedText {
  text: string;
  lang: Locale;
  translated: boolean;
}

type Texts = Pick<Resource, 'name' | 'name_en' | 'summary' | 'summary_en'>;

/** A resource as the content collection gives it (ResourceEntry): the front matter and the Markdown body. */
export interface LocalizableEntry {
  data: Texts;
  body?: string;
}

function pick(it: string, en: string | undefined, locale: Locale): LocalizedText {
  const italian = it.trim();
  const english = (en ?? '').trim();
  if (locale === 'en') return english ? { text: english, lang: 'en', translated: true } : { text: italian, lang: 'it', translated: false };
  return italian || !english ? { text: italian, lang: 'it', translated: true } : { text: english, lang: 'en', translated: false };
}

/** The raw text of a field in both languages ('' or undefined where absent). */
function sources(entry: LocalizableEntry | Texts, field: LocalizedFieldName): { it: string; en?: string } {
  const data = 'data' in entry ? entry.data : entry;
  if (field === 'name') return { it: data.name, en: data.name_en };
  if (field === 'summary') return { it: data.summary, en: data.summary_en };
  return splitDescription('data' in entry ? (entry.body ?? '') : '');
}

/**
 * The field in the page's language, or the Italian text when it has no translation (see above;
 * for `description`, `text` is rendered safe HTML). Pass the collection entry (`{ data, body }`);
 * for the name and the summary the front matter alone (`entry.data`) is enough.
 */
export function localizedField(resource: LocalizableEntry, field: LocalizedFieldName, locale: Locale): LocalizedText;
export function localizedField(resource: Texts, field: 'name' | 'summary', locale: Locale): LocalizedText;
export function localizedField(resource: LocalizableEntry | Texts, field: LocalizedFieldName, locale: Locale): LocalizedText {
  const { it, en } = sources(resource, field);
  const chosen = pick(it, en, locale);
  return field === 'description' && chosen.text ? { ...chosen, text: renderMarkdown(chosen.text) } : chosen;
}

/**
 * An organisation's name or description in the page's language, by the same rule as an entry's fields:
 * `name`/`name_en`, and the description's Italian part or its part below the same `## English` line
 * (src/lib/description.ts). An organisation's description is plain text (YAML, no Markdown): `text` is
 * text, for the page to escape, never HTML.
 */
export function localizedOrganizationField(organization: Pick<Organization, 'name' | 'name_en' | 'description'>, field: 'name' | 'description', locale: Locale): LocalizedText {
  if (field === 'name') return pick(organization.name, organization.name_en, locale);
  const { it, en } = splitDescription(organization.description);
  return pick(it, en, locale);
}
