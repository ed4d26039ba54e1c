/**
 * Benchmark helpers: build a (synthetic) content folder with the real `astro build`, measuring wall
 * time and the peak resident memory of the whole process tree (Astro and anything it spawns, such as
 * the Pagefind binary), then measure what the build wrote.
 *
 *   node scripts/bench/build.ts <contentDir> <outDir>     builds once and prints the measurements as JSON
 *
 * Peak memory is sampled from /proc every 100 ms: the sum of VmRSS over the build process and all its
 * descendants (shared pages are counted once per process, so this errs on the high side). No extra
 * package is needed; it works on Linux only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { coordinatorRouteTimes, exportRouteTimes, type ExportRouteTimes } from './route-times.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Process-tree memory sampling.

/** The parent pid of every process, read from /proc/<pid>/stat. */
function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

/** The pid and all its descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentMap()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory of one process in bytes (0 when it is gone). */
function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The name of a process (for the report: which process was the largest). */
function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** What a process is, for the report: the script or tool it runs (its command line's first such argument), else its name. */
function processLabel(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const tool = args.find((arg) => /scripts\/|astro|pagefind/.test(arg));
    if (tool) return [tool.replace(/^.*\/(?=[^/]+\/[^/]+$)/, ''), ...args.filter((arg) => /^--[a-z]/.test(arg))].join(' ');
  } catch {
    // the process ended while we looked
  }
  return commandName(pid);
}

export interface MemorySampler {
  stop(): { peakTreeRssBytes: number; peakByCommand: Record<string, number>; peakProcesses: PeakProcess[]; samples: number };
}

/** One process of the tree at the moment the tree's memory peaked. */
export interface PeakProcess {
  label: string;
  rssBytes: number;
}

