import { EventEmitter } from 'node:events';
import {
  defaultTransferPolicy,
  transferRequestSchema,
  type ExistsDecision,
  type ExistsQuestion,
  type TransferJob,
  type TransferJobsEvent,
  type TransferPolicy,
  type TransferProgressEvent,
  type TransferRequest,
} from '../../shared/transfer.js';
import { describeFailure } from './describe-failure.js';
import { JobEventBatcher } from './job-events.js';
import { JobBook } from './job-book.js';
import { byPriority } from './job-tree.js';
import { partPathOf, removeQuietly } from './local-files.js';
import type { QueueSnapshot, QueueStore } from './queue-store.js';
import { SitePool } from './site-pool.js';
import { taskFor } from './task-for.js';
import type { SiteConnection, TaskOutcome, TaskProgress } from './task-types.js';
import type { FailureInfo } from './transfer-failure.js';
import type { SlotFactory, TransferSlot } from './transfer-slot.js';
import { createWorkerSlot } from './worker-slot.js';

/** What the queue needs from outside; everything but `resolveSite` has a default. */
export interface TransferQueueOptions {
  /** How to reach a site (with its password); asked once per site per session. */
  readonly resolveSite: (siteId: string) => Promise<SiteConnection>;
  /** Default: a worker thread per connection. */
  readonly createSlot?: SlotFactory;
  readonly store?: QueueStore;
  readonly policy?: Partial<TransferPolicy>;
  /** Delay before the n-th retry (n ≥ 1). Default: 1 s, doubling, at most 60 s, ±25 % jitter. */
  readonly retryDelayMs?: (attempt: number) => number;
  /** Throttle of the `jobs`/`progress` events. Default 100 ms. */
  readonly eventIntervalMs?: number;
}

/** Events of the queue: throttled batches, and each new question at once. */
export type TransferQueueEvents = {
  jobs: [TransferJobsEvent];
  progress: [TransferProgressEvent];
  question: [ExistsQuestion];
};

interface Runtime {
  notBefore: number;
  stop: 'pause' | 'cancel' | 'shutdown' | undefined;
  slot: TransferSlot | undefined;
}

/** Exponential back-off with jitter, so several connections refused together do not return together. */
export function defaultRetryDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
}

/**
 * The transfer queue: jobs, their states and a scheduler that runs up to N per site over a pool of
 * connections. Folder jobs expand into file jobs; transient failures retry with back-off; the queue is saved
 * on every change and reloaded by `open` (active jobs go back to queued and resume).
 */
export class TransferQueue extends EventEmitter<TransferQueueEvents> {
  private readonly book: JobBook;
  private readonly runtime = new Map<string, Runtime>();
  private readonly pools = new Map<string, SitePool>();
  private readonly events: JobEventBatcher;
  private readonly createSlot: SlotFactory;
  private readonly retryDelay: (attempt: number) => number;
  private policy: TransferPolicy;
  private applyToAll: ExistsDecision | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly executions = new Set<Promise<void>>();
  private idleWaiters: Array<() => void> = [];
  private ready: { version: number; jobs: TransferJob[]; head: number } | undefined;

  /** Loads the saved queue (if a store is given) and starts it. */
  static async open(options: TransferQueueOptions): Promise<TransferQueue> {
    const queue = new TransferQueue(options, await options.store?.load());
    queue.pump();
    return queue;
  }

  private constructor(
    private readonly options: TransferQueueOptions,
    saved: QueueSnapshot | undefined,
  ) {
    super();
    this.createSlot = options.createSlot ?? createWorkerSlot;
    this.retryDelay = options.retryDelayMs ?? defaultRetryDelay;
    this.policy = { ...defaultTransferPolicy, ...saved?.policy, ...options.policy };
    this.applyToAll = saved?.applyToAll;
    this.events = new JobEventBatcher(
      () => ({ jobs: this.book.all(), get: (id) => this.book.get(id), isParent: (id) => this.book.isParent(id), busy: () => [...this.pools.values()].some((p) => p.busy > 0) }),
      { jobs: (event) => this.emit('jobs', event), progress: (event) => this.emit('progress', event), listening: (kind) => this.listenerCount(kind) > 0 },
      options.eventIntervalMs,
    );
    this.book = new JobBook(
      (job) => {
        this.events.jobChanged(job.id);
        this.save();
      },
      (id) => {
        this.runtime.delete(id);
        this.events.jobRemoved(id);
      },
    );
    // Whatever ran when the process stopped runs again; its .part or temporary upload is resumed.
    this.book.load(saved?.jobs ?? []);
  }

