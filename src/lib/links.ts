/** Links built from entry data: directions, phone and safe external URLs. */
import { compactPhone, isHttpUrl } from '../schema/fields.ts';

/** The rel of every link whose address comes from an entry: not endorsed, user-supplied, no opener. */
export const ENTRY_LINK_REL = 'nofollow ugc noopener';

/** OpenStreetMap directions to a point (the person chooses where from). */
export function directionsUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(5)}%2C${lon.toFixed(5)}#map=16/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

/** A tel: link that phones dial correctly: "02 1234567" → "tel:+39021234567". */
export function telUrl(phone: string): string {
  const digits = compactPhone(phone);
  return `tel:${digits.startsWith('+') ? digits : `+39${digits}`}`;
}

/** The URL if it is http(s), otherwise undefined: a last guard for anything rendered as a link. */
export function safeHref(url: string | undefined): string | undefined {
  return url && isHttpUrl(url) ? url : undefined;
}

/** A website shown without its scheme and trailing slash: "https://www.auser.it/" → "www.auser.it". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * THE rule for links written by contributors (the Markdown description): only these schemes. The
 * validator (src/lib/validate/body.ts) refuses everything else, and the renderer (src/lib/markdown.ts)
 * turns anything else into plain text, so the two always agree (tests/unit/links.test.ts).
 */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * The scheme of a link destination as a browser would read it, once entities, an encoded colon and
 * invisible characters are undone ("java&#58;script:", "java\tscript:" too); undefined when it has none.
 */
export function linkScheme(destination: string): string | undefined {
  const decoded = destination
    .replace(/&colon;/gi, ':')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/%3a/gi, ':')
    .replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(decoded)?.[1].toLowerCase();
}

/**
 * Whether a contributor's link may become a link: its scheme is http, https, mailto or tel. Relative
 * ("/cerca/", "pagina") and protocol-relative ("//example.org") destinations are refused too: an
 * entry's links are also printed and sent in messages, where an address without its scheme means nothing.
 */
export function isAllowedLink(destination: string): boolean {
  const scheme = linkScheme(destination);
  return scheme !== undefined && (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme);
}
