import type { JobState, TransferError, TransferJob } from '../../shared/transfer.js';

/** The state a folder job shows, from its files' states: running beats waiting beats paused beats finished. */
export function parentState(children: readonly TransferJob[]): { state: JobState; error?: TransferError } {
  const counts = new Map<JobState, number>();
  for (const child of children) counts.set(child.state, (counts.get(child.state) ?? 0) + 1);
  return stateFromCounts(counts, children.length);
}

/** parentState from how many items are in each state (kept up to date by JobBook, so no pass over the items). */
export function stateFromCounts(counts: ReadonlyMap<JobState, number>, total: number): { state: JobState; error?: TransferError } {
  const count = (state: JobState): number => counts.get(state) ?? 0;
  for (const state of ['active', 'queued', 'waiting', 'paused'] as const) {
    if (count(state) > 0) return { state };
  }
  const failed = count('failed');
  if (failed > 0) {
    return { state: 'failed', error: { code: 'CHILDREN_FAILED', message: `${failed} of ${total} items failed` } };
  }
  if (count('cancelled') === total) return { state: 'cancelled' };
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
