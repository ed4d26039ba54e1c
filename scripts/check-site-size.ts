/**
 * Stops a publication whose built site is larger than the host takes, with a message that says by how
 * much and where the size is, instead of a deployment that fails (or serves a cut site) later.
 *
 *   npm run check:size -- [dist] [--host github-pages|cloudflare-pages-free|cloudflare-pages-paid]
 *
 * The hosts' published limits (README, "Pubblicazione"): GitHub Pages publishes sites "no larger than
 * 1 GB" (read here as 10^9 bytes, the stricter reading); Cloudflare Pages takes 20,000 files per site
 * on the Free plan and 100,000 on paid plans. Exit code 1 when over, 0 otherwise.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HostLimit {
  name: string;
  bytes?: number;
  files?: number;
}

export const HOSTS: Record<string, HostLimit> = {
  'github-pages': { name: 'GitHub Pages', bytes: 1e9 },
  'cloudflare-pages-free': { name: 'Cloudflare Pages (Free plan)', files: 20_000 },
  'cloudflare-pages-paid': { name: 'Cloudflare Pages (paid plans)', files: 100_000 },
};

export interface SiteSize {
  bytes: number;
  files: number;
  /** Each top-level folder (or file) of the site, largest first. */
  parts: { name: string; bytes: number; files: number }[];
}

/** Sizes of a site from its files' paths (relative to the site) and sizes. */
export function siteSize(files: Iterable<{ path: string; bytes: number }>): SiteSize {
  const parts = new Map<string, { name: string; bytes: number; files: number }>();
  let bytes = 0;
  let count = 0;
  for (const file of files) {
    bytes += file.bytes;
    count++;
    const top = file.path.split(/[\\/]/)[0];
    const name = file.path.includes('/') || file.path.includes('\\') ? `${top}/` : top;
    const part = parts.get(name) ?? { name, bytes: 0, files: 0 };
    part.bytes += file.bytes;
    part.files++;
    parts.set(name, part);
  }
  return { bytes, files: count, parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name)) };
}

/** Every file under a folder, with its size. */
export function readSite(dir: string): SiteSize {
  const root = resolve(dir);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return siteSize(entries.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(root, path).split(sep).join('/'), bytes: statSync(path).size };
  }));
}

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
const n = (count: number) => count.toLocaleString('en');

/** Whether the site fits the host, and a message that says so, or by how much it does not and what takes the room. */
export function checkSize(size: SiteSize, host: HostLimit, dir = 'dist'): { ok: boolean; message: string } {
  const over: string[] = [];
  if (host.bytes !== undefined && size.bytes > host.bytes) over.push(`${mb(size.bytes)}, over its ${mb(host.bytes)} limit by ${mb(size.bytes - host.bytes)}`);
  if (host.files !== undefined && size.files > host.files) over.push(`${n(size.files)} files, over its ${n(host.files)}-file limit by ${n(size.files - host.files)}`);
  const total = `${dir}/ is ${mb(size.bytes)} in ${n(size.files)} file${size.files === 1 ? '' : 's'}`;
  if (!over.length) return { ok: true, message: `${total}: within the limits of ${host.name}.` };
  const largest = size.parts.slice(0, 5).map((p) => `  ${p.name.padEnd(24)} ${mb(p.bytes).padStart(10)} ${n(p.files).padStart(9)} files`);
  return {
    ok: false,
    message: [
      `${total}: too large for ${host.name} (${over.join('; ')}).`,
      'The largest parts:',
      ...largest,
      'Publish this directory on a host that takes it: see README, "Pubblicazione", for what a directory of this size needs.',
    ].join('\n'),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--host');
  const hostId = flag === -1 ? 'github-pages' : args[flag + 1];
  const dir = args.find((a, i) => !a.startsWith('--') && (flag === -1 || i !== flag + 1)) ?? 'dist';
  const host = HOSTS[hostId];
  if (!host) {
    console.error(`Unknown host "${hostId}": one of ${Object.keys(HOSTS).join(', ')}.`);
    process.exit(2);
  }
  const { ok, message } = checkSize(readSite(dir), host, dir.replace(/\/+$/, ''));
  (ok ? console.log : console.error)(message);
  process.exitCode = ok ? 0 : 1;
}
