import { randomUUID } from 'node:crypto';
import type { JobState, TransferJob } from '../../shared/transfer.js';
import { isFinished, parentState } from './job-tree.js';
import type { ExpandedChild } from './task-types.js';

/** Fields a new job needs; the book assigns id, order and counters. */
export type NewJob = Omit<TransferJob, 'id' | 'seq' | 'createdAt' | 'bytesDone' | 'attempts'>;

/**
 * The queue's jobs and the folder → items index. Every state change goes through `setState`, which keeps a
 * folder's state, bytes and size derived from its items and reports each changed job.
 */
export class JobBook {
  private readonly jobs = new Map<string, TransferJob>();
  private readonly children = new Map<string, string[]>();
  private seq = 0;

  constructor(
    private readonly changed: (job: TransferJob) => void,
    private readonly removed: (id: string) => void,
  ) {}

  /** Takes jobs from a saved queue; those that were running go back to queued. */
  load(saved: readonly TransferJob[]): void {
    for (const job of saved) {
      this.jobs.set(job.id, job.state === 'active' ? { ...job, state: 'queued' } : { ...job });
      this.seq = Math.max(this.seq, job.seq);
      if (job.parentId !== undefined) this.childIds(job.parentId).push(job.id);
    }
  }

  add(fields: NewJob): TransferJob {
    this.seq += 1;
    const job: TransferJob = { ...fields, id: randomUUID(), seq: this.seq, createdAt: Date.now(), bytesDone: 0, attempts: 0 };
    this.jobs.set(job.id, job);
    this.changed(job);
    return job;
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
    job.state = state;
    if (state !== 'waiting') job.question = undefined;
    this.changed(job);
    this.refreshParent(job.parentId);
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
    }
    return removed;
  }

  private refreshParent(parentId: string | undefined): void {
    if (parentId === undefined) return;
    const parent = this.jobs.get(parentId);
    const ids = this.children.get(parentId);
    if (parent === undefined || ids === undefined) return;
    const kids = ids.map((id) => this.jobs.get(id)).filter((job) => job !== undefined);
    const { state, error } = parentState(kids);
    parent.bytesDone = kids.reduce((sum, kid) => sum + kid.bytesDone, 0);
    parent.size = kids.reduce((sum, kid) => sum + (kid.size ?? 0), 0);
    parent.error = error;
    parent.state = state;
    this.changed(parent);
  }

  private childIds(parentId: string): string[] {
    let ids = this.children.get(parentId);
    if (ids === undefined) this.children.set(parentId, (ids = []));
    return ids;
  }
}
