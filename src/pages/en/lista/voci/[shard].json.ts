/**
 * /en/lista/voci/<shard>.json: the sheet items of the English list page, in English (names and summaries
 * where the entry has name_en/summary_en, marked Italian otherwise). See src/pages/lista/voci/[shard].json.ts.
 */
import type { GetStaticPaths } from 'astro';
import { sheetShards } from '../../../lista/voci/[shard].json.ts';

export { GET } from '../../../lista/voci/[shard].json.ts';

export const getStaticPaths = (() => sheetShards('en')) satisfies GetStaticPaths;
