/**
 * A page built once by Astro with placeholders, filled in for many pages outside Astro
 * (scripts/write-pages.ts). Astro renders the layout, its scripts, styles and Content-Security-Policy
 * exactly as for any page; only what differs between entries is left as a slot:
 *
 *   - the page's own path (canonical address, hreflang alternates, language switch), as the template's path;
 *   - the title (text) and the description (the meta tag's attribute value);
 *   - the schema.org data (the JSON-LD script's content);
 *   - the body of <main>: breadcrumbs and article (markup).
 */
import { jsonLdScript } from '../json-ld.ts';
import { escapeAttribute, escapeHtml, type SafeHtml } from './html.ts';
import type { Crumb } from './breadcrumbs-html.ts';

/** What a page written this way is made of: what the layout (Base.astro) places around the article. */
export interface PageParts {
  title: string;
  description: string;
  jsonLd?: Record<string, unknown>;
  breadcrumbs: Crumb[];
  article: SafeHtml;
}

/** How a build asks for template pages (entries, organisations and comuni): `npm run build` sets SEGNAVIA_PAGES=after-astro (scripts/build.sh). */
export function pagesAfterAstro(env: Record<string, string | undefined> = process.env): boolean {
  return env.SEGNAVIA_PAGES === 'after-astro';
}

/**
 * The templates' route parameter. No entry, organisation or comune can have it: ids must match ID_PATTERN
 * (src/schema/fields.ts) and place slugs come from slugify(), neither of which allows "_". (A page sharing
 * the template's folder would be deleted with it.)
 */
export const TEMPLATE_ID = '_modello';

/** The templates' paths (Italian), one per kind of page written after Astro. */
export const TEMPLATE_PATHS = {
  entry: `/risorse/${TEMPLATE_ID}/`,
  organization: `/organizzazioni/${TEMPLATE_ID}/`,
  comune: `/luoghi/${TEMPLATE_ID}/${TEMPLATE_ID}/${TEMPLATE_ID}/`,
} as const;

export const SLOTS = {
  title: '%%segnavia:title%%',
  description: '%%segnavia:description%%',
  jsonLd: { '@segnavia': 'json-ld' } as Record<string, unknown>,
  body: '<!--segnavia:body-->',
} as const;

type Slot = 'path' | 'title' | 'description' | 'jsonLd' | 'body';

export interface PageValues {
  /** The page's Italian path, e.g. "/risorse/coro-x/" (the template's is "/risorse/<TEMPLATE_ID>/"), or on an English page the same with /en/. */
  path: string;
  title: string;
  description: string;
  jsonLd?: Record<string, unknown>;
  /** Markup: breadcrumbs and article. */
  body: string;
}

/** A template split at its slots: literal text, slot, literal text, … */
export interface PageTemplate {
  literals: string[];
  slots: Slot[];
}

/** Splits a built template page at its slots; `templatePath` is the template's own path without language ("/risorse/<TEMPLATE_ID>/"). */
export function parseTemplate(page: string, templatePath: string): PageTemplate {
  const markers: [string, Slot][] = [
    [templatePath, 'path'],
    [SLOTS.title, 'title'],
    [SLOTS.description, 'description'],
    [jsonLdScript(SLOTS.jsonLd), 'jsonLd'],
    [SLOTS.body, 'body'],
  ];
  const literals: string[] = [];
  const slots: Slot[] = [];
  let rest = page;
  for (;;) {
    let first: { at: number; marker: string; slot: Slot } | undefined;
    for (const [marker, slot] of markers) {
      const at = rest.indexOf(marker);
      if (at >= 0 && (!first || at < first.at)) first = { at, marker, slot };
    }
    if (!first) break;
    literals.push(rest.slice(0, first.at));
    slots.push(first.slot);
    rest = rest.slice(first.at + first.marker.length);
  }
  literals.push(rest);
  for (const slot of ['path', 'title', 'body'] as const) {
    if (!slots.includes(slot)) throw new Error(`Il modello di pagina non contiene lo spazio "${slot}": è stato costruito con SEGNAVIA_PAGES=after-astro?`);
  }
  return { literals, slots };
}

/** The page for one entry. */
export function fillTemplate(template: PageTemplate, values: PageValues): string {
  const text: Record<Slot, string> = {
    path: values.path,
    title: escapeHtml(values.title),
    description: escapeAttribute(values.description),
    jsonLd: values.jsonLd ? jsonLdScript(values.jsonLd) : '',
    body: values.body,
  };
  let out = template.literals[0];
  for (let index = 0; index < template.slots.length; index++) out += text[template.slots[index]] + template.literals[index + 1];
  return out;
}