  /** Adds jobs (validated); they start as soon as their site has a free connection. */
  enqueue(requests: readonly TransferRequest[]): TransferJob[] {
    const added = requests.map((raw) => {
      const request = transferRequestSchema.parse(raw);
      return this.book.add({ ...request, state: 'queued' });
    });
    this.pump();
    return added.map((job) => ({ ...job }));
  }

  /** Every job, in scheduling order of creation. */
  list(): TransferJob[] {
    return [...this.book.all()].sort((a, b) => a.seq - b.seq).map((job) => ({ ...job }));
  }

  /** The policy in effect. */
  getPolicy(): TransferPolicy {
    return { ...this.policy };
  }

  /** Connections a site may use now: the policy's, or fewer after the server refused some (421). */
  connectionCap(siteId: string): number {
    return this.poolOf(siteId).cap(this.policy.connections);
  }

  /** Changes the policy; a new file-exists policy replaces an earlier "apply to all" answer. */
  setPolicy(patch: Partial<TransferPolicy>): TransferPolicy {
    this.policy = { ...this.policy, ...patch };
    if (patch.onExists !== undefined) this.applyToAll = undefined;
    this.save();
    this.pump();
    return this.getPolicy();
  }

  /** Pauses jobs (all when no ids): queued and waiting ones at once, running ones by aborting the transfer. */
  pause(ids?: readonly string[]): number {
    return this.act(ids, (job) => {
      if (job.state === 'queued' || job.state === 'waiting') this.setState(job, 'paused');
      else if (job.state === 'active') this.stop(job, 'pause');
      else return false;
      return true;
    });
  }

  /** Resumes paused jobs (all when no ids). */
  resume(ids?: readonly string[]): number {
    return this.act(ids, (job) => {
      if (job.state !== 'paused') return false;
      this.rt(job.id).notBefore = 0;
      this.setState(job, 'queued');
      return true;
    });
  }

  /** Cancels jobs (all when no ids); a running transfer is aborted and a download's `.part` removed. */
  cancel(ids?: readonly string[]): number {
    return this.act(ids, (job) => {
      if (job.state === 'queued' || job.state === 'waiting' || job.state === 'paused') this.setState(job, 'cancelled');
      else if (job.state === 'active') this.stop(job, 'cancel');
      else return false;
      return true;
    });
  }

  /** Queues failed or cancelled jobs again with a fresh attempt count (all when no ids); refused names stay failed. */
  retry(ids?: readonly string[]): number {
    return this.act(ids, (job) => {
      if (job.state !== 'failed' && job.state !== 'cancelled') return false;
      // A refused remote name stays refused: there is nothing safe to retry.
      if (job.error?.code === 'PATH_UNSAFE') return false;
      job.attempts = 0;
      job.error = undefined;
      this.rt(job.id).notBefore = 0;
      this.setState(job, 'queued');
      return true;
    });
  }

  /** Removes finished jobs (a folder once all its items finished); returns how many were removed. */
  clearFinished(): number {
    const removed = this.book.clearFinished();
    this.save();
    this.checkIdle();
    return removed;
  }

