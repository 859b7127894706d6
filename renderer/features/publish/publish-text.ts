import type { PlanUpload, PublishPlan, PublishSummary, PublishWarning, UploadReason } from '../../../shared/publish.js';

/** The preview's headline numbers. */
export interface PlanCounts {
  readonly newFiles: number;
  readonly changed: number;
  readonly deletes: number;
  /** On the server only, kept because deleting was not asked for. */
  readonly kept: number;
  readonly unchanged: number;
  readonly ignored: number;
  readonly folders: number;
}

/** Counts what a plan will do: new and changed uploads, deletes, and what stays as it is. */
export function planCounts(plan: PublishPlan): PlanCounts {
  const newFiles = plan.uploads.filter((upload) => upload.reason === 'new').length;
  return {
    newFiles,
    changed: plan.uploads.length - newFiles,
    deletes: plan.deletes.length,
    kept: plan.deleteRemoteOnly ? 0 : plan.remoteOnly.length,
    unchanged: plan.unchanged.length,
    ignored: plan.ignored.length,
    folders: plan.folders.filter((folder) => folder !== '').length,
  };
}

/** True when publishing the plan would send, create or delete nothing. */
export function planIsEmpty(plan: PublishPlan): boolean {
  return plan.uploads.length === 0 && plan.deletes.length === 0 && plan.folders.length === 0;
}

const reasonWords: Record<UploadReason, string> = {
  new: 'New: not on the server yet',
  size: 'Changed: the size is different',
  time: 'Changed: saved at a different time',
  newer: 'Changed: newer here than on the server',
  content: 'Changed: the contents are different',
  'changed-since-publish': 'Changed here since the last publish',
  'changed-on-server': 'Changed on the server since the last publish',
};

/** Why a file will be sent, in plain words. */
export function reasonText(upload: Pick<PlanUpload, 'reason'>): string {
  return reasonWords[upload.reason];
}

/** "1 file" / "3 files". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Warnings worth a second look come first: those that can break the site, then advice. */
export function sortedWarnings(warnings: readonly PublishWarning[]): PublishWarning[] {
  const weight = (warning: PublishWarning): number =>
    warning.code === 'deletes-everything' ? 0 : warning.code === 'web-root' ? 1 : warning.code === 'no-index' ? 2 : 3;
  return [...warnings].sort((a, b) => weight(a) - weight(b));
}

/** The one-line result of a publish, e.g. "Published: 12 files uploaded, 1 deleted." */
export function summaryHeadline(summary: PublishSummary): string {
  if (summary.cancelled) return 'Publishing was stopped. Files already sent are complete; the rest were left as they were.';
  if (summary.failed.length > 0) return `Published with problems: ${plural(summary.failed.length, 'thing')} did not work.`;
  if (summary.uploaded.length === 0 && summary.deleted.length === 0) return 'Nothing needed to change: the website was already up to date.';
  return 'Your website is published.';
}

/** How long it took, e.g. "0.8 s" or "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** A plan's web-root suggestion, when the chosen remote folder looks wrong. */
export function webRootOf(plan: PublishPlan): string | undefined {
  return plan.webRootSuggestion !== undefined && plan.webRootSuggestion !== plan.remoteRoot ? plan.webRootSuggestion : undefined;
}

/** What a plan deletes, e.g. "2 files and 1 folder". */
export function deleteWords(plan: Pick<PublishPlan, 'deletes'>): string {
  const folders = plan.deletes.filter((item) => item.folder).length;
  const files = plan.deletes.length - folders;
  if (folders === 0) return plural(files, 'file');
  if (files === 0) return plural(folders, 'folder');
  return `${plural(files, 'file')} and ${plural(folders, 'folder')}`;
}
