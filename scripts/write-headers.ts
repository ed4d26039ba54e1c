/**
 * The last step of `npm run build`: writes <output>/_headers for Netlify and Cloudflare Pages from the
 * site's configuration (src/lib/http-headers.ts), once the search index has added its folders.
 *   node scripts/write-headers.ts [output folder, default SEGNAVIA_OUT_DIR or dist]
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cspDirectives } from '../src/config.ts';
import { headersFile } from '../src/lib/http-headers.ts';

const out = resolve(process.argv[2] ?? process.env.SEGNAVIA_OUT_DIR ?? 'dist');
const entries = readdirSync(out, { withFileTypes: true });
const top = { folders: entries.filter((e) => e.isDirectory()).map((e) => e.name), files: entries.filter((e) => e.isFile()).map((e) => e.name) };
writeFileSync(join(out, '_headers'), headersFile(cspDirectives(), top));
