/**
 * The JSON shard files (src/lib/shards.ts) of every resource, closed ones included: the shortlist's
 * sheet items in each language (/lista/voci/, /en/lista/voci/) and the contribution form's stored
 * entries (/contribuisci/schede/). Astro's routes serve them from these functions in `npm run dev`;
 * in `npm run build` scripts/write-pages.ts writes them after Astro, off its one busy core, where at
 * 50,000 entries they took about 5 s.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderLocale } from '../../i18n/render-locale.ts';
import { pathInLocale } from '../../i18n/locale.ts';
import type { Locale } from '../../i18n/types.ts';
import type { Resource } from '../../schema/resource.ts';
import { storedEntry, type StoredEntry } from '../contribute/stored.ts';
import { groupByShard, shardOf } from '../shards.ts';
import { sheetItem, type SheetItem } from '../shortlist/sheet.ts';

/** A resource as the collections give it (and page-inputs.json hands it over). */
export interface ShardEntry {
  id: string;
  data: Resource;
  body?: string;
  filePath?: string;
}

/** An entry's source file, by the filePath the collections give (relative to the repository, where builds run). */
export const readEntryFile = (filePath: string): string => readFileSync(resolve(filePath), 'utf8');

/** The sheet items of the resources by shard, in a language. */
export function sheetShards(entries: readonly ShardEntry[], locale: Locale): Map<string, Record<string, SheetItem>> {
  return renderLocale.run(locale, () => groupByShard(entries.map((entry) => ({ id: entry.id, value: sheetItem(entry.id, entry.data) }))));
}

/**
 * The stored entries by shard, each with its file's text (`readText` is given the entry's filePath).
 * Read one after the other: tens of thousands of files opened at once would run out of file handles.
 */
export function storedShards(entries: readonly ShardEntry[], readText: (filePath: string) => string = readEntryFile): Map<string, Record<string, StoredEntry>> {
  return groupByShard(entries.map((entry) => ({ id: entry.id, value: storedEntry(entry, entry.filePath ? readText(entry.filePath) : '') })));
}

/** A shard file's text, as the routes answer it. */
export const shardJson = (items: Record<string, unknown>): string => JSON.stringify(items);

/**
 * Every shard file, one at a time: its path under the site (e.g. "/en/lista/voci/3f.json") and its text,
 * the same as the routes'. Made when asked for, so that the page writer holds one shard's items at a
 * time: all of them at once took 0.7 GB more at 50,000 entries, at the build's memory peak.
 */
export function* shardFiles(entries: readonly ShardEntry[], locales: readonly Locale[], readText: (filePath: string) => string = readEntryFile): Generator<{ path: string; text: string }> {
  const shards = Map.groupBy(entries, (entry) => shardOf(entry.id));
  for (const locale of locales) {
    const folder = pathInLocale('/lista/voci/', locale);
    for (const [shard, group] of shards) yield { path: `${folder}${shard}.json`, text: shardJson(sheetShards(group, locale).get(shard)!) };
  }
  for (const [shard, group] of shards) yield { path: `/contribuisci/schede/${shard}.json`, text: shardJson(storedShards(group, readText).get(shard)!) };
}
