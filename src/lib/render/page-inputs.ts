/**
 * What Astro hands over to scripts/write-pages.ts (src/pages/page-inputs.json.ts): the entries as the
 * collections give them (checked, defaults applied), the organisations, and the comuni that have a page;
 * and the paths of the pages written from them, for the writer and the sitemap (src/integrations/publish.ts).
 * Light on purpose: the sitemap's integration loads it with astro.config.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Organization } from '../../schema/organization.ts';
import type { EntryPageInput } from './entry-page.ts';
import type { ComunePageInput } from './comune-page.ts';
import type { TEMPLATE_PATHS } from './page-template.ts';

export const HANDOVER_FILE = 'page-inputs.json';

export interface PageInputs {
  site?: string;
  /** Every entry, closed ones included, in name order. */
  entries: { id: string; data: Resource; body?: string; filePath?: string; placeHref?: string }[];
  /** Organisations by id. */
  organizations: Record<string, Organization>;
  /** Every comune with a listed entry, with the ids of its listed entries in name order. */
  comuni: ComunePageInput[];
}

/** The inputs of the entry pages, in the handover's order (name order). */
export function entryPageInputs(inputs: PageInputs): EntryPageInput[] {
  return inputs.entries.map((entry) => {
    // Own keys only: an organisation id such as "constructor" must not find Object's.
    const organization = Object.hasOwn(inputs.organizations, entry.data.organization) ? inputs.organizations[entry.data.organization] : undefined;
    return { ...entry, organization: organization && { id: entry.data.organization, data: organization } };
  });
}

/** A kind of page written after Astro: entry, organisation or comune. */
export type PageKind = keyof typeof TEMPLATE_PATHS;

/** A comune page's path in Italian. */
export function comunePath({ region, province, comune }: ComunePageInput): string {
  return `/luoghi/${region.slug}/${province.slug}/${comune.slug}/`;
}

/**
 * The Italian paths of the pages written after Astro, by kind, in the hand-over's order: entries as
 * `inputs.entries`, organisations as the keys of `inputs.organizations`, comuni as `inputs.comuni`.
 */
export function pagePaths(inputs: PageInputs): Record<PageKind, string[]> {
  return {
    entry: inputs.entries.map((entry) => `/risorse/${entry.id}/`),
    organization: Object.keys(inputs.organizations).map((id) => `/organizzazioni/${id}/`),
    comune: inputs.comuni.map(comunePath),
  };
}
