import type { PlanUpload, PublishFailure } from '../../shared/publish.js';
import type { TransferJob } from '../../shared/transfer.js';
import type { SiteConnection } from '../transfers/task-types.js';
import { TransferQueue } from '../transfers/transfer-queue.js';
import { createInProcessSlot } from '../transfers/transfer-slot.js';
import { createWorkerSlot } from '../transfers/worker-slot.js';
import { join } from 'node:path';
import { remotePathOf } from './remote-tree.js';

/** How the uploads run. */
export interface UploadRun {
  readonly site: SiteConnection;
  readonly localRoot: string;
  readonly remoteRoot: string;
  readonly uploads: readonly PlanUpload[];
  /** Connections (1–10). Default 2. */
  readonly parallel?: number;
  /** Worker threads (default) or this thread. */
  readonly workers?: boolean;
  readonly signal?: AbortSignal;
  /** Called once per file as soon as the server holds it under its real name. */
  readonly onUploaded: (upload: PlanUpload) => void;
  /** Bytes moved so far over all files (throttled). */
  readonly onBytes?: (bytes: number) => void;
}

/** How the uploads ended. */
export interface UploadOutcome {
  readonly uploaded: PlanUpload[];
  readonly failed: PublishFailure[];
  readonly cancelled: number;
}

/**
 * Sends files through the transfer queue: atomic uploads (temporary name, SIZE check, rename, MFMT where
 * offered), retries with back-off, several connections. `onUploaded` fires per file as it completes, so the
 * caller can record it at once.
 */
export async function uploadFiles(run: UploadRun): Promise<UploadOutcome> {
  const queue = await TransferQueue.open({
    resolveSite: async () => run.site,
    createSlot: run.workers === false ? (site) => createInProcessSlot(site) : createWorkerSlot,
    policy: { connections: run.parallel ?? 2, onExists: 'overwrite', atomicUploads: true, maxAttempts: 4 },
  });
  const byJob = new Map<string, PlanUpload>();
  const reported = new Set<string>();
  const outcome: UploadOutcome = { uploaded: [], failed: [], cancelled: 0 };
  const settle = (job: TransferJob): void => {
    const upload = byJob.get(job.id);
    if (upload === undefined || reported.has(job.id)) return;
    if (job.state === 'done') {
      reported.add(job.id);
      outcome.uploaded.push(upload);
      run.onUploaded(upload);
    } else if (job.state === 'failed') {
      reported.add(job.id);
      const reason = job.error === undefined ? 'failed' : `${job.error.message}${job.error.detail === undefined ? '' : ` (${job.error.detail})`}`;
      outcome.failed.push({ path: upload.path, action: 'upload', message: reason });
    }
  };
  queue.on('jobs', (event) => event.changed.forEach(settle));
  if (run.onBytes !== undefined) {
    const onBytes = run.onBytes;
    queue.on('progress', (event) => onBytes(event.total.bytesDone));
  }
  const onAbort = (): void => void queue.cancel();
  run.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (run.signal?.aborted !== true) {
      const jobs = queue.enqueue(
        run.uploads.map((upload) => ({
          siteId: 'publish',
          kind: 'upload' as const,
          remotePath: remotePathOf(run.remoteRoot, upload.path),
          localPath: join(run.localRoot, ...upload.path.split('/')),
        })),
      );
      jobs.forEach((job, index) => {
        const upload = run.uploads[index];
        if (upload !== undefined) byJob.set(job.id, upload);
      });
    }
    await queue.whenIdle();
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
    await queue.close();
  }
  // close() flushed the last events; anything still unreported ended by cancel.
  for (const job of queue.list()) settle(job);
  return { ...outcome, cancelled: byJob.size - reported.size };
}
