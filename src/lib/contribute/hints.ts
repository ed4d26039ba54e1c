/**
 * The hint under each form field is the field's own `.describe()` text in the schema: what a field
 * means is written once, for the JSON Schema, the editors and the form alike — except where that text
 * speaks of the file rather than of the question (FORM_HINTS in plain.ts).
 */
import type { z } from 'astro/zod';
import { organizationSchema } from '../../schema/organization.ts';
import { resourceSchema } from '../../schema/resource.ts';
import { FORM_HINTS } from './plain.ts';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };

/** The description of a schema or of the first wrapper around it that has one. */
function descriptionOf(schema: z.ZodType | undefined): string | undefined {
  let current = schema;
  while (current) {
    if (current.description) return current.description;
    const def = current._zod.def as Def;
    current = def.innerType ?? (def.type === 'pipe' ? (def.in?._zod.def.type === 'transform' ? def.out : def.in) : undefined);
  }
  return undefined;
}

/** The schema inside wrappers, to look at its shape or element. */
function inner(schema: z.ZodType | undefined): Def | undefined {
  let current = schema;
  while (current) {
    const def = current._zod.def as Def;
    if (def.type === 'object' || def.type === 'array') return def;
    current = def.innerType ?? (def.type === 'pipe' ? (def.in?._zod.def.type === 'transform' ? def.out : def.in) : undefined);
  }
  return undefined;
}

/** The description at a dotted path ("locations.0.lat" or "locations.lat"), if the schema has one. */
export function describedAt(schema: z.ZodType, key: string): string | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of key.split('.')) {
    const def = inner(current);
    if (def?.type === 'array') current = /^\d+$/.test(segment) ? def.element : inner(def.element)?.shape?.[segment];
    else current = def?.shape?.[segment];
    if (!current) return undefined;
  }
  return descriptionOf(current);
}

/** The hint of a resource field. */
export function resourceHint(key: string): string | undefined {
  return FORM_HINTS[key] ?? describedAt(resourceSchema, key);
}

/** The hint of an organisation field. */
export function organizationHint(key: string): string | undefined {
  return FORM_HINTS[`org.${key}`] ?? describedAt(organizationSchema, key);
}
