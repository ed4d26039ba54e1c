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
