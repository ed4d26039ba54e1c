/** Cost in plain Italian. */
import type { Cost } from '../schema/resource.ts';
import { t } from '../i18n/index.ts';

/** "Gratuito", "10 € (quota annuale)", "A pagamento: a offerta libera". */
export function formatCost(cost: Cost): string {
  const note = cost.note ? ` (${cost.note})` : '';
  if (cost.free) return `${t('free')}${note}`;
  if (cost.amount_eur !== undefined) return `${t('euro')(cost.amount_eur)}${note}`;
  return `${t('notFree')}${note}`;
}
