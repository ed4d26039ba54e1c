/**
 * Entries as file text: YAML with keys in the order the schema declares them (so every file reads
 * the same and reviews show clean diffs), lists of words in brackets ([mar, gio]), lists of places
 * and sources one per item, and any text that YAML could read as something else (times, postcodes,
 * dates, phone numbers, "yes", "# …", "a: b") in double quotes. A resource is its front matter
 * between "---" lines, then the Markdown description.
 */
import type { z } from 'astro/zod';
import { organizationSchema } from '../../schema/organization.ts';
import { resourceSchema } from '../../schema/resource.ts';

type Schema = z.ZodType;
type Def = { type: string; innerType?: Schema; in?: Schema; out?: Schema; shape?: Record<string, Schema>; element?: Schema };

/** The schema inside optional, default, nullable and pipe (preprocess) wrappers. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let current = schema;
  while (current) {
    const def = current._zod.def as Def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.in?._zod.def.type === 'transform' ? def.out : def.in;
    else return current;
  }
  return current;
}

function defOf(schema: Schema | undefined): Def | undefined {
  return unwrap(schema)?._zod.def as Def | undefined;
}

/** YAML 1.1 and 1.2 words that a parser would read as a boolean or null. */
const RESERVED = /^(?:true|false|yes|no|y|n|on|off|null|~)$/i;

