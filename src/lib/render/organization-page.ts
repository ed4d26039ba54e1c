/**
 * An organisation's page (/organizzazioni/<id>/): who runs the resources, how to reach them, and their
 * resources as cards. Rendered by src/pages/organizzazioni/[id].astro in `npm run dev` and, for the built
 * site, written from its template page by scripts/write-pages.ts (5,000 at 50,000 entries, in each language).
 */
import type { Organization } from '../../schema/organization.ts';
import { organizationTypes } from '../../schema/vocabularies.ts';
import { organizationJsonLd } from '../json-ld.ts';
import { contactLines } from '../facts.ts';
import { localizedOrganizationField } from '../localized.ts';
import { urls } from '../urls.ts';
import { currentLocale, label, t } from '../../i18n/pages.ts';
import { attr, html } from './html.ts';
import { resourceListHtml, type CardEntry } from './resource-card.ts';
import type { PageParts } from './page-template.ts';

export interface OrganizationPageInput {
  id: string;
  data: Organization;
}

/** The page's parts in the language of the page being made; `resources` are the organisation's, closed ones included, in name order. */
export function organizationPageParts(organization: OrganizationPageInput, resources: CardEntry[], site: string | URL): PageParts & { jsonLd: Record<string, unknown> } {
  const { data } = organization;
  const pageUrl = new URL(urls.organization(organization.id), site).href;
  // The organisation's own words: translated where its file has them (name_en, the description's part
  // below "## English"), else in Italian, marked so, with the note — as on entry pages (src/lib/localized.ts).
  const locale = currentLocale();
  const name = localizedOrganizationField(data, 'name', locale);
  const description = localizedOrganizationField(data, 'description', locale);
  const langOf = (text: { lang: string }) => (text.lang === locale ? undefined : text.lang);
  const contacts = contactLines(data.contacts).map((line) => html`<li>${line.label}: <a href="${line.href}"${attr('rel', line.rel)}>${line.text}</a></li>`);
  return {
    title: name.text,
    description: description.text,
    jsonLd: organizationJsonLd(data, pageUrl),
    breadcrumbs: [{ label: t('navHome'), href: urls.home() }, { label: name.text, lang: langOf(name) }],
    article: html`<h1${attr('lang', langOf(name))}>${name.text}</h1>
<p class="muted">${t('organizationType')}: ${label(organizationTypes[data.type])}</p>
<p class="lead"${attr('lang', langOf(description))}>${description.text}</p>
${(!name.translated || !description.translated) && html`<p class="muted translation-note">${t('notTranslated')}</p>`}
<h2>${t('contactsLabel')}</h2>
<ul class="contact-list">${contacts}</ul>
<h2>${t('otherResourcesOfOrg')}</h2>
${resourceListHtml(resources)}`,
  };
}
