/**
 * The last step of `npm run build`: writes <output>/_headers for Netlify and Cloudflare Pages from the
 * site's configuration (src/lib/http-headers.ts), once the search index has added its folders.
 * It also gives each other language its own "not found" page for unknown addresses under its prefix
 * (/en/…): <lang>/404.html, a copy of <lang>/404/index.html, which Cloudflare Pages serves by itself (the
 * closest 404.html up the tree), and a `_redirects` rule `/en/* /en/404.html 404` for Netlify (a rule
 * that is not forced applies only where no file matches). GitHub Pages serves the root 404.html only.
 *   node scripts/write-headers.ts [output folder, default SEGNAVIA_OUT_DIR or dist]
 */
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cspDirectives } from '../src/config.ts';
import { headersFile } from '../src/lib/http-headers.ts';
import { defaultLocale, locales } from '../src/i18n/languages.ts';

const out = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
const notFound = locales.filter((code) => code !== defaultLocale && existsSync(join(out, code, '404', 'index.html')));
for (const code of notFound) copyFileSync(join(out, code, '404', 'index.html'), join(out, code, '404.html'));
if (notFound.length) writeFileSync(join(out, '_redirects'), notFound.map((code) => `/${code}/* /${code}/404.html 404\n`).join(''));
const entries = readdirSync(out, { withFileTypes: true });
const top = { folders: entries.filter((e) => e.isDirectory()).map((e) => e.name), files: entries.filter((e) => e.isFile()).map((e) => e.name) };
writeFileSync(join(out, '_headers'), headersFile(cspDirectives(), top));
