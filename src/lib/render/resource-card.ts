/**
 * A resource as a card in a list (category, place and organisation pages): name, category and place,
 * summary, when and cost, how recently checked, and the shortlist button. Used by ResourceList.astro and
 * by the pages written after Astro (scripts/write-pages.ts).
 */
import type { Resource } from '../../schema/resource.ts';
import { categories, statuses } from '../../schema/vocabularies.ts';
import { formatPeriod, scheduleSummary } from '../schedule.ts';
import { formatCost } from '../cost.ts';
import { placeSummary } from '../place-summary.ts';
import { urls } from '../urls.ts';
import { verifiedShort } from '../facts.ts';
import { localizedField } from '../localized.ts';
import { currentLocale, label, t } from '../../i18n/pages.ts';
import { attr, html, type SafeHtml } from './html.ts';
import { shortlistToggleHtml } from './shortlist-toggle.ts';

export interface CardEntry {
  id: string;
  data: Resource;
}

export function resourceCardHtml({ id, data }: CardEntry): SafeHtml {
  const schedule = scheduleSummary(data.schedule);
  // Without sessions or period, the summary is the schedule's note: the entry's own words, in Italian.
  const scheduleIsNote = schedule !== '' && data.schedule.sessions.length === 0 && !formatPeriod(data.schedule);
  const when = schedule || t('scheduleUnknown');
  const locale = currentLocale();
  const name = localizedField(data, 'name', locale);
  const summary = localizedField(data, 'summary', locale);
  // Text left in Italian on a page in another language is marked so (screen readers switch voice).
  const langOf = (lang: string) => (lang === locale ? undefined : lang);
  return html`<li class="card"><h3><a href="${urls.resource(id)}"${attr('lang', langOf(name.lang))}>${name.text}</a></h3>
<p class="meta">${label(categories[data.category])} · ${placeSummary(data)}${data.status !== 'attivo' && html`<strong> · ${label(statuses[data.status])}</strong>`}</p>
<p${attr('lang', langOf(summary.lang))}>${summary.text}</p>
<p class="meta"><span${attr('lang', scheduleIsNote ? langOf('it') : undefined)}>${when}</span> · ${formatCost({ ...data.cost, note: undefined })}${data.cost.note && html` (<span${attr('lang', langOf('it'))}>${data.cost.note}</span>)`}</p>
<p class="meta verified-short">${verifiedShort(data)}</p>
${shortlistToggleHtml(id, name.text)}</li>`;
}

/** The cards in a list, or "no resources here". */
export function resourceListHtml(entries: CardEntry[]): SafeHtml {
  return entries.length === 0 ? html`<p>${t('noResources')}</p>` : html`<ul class="card-list">${entries.map(resourceCardHtml)}</ul>`;
}