/** True when a string can be written without quotes and read back as the same string. */
function isPlain(value: string, inFlow: boolean): boolean {
  return (
    value !== '' &&
    value === value.trim() &&
    /^\p{L}/u.test(value) &&
    !RESERVED.test(value) &&
    !/[\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(value) &&
    !/: | #/.test(value) &&
    !value.endsWith(':') &&
    !(inFlow && /[,[\]{}:#]/.test(value))
  );
}

/** A YAML double-quoted string: backslash, quote and invisible characters escaped. */
function quote(value: string): string {
  const escaped = value.replace(/[\\"\p{Cc}\u0085\u2028\u2029\ufeff]/gu, (char) => {
    if (char === '\\' || char === '"') return `\\${char}`;
    if (char === '\n') return '\\n';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

function scalar(value: unknown, inFlow = false): string {
  if (typeof value === 'string') return isPlain(value, inFlow) ? value : quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Numero non valido: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  throw new Error(`Valore non scrivibile in YAML: ${String(value)}`);
}

/** A plain object (not a list, a date or anything else YAML would not write as a mapping). */
function isObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The keys of an object in the schema's order, then any the schema does not know. */
function orderedKeys(value: Record<string, unknown>, schema: Schema | undefined): string[] {
  const known = Object.keys(defOf(schema)?.shape ?? {});
  const keys = [...known.filter((key) => key in value), ...Object.keys(value).filter((key) => !known.includes(key))];
  return keys.filter((key) => value[key] !== undefined);
}

/** The lines of a mapping, indented by `indent` spaces. */
function mappingLines(value: Record<string, unknown>, schema: Schema | undefined, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const shape = defOf(schema)?.shape ?? {};
  return orderedKeys(value, schema).flatMap((key) => {
    const child = value[key];
    const childSchema = shape[key];
    const name = isPlain(key, false) ? key : quote(key);
    if (Array.isArray(child)) {
      if (child.length === 0) return [`${pad}${name}: []`];
      if (child.every((item) => !isObject(item) && !Array.isArray(item))) return [`${pad}${name}: [${child.map((item) => scalar(item, true)).join(', ')}]`];
      return [`${pad}${name}:`, ...sequenceLines(child, defOf(childSchema)?.element, indent + 2)];
    }
    if (isObject(child)) {
      const inner = mappingLines(child, childSchema, indent + 2);
      return inner.length ? [`${pad}${name}:`, ...inner] : [`${pad}${name}: {}`];
    }
    return [`${pad}${name}: ${scalar(child)}`];
  });
}

/** The lines of a block sequence: "- " then the item's first line, the rest aligned under it. */
function sequenceLines(items: unknown[], element: Schema | undefined, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return items.flatMap((item) => {
    if (isObject(item)) {
      const lines = mappingLines(item, element, indent + 2);
      if (lines.length === 0) return [`${pad}- {}`];
      return [`${pad}- ${lines[0].slice(indent + 2)}`, ...lines.slice(1)];
    }
    if (Array.isArray(item)) return [`${pad}- [${item.map((i) => scalar(i, true)).join(', ')}]`];
    return [`${pad}- ${scalar(item)}`];
  });
}

/** An object as YAML text, keys in the order of the given object schema. */
export function toYaml(value: Record<string, unknown>, schema: Schema): string {
  const lines = mappingLines(value, schema, 0);
  return lines.length ? `${lines.join('\n')}\n` : '{}\n';
}

/** The file an update starts from: its text as written, and its data as the site reads it. */
export interface SourceFile {
  text: string;
  data: Record<string, unknown>;
}

/** A file's front matter and what follows it, as gray-matter splits them; undefined when it has none. */
function splitFile(text: string): { yaml: string; rest: string } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', rest: text.slice(match[0].length) } : undefined;
}

/**
 * The top-level blocks of YAML text by key: each key's line and the lines under it (nested values,
 * comments, blank lines) up to the next key at the start of a line. Lines before the first key are
 * under "".
 */
export function yamlBlocks(yaml: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let key = '';
  for (const line of yaml.split(/(?<=\n)/)) {
    const name = /^([A-Za-z_][\w-]*):(?:[ \t]|\r?\n|$)/.exec(line)?.[1];
    if (name !== undefined) key = name;
    blocks.set(key, (blocks.get(key) ?? '') + line);
  }
  return blocks;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The text of a resource file: front matter, then the description. For an update, give the file it
 * starts from and the new entry as the schema reads it (`parsed`): every top-level field whose value
 * did not change keeps its lines exactly as written (quotes, number style, comments), and so does an
 * unchanged description; only what changed is written in the form's own style. An entry updated with
 * no change is the same file, byte for byte, and a pull request shows only what the person changed.
 */
export function resourceFileText(frontMatter: Record<string, unknown>, body: string, from?: { source: SourceFile; parsed: Record<string, unknown> }): string {
  const description = body.replace(/\r\n?/g, '\n').trim();
  const canonicalBody = description ? `\n${description}\n` : '';
  const split = from && splitFile(from.source.text);
  if (!from || !split) return `---\n${toYaml(frontMatter, resourceSchema)}---\n${canonicalBody}`;
  const { source, parsed } = from;
  const blocks = yamlBlocks(split.yaml);
  const kept = (key: string) => blocks.has(key) && key in source.data && same(parsed[key], source.data[key]);
  // Fields the file wrote although the form leaves them out (a default, e.g. online_only: false) stay when unchanged.
  const merged: Record<string, unknown> = { ...frontMatter };
  for (const key of blocks.keys()) if (key && merged[key] === undefined && kept(key)) merged[key] = source.data[key];
  const keys = orderedKeys(merged, resourceSchema);
  const unchanged = keys.length === blocks.size - (blocks.has('') ? 1 : 0) && keys.every(kept);
  const yaml = unchanged
    ? split.yaml
    : (blocks.get('') ?? '') + keys.map((key) => (kept(key) ? blocks.get(key) : `${mappingLines({ [key]: merged[key] }, resourceSchema, 0).join('\n')}\n`)).join('');
  const rest = split.rest.replace(/\r\n?/g, '\n').trim() === description ? split.rest : canonicalBody;
  return `---\n${yaml}---\n${rest}`;
}

/**
 * A text of several lines as a folded `>-` block, a blank line between its lines (which YAML reads
 * back as one line break each); undefined when a line is blank, has spaces around it or invisible
 * characters, which the block could not keep.
 */
function foldedLines(value: string): string[] | undefined {
  const lines = value.split('\n');
  if (lines.length < 2 || lines.some((line) => line === '' || line !== line.trim() || /[\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(line))) return undefined;
  return lines.flatMap((line, index) => (index ? ['', `  ${line}`] : [`  ${line}`]));
}

/**
 * The text of an organisation file. A description with an English part is written as CONTRIBUTING.md
 * shows it: a `>-` block with the Italian text, a blank line, "## English", a blank line, the English.
 */
export function organizationFileText(data: Record<string, unknown>): string {
  const yaml = toYaml(data, organizationSchema);
  const block = typeof data.description === 'string' ? foldedLines(data.description) : undefined;
  if (!block) return yaml;
  return yaml.replace(/^description: .*$/m, () => ['description: >-', ...block].join('\n'));
}
