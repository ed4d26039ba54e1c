/**
 * A fixed task run before each size's builds, so that runs on a shared machine can be compared: the
 * same 2-core machine built 50,000 entries in 409 s one afternoon and, with much the same code, in
 * 202 s that night. The task does a little of what a build does (JSON, regular expressions, sorting
 * Italian names, gzip) on the same generated data every time, single-threaded, in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { median } from '../../src/lib/median.ts';

const TASK = `
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const words = Array.from({ length: 5000 }, () => Array.from({ length: 3 + Math.floor(random() * 8) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
const started = performance.now();
const items = Array.from({ length: 60000 }, (_, i) => ({ id: 'voce-' + i, name: words[i % 5000] + ' ' + words[(i * 7) % 5000], text: Array.from({ length: 40 }, (_, j) => words[(i * 31 + j * 17) % 5000]).join(' ') }));
const json = JSON.stringify(items);
const back = JSON.parse(json);
let count = 0;
for (const item of back) count += item.text.split(/[^a-zàèéìòù]+/).filter((w) => w.length > 3).length;
const collator = new Intl.Collator('it');
back.sort((a, b) => collator.compare(a.name, b.name));
require('node:zlib').gzipSync(Buffer.from(json), { level: 6 });
process.stdout.write(String(Math.round(performance.now() - started)) + ' ' + count);
`;

/** Milliseconds the fixed task takes, median of `runs` fresh processes. */
export function speedCheckMs(runs = 3): number {
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', TASK], { encoding: 'utf8' }).split(' ')[0]));
  return median(times) ?? NaN;
}
