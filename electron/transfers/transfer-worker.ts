import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './run-task.js';
import { SiteClient } from './site-client.js';
import type { TaskProgress } from './task-types.js';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol.js';

/** Progress messages per second at most: the queue throttles again, this only spares the message channel. */
const progressIntervalMs = 100;

const port = parentPort;
if (port === null) throw new Error('transfer-worker.ts must run in a worker thread');
const { site } = workerData as WorkerStart;
const connection = new SiteClient(site);
let current: { runId: number; controller: AbortController } | undefined;

const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'run':
      void run(message.runId, message);
      break;
    case 'cancel':
      if (current?.runId === message.runId) {
        current.controller.abort();
        connection.drop();
      }
      break;
    case 'close':
      current?.controller.abort();
      void connection.close().finally(() => {
        post({ type: 'closed' });
        port.close();
      });
      break;
  }
});

async function run(runId: number, message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const controller = new AbortController();
  current = { runId, controller };
  let last = 0;
  let pending: TaskProgress | undefined;
  const onProgress = (progress: TaskProgress): void => {
    const now = Date.now();
    if (now - last >= progressIntervalMs) {
      last = now;
      pending = undefined;
      post({ type: 'progress', runId, progress });
    } else pending = progress;
  };
  const outcome = await runTask(message.task, connection, controller.signal, onProgress);
  if (pending !== undefined) post({ type: 'progress', runId, progress: pending });
  if (current?.runId === runId) current = undefined;
  post({ type: 'outcome', runId, outcome });
}
