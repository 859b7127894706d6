import type { ExistsDecision, TransferJob, TransferPolicy } from '../../shared/transfer.js';
import type { TransferTask } from './task-types.js';

/** Turns a queued job into the task a connection runs, with the file-exists policy in effect for it. */
export function taskFor(job: TransferJob, policy: TransferPolicy, applyToAll: ExistsDecision | undefined): TransferTask {
  const onExists = job.onExists ?? applyToAll ?? policy.onExists;
  const localPath = job.localPath ?? '';
  switch (job.kind) {
    case 'download':
      if (job.folder) return { type: 'expand-download', remotePath: job.remotePath, localPath };
      return {
        type: 'download',
        remotePath: job.remotePath,
        localPath,
        ...(job.localRoot === undefined ? {} : { localRoot: job.localRoot }),
        ...(job.size === undefined ? {} : { size: job.size }),
        ...(job.remoteModified === undefined ? {} : { modified: job.remoteModified }),
        onExists,
        rerun: job.started === true,
        // Trusted on the first attempt of a first run only: any earlier attempt may have left a .part or the file.
        ...(job.targetAbsent === true && job.started !== true && job.attempts === 0 ? { targetAbsent: true } : {}),
      };
    case 'upload':
      if (job.folder) return { type: 'expand-upload', localPath, remotePath: job.remotePath };
      return { type: 'upload', localPath, remotePath: job.remotePath, onExists, atomic: policy.atomicUploads, rerun: job.started === true, targetAbsent: job.targetAbsent === true, resumePartial: job.attempts > 0 };
    case 'delete':
      return { type: 'delete', remotePath: job.remotePath, folder: job.folder };
    case 'mkdir':
      return { type: 'mkdir', remotePath: job.remotePath };
  }
}
