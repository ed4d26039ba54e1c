/**
 * `<link rel="modulepreload">` for a page's scripts and every module they import statically.
 * Vite splits each page script into chunks shared between pages, and a browser only learns of a
 * chunk once the module that imports it has arrived: the search page's script reached Pagefind
 * after three such waves, one round trip each on a phone network. Listed in the head, they are all
 * asked for at once. Dynamic import() is left out: it loads what a page may not need.
 */
import { init, parse } from 'es-module-lexer';
import { posix } from 'node:path';

/** es-module-lexer compiles its WebAssembly once; call before the functions below. */
export const modulePreloadsReady: Promise<void> = init;

/** The site paths a module imports statically (`import … from "./x.js"`), resolved against its own path. */
export function staticImportPaths(code: string, from: string): string[] {
  const [imports] = parse(code);
  return imports
    .filter((entry) => entry.d === -1 && entry.n !== undefined && /^\.{1,2}\//.test(entry.n))
    .map((entry) => posix.normalize(posix.join(posix.dirname(from), entry.n!)));
}

/**
 * The scripts themselves, then every module they import statically, directly or not, each once in
 * the order first met. `read` gives a module's code by its site path (undefined: not ours, skipped).
 */
export function staticClosure(scripts: readonly string[], read: (path: string) => string | undefined): string[] {
  const found = new Set<string>(scripts);
  const visit = (path: string) => {
    const code = read(path);
    if (code === undefined) return;
    for (const imported of staticImportPaths(code, path)) {
      if (found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  for (const script of scripts) visit(script);
  return [...found];
}

const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\/[^"]+)"[^>]*>/g;
const PRELOADED = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/** The site paths of a page's module scripts (`<script type="module" src="/…">`), in page order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]);
}

/**
 * The page with a modulepreload link for each of `paths` it does not already preload; unchanged
 * when there is none to add. They go before the page's own preloads (modules its script import()s
 * once it runs, needed after these) and its first stylesheet (so that the scripts are asked for as
 * early as the styles), or else at the end of its head; always after `<meta charset>`, which must
 * stay in the first 1,024 bytes.
 */
export function withModulePreloads(html: string, paths: readonly string[]): string {
  const already = new Set([...html.matchAll(PRELOADED)].map((match) => match[1]));
  const links = paths.filter((path) => !already.has(path)).map((path) => `<link rel="modulepreload" href="${path}">`);
  if (!links.length) return html;
  const at = html.search(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"|<\/head>/);
  return at === -1 ? html : html.slice(0, at) + links.join('') + html.slice(at);
}
