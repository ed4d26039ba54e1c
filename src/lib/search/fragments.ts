/**
 * Pagefind names each result by its fragment hash (result.id). The map data needs the same ids to
 * show exactly the current results, so after indexing we read the fragments back: each is gzip of
 * "pagefind_dcd" + JSON, either one page ({url,…}) or a group of pages ({hash: {url,…}}).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** Decodes one .pf_fragment file into the url → result id pairs it holds. */
export function fragmentUrls(fileName: string, compressed: Uint8Array): [url: string, id: string][] {
  const text = gunzipSync(compressed).toString('utf8');
  const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Record<string, unknown>;
  if (typeof json.url === 'string') return [[json.url, fileName.replace(/\.pf_fragment$/, '')]];
  return Object.entries(json).flatMap(([hash, fragment]) => {
    const url = (fragment as { url?: unknown })?.url;
    return typeof url === 'string' ? [[url, hash] as [string, string]] : [];
  });
}

/** Every result URL in a Pagefind bundle folder, mapped to its result id. */
export async function readFragmentUrls(bundleDir: string): Promise<Map<string, string>> {
  const folder = join(bundleDir, 'fragment');
  const ids = new Map<string, string>();
  for (const name of await readdir(folder)) {
    for (const [url, id] of fragmentUrls(name, await readFile(join(folder, name)))) ids.set(url, id);
  }
  return ids;
}
