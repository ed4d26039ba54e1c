/**
 * Runs the validator on its own thread (see src/integrations/validate-content.ts): the build keeps
 * syncing content on the other core meanwhile. As it reads the resource files it posts them, parsed,
 * for the content loader (parsed-resources.ts), then the end of them, then its report (plain data,
 * so it crosses threads as is).
 */
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { validateDirectory, type Report } from './index.ts';
import type { ParsedResource, ValidatorMessage } from './parsed-resources.ts';

const port = parentPort!;
const post = (message: ValidatorMessage<Report>) => port.postMessage(message);
/** Parsed files go in batches: one message per file cost more than the parse. */
const BATCH = 250;
let batch: [string, ParsedResource][] = [];
const flush = () => {
  if (batch.length) post({ kind: 'resources', resources: batch });
  batch = [];
};

const report = await validateDirectory((workerData as { contentDir: string }).contentDir, {
  onResource: (found, entry) => {
    batch.push([resolve(found.path), { data: entry.data, body: entry.body, yaml: entry.yaml }]);
    if (batch.length >= BATCH) flush();
  },
  onResourcesRead: () => {
    flush();
    post({ kind: 'resources-end' });
  },
});
post({ kind: 'report', report });
