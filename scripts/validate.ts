/**
 * Checks every file under the content folder and prints what is wrong, file by file:
 *
 *   node scripts/validate.ts [contentDir]      (default: $SEGNAVIA_CONTENT_DIR, then ./content)
 *   node scripts/validate.ts --changed [base] [contentDir]
 *
 * With --changed (npm run validate:changed), as for a pull request, only the files changed against
 * `base` (default origin/<branch of src/config.ts>) are reported on — committed on this branch,
 * uncommitted or untracked — and changed resources are also compared with all the others for likely
 * duplicates (a similar name in the same comune or within 1 km). Every file is still read, so checks
 * across files see the whole directory.
 *
 * On GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as an annotation, so it shows
 * on the pull request's diff. Exits with 1 when there is at least one error, 0 otherwise.
 */
import { siteConfig } from '../src/config.ts';
import { ChangedFilesError, changedFiles, formatGithub, formatPlain, formatSummary, validateDirectory } from '../src/lib/validate/index.ts';

const args = process.argv.slice(2);
const changedAt = args.indexOf('--changed');
let base: string | undefined;
if (changedAt >= 0) {
  const next = args[changedAt + 1];
  base = next && !next.startsWith('-') ? next : `origin/${siteConfig.branch}`;
  args.splice(changedAt, next === base ? 2 : 1);
}
const contentDir = args[0] ?? process.env.SEGNAVIA_CONTENT_DIR ?? 'content';
const github = process.env.GITHUB_ACTIONS === 'true';

let changed: string[] | undefined;
if (base) {
  try {
    changed = await changedFiles(base);
  } catch (error) {
    if (!(error instanceof ChangedFilesError)) throw error;
    console.log(github ? `::error title=Confronto non riuscito::${error.message}` : `errore: ${error.message}`);
    process.exit(2);
  }
  console.log(`Controllo dei file cambiati rispetto a ${base} (${changed.length} in tutto il repository).`);
}

const report = await validateDirectory(contentDir, { changed });
for (const problem of report.problems) {
  if (github) console.log(formatGithub(problem));
  console.log(formatPlain(problem));
}
console.log(formatSummary(report));
const elsewhere = report.elsewhere?.errors ?? 0;
if (elsewhere > 0) {
  const what = elsewhere === 1 ? 'C’è anche un errore in un file non cambiato' : `Ci sono anche ${elsewhere} errori in file non cambiati`;
  const message = `${what}, causato da questa modifica (per esempio una scheda che usa un’organizzazione tolta o rinominata): esegui npm run validate per vedere tutto.`;
  console.log(github ? `::error title=Errori in altri file::${message}` : `errore: ${message}`);
}
process.exitCode = report.counts.errors > 0 || elsewhere > 0 ? 1 : 0;
