/** Cost in plain words, in the page's language (or the one given: the search records pass 'it'). */
import type { Cost } from '../schema/resource.ts';
import { currentLocale, t, type Locale } from '../i18n/index.ts';

/** "Gratuito", "10 € (quota annuale)", "A pagamento: a offerta libera". */
export function formatCost(cost: Cost, locale: Locale = currentLocale()): string {
  const note = cost.note ? ` (${cost.note})` : '';
  if (cost.free) return `${t('free', locale)}${note}`;
  if (cost.amount_eur !== undefined) return `${t('euro', locale)(cost.amount_eur)}${note}`;
  return `${t('notFree', locale)}${note}`;
}
