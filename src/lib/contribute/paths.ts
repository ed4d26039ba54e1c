/**
 * Where a contributed entry goes: its id (the file name) suggested from its name and comune, and its
 * folder, the slug of the region of its first place (or online/ when it happens only online).
 */
import { ID_PATTERN } from '../../schema/fields.ts';
import { slugify } from '../slug.ts';
import { currentLocale, pathInLocale } from '../../i18n/locale.ts';

export { ONLINE_FOLDER, regionFolder, type Placed } from '../places.ts';

/** Ids longer than this are cut at a hyphen: a file name should stay readable. */
export const MAX_ID_LENGTH = 70;

/** The slug cut to a maximum length at a hyphen. */
function shorten(slug: string, max = MAX_ID_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** "Gruppo di cammino" in Rho → "gruppo-di-cammino-rho"; a comune already in the name is not repeated. */
export function suggestId(name: string, comune?: string): string {
  const base = slugify(name);
  const place = comune ? slugify(comune) : '';
  const withPlace = place && !`-${base}-`.includes(`-${place}-`) ? `${base}-${place}` : base;
  return shorten(withPlace);
}

/** True when the text can be an id (a file name). */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** "content/resources/lombardia/gruppo-di-cammino-rho.md". */
export function resourcePath(folder: string, id: string): string {
  return `content/resources/${folder}/${id}.md`;
}

/** "content/organizations/auser-milano.yaml". */
export function organizationPath(id: string): string {
  return `content/organizations/${id}.yaml`;
}

/**
 * The repository path of a built entry from the path Astro records for it (relative to the project,
 * under whatever content folder was built): ".../resources/lombardia/x.md" → "content/resources/lombardia/x.md".
 */
export function repositoryPath(filePath: string): string {
  const normalised = filePath.split('\\').join('/');
  const match = /(?:^|\/)(resources|organizations)\/(.+)$/.exec(normalised);
  return match ? `content/${match[1]}/${match[2]}` : normalised;
}

/** The contribution page, empty or starting from an existing entry ("/contribuisci/?da=<id>"). */
export function contributeUrl(id?: string): string {
  const page = pathInLocale('/contribuisci/', currentLocale());
  return id ? `${page}?da=${encodeURIComponent(id)}` : page;
}
