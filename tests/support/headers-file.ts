/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do, for the tests: blocks of a URL pattern
 * followed by indented "Name: value" lines, "#" comments; "*" matches anything (slashes included),
 * ":name" one path segment. Every matching rule applies; where two give the same header, Cloudflare
 * joins their values with ", " — as serveWithHeaders does, so an overlap shows in the test.
 */

export interface HeaderRule {
  pattern: string;
  regex: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const rule = rules.at(-1);
      if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
      const colon = line.indexOf(':');
      if (colon === -1) throw new Error(`_headers: not "Name: value": ${line}`);
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      const pattern = line.trim();
      const source = pattern
        .split(/(\*|:[A-Za-z]+)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern, regex: new RegExp(`^${source}$`), headers: [] });
    }
  }
  return rules;
}

/** The rules that apply to a URL path, in file order. */
export function matchingRules(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => rule.regex.test(path));
}

/** The response headers for a path: every matching rule's, values of a repeated name joined with ", ". */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, path)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}
