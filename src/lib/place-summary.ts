/** Where a resource is, in a few words: "Rho (MI)", "Torino (TO) e altri 2 luoghi", "Online". */
import type { Resource } from '../schema/resource.ts';
import { t } from '../i18n/index.ts';

/** A short place label for lists and cards. */
export function placeSummary(resource: Pick<Resource, 'online_only' | 'locations'>): string {
  if (resource.online_only || resource.locations.length === 0) return t('placeOnline');
  const [first, ...others] = resource.locations;
  const label = `${first.comune} (${first.province})`;
  return others.length === 0 ? label : t('placeAndOthers')(label, others.length);
}
