/**
 * A resource of the directory, with its organisation, as one fully nested HSDS 3.0 service
 * (schema/compiled/service.json). Field by field, the mapping is in ./mapping.ts; what we do not
 * know is left out (never null), and nothing is made up: no named contacts (we publish none), no
 * phone types, no street address without a street and a postcode.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Organization } from '../../schema/organization.ts';
import type { Location } from '../../schema/location.ts';
import { accessibilityFeatures, audiences, joinMethods, type Status } from '../../schema/vocabularies.ts';
import { formatCost } from '../cost.ts';
import { splitDescription } from '../description.ts';
import { languageName } from '../languages.ts';
import { placeLine, regionOfProvince } from '../places.ts';
import { t } from '../../i18n/index.ts';
import { ids } from './ids.ts';
import { schedules } from './schedule.ts';
import { attributes, type HsdsUrl } from './taxonomy.ts';
import type {
  HsdsAccessibility,
  HsdsCostOption,
  HsdsLocation,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsStatus,
} from './types.ts';

/** A resource as the collections give it: its file id and its checked data. */
export interface ResourceRecord {
  id: string;
  data: Resource;
}

/** An organisation as the collections give it. */
export interface OrganizationRecord {
  id: string;
  data: Organization;
}

const languageNames = new Map<string, string>();
/** A language's Italian name, looked up once per code (Intl.DisplayNames is slow enough to matter at 50,000 entries). */
function nameOfLanguage(code: string): string {
  let name = languageNames.get(code);
  if (name === undefined) {
    name = languageName(code);
    languageNames.set(code, name);
  }
  return name;
}

/** Our status → HSDS's service status. */
export const STATUS_MAP: Record<Status, HsdsStatus> = {
  attivo: 'active',
  sospeso: 'temporarily closed',
  chiuso: 'inactive',
};

/** Organisations already made, per record: each is nested in every service it runs. */
const madeOrganizations = new WeakMap<OrganizationRecord, { url: HsdsUrl; organization: HsdsOrganization }>();

/** An organisation as an HSDS organization: name, description, email, website, phone and its type as an attribute. */
export function hsdsOrganization(organization: OrganizationRecord, url: HsdsUrl): HsdsOrganization {
  const made = madeOrganizations.get(organization);
  if (made?.url === url) return made.organization;
  const result = makeOrganization(organization, url);
  madeOrganizations.set(organization, { url, organization: result });
  return result;
}

function makeOrganization(organization: OrganizationRecord, url: HsdsUrl): HsdsOrganization {
  const id = ids.organization(organization.id);
  const { name, description, contacts, type } = organization.data;
  return {
    id,
    name,
    // The Italian part: the English one below "## English" is for the English pages (src/lib/description.ts).
    description: splitDescription(description).it,
    ...(contacts.email && { email: contacts.email }),
    ...(contacts.website && { website: contacts.website }),
    ...(contacts.phone && { phones: [{ id: ids.organizationPhone(organization.id), organization_id: id, number: contacts.phone }] }),
    attributes: attributes(id, 'organization', 'tipi-organizzazione', [type], url),
  };
}

/** The accessibility records of one place: one per feature, and the note as one more. */
function accessibility(resourceId: string, place: number | 'online', locationId: string, resource: Resource): HsdsAccessibility[] {
  const records: HsdsAccessibility[] = resource.accessibility.features.map((feature) => ({
    id: ids.accessibility(resourceId, place, feature),
    location_id: locationId,
    description: accessibilityFeatures[feature].it,
  }));
  if (resource.accessibility.note) {
    records.push({ id: ids.accessibility(resourceId, place, 'note'), location_id: locationId, description: resource.accessibility.note });
  }
  return records;
}

/**
 * A physical place. The HSDS address needs a street line and a postcode: without either the place has
 * no address, and its description says where it is ("Rho (MI)"). An approximate position (the
 * centre of the comune) is said in the description too.
 */
