/**
 * Checks every file under the content folder and prints what is wrong, file by file:
 *
 *   node scripts/validate.ts [contentDir]      (default: $SEGNAVIA_CONTENT_DIR, then ./content)
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as an annotation, so it shows
 * on the pull request's diff. Exits with 1 when there is at least one error, 0 otherwise.
 */
import { formatGithub, formatPlain, formatSummary, validateDirectory } from '../src/lib/validate/index.ts';

const contentDir = process.argv[2] ?? process.env.SEGNAVIA_CONTENT_DIR ?? 'content';
const report = await validateDirectory(contentDir);
const github = process.env.GITHUB_ACTIONS === 'true';

for (const problem of report.problems) {
  if (github) console.log(formatGithub(problem));
  console.log(formatPlain(problem));
}
console.log(formatSummary(report));
process.exitCode = report.counts.errors > 0 ? 1 : 0;
