/** What Astro hands over to scripts/write-entry-pages.ts (src/pages/entry-pages.json.ts), and how it is read back into page inputs. */
import type { Resource } from '../../schema/resource.ts';
import type { Organization } from '../../schema/organization.ts';
import type { EntryPageInput } from './entry-page.ts';

export const HANDOVER_FILE = 'entry-pages.json';

export interface EntryPagesHandover {
  site?: string;
  entries: { id: string; data: Resource; body?: string; filePath?: string; placeHref?: string }[];
  /** Organisations by id. */
  organizations: Record<string, Organization>;
}

/** The inputs of the entry pages, in the handover's order (name order). */
export function entryPageInputs(handover: EntryPagesHandover): EntryPageInput[] {
  return handover.entries.map((entry) => {
    const organization = handover.organizations[entry.data.organization];
    return { ...entry, organization: organization && { id: entry.data.organization, data: organization } };
  });
}
