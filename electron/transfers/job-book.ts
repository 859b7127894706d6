import { randomUUID } from 'node:crypto';
import type { JobState, TransferJob } from '../../shared/transfer.js';
import { isFinished, stateFromCounts } from './job-tree.js';
import type { ExpandedChild } from './task-types.js';

/** Fields a new job needs; the book assigns id, order and counters. */
export type NewJob = Omit<TransferJob, 'id' | 'seq' | 'createdAt' | 'bytesDone' | 'attempts'>;

/** A folder's running sums over its items: how many are in each state, their bytes and sizes. */
interface FolderTotals {
  readonly counts: Map<JobState, number>;
  items: number;
  bytesDone: number;
  size: number;
}

/**
 * The queue's jobs and the folder → items index. Every state change goes through `setState`, which keeps a
 * folder's state, bytes and size derived from its items and reports each changed job. The derivation uses
 * running totals (item bytes change through `setBytes`), not a pass over the items: a folder of 2000 files
 * changes state 4000 times.
 */
export class JobBook {
  private readonly jobs = new Map<string, TransferJob>();
  private readonly children = new Map<string, string[]>();
  private readonly totals = new Map<string, FolderTotals>();
  private seq = 0;
  private queuedVersion = 0;

  constructor(
    private readonly changed: (job: TransferJob) => void,
    private readonly removed: (id: string) => void,
  ) {}

  /** Takes jobs from a saved queue; those that were running go back to queued. */
  load(saved: readonly TransferJob[]): void {
    this.queuedVersion += 1;
    for (const job of saved) {
      const copy: TransferJob = job.state === 'active' ? { ...job, state: 'queued' } : { ...job };
      this.jobs.set(job.id, copy);
      this.seq = Math.max(this.seq, job.seq);
      if (job.parentId !== undefined) {
        this.childIds(job.parentId).push(job.id);
        this.count(copy);
      }
    }
  }

  add(fields: NewJob): TransferJob {
    this.seq += 1;
    const job: TransferJob = { ...fields, id: randomUUID(), seq: this.seq, createdAt: Date.now(), bytesDone: 0, attempts: 0 };
    this.jobs.set(job.id, job);
    if (job.state === 'queued') this.queuedVersion += 1;
    this.changed(job);
    return job;
  }

  /** Changes whenever a job that runs a task of its own becomes queued (added, resumed, retried, reloaded). */
  get readyVersion(): number {
    return this.queuedVersion;
  }

  get(id: string): TransferJob | undefined {
    return this.jobs.get(id);
  }

  all(): IterableIterator<TransferJob> {
    return this.jobs.values();
  }

  /** A folder job that was expanded: it runs no task of its own any more. */
  isParent(id: string): boolean {
    return this.children.has(id);
  }

  setState(job: TransferJob, state: JobState): void {
    const totals = job.parentId === undefined ? undefined : this.totals.get(job.parentId);
    if (totals !== undefined) {
      totals.counts.set(job.state, (totals.counts.get(job.state) ?? 0) - 1);
      totals.counts.set(state, (totals.counts.get(state) ?? 0) + 1);
    }
    job.state = state;
    if (state === 'queued' && !this.children.has(job.id)) this.queuedVersion += 1;
    if (state !== 'waiting') job.question = undefined;
    this.changed(job);
    this.refreshParent(job.parentId);
  }

  /** Sets a job's bytes moved, and its size when known (every change goes here, so the folder's sums stay right). */
  setBytes(job: TransferJob, bytesDone: number, size?: number): void {
    const totals = job.parentId === undefined ? undefined : this.totals.get(job.parentId);
    if (totals !== undefined) {
      totals.bytesDone += bytesDone - job.bytesDone;
      if (size !== undefined) totals.size += size - (job.size ?? 0);
    }
    job.bytesDone = bytesDone;
    if (size !== undefined) job.size = size;
  }

  /** Adds a folder's items (refused names are created failed) and derives the folder's state from them. */
  expand(job: TransferJob, children: readonly ExpandedChild[]): void {
    const ids = this.childIds(job.id);
    for (const child of children) {
      const refused = child.refused;
      const added = this.add({
        siteId: job.siteId,
        kind: job.kind,
        folder: false,
        remotePath: child.remotePath,
        localPath: child.localPath,
        localRoot: job.kind === 'download' ? job.localPath : undefined,
        parentId: job.id,
        priority: job.priority,
        onExists: job.onExists,
        size: child.size,
        remoteModified: child.modified,
        targetAbsent: child.targetAbsent,
        state: refused === undefined ? 'queued' : 'failed',
        error: refused === undefined ? undefined : { code: refused.code, message: refused.message },
      });
      ids.push(added.id);
      this.count(added);
    }
    this.refreshParent(job.id);
  }

  /** The jobs `ids` name, an expanded folder standing for its items; every job when `ids` is undefined. */
  targets(ids: readonly string[] | undefined): TransferJob[] {
    if (ids === undefined) return [...this.jobs.values()].filter((job) => !this.children.has(job.id));
    const out = new Set<TransferJob>();
    for (const id of ids) {
      const job = this.jobs.get(id);
      if (job === undefined) continue;
      if (!this.children.has(id)) out.add(job);
      for (const child of this.children.get(id) ?? []) {
        const kid = this.jobs.get(child);
        if (kid !== undefined) out.add(kid);
      }
    }
    return [...out];
  }

  /** Removes finished top-level jobs with their items; returns how many jobs went. */
  clearFinished(): number {
    let removed = 0;
    for (const job of [...this.jobs.values()]) {
      if (!this.jobs.has(job.id) || !isFinished(job.state)) continue;
      if (job.parentId !== undefined && this.jobs.has(job.parentId)) continue;
      for (const id of [...(this.children.get(job.id) ?? []), job.id]) {
        this.jobs.delete(id);
        this.removed(id);
        removed += 1;
      }
      this.children.delete(job.id);
      this.totals.delete(job.id);
    }
    return removed;
  }

  private refreshParent(parentId: string | undefined): void {
    if (parentId === undefined) return;
    const parent = this.jobs.get(parentId);
    const totals = this.totals.get(parentId);
    if (parent === undefined || totals === undefined) return;
    const { state, error } = stateFromCounts(totals.counts, totals.items);
    parent.bytesDone = totals.bytesDone;
    parent.size = totals.size;
    parent.error = error;
    parent.state = state;
    this.changed(parent);
  }

  /** Adds an item (just created or loaded) to its folder's totals. */
  private count(item: TransferJob): void {
    if (item.parentId === undefined) return;
    let totals = this.totals.get(item.parentId);
    if (totals === undefined) this.totals.set(item.parentId, (totals = { counts: new Map(), items: 0, bytesDone: 0, size: 0 }));
    totals.counts.set(item.state, (totals.counts.get(item.state) ?? 0) + 1);
    totals.items += 1;
    totals.bytesDone += item.bytesDone;
    totals.size += item.size ?? 0;
  }

  private childIds(parentId: string): string[] {
    let ids = this.children.get(parentId);
    if (ids === undefined) this.children.set(parentId, (ids = []));
    return ids;
  }
}
