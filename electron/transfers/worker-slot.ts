import { Worker } from 'node:worker_threads';
import type { SiteConnection, TaskOutcome, TaskProgress } from './task-types.js';
import type { TransferSlot } from './transfer-slot.js';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol.js';

/**
 * Starts the worker: the built `.js` beside this file, or — when running from TypeScript sources (vitest,
 * tsx) — an eval'd bootstrap that registers tsx's loader, then imports the `.ts` worker. (`execArgv:
 * ['--import', 'tsx']` does not reach a worker's own entry on Node 20: "Unknown file extension .ts".)
 */
function startWorker(start: WorkerStart): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./transfer-worker.js', import.meta.url), { workerData: start });
  const entry = new URL('./transfer-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })` +
    `.catch((error) => { console.error(error); process.exit(70); });`;
  return new Worker(bootstrap, { eval: true, workerData: start });
}

/**
 * A slot whose connection lives in its own worker thread, so TLS, hashing of chunks and file I/O never block
 * the thread that answers the window. A crashed worker fails the running task as a lost connection (retried)
 * and is replaced on the next run.
 */
export function createWorkerSlot(site: SiteConnection): TransferSlot {
  let worker: Worker | undefined;
  let runId = 0;
  let running: { id: number; resolve: (outcome: TaskOutcome) => void; onProgress: (p: TaskProgress) => void } | undefined;

  const settle = (outcome: TaskOutcome): void => {
    const current = running;
    running = undefined;
    current?.resolve(outcome);
  };

  const start = (): Worker => {
    const created = startWorker({ site });
    created.on('message', (message: FromWorker) => {
      if (message.type === 'progress' && message.runId === running?.id) running.onProgress(message.progress);
      if (message.type === 'outcome' && message.runId === running?.id) settle(message.outcome);
    });
    const lost = (reason: string): void => {
      if (worker === created) worker = undefined;
      settle({
        status: 'failed',
        error: { code: 'INTERNAL', message: `The transfer worker stopped: ${reason}`, transient: true, tooManyConnections: false, connectionLost: true },
      });
    };
    created.on('error', (error) => lost(error.message));
    created.on('exit', (code) => lost(`exit code ${code}`));
    return created;
  };

  const send = (message: ToWorker): void => worker?.postMessage(message);

  return {
    run(task, onProgress) {
      worker ??= start();
      runId += 1;
      const id = runId;
      return new Promise<TaskOutcome>((resolve) => {
        running = { id, resolve, onProgress };
        send({ type: 'run', runId: id, task });
      });
    },
    cancel() {
      if (running !== undefined) send({ type: 'cancel', runId: running.id });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current === undefined) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.postMessage({ type: 'close' } satisfies ToWorker);
      const timer = setTimeout(() => void current.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
