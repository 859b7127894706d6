import type { JobState, TransferError, TransferJob } from '../../shared/transfer.js';

/** The state a folder job shows, from its files' states: running beats waiting beats paused beats finished. */
export function parentState(children: readonly TransferJob[]): { state: JobState; error?: TransferError } {
  const count = (state: JobState): number => children.filter((child) => child.state === state).length;
  for (const state of ['active', 'queued', 'waiting', 'paused'] as const) {
    if (count(state) > 0) return { state };
  }
  const failed = count('failed');
  if (failed > 0) {
    return { state: 'failed', error: { code: 'CHILDREN_FAILED', message: `${failed} of ${children.length} items failed` } };
  }
  if (count('cancelled') === children.length) return { state: 'cancelled' };
  return { state: 'done' };
}

/** Scheduling order: higher priority first, then first come first served. */
export function byPriority(a: TransferJob, b: TransferJob): number {
  return b.priority - a.priority || a.seq - b.seq;
}

/** True once a job will not change without a user's action. */
export function isFinished(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}
