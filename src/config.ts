/**
 * Site configuration: where the content repository lives, where corrections go, and where map
 * tiles come from. Change these for another deployment; nothing else in the code names them.
 * Each value can be overridden at build time with the environment variable in its comment.
 */
import { t } from './i18n/index.ts';

const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const siteConfig = {
  /** The GitHub repository that holds content/ (SEGNAVIA_REPOSITORY), "owner/name". */
  repository: env.SEGNAVIA_REPOSITORY ?? 'segnavia/segnavia',
  /** The branch that pull requests target (SEGNAVIA_BRANCH). */
  branch: env.SEGNAVIA_BRANCH ?? 'main',
  /** Where people without a GitHub account send corrections (SEGNAVIA_CORRECTIONS_EMAIL). */
  correctionsEmail: env.SEGNAVIA_CORRECTIONS_EMAIL ?? 'redazione@segnavia.example.org',
  /** Map tiles: any XYZ source; a self-hosted one needs only these three values (SEGNAVIA_TILE_URL, …). */
  tiles: {
    url: env.SEGNAVIA_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: env.SEGNAVIA_TILE_ATTRIBUTION ?? t('mapTileAttribution'),
    maxZoom: Number(env.SEGNAVIA_TILE_MAX_ZOOM ?? 19),
  },
};

/** The origin of the tile server, for the Content-Security-Policy's img-src. */
export function tileOrigin(url: string = siteConfig.tiles.url): string {
  return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
}

/**
 * The Content-Security-Policy directives: Astro writes them into every page's <meta> with the hashes
 * of its own scripts and styles (astro.config.mjs), and scripts/write-headers.ts sends what a header
 * can carry of them (src/lib/http-headers.ts). Nothing is loaded from other sites but the tiles.
 */
export function cspDirectives(): `${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`[] {
  return ["default-src 'self'", `img-src 'self' data: ${tileOrigin()}`, "object-src 'none'", "base-uri 'self'", "form-action 'self'"];
}

/** The licence of the published data (not of the code, which package.json states): CC BY 4.0, as AgID's guidelines recommend. */
export const dataLicence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
