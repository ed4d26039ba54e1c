/**
 * The HSDS 3.0 objects we publish, with only the fields we fill (see the schemas in
 * /work/shared/standards/hsds-3.0/schema/ or https://docs.openreferral.org/en/v3.0/). A field we do
 * not know is absent, never null.
 */

export type HsdsStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  taxonomy?: string;
  language?: string;
  taxonomy_id?: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  name?: string;
  code?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  url?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  valid_from?: string;
  valid_to?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
  attributes?: HsdsAttribute[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name?: string;
  description: string;
  url?: string;
  email?: string;
  status: HsdsStatus;
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  assured_date: string;
  phones?: HsdsPhone[];
  schedules: HsdsSchedule[];
  /** Absent for an online resource without a website. */
  service_at_locations?: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  organization?: HsdsOrganization;
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
}

/** HSDS's page of a list (the API reference's Page schema), with its items in contents. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
