import type { JobProgress, JobState, TransferJob } from '../../../shared/transfer.js';
import { formatSize } from '../browser/format.js';

/** Words for each state, as the row's badge shows them. */
export const stateLabels: Readonly<Record<JobState, string>> = {
  queued: 'Queued',
  active: 'Transferring',
  paused: 'Paused',
  waiting: 'File exists',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** "1.2 MB/s"; nothing for a standstill. */
export function formatSpeed(bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? `${formatSize(Math.round(bytesPerSecond))}/s` : '';
}

/** Time left as "45 s", "3:07 min" or "2 h 05 min"; nothing when unknown. */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '';
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')} min`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** The file or folder name a row is about. */
export function jobName(job: TransferJob): string {
  const path = job.kind === 'upload' && job.localPath !== undefined ? job.localPath : job.remotePath;
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.at(-1) ?? path;
}

/** Source → target, in the direction the bytes go. */
export function jobRoute(job: TransferJob): { from: string; to: string } {
  const local = job.localPath ?? '';
  return job.kind === 'upload' ? { from: local, to: job.remotePath } : { from: job.remotePath, to: local };
}

/** What a row shows about one job: bytes, share done (0–1, null when unknown), speed, time left and state. */
export interface RowFigures {
  readonly bytes: string;
  readonly fraction: number | null;
  readonly speed: string;
  readonly eta: string;
  readonly state: string;
}

/** The row's figures from the job and, while it runs, its latest progress tick. */
export function rowFigures(job: TransferJob, progress: JobProgress | undefined): RowFigures {
  const done = progress?.bytesDone ?? job.bytesDone;
  const size = progress?.size ?? job.size;
  const running = job.state === 'active';
  let bytes: string;
  if (job.folder && size === undefined) bytes = 'Folder';
  else if (size === undefined) bytes = done > 0 ? formatSize(done) : '';
  else if (job.state === 'done' || done >= size || (!running && done === 0)) bytes = formatSize(size);
  else bytes = `${formatSize(done)} of ${formatSize(size)}`;
  const fraction = job.state === 'done' ? 1 : size === undefined || size === 0 ? (running ? null : 0) : Math.min(1, done / size);
  const state = job.state === 'done' && job.skipped === true ? 'Skipped (exists)' : stateLabels[job.state];
  return {
    bytes,
    fraction,
    speed: running ? formatSpeed(progress?.speed ?? 0) : '',
    eta: running ? formatEta(progress?.eta) : '',
    state,
  };
}

/** Which per-row actions apply in a state. */
export function rowActions(job: TransferJob): { pause: boolean; resume: boolean; cancel: boolean; retry: boolean } {
  const { state } = job;
  return {
    pause: state === 'queued' || state === 'active' || state === 'waiting',
    resume: state === 'paused',
    cancel: state === 'queued' || state === 'active' || state === 'waiting' || state === 'paused',
    retry: (state === 'failed' && job.error?.code !== 'PATH_UNSAFE') || state === 'cancelled',
  };
}
