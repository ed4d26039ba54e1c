/**
 * Runs the content validator on every build, so `astro build` fails loudly on invalid content with
 * the same messages as `npm run validate`. It starts on a worker thread as the build starts, while
 * Astro reads the content on the main thread (on two cores validation then costs almost no time:
 * docs/benchmarks.md), and its report is awaited before any page is built, or as soon as a
 * loader meets an entry the schema refuses (withValidationReport), so volunteers read the
 * validator's messages rather than Astro's. The validator reads and parses every resource file
 * anyway: it hands them to the resources' loader as it goes (validatorParsedResources), which then
 * only checks them against the schema. SEGNAVIA_SKIP_VALIDATION=1 exists only for the test that
 * proves the renderer's own defences.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { ViteDevServer } from 'vite';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ParsedResources, type ValidatorMessage } from '../lib/validate/parsed-resources.ts';
import { formatPlain, formatSummary } from '../lib/validate/format.ts';
import type { Report } from '../lib/validate/types.ts';
import { contentDir } from '../lib/content-dir.ts';

// Shared through globalThis: the content loaders are loaded by Vite as separate module instances.
const state = globalThis as {
  __segnaviaValidation?: Promise<Report>;
  __segnaviaValidationReported?: boolean;
  __segnaviaDevServer?: ViteDevServer;
  __segnaviaParsedResources?: ParsedResources;
};

/** The resource files the build's validator has parsed (by absolute path), for the resources' loader; none outside a build. */
export function validatorParsedResources(): ParsedResources | undefined {
  return state.__segnaviaParsedResources;
}

/** Starts the validator on a worker thread: its report, and meanwhile the files it parsed in `parsed`. */
function validateOnWorker(root: URL, parsed: ParsedResources): Promise<Report> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('src/lib/validate/worker.ts', root)), { workerData: { contentDir: contentDir() } });
    worker.on('message', (message: ValidatorMessage<Report>) => {
      if (message.kind === 'resources') for (const [path, resource] of message.resources) parsed.add(path, resource);
      else if (message.kind === 'resources-end') parsed.end();
      else resolve(message.report);
    });
    // The loader reads for itself whatever a stopped validator did not hand over.
    worker.once('error', (error) => {
      parsed.end();
      reject(error);
    });
    worker.once('exit', (code) => {
      parsed.end();
      if (code !== 0) reject(new Error(`Il controllo dei contenuti si è fermato (codice ${code}).`));
    });
  });
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
        state.__segnaviaParsedResources = new ParsedResources();
        state.__segnaviaValidation = validateOnWorker(config.root, state.__segnaviaParsedResources);
        state.__segnaviaValidationReported = false;
        // Reported later; until then a failure must not count as unhandled.
        state.__segnaviaValidation.catch(() => undefined);
      },
      'astro:server:setup': ({ server }) => {
        state.__segnaviaDevServer = server;
      },
      'astro:build:start': ({ logger }) => {
        // The content is loaded by now: whatever the loader did not take need not stay in memory.
        state.__segnaviaParsedResources = undefined;
        return reportValidation(logger);
      },
    },
  };
}
