import type { JobProgress, JobState, TransferJob, TransferJobsEvent, TransferProgressEvent } from '../../shared/transfer.js';
import { jobStateSchema } from '../../shared/transfer.js';
import { etaSeconds, SpeedMeter } from './speed-meter.js';

/** Where throttled events go. */
export interface JobEventSink {
  jobs(event: TransferJobsEvent): void;
  progress(event: TransferProgressEvent): void;
}

/**
 * Batches job changes and progress into at most one `jobs` and one `progress` event per interval (default
 * 100 ms: ≤ 10 events/s each, DESIGN "IPC"), computing smoothed speeds and ETAs at each tick.
 */
export class JobEventBatcher {
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly meters = new Map<string, SpeedMeter>();
  private readonly total = new SpeedMeter();
  private timer: NodeJS.Timeout | undefined;
  private progressDirty = false;

  constructor(
    private readonly snapshot: () => { jobs: Iterable<TransferJob>; isParent: (id: string) => boolean },
    private readonly sink: JobEventSink,
    private readonly intervalMs = 100,
    private readonly now: () => number = Date.now,
  ) {}

  jobChanged(id: string): void {
    this.changed.add(id);
    this.progressDirty = true;
    this.arm();
  }

  jobRemoved(id: string): void {
    this.changed.delete(id);
    this.removed.add(id);
    this.meters.delete(id);
    this.arm();
  }

  bytesMoved(): void {
    this.progressDirty = true;
    this.arm();
  }

  /** Emits what is pending now (used on close, and by the timer). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { jobs, isParent } = this.snapshot();
    const byId = new Map<string, TransferJob>();
    for (const job of jobs) byId.set(job.id, job);
    if (this.changed.size > 0 || this.removed.size > 0) {
      const changed = [...this.changed].map((id) => byId.get(id)).filter((job) => job !== undefined);
      const removed = [...this.removed];
      this.changed.clear();
      this.removed.clear();
      this.sink.jobs({ changed, removed });
    }
    if (this.progressDirty) {
      this.progressDirty = false;
      this.sink.progress(this.progressOf(byId, isParent));
    }
  }

  private progressOf(byId: ReadonlyMap<string, TransferJob>, isParent: (id: string) => boolean): TransferProgressEvent {
    const now = this.now();
    const progress: JobProgress[] = [];
    const counts = Object.fromEntries(jobStateSchema.options.map((state) => [state, 0])) as Record<JobState, number>;
    let bytesDone = 0;
    let bytesTotal = 0;
    let active = false;
    for (const job of byId.values()) {
      if (isParent(job.id)) continue;
      counts[job.state] += 1;
      bytesDone += job.bytesDone;
      bytesTotal += job.size ?? job.bytesDone;
      if (job.state !== 'active') {
        this.meters.delete(job.id);
        continue;
      }
      active = true;
      let meter = this.meters.get(job.id);
      if (meter === undefined) this.meters.set(job.id, (meter = new SpeedMeter()));
      const speed = meter.sample(job.bytesDone, now);
      const eta = etaSeconds(job.bytesDone, job.size, speed);
      progress.push({ id: job.id, bytesDone: job.bytesDone, size: job.size, speed, ...(eta === undefined ? {} : { eta }) });
    }
    const speed = this.total.sample(bytesDone, now);
    const eta = active ? etaSeconds(bytesDone, bytesTotal, speed) : undefined;
    if (active) {
      // Keep ticking while something runs, so a stalled transfer's speed decays instead of freezing.
      this.progressDirty = true;
      this.arm();
    }
    return { jobs: progress, total: { bytesDone, bytesTotal, speed: active ? speed : 0, ...(eta === undefined ? {} : { eta }), counts } };
  }

  private arm(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), this.intervalMs);
    this.timer.unref();
  }
}
