/** What an update changes, field by field: "contacts.phone: «02 111» → «02 222»". */

/** One changed field, by its dotted path; undefined when the field is added or removed. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

/** A Date as YAML reads "2026-11-24", back to that text; objects and lists with their dates converted too. */
export function withoutDates(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(withoutDates);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutDates(item)]));
  return value;
}

/** Every leaf of an object by dotted path; lists of plain values as one "[a, b]" leaf. */
export function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    into.set(prefix, `[${value.map(String).join(', ')}]`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, prefix ? `${prefix}.${index}` : String(index), into));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (item !== undefined) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, String(value));
  }
  return into;
}

/** The fields that differ between two objects, in the order of the new one, then the removed ones. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const changes: FieldChange[] = [];
  for (const [field, value] of next) if (old.get(field) !== value) changes.push({ field, before: old.get(field), after: value });
  for (const [field, value] of old) if (!next.has(field)) changes.push({ field, before: value });
  return changes;
}

/** "contacts.phone: «02 111» → «02 222»", "(nuovo)" or "(tolto)". */
export function formatChange(change: FieldChange): string {
  const side = (value: string | undefined) => (value === undefined ? '(vuoto)' : `«${value.length > 80 ? `${value.slice(0, 77)}…` : value}»`);
  return `${change.field}: ${side(change.before)} → ${side(change.after)}`;
}
