import type { FtpLogEntry } from '../ftp/protocol-log.js';
import type { ExistsDecision, TransferError, TransferProgressEvent, TransferRequest } from '../../shared/transfer.js';
import type { SiteConnection } from './task-types.js';
import { TransferQueue } from './transfer-queue.js';
import { createInProcessSlot, type SlotFactory } from './transfer-slot.js';
import { createWorkerSlot } from './worker-slot.js';

/** A one-shot run of transfers against one site, for the CLI (`get -r`, `put -r`, `--parallel`, `--on-exists`). */
export interface TransferBatchOptions {
  readonly site: SiteConnection;
  readonly requests: ReadonlyArray<Omit<TransferRequest, 'siteId' | 'onExists'>>;
  /** Connections (1–10). Default 2. */
  readonly parallel?: number;
  /** Non-interactive, so no `ask`. Default `overwrite`. */
  readonly onExists?: ExistsDecision;
  readonly atomicUploads?: boolean;
  readonly maxAttempts?: number;
  /** Run connections in worker threads (default) or on this thread. */
  readonly workers?: boolean;
  /**
   * Every connection's protocol log (PASS masked), each numbered from 1 in the order they opened. Needs
   * `workers: false`: a worker's connection logs on its own thread.
   */
  readonly onProtocolLog?: (connection: number, entry: FtpLogEntry) => void;
  /** Throttled progress (≤ 10 per second). */
  readonly onProgress?: (event: TransferProgressEvent) => void;
  /** Aborting cancels whatever still runs. */
  readonly signal?: AbortSignal;
}

/** How a batch ended: counts over files, and each failure with its reason. */
export interface TransferBatchResult {
  readonly done: number;
  readonly skipped: number;
  readonly bytes: number;
  readonly cancelled: number;
  readonly failed: ReadonlyArray<{ readonly remotePath: string; readonly localPath?: string; readonly error: TransferError }>;
}

/** Runs the requests to the end (retries included) without persistence, and summarises the files. */
export async function runTransferBatch(options: TransferBatchOptions): Promise<TransferBatchResult> {
  if (options.onProtocolLog !== undefined && options.workers !== false) throw new Error('onProtocolLog needs workers: false');
  const { onProtocolLog } = options;
  let slots = 0;
  const createSlot: SlotFactory =
    options.workers !== false
      ? createWorkerSlot
      : onProtocolLog === undefined
        ? (site) => createInProcessSlot(site)
        : (site) => {
            const connection = ++slots;
            return createInProcessSlot(site, undefined, (entry) => onProtocolLog(connection, entry));
          };
  const queue = await TransferQueue.open({
    resolveSite: async () => options.site,
    createSlot,
    policy: {
      connections: options.parallel ?? 2,
      onExists: options.onExists ?? 'overwrite',
      atomicUploads: options.atomicUploads ?? true,
      maxAttempts: options.maxAttempts ?? 5,
    },
  });
  const onAbort = (): void => void queue.cancel();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.onProgress !== undefined) queue.on('progress', options.onProgress);
  try {
    queue.enqueue(options.requests.map((request) => ({ ...request, siteId: 'batch' })));
    await queue.whenIdle();
    const all = queue.list();
    const parents = new Set(all.map((job) => job.parentId));
    // Files, plus folder jobs that could not even be listed; an empty folder is not a file.
    const leaves = all.filter((job) => !parents.has(job.id) && (!job.folder || job.state !== 'done'));
    return {
      done: leaves.filter((job) => job.state === 'done' && job.skipped !== true).length,
      skipped: leaves.filter((job) => job.skipped === true).length,
      bytes: leaves.reduce((sum, job) => sum + (job.state === 'done' && job.skipped !== true ? job.bytesDone : 0), 0),
      cancelled: leaves.filter((job) => job.state === 'cancelled').length,
      failed: leaves
        .filter((job) => job.state === 'failed')
        .map((job) => ({ remotePath: job.remotePath, localPath: job.localPath, error: job.error ?? { code: 'INTERNAL', message: 'failed' } })),
    };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await queue.close();
  }
}
