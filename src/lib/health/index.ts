/**
 * The directory's health for coordinators (issue 14): which entries were never confirmed with their
 * organisation, which are stale or due, which have an approximate position or no phone or email,
 * which are paused or closed, and which look like duplicates — counted by region and province and
 * listed by province. Pure: the pages (src/pages/coordinamento/) and `npm run report` both call it,
 * the pages on the collections and the report on the files read by the validator.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Status } from '../../schema/vocabularies.ts';
import { likelyDuplicatePairs } from '../validate/similar.ts';
import { provinceName, regionOfProvince } from '../places.ts';
import { freshnessOf, verificationOf, type Freshness, type Verification } from '../verification.ts';
import { t } from '../../i18n/index.ts';
import { compareItalian } from '../collate.ts';

/** What the health reads of a resource. */
export type HealthResource = Pick<Resource, 'name' | 'status' | 'online_only' | 'locations' | 'contacts' | 'verified' | 'sources'>;

/** A resource by its id, as the collections and the report give it. */
export interface HealthEntry {
  id: string;
  data: HealthResource;
}

/** The pseudo-province (and region) of resources that happen only online. */
export const ONLINE = 'online';

/** One place of an entry, as the health lists show it. */
export interface HealthPlace {
  province: string;
  comune: string;
}

/** One entry with what the health pages need to know about it. */
export interface EntryHealth {
  id: string;
  name: string;
  status: Status;
  /** Its places (one per province, the first place there); for online entries, one with province "online". */
  places: HealthPlace[];
  /** The regions of its places ("Lombardia"), or "online". */
  regions: string[];
  verification: Verification;
  freshness: Freshness;
  /** Some place is only the comune's centre. */
  approximate: boolean;
  /** Neither phone nor email: a person cannot ask. */
  noPhoneOrEmail: boolean;
}

/** Two entries that probably describe one activity. */
export interface DuplicatePair {
  a: EntryHealth;
  b: EntryHealth;
  reason: string;
}

/** The health of the whole directory on a given day. */
export interface DirectoryHealth {
  today: string;
  entries: EntryHealth[];
  duplicates: DuplicatePair[];
}

/** Where to look: everything, a region (by its name, or "online") or a province (sigla, or "online"). */
export interface HealthFilter {
  region?: string;
  province?: string;
}

/** The figures of an area. Entries in several provinces count once in each and once in the whole. */
export interface HealthCounts {
  entries: number;
  active: number;
  paused: number;
  closed: number;
  /** Not closed, and compiled from documents rather than confirmed with the organisation. */
  unconfirmed: number;
  /** Not closed, and older than 12 months (from the confirmation or the newest source). */
  stale: number;
  /** Not closed, and turning 12 months old within 60 days. */
  due: number;
  /** Not closed, compiled recently from undated sources: nobody knows how old they are. */
  unknownAge: number;
  approximate: number;
  noPhoneOrEmail: number;
  /** Pairs of likely duplicates with at least one entry here. */
  duplicates: number;
}

/** The region of a province sigla, or "online". */
export function regionOf(province: string): string {
  return province === ONLINE ? ONLINE : (regionOfProvince(province) ?? province);
}

/** A region's name as people read it ("Lombardia", "Solo online"). */
export function regionLabel(region: string): string {
  return region === ONLINE ? t('onlineTitle') : region;
}

/** A province's name as people read it ("Monza e della Brianza (MB)", "Solo online"). */
export function provinceLabel(province: string): string {
  return province === ONLINE ? t('onlineTitle') : `${provinceName(province)} (${province})`;
}

/** What the health needs of one entry. */
export function entryHealth(entry: HealthEntry, today: string): EntryHealth {
  const { data } = entry;
  const places: HealthPlace[] = [];
  for (const location of data.locations) {
    if (!places.some((p) => p.province === location.province)) places.push({ province: location.province, comune: location.comune });
  }
  if (places.length === 0) places.push({ province: ONLINE, comune: t('placeOnline') });
  const verification = verificationOf(data);
  return {
    id: entry.id,
    name: data.name,
    status: data.status,
    places,
    regions: [...new Set(places.map((p) => regionOf(p.province)))],
    verification,
    freshness: freshnessOf(verification, today),
    approximate: data.locations.some((l) => l.position === 'approssimativa'),
    noPhoneOrEmail: !data.contacts.phone && !data.contacts.email,
  };
}

