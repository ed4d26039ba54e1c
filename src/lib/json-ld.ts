/** schema.org JSON-LD for entry pages, serialised so entry text cannot close the script tag. */
import type { Resource } from '../schema/resource.ts';
import type { Organization } from '../schema/organization.ts';
import { splitDescription } from './description.ts';

/** JSON for a <script type="application/ld+json">: "<", ">" and "&" are escaped as \u003c etc. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A resource as a schema.org Service offered by its organisation at its places. */
export function resourceJsonLd(resource: Resource, pageUrl: string, organization?: Organization): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: resource.name,
    description: resource.summary,
    url: pageUrl,
    isAccessibleForFree: resource.cost.free,
    provider: organization ? { '@type': 'Organization', name: organization.name, url: organization.contacts.website } : undefined,
    availableChannel: resource.online_only ? { '@type': 'ServiceChannel', serviceUrl: resource.contacts.website } : undefined,
    areaServed: resource.locations.map((location) => ({
      '@type': 'Place',
      name: location.name ?? location.comune,
      address: {
        '@type': 'PostalAddress',
        streetAddress: location.address,
        addressLocality: location.comune,
        addressRegion: location.province,
        postalCode: location.postcode,
        addressCountry: 'IT',
      },
      geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon },
    })),
    telephone: resource.contacts.phone,
    email: resource.contacts.email,
  };
}

/** An organisation as a schema.org Organization. */
export function organizationJsonLd(organization: Organization, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organization.name,
    description: splitDescription(organization.description).it,
    url: organization.contacts.website ?? pageUrl,
    telephone: organization.contacts.phone,
    email: organization.contacts.email,
  };
}
