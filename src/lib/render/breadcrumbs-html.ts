/** The trail from the home page to this page; the last crumb is the page itself. Used by Breadcrumbs.astro and the entry pages written after Astro. */
import { t } from '../../i18n/pages.ts';
import { attr, html, type SafeHtml } from './html.ts';

export interface Crumb {
  label: string;
  href?: string;
  /** The label's language when it is not the page's (an entry name not yet translated). */
  lang?: string;
}

export function breadcrumbsHtml(items: Crumb[]): SafeHtml {
  const crumbs = items.map((item, index) =>
    item.href && index < items.length - 1
      ? html`<li><a href="${item.href}"${attr('lang', item.lang)}>${item.label}</a></li>`
      : html`<li><span aria-current="page"${attr('lang', item.lang)}>${item.label}</span></li>`,
  );
  return html`<nav class="breadcrumbs"${attr('aria-label', t('breadcrumb'))}><ol>${crumbs}</ol></nav>`;
}