/** The health of every entry, and the likely duplicates among them (the validator's similarity check). */
export function directoryHealth(entries: readonly HealthEntry[], today: string): DirectoryHealth {
  const healths = entries.map((entry) => entryHealth(entry, today)).sort((a, b) => compareItalian(a.name, b.name) || a.id.localeCompare(b.id));
  const byId = new Map(healths.map((h) => [h.id, h]));
  const comparable = entries.map((entry) => ({ id: entry.id, file: entry.id, data: entry.data as unknown as Record<string, unknown> }));
  const duplicates = likelyDuplicatePairs(comparable)
    .map(({ a, b, reason }) => ({ a: byId.get(a.id)!, b: byId.get(b.id)!, reason }))
    .sort((x, y) => compareItalian(x.a.name, y.a.name) || compareItalian(x.b.name, y.b.name));
  return { today, entries: healths, duplicates };
}

/** True when the entry has a place in the filtered area. */
export function inArea(entry: EntryHealth, filter: HealthFilter): boolean {
  if (filter.province) return entry.places.some((p) => p.province === filter.province);
  if (filter.region) return entry.regions.includes(filter.region);
  return true;
}

// Each area's entries and likely duplicates, found once per health: the coordinators' pages ask for
// every province's, and scanning 50,000 entries for each of them was seconds of a national build.
const areas = new WeakMap<DirectoryHealth, Map<string, { entries: EntryHealth[]; duplicates: DuplicatePair[] }>>();

/** The entries and likely duplicates within an area (the whole directory with an empty filter). */
function inAreaOf(health: DirectoryHealth, filter: HealthFilter): { entries: EntryHealth[]; duplicates: DuplicatePair[] } {
  if (!filter.province && !filter.region) return { entries: health.entries, duplicates: health.duplicates };
  let known = areas.get(health);
  if (!known) areas.set(health, (known = new Map()));
  const key = filter.province ? `p:${filter.province}` : `r:${filter.region}`;
  let found = known.get(key);
  if (!found) {
    found = { entries: health.entries.filter((entry) => inArea(entry, filter)), duplicates: health.duplicates.filter((d) => inArea(d.a, filter) || inArea(d.b, filter)) };
    known.set(key, found);
  }
  return found;
}

function emptyCounts(): HealthCounts {
  return { entries: 0, active: 0, paused: 0, closed: 0, unconfirmed: 0, stale: 0, due: 0, unknownAge: 0, approximate: 0, noPhoneOrEmail: 0, duplicates: 0 };
}

function addEntry(counts: HealthCounts, entry: EntryHealth): void {
  counts.entries++;
  if (entry.status === 'attivo') counts.active++;
  else if (entry.status === 'sospeso') counts.paused++;
  else counts.closed++;
  if (entry.status === 'chiuso') return;
  if (entry.verification.kind === 'compiled') counts.unconfirmed++;
  if (entry.freshness === 'stale') counts.stale++;
  if (entry.freshness === 'due') counts.due++;
  if (entry.freshness === 'unknown') counts.unknownAge++;
  if (entry.approximate) counts.approximate++;
  if (entry.noPhoneOrEmail) counts.noPhoneOrEmail++;
}

/** The figures of one area (the whole directory with an empty filter). */
export function countsOf(health: DirectoryHealth, filter: HealthFilter = {}): HealthCounts {
  const counts = emptyCounts();
  const area = inAreaOf(health, filter);
  for (const entry of area.entries) addEntry(counts, entry);
  counts.duplicates = area.duplicates.length;
  return counts;
}

/** The figures of every area of one kind, in one pass: key → counts. */
function countsBy(health: DirectoryHealth, keysOf: (entry: EntryHealth) => string[]): Map<string, HealthCounts> {
  const result = new Map<string, HealthCounts>();
  const of = (key: string) => {
    let counts = result.get(key);
    if (!counts) result.set(key, (counts = emptyCounts()));
    return counts;
  };
  for (const entry of health.entries) for (const key of keysOf(entry)) addEntry(of(key), entry);
  for (const pair of health.duplicates) for (const key of new Set([...keysOf(pair.a), ...keysOf(pair.b)])) of(key).duplicates++;
  return result;
}

