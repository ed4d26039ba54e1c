/**
 * Runs a module on a worker thread and waits for the one message it posts back: the page writer and
 * the search index's bundles (scripts/).
 */
import { Worker } from 'node:worker_threads';

/**
 * `module` runs with `data` as its workerData; the promise settles once the worker has exited (so that
 * its memory is given back before whatever comes next), with its message. A worker that exits without
 * answering fails with `stopped(code)`.
 */
export function onWorker<T>(module: string, data: unknown, stopped: (code: number) => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    let answer: { message: T } | undefined;
    worker.once('message', (message: T) => (answer = { message }));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 && answer ? resolve(answer.message) : reject(new Error(stopped(code)))));
  });
}
