/**
 * The facts of one resource as the signposting sheet prints them, already in plain Italian.
 * Built once per entry at build time (src/pages/lista/voci/[shard].json.ts) so that the shortlist page
 * needs no schema, dictionary or formatting code of its own.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Location } from '../../schema/location.ts';
import { joinMethods, statuses } from '../../schema/vocabularies.ts';
import { describeSchedule } from '../schedule.ts';
import { formatCost } from '../cost.ts';
import { formatDate } from '../dates.ts';
import { safeHref, telUrl } from '../links.ts';
import { t } from '../i18n.ts';

/** A sheet lists a few places; the entry page has them all. */
export const MAX_SHEET_PLACES = 3;

/** One resource on the sheet. Optional fields are left out of the JSON when empty. */
export interface SheetItem {
  id: string;
  name: string;
  /** The one-sentence summary. */
  summary: string;
  /** One line per place ("Biblioteca, Via Roma 1, 20017 Rho (MI)"), or the online-only line. */
  where: string[];
  /** The schedule in plain Italian, one line per session, then period and note. */
  when: string[];
  cost: string;
  /** How to join: the ways ("Iscrizione") and the practical note. */
  join: string;
  phone?: string;
  /** The phone as a tel: link that dials from anywhere ("tel:+3902809767"). */
  tel?: string;
  email?: string;
  website?: string;
  /** "24 novembre 2026": when the facts were last checked. */
  verified: string;
  /** Only when not active: "sospeso" or "chiuso", with the notice to show. */
  status?: 'sospeso' | 'chiuso';
  notice?: string;
}

/** "Biblioteca civica, Via Roma 1, 20017 Rho (MI)". */
export function placeLine(location: Location): string {
  const town = `${location.postcode ? `${location.postcode} ` : ''}${location.comune} (${location.province})`;
  return [location.name, location.address, town].filter(Boolean).join(', ');
}

/** The sheet facts of a resource. */
export function sheetItem(id: string, resource: Resource): SheetItem {
  const places = resource.locations.map(placeLine);
  const where = resource.online_only || places.length === 0 ? [t('onlineOnly')] : places.slice(0, MAX_SHEET_PLACES);
  if (places.length > MAX_SHEET_PLACES) where.push(t('shortlistMorePlaces')(places.length - MAX_SHEET_PLACES));
  const when = describeSchedule(resource.schedule);
  const methods = resource.joining.methods.map((key) => joinMethods[key].it).join('; ');
  const website = safeHref(resource.contacts.website);
  const item: SheetItem = {
    id,
    name: resource.name,
    summary: resource.summary,
    where,
    when: when.length ? when : [t('scheduleUnknown')],
    cost: formatCost(resource.cost),
    join: resource.joining.note ? `${methods}. ${resource.joining.note}` : `${methods}.`,
    verified: formatDate(resource.verified.date),
  };
  if (resource.contacts.phone) {
    item.phone = resource.contacts.phone;
    item.tel = telUrl(resource.contacts.phone);
  }
  if (resource.contacts.email) item.email = resource.contacts.email;
  if (website) item.website = website;
  if (resource.status !== 'attivo') {
    item.status = resource.status;
    item.notice = t('statusNotice')(statuses[resource.status].it);
  }
  return item;
}