// Every region's and every province's figures, counted once per health (each region's page asks for them).
const countsByRegion = new WeakMap<DirectoryHealth, Map<string, HealthCounts>>();
const countsByProvince = new WeakMap<DirectoryHealth, Map<string, HealthCounts>>();
function countedOnce(cache: WeakMap<DirectoryHealth, Map<string, HealthCounts>>, health: DirectoryHealth, keysOf: (entry: EntryHealth) => string[]) {
  let counts = cache.get(health);
  if (!counts) cache.set(health, (counts = countsBy(health, keysOf)));
  return counts;
}

/** Each region with its figures, by name ("online" last). */
export function regionCounts(health: DirectoryHealth): { region: string; counts: HealthCounts }[] {
  return [...countedOnce(countsByRegion, health, (e) => e.regions)]
    .map(([region, counts]) => ({ region, counts }))
    .sort((a, b) => Number(a.region === ONLINE) - Number(b.region === ONLINE) || compareItalian(a.region, b.region));
}

/** Each province (of a region, when given) with its figures, by region then name ("online" last). */
export function provinceCounts(health: DirectoryHealth, region?: string): { region: string; province: string; counts: HealthCounts }[] {
  return [...countedOnce(countsByProvince, health, (e) => e.places.map((p) => p.province))]
    .map(([province, counts]) => ({ region: regionOf(province), province, counts }))
    .filter((row) => !region || row.region === region)
    .sort(
      (a, b) =>
        Number(a.region === ONLINE) - Number(b.region === ONLINE) ||
        compareItalian(a.region, b.region) ||
        compareItalian(provinceName(a.province), provinceName(b.province)),
    );
}

/** The entry lists of one area: what a coordinator goes through, entry by entry. */
export interface HealthLists {
  /** Not closed, never confirmed: oldest newest-source first, undated last. */
  unconfirmed: EntryHealth[];
  /** Not closed, older than 12 months: oldest first. */
  stale: EntryHealth[];
  /** Not closed, turning 12 months old within 60 days: soonest first. */
  due: EntryHealth[];
  approximate: EntryHealth[];
  noPhoneOrEmail: EntryHealth[];
  /** Paused, then closed. */
  pausedOrClosed: EntryHealth[];
  duplicates: DuplicatePair[];
}

const ageKey = (entry: EntryHealth) =>
  entry.verification.kind === 'confirmed' ? entry.verification.date : (entry.verification.newestSource ?? '9999');

/** The lists of one area (a province, usually: a whole region or country may be long). */
export function listsOf(health: DirectoryHealth, filter: HealthFilter): HealthLists {
  const area = inAreaOf(health, filter);
  const here = area.entries;
  const open = here.filter((entry) => entry.status !== 'chiuso');
  const byAge = (a: EntryHealth, b: EntryHealth) => ageKey(a).localeCompare(ageKey(b));
  return {
    unconfirmed: open.filter((e) => e.verification.kind === 'compiled').sort(byAge),
    stale: open.filter((e) => e.freshness === 'stale').sort(byAge),
    due: open.filter((e) => e.freshness === 'due').sort(byAge),
    approximate: open.filter((e) => e.approximate),
    noPhoneOrEmail: open.filter((e) => e.noPhoneOrEmail),
    pausedOrClosed: here.filter((e) => e.status !== 'attivo').sort((a, b) => Number(a.status === 'chiuso') - Number(b.status === 'chiuso')),
    duplicates: [...area.duplicates],
  };
}

/** The place of an entry within an area: "Monza (MB)", or "Online". */
export function placeIn(entry: EntryHealth, filter: HealthFilter): string {
  const place = entry.places.find((p) => !filter.province || p.province === filter.province) ?? entry.places[0];
  return place.province === ONLINE ? place.comune : `${place.comune} (${place.province})`;
}
