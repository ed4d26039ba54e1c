/**
 * /lista/voci/<shard>.json: the sheet facts (src/lib/shortlist/sheet.ts) of the resources in one
 * shard (src/lib/shards.ts), for the shortlist page, which fetches only the shards of its entries.
 * Closed entries are included, marked, so that an old list or link can say they closed.
 * The English list page reads /en/lista/voci/ (src/pages/en/lista/voci/), the same items in English.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources } from '../../../directory.ts';
import { sheetItem, type SheetItem } from '../../../lib/shortlist/sheet.ts';
import { groupByShard } from '../../../lib/shards.ts';
import { renderLocale } from '../../../i18n/render-locale.ts';
import type { Locale } from '../../../i18n/types.ts';

/** The shards of every resource's sheet item, in a language (getStaticPaths runs outside the middleware's locale). */
export async function sheetShards(locale: Locale) {
  const resources = await allResources();
  const shards = renderLocale.run(locale, () => groupByShard(resources.map((entry) => ({ id: entry.id, value: sheetItem(entry.id, entry.data) }))));
  return [...shards].map(([shard, items]) => ({ params: { shard }, props: { items } }));
}

export const getStaticPaths = (() => sheetShards('it')) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: Record<string, SheetItem> }> = ({ props }) =>
  new Response(JSON.stringify(props.items), { headers: { 'content-type': 'application/json; charset=utf-8' } });
