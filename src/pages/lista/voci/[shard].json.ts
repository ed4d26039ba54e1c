/**
 * /lista/voci/<shard>.json: the sheet facts (src/lib/shortlist/sheet.ts) of the resources in one
 * shard (src/lib/shards.ts), for the shortlist page, which fetches only the shards of its entries.
 * Closed entries are included, marked, so that an old list or link can say they closed.
 * The English list page reads /en/lista/voci/ (src/pages/en/lista/voci/), the same items in English.
 * In `npm run build` scripts/write-pages.ts writes these files after Astro (src/lib/render/shard-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources } from '../../../directory.ts';
import type { SheetItem } from '../../../lib/shortlist/sheet.ts';
import { sheetShards as sheetShardsOf, shardJson } from '../../../lib/render/shard-files.ts';
import { pagesAfterAstro } from '../../../lib/render/page-template.ts';
import type { Locale } from '../../../i18n/types.ts';

/** The shards of every resource's sheet item, in a language (getStaticPaths runs outside the middleware's locale). */
export async function sheetShards(locale: Locale) {
  if (pagesAfterAstro()) return [];
  return [...sheetShardsOf(await allResources(), locale)].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}

export const getStaticPaths = (() => sheetShards('it')) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, SheetItem> }> = ({ props }) =>
  new Response(shardJson(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
