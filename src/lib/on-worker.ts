/**
 * Runs a module on a worker thread and waits for the one message it posts back: the page writer and
 * the regions' search index (scripts/).
 */
import { Worker } from 'node:worker_threads';

/** `module` runs with `data` as its workerData; a worker that exits without answering fails with `stopped(code)`. */
export function onWorker<T>(module: string, data: unknown, stopped: (code: number) => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    worker.once('message', (message: T) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(stopped(code))));
  });
}