  /** Answers a job's file-exists question; with `applyToAll`, every waiting and later conflict too. Returns how many jobs it answered. */
  answer(jobId: string, decision: ExistsDecision, applyToAll = false): number {
    const job = this.book.get(jobId);
    if (job === undefined || job.state !== 'waiting') return 0;
    if (applyToAll) this.applyToAll = decision;
    const answered = applyToAll ? [...this.book.all()].filter((other) => other.state === 'waiting') : [job];
    for (const other of answered) {
      other.onExists = decision;
      other.question = undefined;
      this.setState(other, 'queued');
    }
    this.pump();
    return answered.length;
  }

  /** Resolves once nothing is queued or running (paused, waiting and finished jobs do not count). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.checkIdle();
    });
  }

  /**
   * Stops: running transfers are aborted and go back to `queued` (a transfer that finished meanwhile counts as
   * done), so the next `open` resumes them; connections and workers are closed and the queue is written.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    for (const rt of this.runtime.values()) {
      if (rt.slot === undefined) continue;
      rt.stop = 'shutdown';
      rt.slot.cancel();
    }
    await Promise.all(this.executions);
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.events.flush();
    this.save();
    await this.options.store?.flush();
  }

  private pump(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = Date.now();
    let wake = Infinity;
    // Runs after every finished file, so it must not sort thousands of queued items each time: the sorted list
    // is kept until a job becomes queued again (readyVersion), started jobs are skipped, and the walk stops once
    // no connection is free. The same jobs start in the same order as sorting every time; only the back-off
    // timer is then left to the next pump, which comes when a running job ends and frees a connection.
    const ready = this.readyList();
    while (ready.head < ready.jobs.length && !this.isReady(ready.jobs[ready.head]!)) ready.head += 1;
    const hasRoom = (pool: SitePool): boolean => pool.busy < pool.cap(this.policy.connections);
    let room = [...this.pools.values()].some(hasRoom);
    for (let i = ready.head; room && i < ready.jobs.length; i += 1) {
      const job = ready.jobs[i]!;
      if (!this.isReady(job)) continue;
      const pool = this.poolOf(job.siteId);
      const notBefore = Math.max(this.rt(job.id).notBefore, pool.holdUntil);
      if (notBefore > now) {
        wake = Math.min(wake, notBefore);
        continue;
      }
      if (!hasRoom(pool)) continue;
      pool.busy += 1;
      this.setState(job, 'active');
      const execution = this.execute(job, pool).finally(() => this.executions.delete(execution));
      this.executions.add(execution);
      room = [...this.pools.values()].some(hasRoom);
    }
    if (wake < Infinity) this.timer = setTimeout(() => this.pump(), wake - now);
    this.checkIdle();
  }

  /** A job that runs a task of its own and waits for a connection. */
  private isReady(job: TransferJob): boolean {
    return job.state === 'queued' && !this.book.isParent(job.id);
  }

  /** The ready jobs in scheduling order, rebuilt only when a job became queued since (see pump). */
  private readyList(): { jobs: TransferJob[]; head: number } {
    if (this.ready?.version !== this.book.readyVersion) {
      const jobs = [...this.book.all()].filter((job) => this.isReady(job)).sort(byPriority);
      // Every site with a ready job has its pool, so "no pool has room" covers them all.
      for (const job of jobs) this.poolOf(job.siteId);
      this.ready = { version: this.book.readyVersion, jobs, head: 0 };
    }
    return this.ready;
  }

  private async execute(job: TransferJob, pool: SitePool): Promise<void> {
    const rt = this.rt(job.id);
    let slot: TransferSlot;
    try {
      slot = await pool.take();
    } catch (error) {
      pool.busy -= 1;
      this.settle(job, { status: 'failed', error: describeFailure(error) });
      this.pump();
      return;
    }
    rt.slot = slot;
    const outcome: TaskOutcome =
      rt.stop !== undefined || this.closed
        ? { status: 'aborted' }
        : await this.runOn(slot, job);
    rt.slot = undefined;
    pool.busy -= 1;
    if (this.closed) {
      void slot.close();
      this.settle(job, outcome);
      return;
    }
    if (outcome.status === 'failed' && outcome.error.tooManyConnections) {
      void slot.close();
      pool.refused(Date.now(), this.retryDelay(1));
    } else pool.release(slot, pool.cap(this.policy.connections));
    this.settle(job, outcome);
    this.pump();
  }

