/**
 * Runs the content validator before every build, so `astro build` fails loudly on invalid content
 * with the same messages as `npm run validate`. SEGNAVIA_SKIP_VALIDATION=1 exists only for the test
 * that proves the renderer's own defences.
 */
import type { AstroIntegration } from 'astro';
import { formatPlain, formatSummary, validateDirectory } from '../lib/validate/index.ts';
import { contentDir } from '../lib/content-dir.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'segnavia:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' || process.env.SEGNAVIA_SKIP_VALIDATION === '1') return;
        const report = await validateDirectory(contentDir());
        for (const problem of report.problems) {
          if (problem.severity === 'error') logger.error(formatPlain(problem));
          else logger.warn(formatPlain(problem));
        }
        logger.info(formatSummary(report));
        if (report.counts.errors > 0) {
          throw new Error(`Contenuti non validi: ${formatSummary(report)} Correggi i problemi elencati sopra (npm run validate).`);
        }
      },
    },
  };
}
