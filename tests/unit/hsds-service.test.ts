import { beforeAll, describe, expect, it } from 'vitest';
import { hsdsOrganization, hsdsService, serviceListItem, STATUS_MAP, type ResourceRecord } from '../../src/lib/hsds/service.ts';
import { ids } from '../../src/lib/hsds/ids.ts';
import { statuses } from '../../src/schema/vocabularies.ts';
import { hsdsErrors, hsdsValidator, officialServiceExample } from '../support/hsds.ts';
import { allFixtureResources, fixtureOrganization, fixtureResource, testUrl } from '../support/hsds-fixtures.ts';

const walking = fixtureResource('gruppo-di-cammino-parco-nord-bresso');
const phoneCall = fixtureResource('telefonata-amica-anziani');
const serviceOf = (resource: ResourceRecord) => hsdsService(resource, fixtureOrganization(resource.data.organization), testUrl);
const withData = (resource: ResourceRecord, change: (data: ResourceRecord['data']) => void): ResourceRecord => {
  const data = structuredClone(resource.data);
  change(data);
  return { id: resource.id, data };
};

/** Every path in a value whose value is null, undefined or an empty string or list. */
function blanks(value: unknown, path = ''): string[] {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [path || '/'];
  if (Array.isArray(value)) return value.flatMap((item, i) => blanks(item, `${path}/${i}`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => blanks(item, `${path}/${key}`));
  return [];
}

// Compiling the 2.3 MB compiled schema takes seconds on a busy machine: once, before the tests, with time to spare.
beforeAll(() => {
  for (const name of ['service', 'service_list', 'organization'] as const) hsdsValidator(name);
}, 120_000);

describe('HSDS service', () => {
  it('the validator accepts the official full example (so a failure below is ours)', () => {
    expect(hsdsErrors('service', officialServiceExample())).toEqual([]);
  });

  it('every fixture entry is a valid HSDS service, with no field HSDS does not define, and no blank or null field', () => {
    for (const resource of allFixtureResources()) {
      const service = serviceOf(resource);
      expect(hsdsErrors('service', service), resource.id).toEqual([]);
      expect(hsdsErrors('service_list', serviceListItem(service)), resource.id).toEqual([]);
      expect(blanks(JSON.parse(JSON.stringify(service))), resource.id).toEqual([]);
    }
  });

  it('carries the facts of the entry: name, contacts, status, organisation, cost, languages, verification', () => {
    const service = serviceOf(walking);
    expect(service).toMatchObject({
      id: ids.service(walking.id),
      organization_id: ids.organization('passi-insieme-bresso'),
      name: 'Gruppo di cammino del Parco Nord a Bresso',
      alternate_name: 'Parco Nord walking group in Bresso',
      description: walking.data.summary,
      url: 'https://www.passi-insieme.example.org/cammino',
      email: 'info@passi-insieme.example.org',
      status: 'active',
      assured_date: '2026-11-02',
      phones: [{ number: '02 6100001', service_id: ids.service(walking.id) }],
      organization: { id: ids.organization('passi-insieme-bresso'), name: 'Associazione Passi Insieme' },
      cost_options: [{ currency: 'EUR', amount: 0, amount_description: walking.data.cost.note }],
      languages: [{ code: 'it', name: 'italiano' }, { code: 'es', name: 'spagnolo' }],
    });
    expect(service.application_process).toContain('Accesso libero, basta presentarsi; Su invio del medico o dei servizi.');
    expect(service.eligibility_description).toBe('Persone anziane, Adulti, Persone con malattie croniche');
  });

  it('maps every status: attivo → active, sospeso → temporarily closed, chiuso → inactive', () => {
    expect(STATUS_MAP).toEqual({ attivo: 'active', sospeso: 'temporarily closed', chiuso: 'inactive' });
    for (const status of Object.keys(statuses) as (keyof typeof statuses)[]) {
      const service = serviceOf(withData(walking, (data) => (data.status = status)));
      expect(service.status).toBe(STATUS_MAP[status]);
      expect(hsdsErrors('service', service)).toEqual([]);
    }
  });

  it('a place with street and postcode has an HSDS address, with coordinates, accessibility and the region', () => {
    const [link] = serviceOf(walking).service_at_locations!;
    expect(link.location).toMatchObject({
      location_type: 'physical',
      name: 'Ingresso del Parco Nord di via Clerici',
      latitude: 45.5401,
      longitude: 9.1951,
      addresses: [{ address_1: 'Via Clerici 150', city: 'Bresso', state_province: 'MI', region: 'Lombardia', postal_code: '20091', country: 'IT', address_type: 'physical' }],
    });
    expect(link.location.description).toBeUndefined();
    expect(link.location.accessibility?.map((item) => item.description)).toEqual([
      'Accesso senza gradini',
      'Posti a sedere e pause',
      'Cani guida benvenuti',
      walking.data.accessibility.note,
    ]);
  });

  it('a place without a postcode has no address (HSDS requires one) but says where it is, and an approximate position says so', () => {
    const resource = withData(walking, (data) => {
      delete data.locations[0].postcode;
      data.locations[0].position = 'approssimativa';
    });
    const service = serviceOf(resource);
    const { location } = service.service_at_locations![0];
    expect(location.addresses).toBeUndefined();
    expect(location.description).toBe('Via Clerici 150, Bresso (MI) Posizione approssimativa (centro del comune): chiedi l’indirizzo preciso.');
    expect(hsdsErrors('service', service)).toEqual([]);
  });

  it('an online resource has one virtual place at its website', () => {
    const service = serviceOf(phoneCall);
    expect(service.service_at_locations).toHaveLength(1);
    expect(service.service_at_locations![0].location).toMatchObject({ location_type: 'virtual', url: 'https://www.telefono-amico.example.org' });
    expect(service.service_at_locations![0].location).not.toHaveProperty('latitude');
    const withoutSite = serviceOf(withData(phoneCall, (data) => delete data.contacts.website));
    expect(withoutSite).not.toHaveProperty('service_at_locations');
    expect(hsdsErrors('service', withoutSite)).toEqual([]);
  });

  it('a price is its amount in EUR; a cost known only in words has no amount', () => {
    const paid = serviceOf(withData(walking, (data) => (data.cost = { free: false, amount_eur: 2.5 })));
    expect(paid.cost_options).toEqual([{ id: ids.costOption(walking.id), service_id: paid.id, currency: 'EUR', amount: 2.5 }]);
    expect(paid.fees_description).toBe('2,50 €');
    const words = serviceOf(withData(walking, (data) => (data.cost = { free: false, note: 'a offerta libera' })));
    expect(words.cost_options).toEqual([{ id: ids.costOption(walking.id), service_id: words.id, amount_description: 'a offerta libera' }]);
  });

  it('links the category, needs and audiences as taxonomy terms', () => {
    const attributes = serviceOf(walking).attributes;
    expect(attributes.map((a) => [a.link_type, a.taxonomy_term.code])).toEqual([
      ['category', 'movimento'],
      ['need', 'muoversi'],
      ['need', 'compagnia'],
      ['need', 'stare-all-aperto'],
      ['audience', 'anziani'],
      ['audience', 'adulti'],
      ['audience', 'malattie-croniche'],
    ]);
    for (const attribute of attributes) expect(attribute).toMatchObject({ link_id: ids.service(walking.id), link_entity: 'service', taxonomy_term_id: attribute.taxonomy_term.id });
  });

  it('an organisation is a valid HSDS organization with its type as a term', () => {
    const organization = hsdsOrganization(fixtureOrganization('passi-insieme-bresso'), testUrl);
    expect(hsdsErrors('organization', organization)).toEqual([]);
    expect(organization.attributes?.[0]).toMatchObject({ link_type: 'organization_type', taxonomy_term: { code: 'associazione', name: 'Associazione' } });
  });
});
