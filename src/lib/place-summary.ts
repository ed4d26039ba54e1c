/** Where a resource is, in a few words: "Rho (MI)", "Torino (TO) e altri 2 luoghi", "Online". */
import type { Resource } from '../schema/resource.ts';

/** A short place label for lists and cards. */
export function placeSummary(resource: Pick<Resource, 'online_only' | 'locations'>): string {
  if (resource.online_only || resource.locations.length === 0) return 'Online';
  const [first, ...others] = resource.locations;
  const label = `${first.comune} (${first.province})`;
  if (others.length === 0) return label;
  return others.length === 1 ? `${label} e un altro luogo` : `${label} e altri ${others.length} luoghi`;
}
