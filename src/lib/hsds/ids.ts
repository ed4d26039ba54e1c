/**
 * Stable HSDS ids: every HSDS object gets a UUID version 5 (RFC 9562: SHA-1 of a namespace and a
 * name) computed from the file ids of our content, so an entry keeps its ids across builds and
 * deployments, and anyone can recompute them.
 *
 * The namespace, HSDS_NAMESPACE, is fixed for ever: it is the UUIDv5 of the URL
 * "https://segnavia.it/dati/hsds" in the standard URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8),
 * written out here so that it never depends on where the site is deployed. Changing it would
 * change every id we publish.
 *
 * The name of each object is "<kind>/<file id>[/<part>]", e.g. the service of
 * content/resources/lombardia/gruppo-di-cammino.md is uuidv5("service/gruppo-di-cammino", HSDS_NAMESPACE)
 * and its first place is "location/gruppo-di-cammino/1". UUIDv5 is a few lines over node:crypto's SHA-1,
 * so no library is needed.
 */
import { hash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** The URL whose UUIDv5 is our namespace. */
export const HSDS_NAMESPACE_NAME = 'https://segnavia.it/dati/hsds';
/** Our namespace: uuidv5(HSDS_NAMESPACE_NAME, URL_NAMESPACE). */
export const HSDS_NAMESPACE = '49e3f251-0551-514e-9335-f31c0e6642e2';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Scratch space for namespace + name, reused by every call (ids are made by the ten thousand). */
let scratch = Buffer.alloc(1024);

/** The UUID version 5 of a name in a namespace (RFC 9562, section 5.5): SHA-1 of the namespace's 16 bytes and the name's UTF-8. */
export function uuidv5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Not a UUID: ${namespace}`);
  const needed = 16 + Buffer.byteLength(name, 'utf8');
  if (needed > scratch.length) scratch = Buffer.alloc(needed * 2);
  scratch.write(namespace.replace(/-/g, ''), 0, 16, 'hex');
  scratch.write(name, 16, 'utf8');
  const digest = hash('sha1', scratch.subarray(0, needed), 'buffer');
  digest[6] = (digest[6] & 0x0f) | 0x50; // version 5
  digest[8] = (digest[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of one of our objects: its kind and the parts of its name (a file id first). */
export function hsdsId(kind: string, ...parts: (string | number)[]): string {
  return uuidv5([kind, ...parts].join('/'), HSDS_NAMESPACE);
}

/** Ids of the few objects every service refers to (taxonomies and their terms), computed once. */
const memoised = new Map<string, string>();
function memo(name: string): string {
  let id = memoised.get(name);
  if (!id) {
    id = uuidv5(name, HSDS_NAMESPACE);
    memoised.set(name, id);
  }
  return id;
}

/** The ids of a resource's objects, all derived from its file id. */
export const ids = {
  service: (resourceId: string) => hsdsId('service', resourceId),
  organization: (organizationId: string) => hsdsId('organization', organizationId),
  /** Places are numbered from 1 in the order of the file's `locations`; an online resource has "online". */
  location: (resourceId: string, place: number | 'online') => hsdsId('location', resourceId, place),
  serviceAtLocation: (resourceId: string, place: number | 'online') => hsdsId('service_at_location', resourceId, place),
  address: (resourceId: string, place: number) => hsdsId('address', resourceId, place),
  accessibility: (resourceId: string, place: number | 'online', item: string) => hsdsId('accessibility', resourceId, place, item),
  /** Sessions are numbered from 1 in the file's order; 0 is the schedule of a resource without sessions. */
  schedule: (resourceId: string, session: number) => hsdsId('schedule', resourceId, session),
  servicePhone: (resourceId: string) => hsdsId('phone', 'service', resourceId),
  organizationPhone: (organizationId: string) => hsdsId('phone', 'organization', organizationId),
  language: (resourceId: string, code: string) => hsdsId('language', resourceId, code),
  costOption: (resourceId: string) => hsdsId('cost_option', resourceId),
  attribute: (linkId: string, termId: string) => hsdsId('attribute', linkId, termId),
  taxonomy: (key: string) => memo(`taxonomy/${key}`),
  taxonomyTerm: (taxonomyKey: string, term: string) => memo(`taxonomy_term/${taxonomyKey}/${term}`),
};
