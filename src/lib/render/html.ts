/**
 * HTML as strings, escaped the way Astro escapes expressions, for pages written outside Astro's
 * per-page machinery (scripts/write-pages.ts) and for the Astro templates that share their markup.
 *
 *   html`<a href="${href}">${name}</a>`   escapes href and name (quote every attribute)
 *   html`<div>${raw(safeMarkup)}</div>`  inserts markup already made safe (our Markdown renderer's output)
 *
 * Arrays are joined; null, undefined and false leave nothing. Attributes whose value may be absent
 * are written with attr(name, value), which leaves nothing for undefined or false.
 */

/** Markup that is already safe: inserted as it is. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** A double-quoted attribute's value escaped as Astro escapes it ("&" and '"' only), so that a filled template matches Astro's page byte for byte. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Trusted markup, inserted unescaped: only for our own renderers' output. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function part(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(String(value));
}

/** A template whose expressions are escaped (see the module's comment). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let index = 0; index < values.length; index++) out += part(values[index]) + strings[index + 1];
  return new SafeHtml(out);
}

/** ` name="value"`, or nothing when the value is undefined, null or false; `true` writes the bare name. */
export function attr(name: string, value: string | number | boolean | undefined | null): SafeHtml {
  if (value === undefined || value === null || value === false) return new SafeHtml('');
  if (value === true) return new SafeHtml(` ${name}`);
  return new SafeHtml(` ${name}="${escapeHtml(String(value))}"`);
}
