/**
 * The schema check: runs the same Zod schemas the site builds with and turns every issue into a
 * problem naming the field (dotted path) and, when it can be found, its line.
 */
import type { z } from 'astro/zod';
import { closestMatch } from '../closest.ts';
import { lineIndexOfPath } from './lines.ts';
import { italianFallback } from './messages.ts';
import type { Entry, Problem } from './types.ts';

export { italianFallback } from './messages.ts';

/** The sub-schema at a path, looking through optional, default and pipe wrappers; undefined if lost. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const def = current?._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def?.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

/** The schema inside optional/default/nullable/readonly/pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = (def.in?._zod.def.type === 'transform' ? def.out : def.in) ?? def.out;
    else return current;
  }
}

/** The message for a key the schema does not know, with the closest allowed key when there is one. */
export function unknownKeyMessage(key: string, allowed: string[]): string {
  const closest = closestMatch(key, allowed);
  const suggestion = closest ? ` Forse intendevi «${closest}»?` : '';
  const list = allowed.length > 0 ? ` Campi ammessi qui: ${allowed.join(', ')}.` : '';
  return `Campo sconosciuto «${key}»: controlla come è scritto oppure toglilo.${suggestion}${list}`;
}

/** The file line of a field in an entry (best effort). */
export function lineOf(entry: Entry, path: readonly PropertyKey[]): number | undefined {
  const index = lineIndexOfPath(entry.yaml, path);
  return index === undefined ? undefined : entry.yamlLine + index;
}

/** Dotted form of a path: ["locations", 0, "lat"] → "locations.0.lat". */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Every schema issue of an entry, as problems. */
export function schemaProblems(entry: Entry, schema: z.ZodType): Problem[] {
  const result = schema.safeParse(entry.data, { error: italianFallback });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const shape = schemaAt(schema, issue.path)?._zod.def as { shape?: Record<string, unknown> } | undefined;
      const allowed = Object.keys(shape?.shape ?? {});
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { file: entry.file, field: dotted(path), line: lineOf(entry, path), severity: 'error', rule: 'schema', message: unknownKeyMessage(key, allowed) };
      });
    }
    return [{ file: entry.file, field: dotted(issue.path) || undefined, line: lineOf(entry, issue.path), severity: 'error', rule: 'schema', message: issue.message }];
  });
}
