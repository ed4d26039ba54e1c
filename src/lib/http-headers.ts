/**
 * The `_headers` file (Netlify and Cloudflare Pages format) that a host sends with every file, made
 * at build time from the site's configuration (scripts/write-headers.ts) so that the tile host in the
 * Content-Security-Policy is never written by hand.
 *
 * The CSP header and Astro's <meta> policy are both enforced (a browser applies every policy it
 * gets), so the header only adds what a <meta> cannot say or what holds for every file:
 * `frame-ancestors 'none'`, `object-src`, `base-uri`, `form-action`, and the fetch directives that
 * `default-src 'self'` stands for. It leaves script-src and style-src out (and so default-src, which
 * they would fall back to): those are the meta tag's, with the hashes of Astro's inline scripts and
 * styles, which differ from page to page; a header without them would block those scripts.
 *
 * Caching rules never overlap: where two rules match, Cloudflare Pages joins their values with a
 * comma and Netlify keeps the later one, so a shared "/*" Cache-Control would give hashed assets
 * "max-age=0, …, immutable" on one host. Hence one rule per top-level folder and file of the output.
 */

/** The fetch directives that default-src covers, but for scripts and styles (see above). */
const DEFAULT_SRC_EXPANSION = ['connect-src', 'font-src', 'img-src', 'media-src', 'manifest-src', 'worker-src', 'frame-src', 'object-src'];

/** The CSP for the HTTP header, from the directives given to Astro (astro.config `security.csp`). */
export function headerCsp(directives: readonly string[]): string {
  const byName = new Map<string, string>();
  for (const directive of directives) {
    const [name, ...values] = directive.trim().split(/\s+/);
    byName.set(name, values.join(' '));
  }
  const fallback = byName.get('default-src');
  const out = new Map<string, string>();
  for (const [name, values] of byName) {
    if (name === 'default-src' || name.startsWith('script-src') || name.startsWith('style-src')) continue;
    out.set(name, values);
  }
  if (fallback !== undefined) for (const name of DEFAULT_SRC_EXPANSION) if (!out.has(name)) out.set(name, fallback);
  out.set('object-src', "'none'");
  out.set('base-uri', "'self'");
  if (!out.has('form-action')) out.set('form-action', "'self'");
  out.set('frame-ancestors', "'none'");
  return [...out].map(([name, values]) => `${name} ${values}`).join('; ');
}

/** Hashed build assets: their names change with their content, so they can be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other unhashed files: a browser may keep them but asks again each time (a 304 is cheap), so a publication is seen at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** The open-data files: five minutes. */
export const DATA = 'public, max-age=300, must-revalidate';

/** The folder of hashed assets and the folder of open data. */
export const ASSETS_FOLDER = '_astro';
export const DATA_FOLDER = 'dati';

export interface OutputTop {
  /** The top-level folders of the output ("_astro", "risorse", "dati", …). */
  folders: string[];
  /** The top-level files ("index.html", "favicon.svg", …). */
  files: string[];
}

/** The whole _headers file. */
export function headersFile(cspDirectives: readonly string[], top: OutputTop): string {
  const blocks: [string, string[]][] = [
    [
      '/*',
      [
        `Content-Security-Policy: ${headerCsp(cspDirectives)}`,
        'Strict-Transport-Security: max-age=63072000; includeSubDomains',
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        'Permissions-Policy: geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
        'X-Frame-Options: DENY',
      ],
    ],
  ];
  for (const folder of [...top.folders].sort()) {
    if (folder === ASSETS_FOLDER) blocks.push([`/${folder}/*`, [`Cache-Control: ${IMMUTABLE}`]]);
    else if (folder === DATA_FOLDER) blocks.push([`/${folder}/*`, ['Access-Control-Allow-Origin: *', `Cache-Control: ${DATA}`]]);
    else blocks.push([`/${folder}/*`, [`Cache-Control: ${REVALIDATE}`]]);
  }
  for (const file of [...top.files].sort()) {
    if (file.startsWith('_')) continue; // _headers, _redirects: read by the host, never served
    blocks.push([file === 'index.html' ? '/' : `/${file}`, [`Cache-Control: ${REVALIDATE}`]]);
  }
  const head = '# Made by scripts/write-headers.ts at build time (see src/lib/http-headers.ts): edit those, not this file.\n';
  return head + blocks.map(([path, lines]) => `${path}\n${lines.map((line) => `  ${line}`).join('\n')}`).join('\n') + '\n';
}
