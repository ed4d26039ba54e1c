// One iCalendar file per active entry with timed sessions (src/lib/exports/ical.ts); the entry page links to it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allResources, type ResourceEntry } from '../../../directory.ts';
import { entryCalendar, hasCalendar } from '../../../lib/exports/ical.ts';

export const getStaticPaths = (async () =>
  (await allResources()).filter((entry) => hasCalendar(entry.data)).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResourceEntry }> = ({ props, site }) => new Response(entryCalendar(props.entry, site!));
