import type { JobProgress, JobState, TransferJob, TransferJobsEvent, TransferProgressEvent } from '../../shared/transfer.js';
import { jobStateSchema } from '../../shared/transfer.js';
import { etaSeconds, SpeedMeter } from './speed-meter.js';

/** Where throttled events go. */
export interface JobEventSink {
  jobs(event: TransferJobsEvent): void;
  progress(event: TransferProgressEvent): void;
  /** Whether anyone takes that kind of event; when not, it is not even built (a CLI batch has no window). */
  listening?(kind: 'jobs' | 'progress'): boolean;
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
    private readonly snapshot: () => {
      jobs: Iterable<TransferJob>;
      get: (id: string) => TransferJob | undefined;
      isParent: (id: string) => boolean;
      /** Something runs (a cheap check, unlike a pass over the jobs). */
      busy: () => boolean;
    },
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
    const { jobs, get, isParent, busy } = this.snapshot();
    const listening = (kind: 'jobs' | 'progress'): boolean => this.sink.listening?.(kind) ?? true;
    if (this.changed.size > 0 || this.removed.size > 0) {
      const changed = [...this.changed].map(get).filter((job) => job !== undefined);
      const removed = [...this.removed];
      this.changed.clear();
      this.removed.clear();
      if (listening('jobs')) this.sink.jobs({ changed, removed });
    }
    if (this.progressDirty && listening('progress')) {
      this.progressDirty = false;
      this.sink.progress(this.progressOf(jobs, isParent));
    } else if (this.progressDirty && busy()) {
      // Nobody listens: no pass over every job, but keep ticking (and dirty) while something runs, so a
      // listener added mid-transfer hears within a tick even if no byte moves meanwhile (a stalled transfer).
      this.arm();
    }
  }

  private progressOf(jobs: Iterable<TransferJob>, isParent: (id: string) => boolean): TransferProgressEvent {
    const now = this.now();
    const progress: JobProgress[] = [];
    const counts = Object.fromEntries(jobStateSchema.options.map((state) => [state, 0])) as Record<JobState, number>;
    let bytesDone = 0;
    let bytesTotal = 0;
    let active = false;
    for (const job of jobs) {
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