  private runOn(slot: TransferSlot, job: TransferJob): Promise<TaskOutcome> {
    // The task is built first: `rerun` must say whether an earlier run may have left this job's own output.
    const task = taskFor(job, this.policy, this.applyToAll);
    job.started = true;
    return slot.run(task, (progress) => this.onProgress(job, progress));
  }

  private settle(job: TransferJob, outcome: TaskOutcome): void {
    const rt = this.rt(job.id);
    const stop = rt.stop;
    rt.stop = undefined;
    if (outcome.status === 'done') {
      this.book.setBytes(job, outcome.size ?? job.bytesDone, outcome.size);
      if (outcome.skipped === true) job.skipped = true;
      job.error = undefined;
      this.setState(job, 'done');
    } else if (stop === 'pause') this.setState(job, 'paused');
    else if (stop === 'shutdown') this.setState(job, 'queued');
    else if (stop === 'cancel') {
      if (job.kind === 'download' && !job.folder && job.localPath !== undefined) void removeQuietly(partPathOf(job.localPath));
      this.setState(job, 'cancelled');
    } else if (outcome.status === 'conflict') {
      job.question = { jobId: job.id, kind: job.kind === 'upload' ? 'upload' : 'download', target: outcome.target, source: outcome.source, existing: outcome.existing };
      this.setState(job, 'waiting');
      this.emit('question', job.question);
    } else if (outcome.status === 'expanded') {
      if (outcome.children.length === 0) this.setState(job, 'done');
      else this.book.expand(job, outcome.children);
    }
    else if (outcome.status === 'failed') this.failOrRetry(job, outcome.error);
    else this.failOrRetry(job, { code: 'FTP_ABORTED', message: 'The transfer stopped unexpectedly', transient: true, tooManyConnections: false, connectionLost: true });
  }

  private failOrRetry(job: TransferJob, failure: FailureInfo): void {
    job.attempts += 1;
    job.error = { code: failure.code, message: failure.message, ...(failure.detail === undefined ? {} : { detail: failure.detail }) };
    if (failure.transient && job.attempts < this.policy.maxAttempts) {
      this.rt(job.id).notBefore = Date.now() + this.retryDelay(job.attempts);
      this.setState(job, 'queued');
    } else this.setState(job, 'failed');
  }

  private onProgress(job: TransferJob, progress: TaskProgress): void {
    this.book.setBytes(job, progress.bytes, progress.size);
    this.events.bytesMoved();
  }

  private act(ids: readonly string[] | undefined, action: (job: TransferJob) => boolean): number {
    let count = 0;
    for (const job of this.book.targets(ids)) if (action(job)) count += 1;
    this.pump();
    return count;
  }

  private stop(job: TransferJob, how: 'pause' | 'cancel'): void {
    const rt = this.rt(job.id);
    rt.stop = how;
    rt.slot?.cancel();
  }

  private setState(job: TransferJob, state: TransferJob['state']): void {
    this.book.setState(job, state);
  }

  private save(): void {
    this.options.store?.schedule(() => ({
      version: 1,
      policy: this.policy,
      ...(this.applyToAll === undefined ? {} : { applyToAll: this.applyToAll }),
      jobs: [...this.book.all()],
    }));
  }

  private checkIdle(): void {
    if (this.idleWaiters.length === 0) return;
    for (const job of this.book.all()) if (job.state === 'queued' || job.state === 'active') return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private rt(id: string): Runtime {
    let rt = this.runtime.get(id);
    if (rt === undefined) this.runtime.set(id, (rt = { notBefore: 0, stop: undefined, slot: undefined }));
    return rt;
  }

  private poolOf(siteId: string): SitePool {
    let pool = this.pools.get(siteId);
    if (pool === undefined) this.pools.set(siteId, (pool = new SitePool(siteId, this.options.resolveSite, this.createSlot)));
    return pool;
  }
}
