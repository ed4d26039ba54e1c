/**
 * Best-effort line numbers for fields, found in the YAML text by indentation, so that CI annotations
 * point at the right line. It never fails: when a key cannot be found, the nearest parent's line is used.
 */

interface YamlLine {
  index: number;
  indent: number;
  /** Column of the key, after any "- " sequence markers. */
  keyColumn: number;
  key?: string;
  /** True when the line starts a sequence item ("- …"). */
  item: boolean;
}

const KEY_LINE = /^(\s*)((?:-\s+)*)(?:"([^"]*)"|'([^']*)'|([^\s#:'"][^:#]*?))\s*:(?:\s|$)/;
const ITEM_LINE = /^(\s*)-(?:\s|$)/;

/** The meaningful lines of a YAML text: no blanks, no comments. */
function scan(yaml: string): YamlLine[] {
  const result: YamlLine[] = [];
  yaml.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim() || text.trim().startsWith('#')) return;
    const indent = text.length - text.trimStart().length;
    const key = KEY_LINE.exec(text);
    const item = ITEM_LINE.test(text);
    if (key) result.push({ index, indent, keyColumn: key[1].length + key[2].length, key: key[3] ?? key[4] ?? key[5], item });
    else result.push({ index, indent, keyColumn: indent + (item ? 2 : 0), item });
  });
  return result;
}

/** The lines that belong to the value of the key on line `at` (a mapping, or a sequence at any indent ≥ the key's). */
function blockAfter(lines: YamlLine[], at: number, keyColumn: number): YamlLine[] {
  const block: YamlLine[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.indent < keyColumn || (line.indent === keyColumn && !line.item)) break;
    block.push(line);
  }
  return block;
}

/** The 0-based line index of a dotted path in the YAML text, or of its nearest parent, or undefined. */
export function lineIndexOfPath(yaml: string, path: readonly PropertyKey[]): number | undefined {
  let range = scan(yaml);
  let found: number | undefined;
  for (const segment of path) {
    if (range.length === 0) break;
    if (typeof segment === 'number') {
      const column = Math.min(...range.filter((l) => l.item).map((l) => l.indent));
      const items = range.filter((l) => l.item && l.indent === column);
      const item = items[segment];
      if (!item) break;
      found = item.index;
      const next = items[segment + 1];
      range = range.filter((l) => l.index >= item.index && (!next || l.index < next.index));
      // The item's own line may hold its first key ("- comune: Rho"): keep it, marked as a key line.
      range = range.map((l) => (l.index === item.index ? { ...l, item: false } : l));
      continue;
    }
    const column = range[0].keyColumn;
    const position = range.findIndex((l) => l.key === String(segment) && l.keyColumn === column);
    if (position < 0) break;
    found = range[position].index;
    range = blockAfter(range, position, range[position].keyColumn);
  }
  return found;
}