function physicalLocation(resourceId: string, place: number, location: Location, resource: Resource): HsdsLocation {
  const id = ids.location(resourceId, place);
  const hasAddress = Boolean(location.address && location.postcode);
  const region = regionOfProvince(location.province);
  const description = [
    hasAddress ? undefined : placeLine({ ...location, name: undefined }),
    location.position === 'approssimativa' ? t('approximatePosition') : undefined,
  ].filter(Boolean);
  const access = accessibility(resourceId, place, id, resource);
  return {
    id,
    location_type: 'physical',
    ...(location.name && { name: location.name }),
    ...(description.length > 0 && { description: description.join(' ') }),
    latitude: location.lat,
    longitude: location.lon,
    ...(hasAddress && {
      addresses: [
        {
          id: ids.address(resourceId, place),
          location_id: id,
          address_1: location.address!,
          city: location.comune,
          ...(region && { region }),
          state_province: location.province,
          postal_code: location.postcode!,
          country: 'IT',
          address_type: 'physical' as const,
        },
      ],
    }),
    ...(access.length > 0 && { accessibility: access }),
  };
}

/** The places of a resource, each linked to the service; an online resource with a website has one virtual place. */
function serviceAtLocations(resourceId: string, serviceId: string, resource: Resource): HsdsServiceAtLocation[] {
  if (resource.online_only) {
    const website = resource.contacts.website;
    if (!website) return [];
    const id = ids.location(resourceId, 'online');
    const access = accessibility(resourceId, 'online', id, resource);
    const location: HsdsLocation = { id, location_type: 'virtual', url: website, ...(access.length > 0 && { accessibility: access }) };
    return [{ id: ids.serviceAtLocation(resourceId, 'online'), service_id: serviceId, location_id: id, location }];
  }
  return resource.locations.map((place, index) => {
    const location = physicalLocation(resourceId, index + 1, place, resource);
    return { id: ids.serviceAtLocation(resourceId, index + 1), service_id: serviceId, location_id: location.id, location };
  });
}

/** The cost: free is an amount of 0 EUR; a price is its amount in EUR; the note qualifies either (or stands alone). */
function costOptions(resourceId: string, serviceId: string, resource: Resource): HsdsCostOption[] {
  const { free, amount_eur: amount, note } = resource.cost;
  const price = free ? 0 : amount;
  return [
    {
      id: ids.costOption(resourceId),
      service_id: serviceId,
      ...(price !== undefined && { currency: 'EUR', amount: price }),
      ...(note && { amount_description: note }),
    },
  ];
}

/** A resource as a fully nested HSDS service; its organisation is nested when known. */
export function hsdsService(resource: ResourceRecord, organization: OrganizationRecord | undefined, url: HsdsUrl): HsdsService {
  const id = ids.service(resource.id);
  const data = resource.data;
  const joining = data.joining.methods.map((method) => joinMethods[method].it).join('; ');
  const places = serviceAtLocations(resource.id, id, data);
  return {
    id,
    organization_id: ids.organization(data.organization),
    name: data.name,
    ...(data.name_en && { alternate_name: data.name_en }),
    description: data.summary,
    ...(data.contacts.website && { url: data.contacts.website }),
    ...(data.contacts.email && { email: data.contacts.email }),
    status: STATUS_MAP[data.status],
    application_process: data.joining.note ? `${joining}. ${data.joining.note}` : `${joining}.`,
    fees_description: formatCost(data.cost),
    eligibility_description: data.audiences.map((audience) => audiences[audience].it).join(', '),
    assured_date: data.verified.date,
    ...(data.contacts.phone && { phones: [{ id: ids.servicePhone(resource.id), service_id: id, number: data.contacts.phone }] }),
    schedules: schedules(resource.id, id, data.schedule),
    ...(places.length > 0 && { service_at_locations: places }),
    languages: data.accessibility.languages.map((code) => ({ id: ids.language(resource.id, code), service_id: id, name: nameOfLanguage(code), code })),
    ...(organization && { organization: hsdsOrganization(organization, url) }),
    cost_options: costOptions(resource.id, id, data),
    attributes: [
      ...attributes(id, 'service', 'categorie', [data.category], url),
      ...attributes(id, 'service', 'bisogni', data.needs, url),
      ...attributes(id, 'service', 'destinatari', data.audiences, url),
    ],
  };
}

/** The service as it appears in a list page (schema/compiled/service_list.json): one-to-one fields and its organisation, without nested lists. */
export function serviceListItem(service: HsdsService): Record<string, unknown> {
  const { phones, schedules: _s, service_at_locations: _l, languages: _g, cost_options: _c, attributes: _a, organization, ...fields } = service;
  void phones;
  if (!organization) return fields;
  const { phones: _p, attributes: _oa, ...organizationFields } = organization;
  return { ...fields, organization: organizationFields };
}
