/**
 * A comune's page (/luoghi/<region>/<province>/<comune>/): the resources listed there, as cards. Rendered
 * by src/pages/luoghi/[region]/[province]/[comune].astro in `npm run dev` and, for the built site, written
 * from its template page by scripts/write-pages.ts (there are about 7,000 at 50,000 entries, in each language).
 */
import type { ComuneNode } from '../places.ts';
import { urls } from '../urls.ts';
import { t } from '../../i18n/pages.ts';
import { html } from './html.ts';
import { resourceListHtml, type CardEntry } from './resource-card.ts';
import type { PageParts } from './page-template.ts';

export interface ComunePageInput {
  region: { name: string; slug: string };
  province: { name: string; slug: string };
  comune: ComuneNode;
}

/** The page's parts, in the language of the page being made; `entries` are the comune's listed resources, in name order. */
export function comunePageParts({ region, province, comune }: ComunePageInput, entries: CardEntry[]): PageParts {
  return {
    title: t('resourcesIn')(comune.name),
    description: t('siteTagline'),
    breadcrumbs: [
      { label: t('navHome'), href: urls.home() },
      { label: t('placesTitle'), href: urls.places() },
      { label: region.name, href: urls.region(region.name) },
      { label: province.name, href: urls.province(region.name, province.name) },
      { label: comune.name },
    ],
    article: html`<h1>${t('resourcesIn')(comune.name)}</h1>
<h2>${t('resourcesCount')(entries.length)}</h2>
${resourceListHtml(entries)}`,
  };
}
