/**
 * An entry's page (/risorse/<id>/ and /en/risorse/<id>/) as the parts the layout (Base.astro) places:
 * title, description, schema.org data, breadcrumbs and the article. src/pages/risorse/[id].astro renders
 * them inside Astro (npm run dev); for the built site, Astro renders one template page per language and
 * scripts/write-pages.ts fills it in for every entry (src/lib/render/page-template.ts), because
 * Astro's per-page work was most of a 50,000-entry build. Everything here runs in the language of the
 * page being made (src/i18n/render-locale.ts).
 */
import type { Resource } from '../../schema/resource.ts';
import type { Organization } from '../../schema/organization.ts';
import { categories, statuses } from '../../schema/vocabularies.ts';
import { localizedField, localizedOrganizationField } from '../localized.ts';
import { verifiedLine, verifiedWarning } from '../facts.ts';
import { resourceJsonLd } from '../json-ld.ts';
import { hasCalendar } from '../exports/ical.ts';
import { safeHref, displayUrl, ENTRY_LINK_REL } from '../links.ts';
import { urls } from '../urls.ts';
import { qrSvg } from '../shortlist/qr.ts';
import { correctionLinks } from '../corrections.ts';
import { contributeUrl, repositoryPath } from '../contribute/paths.ts';
import { currentLocale, fill, label, pathInLocale, t } from '../../i18n/pages.ts';
import { attr, html, raw } from './html.ts';
import { factsHtml } from './facts-html.ts';
import { shortlistToggleHtml } from './shortlist-toggle.ts';
import type { PageParts } from './page-template.ts';

/** What an entry page is made from: the collection entry (front matter and Markdown body) and what the build knows around it. */
export interface EntryPageInput {
  id: string;
  data: Resource;
  body?: string;
  filePath?: string;
  organization?: { id: string; data: Organization };
  /** The first place's comune page (an Italian path), when there is one. */
  placeHref?: string;
}


/** The page's parts, in the language of the page being made; `site` is astro.config's (canonical addresses, the printed QR code). */
export function entryPageParts(entry: EntryPageInput, site: string | URL, today: string): PageParts & { jsonLd: Record<string, unknown> } {
  const resource = entry.data;
  const locale = currentLocale();
  const placeHref = entry.placeHref && pathInLocale(entry.placeHref, locale);
  // The entry's own words: translated where a volunteer has done it, else in Italian and marked so.
  const name = localizedField(resource, 'name', locale);
  const summary = localizedField(resource, 'summary', locale);
  // The description as safe HTML: the body above its "## English" line, or the part below it.
  const description = localizedField({ data: resource, body: entry.body }, 'description', locale);
  // The sources' titles and notes are the entry's own words, in Italian.
  const italian = locale === 'it' ? undefined : 'it';
  const otherLang = (lang: string) => (lang === locale ? undefined : lang);
  const category = categories[resource.category];
  const firstPlace = resource.locations[0];
  const warning = verifiedWarning(resource, today);
  const pageUrl = new URL(urls.resource(entry.id), site).href;
  // The printed QR code opens the canonical page, wherever this copy is served from.
  const qr = qrSvg(pageUrl, fill(t('shortlistQrLabel'), { name: resource.name }));
  const correction = correctionLinks({ name: resource.name, file: repositoryPath(entry.filePath ?? `content/resources/${entry.id}.md`), pageUrl });
  const organization = entry.organization;
  // The organisation's name, translated where its file has name_en (src/lib/localized.ts).
  const organizationName = organization && localizedOrganizationField(organization.data, 'name', locale);

  const place = firstPlace && html` · ${placeHref ? html`<a href="${placeHref}">${firstPlace.comune}</a>` : firstPlace.comune}`;
  const sources = resource.sources.map((source) => {
    const href = safeHref(source.url);
    return html`<li>${href ? html`<a href="${href}" rel="${ENTRY_LINK_REL}">${source.title}</a>` : source.title}${source.note && html` — <span class="muted">${source.note}</span>`}${href && html`<span class="muted"> (${displayUrl(href)})</span>`}</li>`;
  });
  const article = html`<article class="entry">
<figure class="print-qr print-only">${raw(qr)}<figcaption>${t('printQrCaption')} ${pageUrl.replace(/^https?:\/\//, '')}</figcaption></figure>
<p class="muted entry-context"><a href="${urls.category(resource.category)}">${label(category)}</a>${place}</p>
<h1${attr('lang', otherLang(name.lang))}>${name.text}</h1>
${resource.status !== 'attivo' && html`<p class="notice" role="note"><strong>${t('statusNotice')(label(statuses[resource.status]))}</strong></p>`}
<p class="lead"${attr('lang', otherLang(summary.lang))}>${summary.text}</p>
${(!name.translated || !summary.translated) && html`<p class="muted translation-note">${t('notTranslated')}</p>`}
${shortlistToggleHtml(entry.id, name.text)}
${factsHtml(resource)}
${hasCalendar(resource) && html`<p class="no-print calendar-link"><a class="standalone-link" href="${urls.calendar(entry.id)}" download="${`${entry.id}.ics`}" aria-describedby="calendario-nota">${t('calendarLink')}</a><br><span class="muted" id="calendario-nota">${t('calendarLinkHint')}</span></p>`}
${description.text && html`<section class="no-print" aria-labelledby="descrizione"><h2 id="descrizione">${t('descriptionLabel')}</h2>${!description.translated && html`<p class="muted translation-note">${t('notTranslated')}</p>`}<div class="description"${attr('lang', otherLang(description.lang))}>${raw(description.text)}</div></section>`}
<section aria-labelledby="organizzazione"><h2 id="organizzazione">${t('organizationLabel')}</h2>${organization && organizationName ? html`<p${attr('lang', otherLang(organizationName.lang))}><a class="standalone-link" href="${urls.organization(organization.id)}">${organizationName.text}</a></p>` : html`<p${attr('lang', italian)}>${resource.organization}</p>`}</section>
<section aria-labelledby="verifica"><h2 id="verifica">${t('verifiedLabel')}</h2><p>${verifiedLine(resource)}</p>${warning && html`<p class="notice">${warning}</p>`}<h3 class="no-print">${t('sourcesLabel')}</h3><ul class="no-print sources"${attr('lang', italian)}>${sources}</ul></section>
<section class="no-print" aria-labelledby="correzione"><h2 id="correzione">${t('correctionTitle')}</h2><p>${t('correctionText')}</p><ul class="correction-links"><li><a href="${correction.github}" rel="noopener">${t('correctionGithub')}</a></li><li><a href="${correction.email}">${t('correctionEmail')}</a></li><li><a href="${contributeUrl(entry.id)}">${t('correctionForm')}</a></li></ul></section>
</article>`;

  return {
    title: name.text,
    description: summary.text,
    jsonLd: resourceJsonLd(resource, pageUrl, organization?.data),
    breadcrumbs: [
      { label: t('navHome'), href: urls.home() },
      { label: label(category), href: urls.category(resource.category) },
      { label: name.text, lang: otherLang(name.lang) },
    ],
    article,
  };
}
