/**
 * Runs the validator on its own thread (see src/integrations/validate-content.ts): the build keeps
 * syncing content on the other core meanwhile. The report is plain data, so it crosses threads as is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validateDirectory } from './index.ts';

parentPort?.postMessage(await validateDirectory((workerData as { contentDir: string }).contentDir));
