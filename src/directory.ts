/**
 * The one module that reads the content collections: pages ask it for entries and derived
 * structures (place tree, entries by category) instead of querying collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPlaceTree, provinceName, regionOfProvince, type RegionNode } from './lib/places.ts';
import { urls } from './lib/urls.ts';
import { directoryHealth, type DirectoryHealth } from './lib/health/index.ts';
import { todayIso } from './lib/dates.ts';
import type { Category } from './schema/vocabularies.ts';
import { buildCoverage, type Coverage } from './lib/coverage/matrix.ts';
import { italianProvinces } from './lib/coverage/provinces.ts';
import { compareItalian } from './lib/collate.ts';
import { isListed } from './lib/listed.ts';

export type ResourceEntry = CollectionEntry<'resources'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;

const byName = (a: ResourceEntry, b: ResourceEntry) => compareItalian(a.data.name, b.data.name);

let resourcesOnce: Promise<ResourceEntry[]> | undefined;

/**
 * All resources, closed ones included (their pages say so), sorted by name. In a build, read and
 * sorted once and shared by every page (about 25 routes ask; at 50,000 entries each sort took about
 * 80 ms): the array is frozen, so that a page that sorted or changed it in place would fail the build
 * instead of reordering every other page's. In `astro dev`, read afresh at each request.
 */
export function allResources(): Promise<ResourceEntry[]> {
  const load = async () => Object.freeze((await getCollection('resources')).sort(byName)) as ResourceEntry[];
  if (!import.meta.env.PROD) return load();
  resourcesOnce ??= load();
  return resourcesOnce;
}

/** Derived arrays kept for the array they were made from (the shared one above, in a build). */
const listedOf = new WeakMap<ResourceEntry[], ResourceEntry[]>();

/** Resources a person can still join: active or paused, not closed. */
export function listed(resources: ResourceEntry[]): ResourceEntry[] {
  let found = listedOf.get(resources);
  if (!found) listedOf.set(resources, (found = Object.freeze(resources.filter((entry) => isListed(entry.data))) as ResourceEntry[]));
  return found;
}

/** All organisations by id. */
export async function organizationsById(): Promise<Map<string, OrganizationEntry>> {
  const organizations = await getCollection('organizations');
  return new Map(organizations.map((entry) => [entry.id, entry]));
}

/**
 * Each entry's link to the comune page of its first place (an Italian path), by entry id. Place pages
 * exist only for comuni with an entry still listed: a closed entry's comune may have none.
 */
export function firstPlacePages(resources: ResourceEntry[]): Map<string, string> {
  const comunePage = (place: { province: string; comune: string }) => {
    const region = regionOfProvince(place.province);
    return region ? urls.comune(region, provinceName(place.province), place.comune) : undefined;
  };
  const placePages = new Set(listed(resources).flatMap((entry) => entry.data.locations.map(comunePage)));
  const links = new Map<string, string>();
  for (const entry of resources) {
    const first = entry.data.locations[0] ? comunePage(entry.data.locations[0]) : undefined;
    if (first && placePages.has(first)) links.set(entry.id, first);
  }
  return links;
}

/** Resources grouped by category. */
export function byCategory(resources: ResourceEntry[]): Map<Category, ResourceEntry[]> {
  const groups = new Map<Category, ResourceEntry[]>();
  for (const entry of resources) {
    const list = groups.get(entry.data.category) ?? [];
    list.push(entry);
    groups.set(entry.data.category, list);
  }
  return groups;
}

const placeTreeOf = new WeakMap<ResourceEntry[], RegionNode[]>();

/** The region → province → comune tree of the given resources (built once per array: several pages ask for the same one). */
export function placeTree(resources: ResourceEntry[]): RegionNode[] {
  let tree = placeTreeOf.get(resources);
  if (!tree) placeTreeOf.set(resources, (tree = buildPlaceTree(resources.map((entry) => ({ id: entry.id, places: entry.data.locations })))));
  return tree;
}

/** A lookup from ids to entries, built once: pick(ids) keeps the given order (name order from the tree). */
export function picker(resources: ResourceEntry[]): (ids: string[]) => ResourceEntry[] {
  const byId = new Map(resources.map((entry) => [entry.id, entry]));
  return (ids) => ids.flatMap((id) => byId.get(id) ?? []);
}

/** Resources grouped by the organisation that runs them, in one pass. */
export function byOrganization(resources: ResourceEntry[]): Map<string, ResourceEntry[]> {
  const groups = new Map<string, ResourceEntry[]>();
  for (const entry of resources) {
    const list = groups.get(entry.data.organization);
    if (list) list.push(entry);
    else groups.set(entry.data.organization, [entry]);
  }
  return groups;
}

let coverageOnce: Promise<Coverage> | undefined;

/**
 * The coverage of every entry (src/lib/coverage/), for the coverage pages and CSV files: counted once
 * per build, as every one of them needs the whole of it; counted afresh on each request in `astro dev`.
 */
export function directoryCoverage(): Promise<Coverage> {
  const count = async () => buildCoverage((await allResources()).map((entry) => entry.data), italianProvinces());
  if (!import.meta.env.PROD) return count();
  coverageOnce ??= count();
  return coverageOnce;
}

let health: Promise<DirectoryHealth> | undefined;
/** The directory's health on the day of the build (src/lib/health/), computed once for all the coordinators' pages. */
export function healthOfDirectory(): Promise<DirectoryHealth> {
  health ??= allResources().then((resources) => directoryHealth(resources, todayIso()));
  return health;
}
