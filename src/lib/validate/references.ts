/** Checks that every resource's organisation exists in content/organizations. */
import { ID_PATTERN } from '../../schema/fields.ts';
import { editDistance } from '../comuni.ts';
import { lineOf } from './schema.ts';
import type { Entry, Problem } from './types.ts';

/** The known ids closest to a mistyped one. */
function closestIds(id: string, known: readonly string[]): string[] {
  return known
    .map((k) => ({ k, d: editDistance(id, k, 4) }))
    .filter((c) => c.d <= 4)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.k);
}

/** A resource pointing at an organisation file that does not exist is an error. */
export function missingOrganizationProblems(resources: readonly Entry[], organizationIds: ReadonlySet<string>): Problem[] {
  const known = [...organizationIds];
  return resources.flatMap((entry): Problem[] => {
    const id = entry.data.organization;
    // Malformed ids are the schema's to report; here only well-formed ids that lead nowhere.
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || organizationIds.has(id)) return [];
    const close = closestIds(id, known);
    const hint = close.length > 0 ? ` Forse intendevi ${close.map((c) => `«${c}»`).join(' o ')}?` : '';
    return [
      {
        file: entry.file,
        field: 'organization',
        line: lineOf(entry, ['organization']),
        severity: 'error',
        rule: 'organization',
        message: `L’organizzazione «${id}» non esiste: aggiungi il file content/organizations/${id}.yaml oppure scrivi l’identificativo di un’organizzazione esistente (il nome del suo file, senza .yaml).${hint}`,
      },
    ];
  });
}