/** Samples the tree under `pid` every `intervalMs` until stopped. */
export function sampleTreeMemory(pid: number, intervalMs = 100): MemorySampler {
  let peakTreeRssBytes = 0;
  let samples = 0;
  const peakByCommand: Record<string, number> = {};
  let peakProcesses: PeakProcess[] = [];
  const sample = () => {
    let total = 0;
    const here: [number, number][] = [];
    for (const p of processTree(pid)) {
      const rss = rssBytes(p);
      total += rss;
      here.push([p, rss]);
      const name = commandName(p);
      if (rss > (peakByCommand[name] ?? 0)) peakByCommand[name] = rss;
    }
    samples++;
    if (total > peakTreeRssBytes) {
      peakTreeRssBytes = total;
      // Which processes made the peak (those of 10 MB or more), largest first.
      peakProcesses = here.filter(([, rss]) => rss >= 10_000_000).sort((a, b) => b[1] - a[1]).map(([p, rss]) => ({ label: processLabel(p), rssBytes: rss }));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakTreeRssBytes, peakByCommand, peakProcesses, samples };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The build.

export interface BuildMeasurement {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  peakTreeRssBytes: number;
  /** Peak RSS per process name (node, pagefind…), each at its own peak. */
  peakByCommand: Record<string, number>;
  /** The processes running when the whole tree peaked, with their RSS then. */
  peakProcesses?: PeakProcess[];
  logFile: string;
  /** Seconds Astro itself reported for the page generation, when its log says so. */
  pagesSeconds?: number;
  /** Pages Astro reported building. */
  pages?: number;
  /** Pages scripts/write-pages.ts wrote after Astro (entries, organisations, comuni, every language) and its seconds. */
  pagesAfterAstro?: number;
  pagesAfterAstroSeconds?: number;
  /** Seconds the search-index integration reported for Pagefind and the map data. */
  searchIndexSeconds?: number;
  /** The search records made from Astro's hand-over (scripts/build-search-index.ts --records), before the index. */
  searchRecordsSeconds?: number;
  /** Seconds of the HSDS export step (scripts/build-hsds.ts), which follows whichever lane ends first. */
  hsdsSeconds?: number;
  /** Seconds of making and writing the .ics calendars (scripts/write-calendars.ts). */
  calendarsSeconds?: number;
  /** The open-data export routes' render times inside `astro build`, from its log (scripts/bench/route-times.ts). */
  exportRoutes?: ExportRouteTimes;
  /** The coordinators' pages' render times inside `astro build` (issue 14), read the same way. */
  coordinatorRoutes?: ExportRouteTimes;
  /** The 1-minute load average just before the build: above ~0 means something else was using the CPU. */
  loadBefore?: number;
  /** The last lines of the log when the build failed. */
  errorTail?: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** A fresh cache folder: removed before the build so that every build is cold. */
  cacheDir: string;
  logFile: string;
  /** Extra Node options for the Astro process (e.g. a larger heap). */
  nodeOptions?: string;
  env?: Record<string, string>;
  /** Print the build's output as it comes. */
  echo?: boolean;
  /**
   * Start the clock only once the deleted output is written to disk and a minute has passed, as on a
   * fresh clone (SETTLE_AFTER_DELETING_MS): otherwise the build pays for the benchmark's own deletion.
   */
  settleAfterDeleting?: boolean;
}

/**
 * How long a build "as from a fresh clone" waits after the previous output was deleted and `sync`
 * wrote the deletion to disk. On ext4 without a journal (this machine's disk), a new file or folder
 * skips every inode freed less than 60 s before (360 s while the inode table's block is not yet
 * written back: Linux's fs/ext4/ialloc.c, recently_deleted), and it checks them one by one, from the
 * start of the group, for every file it creates. Right after deleting a 50,000-entry build's 323,000
 * files, a build that creates about 390,000 spends tens of seconds of system time in that check
 * (perf: find_get_block_common and recently_deleted, 16% of all CPU samples of one build; 30,000 new
 * folders took 10.5 to 35 s right after deleting as many, and 1.8 s after `sync` and 65 s).
 */
export const SETTLE_AFTER_DELETING_MS = 65_000;

let running: ReturnType<typeof spawn> | undefined;

/** Stops the build in progress, if any, with its children (for an interrupted benchmark). */
export function stopRunningBuild(): void {
  const child = running;
  if (!child?.pid || child.exitCode !== null) return;
  for (const pid of processTree(child.pid).reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Runs `npm run build` on the content folder, cold, and measures time and peak memory. */
export async function buildAndMeasure(options: BuildOptions): Promise<BuildMeasurement> {
  const { contentDir, outDir, cacheDir, logFile } = options;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  if (options.settleAfterDeleting) {
    execFileSync('sync');
    await new Promise((done) => setTimeout(done, SETTLE_AFTER_DELETING_MS));
  }
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const env = {
    ...process.env,
    SEGNAVIA_CONTENT_DIR: resolve(contentDir),
    SEGNAVIA_OUT_DIR: resolve(outDir),
    SEGNAVIA_CACHE_DIR: resolve(cacheDir),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, options.nodeOptions].filter(Boolean).join(' '),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  const loadBefore = loadavg()[0];
  const started = performance.now();
  // `npm run build`, as a person runs it: astro build, then the search index (scripts/build-search-index.ts).
  const child = spawn('npm', ['run', '--silent', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  const sampler = sampleTreeMemory(child.pid as number);
  let tail = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    if (options.echo) process.stdout.write(chunk);
    tail = (tail + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  running = undefined;
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  await new Promise<void>((done) => log.end(done));
  const text = readFileSync(logFile, 'utf8');
  // Astro prints e.g. "[build] 55123 page(s) built in 95.21s".
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  // "15076 page(s) built in 1m 48s", "1903 page(s) built in 17.29s", "12 page(s) built in 950ms"
  const built = /(\d+) page\(s\) built in (?:(\d+)m(?:\s+|$))?(?:([\d.]+)(m?s))?/m.exec(plain);
  // The search index logs its regions' pass and its national pass: the row is their sum.
  const indexed = [...plain.matchAll(/\[segnavia:search-index\].* in ([\d.]+) s$/gm)];
  const result: BuildMeasurement = {
    ok: exitCode === 0,
    exitCode,
    seconds,
    peakTreeRssBytes: memory.peakTreeRssBytes,
    peakByCommand: memory.peakByCommand,
    peakProcesses: memory.peakProcesses,
    logFile,
    loadBefore,
  };
  if (built) {
    result.pages = Number(built[1]);
    result.pagesSeconds = Number(built[2] ?? 0) * 60 + Number(built[3] ?? 0) / (built[4] === 'ms' ? 1000 : 1);
  }
  if (indexed.length) result.searchIndexSeconds = indexed.reduce((sum, match) => sum + Number(match[1]), 0);
  // "[segnavia:pages] 124000 pagine (…) e 3072 file di dati … in 93.2 s con 2 processi"
  const written = /\[segnavia:pages\] (\d+) pagine .* in ([\d.]+) s/m.exec(plain);
  if (written) {
    result.pagesAfterAstro = Number(written[1]);
    result.pagesAfterAstroSeconds = Number(written[2]);
  }
  // "[segnavia:search-records] 48520 record di ricerca … in 6.9 s": the first step of the search lane since 2026-12-01.
  const records = /\[segnavia:search-records\].* in ([\d.]+) s$/m.exec(plain);
  if (records) result.searchRecordsSeconds = Number(records[1]);
  const hsds = /\[segnavia:hsds\].* in ([\d.]+) s$/m.exec(plain);
  if (hsds) result.hsdsSeconds = Number(hsds[1]);
  const calendars = /\[segnavia:calendars\].* in ([\d.]+) s$/m.exec(plain);
  if (calendars) result.calendarsSeconds = Number(calendars[1]);
  const exportRoutes = exportRouteTimes(plain);
  if (exportRoutes) result.exportRoutes = exportRoutes;
  const coordinatorRoutes = coordinatorRouteTimes(plain);
  if (coordinatorRoutes) result.coordinatorRoutes = coordinatorRoutes;
  if (exitCode !== 0) result.errorTail = tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-30).join('\n');
  return result;
}

// ---------------------------------------------------------------------------------------------
// What the build wrote.

export interface FileGroup {
  files: number;
  bytes: number;
  /** The bytes a static host would send: gzip of each file, or the file itself when it is already gzip. */
  gzipBytes: number;
}

export interface OutputMeasurement {
  /** Every file of the output. */
  total: FileGroup & { diskBytes: number };
  html: { files: number; bytes: number };
  /** The Pagefind index and runtime (out/pagefind/), if the build wrote one. */
  pagefind?: FileGroup & { byKind: Record<string, FileGroup> };
  /** The map data files (out/data/*), if any: each with its size. */
  mapData?: (FileGroup & { file: string })[];
  /** The open-data exports (out/dati/: HSDS, GeoJSON, CSV, calendars). */
  openData?: { files: number; bytes: number };
  /** The coordinators' pages (out/coordinamento/). */
  coordination?: { files: number; bytes: number };
}

/** Every file under a folder, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const isGzip = (bytes: Buffer) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
const INCOMPRESSIBLE = /\.(png|jpe?g|gif|webp|avif|woff2?|br|gz|zip)$/i;

/** The bytes on the wire for a file: as is when already compressed, else gzip level 9. */
export function wireBytes(path: string, bytes: Buffer): number {
  if (isGzip(bytes) || INCOMPRESSIBLE.test(path)) return bytes.length;
  return gzipSync(bytes, { level: 9 }).length;
}

function group(paths: string[], compress: boolean): FileGroup {
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    if (compress) {
      const content = readFileSync(path);
      bytes += content.length;
      gzipBytes += wireBytes(path, content);
    } else {
      bytes += statSync(path).size;
    }
  }
  return { files: paths.length, bytes, gzipBytes: compress ? gzipBytes : 0 };
}

/** Sizes of the build output: everything, HTML, the Pagefind folder, the map data. */
export function measureOutput(outDir: string): OutputMeasurement {
  const files = walk(outDir);
  let bytes = 0;
  let diskBytes = 0;
  let htmlFiles = 0;
  let htmlBytes = 0;
  for (const path of files) {
    const info = statSync(path);
    bytes += info.size;
    diskBytes += info.blocks * 512;
    if (path.endsWith('.html')) {
      htmlFiles++;
      htmlBytes += info.size;
    }
  }
  const result: OutputMeasurement = {
    total: { files: files.length, bytes, gzipBytes: 0, diskBytes },
    html: { files: htmlFiles, bytes: htmlBytes },
  };
  const pagefindDir = join(outDir, 'pagefind');
  const pagefindFiles = files.filter((p) => p.startsWith(`${pagefindDir}/`));
  if (pagefindFiles.length > 0) {
    const kindOf = (p: string) => {
      const rel = relative(pagefindDir, p);
      if (rel.startsWith('fragment/')) return 'fragments';
      if (rel.startsWith('index/')) return 'index chunks';
      if (rel.startsWith('filter/')) return 'filters';
      if (rel.endsWith('.pf_meta')) return 'meta';
      if (/\.wasm/.test(rel)) return 'wasm';
      if (rel.endsWith('.js') || rel.endsWith('.css')) return 'runtime js/css';
      return 'other';
    };
    const kinds = new Map<string, string[]>();
    for (const p of pagefindFiles) kinds.set(kindOf(p), [...(kinds.get(kindOf(p)) ?? []), p]);
    const byKind: Record<string, FileGroup> = {};
    for (const [kind, paths] of kinds) byKind[kind] = group(paths, true);
    const all = Object.values(byKind);
    result.pagefind = {
      files: pagefindFiles.length,
      bytes: all.reduce((s, g) => s + g.bytes, 0),
      gzipBytes: all.reduce((s, g) => s + g.gzipBytes, 0),
      byKind,
    };
  }
  const under = (folder: string) => files.filter((p) => p.startsWith(`${join(outDir, folder)}/`));
  const sized = (paths: string[]) => ({ files: paths.length, bytes: paths.reduce((sum, p) => sum + statSync(p).size, 0) });
  result.openData = sized(under('dati'));
  result.coordination = sized(under('coordinamento'));
  const dataDir = join(outDir, 'data');
  const dataFiles = files.filter((p) => p.startsWith(`${dataDir}/`));
  if (dataFiles.length > 0) result.mapData = dataFiles.map((p) => ({ file: relative(outDir, p), ...group([p], true) }));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Command line.

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [contentDir, outDir] = process.argv.slice(2);
  if (!contentDir || !outDir) {
    console.error('usage: node scripts/bench/build.ts <contentDir> <outDir>');
    process.exit(2);
  }
  const base = resolve(outDir, '..');
  const build = await buildAndMeasure({ contentDir, outDir, cacheDir: join(base, 'cache'), logFile: join(base, 'build.log'), echo: true, nodeOptions: process.env.BENCH_NODE_OPTIONS });
  const output = build.ok ? measureOutput(outDir) : undefined;
  console.log(JSON.stringify({ build, output }, null, 2));
  process.exitCode = build.ok ? 0 : 1;
}
