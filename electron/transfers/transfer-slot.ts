import { runTask } from './run-task.js';
import type { FtpLogListener } from '../ftp/protocol-log.js';
import { SiteClient, type KeepAliveOptions } from './site-client.js';
import type { SiteConnection, TaskOutcome, TaskProgress, TransferTask } from './task-types.js';

/** One transfer connection the scheduler hands tasks to, one at a time. */
export interface TransferSlot {
  /** Runs a task; resolves with its outcome, never rejects. */
  run(task: TransferTask, onProgress: (progress: TaskProgress) => void): Promise<TaskOutcome>;
  /** Aborts the running task (its outcome becomes `aborted`) and drops the connection. */
  cancel(): void;
  /** Quits and frees the slot's resources. */
  close(): Promise<void>;
}

/** Makes a slot for a site; the queue calls it whenever a site may use one more connection. */
export type SlotFactory = (site: SiteConnection) => TransferSlot;

/** A slot that runs tasks on the calling thread: for tests, tools, and where workers are not wanted. */
export function createInProcessSlot(site: SiteConnection, keepAlive?: KeepAliveOptions, onLog?: FtpLogListener): TransferSlot {
  const connection = new SiteClient(site, keepAlive, onLog);
  let controller: AbortController | undefined;
  return {
    async run(task, onProgress) {
      controller = new AbortController();
      try {
        return await runTask(task, connection, controller.signal, onProgress);
      } finally {
        controller = undefined;
      }
    },
    cancel() {
      controller?.abort();
      // Closing the connection is the certain way to stop a transfer mid-stream on every server.
      connection.drop();
    },
    close: () => connection.close(),
  };
}
