/** The organisation a person means by the name they typed (or picked from the suggestions). */
import { nameKey } from '../comuni.ts';

/**
 * The id of the organisation with exactly this name (ignoring case, accents and spaces), or whose id
 * this is; undefined when none matches.
 */
export function organizationByName(organizations: readonly (readonly [id: string, name: string])[], typed: string): string | undefined {
  const key = nameKey(typed);
  if (!key) return undefined;
  return (organizations.find(([, name]) => nameKey(name) === key) ?? organizations.find(([id]) => id === typed.trim()))?.[0];
}
