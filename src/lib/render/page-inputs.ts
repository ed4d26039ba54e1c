/**
 * What Astro hands over to scripts/write-pages.ts (src/pages/page-inputs.json.ts): the entries as the
 * collections give them (checked, defaults applied), the organisations, and the comuni that have a page.
 */
import type { Resource } from '../../schema/resource.ts';
import type { Organization } from '../../schema/organization.ts';
import type { EntryPageInput } from './entry-page.ts';
import type { ComunePageInput } from './comune-page.ts';

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
    const organization = inputs.organizations[entry.data.organization];
    return { ...entry, organization: organization && { id: entry.data.organization, data: organization } };
  });
}
