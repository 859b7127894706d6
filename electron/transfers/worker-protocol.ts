import type { SiteConnection, TaskOutcome, TaskProgress, TransferTask } from './task-types.js';

/** What the worker gets at start (workerData): the one site its connection serves. */
export interface WorkerStart {
  readonly site: SiteConnection;
}

/** Messages main posts to a transfer worker. One task runs at a time; `runId` ties replies to it. */
export type ToWorker =
  | { readonly type: 'run'; readonly runId: number; readonly task: TransferTask }
  | { readonly type: 'cancel'; readonly runId: number }
  | { readonly type: 'close' };

/** Messages a transfer worker posts back. */
export type FromWorker =
  | { readonly type: 'progress'; readonly runId: number; readonly progress: TaskProgress }
  | { readonly type: 'outcome'; readonly runId: number; readonly outcome: TaskOutcome }
  | { readonly type: 'closed' };
