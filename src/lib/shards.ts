/**
 * Per-entry data for the browser (shortlist facts, form data) is grouped into a fixed number of
 * shard files by a hash of the id: one build page per shard instead of one per entry (which cost
 * minutes at 50,000 entries), while a browser still fetches only the few shards it needs.
 */

/** How many shards at most; with few entries, only the non-empty ones exist. */
export const SHARD_COUNT = 1024;

/** FNV-1a, 32 bits: stable across builds and browsers. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard of an id, as the file name uses it: "0" to "3ff". */
export function shardOf(id: string, count = SHARD_COUNT): string {
  return (fnv1a(id) % count).toString(16);
}

/** Entries grouped by shard, each shard an object keyed by id. */
export function groupByShard<T>(items: { id: string; value: T }[], count = SHARD_COUNT): Map<string, Record<string, T>> {
  const shards = new Map<string, Record<string, T>>();
  for (const { id, value } of items) {
    const shard = shardOf(id, count);
    const group = shards.get(shard) ?? {};
    group[id] = value;
    shards.set(shard, group);
  }
  return shards;
}

const loaded = new Map<string, Promise<Record<string, unknown> | undefined>>();

/** One entry from a shard file under `folder` (fetched once per page); undefined when absent. */
export async function fetchFromShard<T>(folder: string, id: string): Promise<T | undefined> {
  const url = `${folder.replace(/\/?$/, '/')}${shardOf(id)}.json`;
  let shard = loaded.get(url);
  if (!shard) {
    shard = fetch(url).then((response) => {
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      return response.json() as Promise<Record<string, unknown>>;
    });
    shard.catch(() => loaded.delete(url));
    loaded.set(url, shard);
  }
  return (await shard)?.[id] as T | undefined;
}
