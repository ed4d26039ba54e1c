/**
 * Runs the content validator on every build, so `astro build` fails loudly on invalid content with
 * the same messages as `npm run validate`. It starts on a worker thread as the build starts, while
 * Astro reads the content on the main thread (on two cores validation then costs almost no time:
 * docs/benchmarks.md), and its report is awaited before any page is built, or as soon as a
 * loader meets an entry the schema refuses (withValidationReport), so volunteers read the
 * validator's messages rather than Astro's. SEGNAVIA_SKIP_VALIDATION=1 exists only for the test
 * that proves the renderer's own defences.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { ViteDevServer } from 'vite';
import { onWorker } from '../lib/on-worker.ts';
import { fileURLToPath } from 'node:url';
import { formatPlain, formatSummary } from '../lib/validate/format.ts';
import type { Report } from '../lib/validate/types.ts';
import { contentDir } from '../lib/content-dir.ts';

// Shared through globalThis: the content loaders are loaded by Vite as separate module instances.
const state = globalThis as { __segnaviaValidation?: Promise<Report>; __segnaviaValidationReported?: boolean; __segnaviaDevServer?: ViteDevServer };

function validateOnWorker(root: URL): Promise<Report> {
  return onWorker(fileURLToPath(new URL('src/lib/validate/worker.ts', root)), { contentDir: contentDir() }, (code) => `Il controllo dei contenuti si è fermato (codice ${code}).`);
}

/** Logs the validator's report once and throws if it found errors. */
async function reportValidation(logger: AstroIntegrationLogger): Promise<void> {
  const report = await state.__segnaviaValidation;
  if (!report) return;
  if (!state.__segnaviaValidationReported) {
    state.__segnaviaValidationReported = true;
    for (const problem of report.problems) {
      if (problem.severity === 'error') logger.error(formatPlain(problem));
      else logger.warn(formatPlain(problem));
    }
    logger.info(formatSummary(report));
  }
  if (report.counts.errors > 0) {
    throw new Error(`Contenuti non validi: ${formatSummary(report)} Correggi i problemi elencati sopra (npm run validate).`);
  }
}

/** Runs a loader step; if the schema refuses an entry, the validator's report explains why. */
export async function withValidationReport<T>(logger: AstroIntegrationLogger, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await reportValidation(logger);
    throw error;
  }
}

/**
 * In `astro dev`, after a resource file was edited: the validator's problems for that file, in the
 * terminal and, when there are errors, in the browser's error overlay (the build would stop on them).
 */
export async function reportEditedEntry(file: string, accepted: boolean, { logger, config }: LoaderContext): Promise<void> {
  const { validateDirectory } = await import('../lib/validate/index.ts');
  const root = fileURLToPath(config.root);
  const report = await validateDirectory(contentDir(), { root, changed: [file] });
  for (const problem of report.problems) {
    if (problem.severity === 'error') logger.error(formatPlain(problem));
    else logger.warn(formatPlain(problem));
  }
  const errors = report.problems.filter((p) => p.severity === 'error').map(formatPlain);
  if (errors.length === 0 && accepted) return;
  const message = errors.length > 0 ? errors.join('\n') : `Scheda non valida: ${file} (npm run validate).`;
  state.__segnaviaDevServer?.ws.send({
    type: 'error',
    err: { message: `Contenuti non validi: la pagina mostra ancora la versione precedente.\n${message}`, stack: '', plugin: 'segnavia:validate-content' },
  });
}

export function validateContent(): AstroIntegration {
  return {
    name: 'segnavia:validate-content',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || process.env.SEGNAVIA_SKIP_VALIDATION === '1') return;
        state.__segnaviaValidation = validateOnWorker(config.root);
        state.__segnaviaValidationReported = false;
        // Reported later; until then a failure must not count as unhandled.
        state.__segnaviaValidation.catch(() => undefined);
      },
      'astro:server:setup': ({ server }) => {
        state.__segnaviaDevServer = server;
      },
      'astro:build:start': ({ logger }) => reportValidation(logger),
    },
  };
}
