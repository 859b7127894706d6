import { remoteParent } from '../../../shared/remote-path.js';
import type { ExistsQuestion, JobProgress, JobState, TotalProgress, TransferJob, TransferJobsEvent } from '../../../shared/transfer.js';

/** The panel's tabs, in order. */
export const transferTabs = ['queued', 'active', 'failed', 'done'] as const;
export type TransferTab = (typeof transferTabs)[number];

/** Which tab a job's state belongs to: waiting (for an answer) and paused jobs still wait their turn. */
export const tabOfState: Readonly<Record<JobState, TransferTab>> = {
  queued: 'queued',
  paused: 'queued',
  waiting: 'queued',
  active: 'active',
  failed: 'failed',
  cancelled: 'failed',
  done: 'done',
};

/** What the renderer knows of the queue: jobs by id, live progress of running ones, totals, open questions. */
export interface TransferSnapshot {
  readonly jobs: ReadonlyMap<string, TransferJob>;
  readonly progress: ReadonlyMap<string, JobProgress>;
  readonly total: TotalProgress | null;
  /** Questions in the order they came; the dialog shows the first. */
  readonly questions: readonly ExistsQuestion[];
}

/** Nothing known yet. */
export const emptySnapshot: TransferSnapshot = { jobs: new Map(), progress: new Map(), total: null, questions: [] };

/** The whole queue from `transfers:list` (a reload): questions come back from the waiting jobs. */
export function snapshotOfList(jobs: readonly TransferJob[]): TransferSnapshot {
  const questions = jobs.flatMap((job) => (job.state === 'waiting' && job.question !== undefined ? [job.question] : []));
  return { ...emptySnapshot, jobs: new Map(jobs.map((job) => [job.id, job])), questions };
}

/** Applies a `transfers:jobs` batch; a job that stopped waiting drops its question. */
export function applyJobs(snapshot: TransferSnapshot, event: TransferJobsEvent): TransferSnapshot {
  const jobs = new Map(snapshot.jobs);
  const progress = new Map(snapshot.progress);
  for (const id of event.removed) {
    jobs.delete(id);
    progress.delete(id);
  }
  for (const job of event.changed) {
    jobs.set(job.id, job);
    if (job.state !== 'active') progress.delete(job.id);
  }
  const questions = snapshot.questions.filter((question) => jobs.get(question.jobId)?.state === 'waiting');
  return { ...snapshot, jobs, progress, questions };
}

/** Applies a `transfers:progress` tick: running jobs' bytes, speed and ETA, and the totals. */
export function applyProgress(snapshot: TransferSnapshot, event: { jobs: readonly JobProgress[]; total: TotalProgress }): TransferSnapshot {
  return { ...snapshot, progress: new Map(event.jobs.map((job) => [job.id, job])), total: event.total };
}

/** Adds a `transfers:question` (once per job). */
export function addQuestion(snapshot: TransferSnapshot, question: ExistsQuestion): TransferSnapshot {
  if (snapshot.questions.some((known) => known.jobId === question.jobId)) return snapshot;
  return { ...snapshot, questions: [...snapshot.questions, question] };
}

/** The jobs the panel lists: files and not-yet-expanded folders; an expanded folder is only its items. */
export function listedJobs(jobs: ReadonlyMap<string, TransferJob>): TransferJob[] {
  const parents = new Set<string>();
  for (const job of jobs.values()) if (job.parentId !== undefined) parents.add(job.parentId);
  return [...jobs.values()].filter((job) => !parents.has(job.id)).sort((a, b) => a.seq - b.seq);
}

/** Listed jobs split by tab, each in queue order. */
export function jobsByTab(listed: readonly TransferJob[]): Record<TransferTab, TransferJob[]> {
  const tabs: Record<TransferTab, TransferJob[]> = { queued: [], active: [], failed: [], done: [] };
  for (const job of listed) tabs[tabOfState[job.state]].push(job);
  return tabs;
}

/** Total bytes and progress (0–1) over the listed jobs, for the header when no progress tick came yet. */
export function totalsOf(listed: readonly TransferJob[], progress: ReadonlyMap<string, JobProgress>): { done: number; size: number } {
  let done = 0;
  let size = 0;
  for (const job of listed) {
    if (job.state === 'cancelled') continue;
    const bytes = progress.get(job.id)?.bytesDone ?? job.bytesDone;
    done += bytes;
    size += job.size ?? bytes;
  }
  return { done, size };
}

/** The parent of a local path (POSIX or Windows); the root is its own parent. */
export function localParent(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return path;
  const parent = cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? `${parent}\\` : parent;
}

/**
 * The folders a finished job changed, innermost first: its target's parent and every ancestor (a pane on
 * "/" must notice the "bulk" folder an upload into /bulk/x created). Uploads: remote; downloads: local.
 */
export function landedFolders(job: TransferJob): string[] {
  const folders: string[] = [];
  if (job.kind === 'upload') {
    for (let folder = remoteParent(job.remotePath); folder !== null; folder = remoteParent(folder)) folders.push(folder);
  } else if (job.kind === 'download' && job.localPath !== undefined) {
    let folder = localParent(job.localPath);
    for (let depth = 0; depth < 256; depth += 1) {
      folders.push(folder);
      const up = localParent(folder);
      if (up === folder) break;
      folder = up;
    }
  }
  return folders;
}
