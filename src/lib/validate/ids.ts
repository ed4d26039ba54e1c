/** Checks on ids across files: valid file names, duplicate ids and likely duplicate resources. */
import { ID_PATTERN } from '../../schema/fields.ts';
import { slugify } from '../slug.ts';
import { nameKey } from '../comuni.ts';
import type { Entry, Problem } from './types.ts';

/** Groups items by a key, skipping undefined keys. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** File names must be valid ids: lowercase letters, digits and hyphens. */
export function invalidIdProblems(entries: readonly Entry[]): Problem[] {
  return entries
    .filter((entry) => !ID_PATTERN.test(entry.id))
    .map((entry) => ({
      file: entry.file,
      severity: 'error',
      rule: 'id',
      message: `Nome del file non valido: il nome del file è l’identificativo della scheda e può avere solo lettere minuscole senza accenti, numeri e trattini. Rinominalo, per esempio in «${slugify(entry.id) || 'nome-della-scheda'}${entry.kind === 'resource' ? '.md' : '.yaml'}».`,
    }));
}

/** Two files of one collection with the same name (in different folders) would be one page: an error on each. */
export function duplicateIdProblems(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const group of groupBy(entries, (e) => `${e.kind}|${e.id}`).values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.file);
      problems.push({
        file: entry.file,
        severity: 'error',
        rule: 'duplicate-id',
        message: `L’identificativo «${entry.id}» è usato anche da ${others.join(', ')}: ogni scheda deve avere un nome di file diverso. Se è la stessa attività, tieni una sola scheda; altrimenti rinomina uno dei file con un nome più preciso.`,
      });
    }
  }
  return problems;
}

/** The resource's name as a comparison key, if it has one. */
function nameOf(entry: Entry): string | undefined {
  return typeof entry.data.name === 'string' && entry.data.name.trim() ? nameKey(entry.data.name) : undefined;
}

/** The "comune|province" keys of a resource's places. */
function placesOf(entry: Entry): string[] {
  const locations = Array.isArray(entry.data.locations) ? (entry.data.locations as Record<string, unknown>[]) : [];
  return locations.flatMap((l) => (l && typeof l.comune === 'string' && typeof l.province === 'string' ? [`${nameKey(l.comune)}|${l.province}`] : []));
}

/** "a.md, b.md e altre 3 schede": a few names, so that a large group stays one short message. */
function someFiles(others: readonly Entry[], total: number): string {
  const shown = others.map((o) => o.file).join(', ');
  return total > others.length ? `${shown} e altre ${total - others.length} schede` : shown;
}

/**
 * Resources that are probably the same activity entered twice: the same name (ignoring case, accents and
 * punctuation) and either the same organisation or a place in the same comune. One warning per file,
 * naming up to three of the others, so that the check stays linear even for large groups.
 */
export function likelyDuplicateProblems(resources: readonly Entry[]): Problem[] {
  const flagged = new Map<Entry, Problem>();
  const note = (group: Entry[], reason: string) => {
    const sameId = new Map<string, number>();
    for (const entry of group) sameId.set(entry.id, (sameId.get(entry.id) ?? 0) + 1);
    for (const entry of group) {
      // Files sharing an id are already an error of their own (duplicate-id).
      const total = group.length - (sameId.get(entry.id) ?? 0);
      if (total === 0 || flagged.has(entry)) continue;
      const others: Entry[] = [];
      for (const other of group) if (other.id !== entry.id && others.push(other) === 3) break;
      flagged.set(entry, {
        file: entry.file,
        field: 'name',
        severity: 'warning',
        rule: 'likely-duplicate',
        message: `Sembra un doppione di ${someFiles(others, total)} (${reason}). Se è la stessa attività, tieni una sola scheda; se sono diverse, rendi il nome più preciso (es. aggiungi il quartiere o il giorno).`,
      });
    }
  };
  const byOrganization = groupBy(resources, (e) => (nameOf(e) && typeof e.data.organization === 'string' ? `${nameOf(e)}|${e.data.organization}` : undefined));
  for (const group of byOrganization.values()) if (group.length > 1) note(group, 'stesso nome e stessa organizzazione');
  const byPlace = resources.flatMap((entry) => [...new Set(placesOf(entry))].map((place) => ({ entry, place })));
  for (const group of groupBy(byPlace, (p) => (nameOf(p.entry) ? `${nameOf(p.entry)}|${p.place}` : undefined)).values()) {
    if (group.length > 1) note(group.map((p) => p.entry), 'stesso nome nello stesso comune');
  }
  return [...flagged.values()];
}
