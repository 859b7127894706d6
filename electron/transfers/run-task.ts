import { describeFailure } from './describe-failure.js';
import { runDownload } from './run-download.js';
import { runExpandDownload, runExpandUpload } from './run-expand.js';
import { runDelete, runMkdir } from './run-remote-ops.js';
import { runUpload } from './run-upload.js';
import type { TaskContext } from './task-context.js';
import type { SiteClient } from './site-client.js';
import type { TaskOutcome, TaskProgress, TransferTask } from './task-types.js';

/**
 * Runs one task on one connection and never throws: every failure becomes a `failed` outcome (classified for
 * retry), a cancel becomes `aborted`. A failure that left the connection unknown drops it, so the next task
 * reconnects.
 */
export async function runTask(
  task: TransferTask,
  connection: SiteClient,
  signal: AbortSignal,
  onProgress: (progress: TaskProgress) => void,
): Promise<TaskOutcome> {
  const ctx = { client: () => connection.get(), signal, progress: onProgress };
  try {
    const outcome = await dispatch(task, ctx);
    return signal.aborted ? { status: 'aborted' } : outcome;
  } catch (error) {
    if (signal.aborted) return { status: 'aborted' };
    const failure = describeFailure(error);
    if (failure.connectionLost) connection.drop();
    return { status: 'failed', error: failure };
  } finally {
    if (!signal.aborted) connection.idle();
  }
}

async function dispatch(task: TransferTask, ctx: TaskContext): Promise<TaskOutcome> {
  switch (task.type) {
    case 'download':
      return runDownload(task, ctx);
    case 'upload':
      return runUpload(task, ctx);
    case 'expand-download':
      return runExpandDownload(task.remotePath, task.localPath, ctx);
    case 'expand-upload':
      return runExpandUpload(task.localPath, task.remotePath, ctx);
    case 'delete':
      return runDelete(task.remotePath, task.folder, ctx);
    case 'mkdir':
      return runMkdir(task.remotePath, ctx);
  }
}
