import type { PlanRemoteOnly, PublishPlan, PublishSummary, UploadReason } from '../../../shared/publish.js';
import { humanSize, printable } from '../format-listing.js';

/** How many names each section of the plan shows before "… and N more". */
export const listLimit = 100;

const reasonWords: Readonly<Record<UploadReason, string>> = {
  new: 'new',
  size: 'changed',
  time: 'changed',
  newer: 'changed',
  content: 'changed',
  'changed-since-publish': 'changed',
  'changed-on-server': 'changed',
};

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function capped<T>(items: readonly T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, listLimit).map(line);
  if (items.length > listLimit) shown.push(`    … and ${items.length - listLimit} more (--json lists all)`);
  return shown;
}

const remoteName = (entry: PlanRemoteOnly): string => `${printable(entry.path)}${entry.folder ? '/' : ''}`;

/** The plan as people read it: what will be sent, created, deleted and left alone, then the warnings. */
export function formatPlan(plan: PublishPlan, target: string): string {
  const lines: string[] = [`Publish ${plan.localRoot} → ${target}`, ''];
  const width = Math.min(48, Math.max(0, ...plan.uploads.slice(0, listLimit).map((u) => printable(u.path).length)));
  if (plan.uploads.length > 0) {
    lines.push(`  Upload ${plural(plan.uploads.length, 'file')} (${humanSize(plan.uploadBytes)}):`);
    lines.push(...capped(plan.uploads, (u) => `    ${u.reason === 'new' ? '+' : '~'} ${printable(u.path).padEnd(width)}  ${u.reason === 'new' ? 'new' : `${reasonWords[u.reason]}: ${u.detail}`}`));
  } else lines.push('  Nothing to upload: the server already has every file.');
  if (plan.folders.length > 0) {
    lines.push(`  Create ${plural(plan.folders.length, 'folder')}:`);
    lines.push(...capped(plan.folders, (f) => `    + ${f === '' ? plan.remoteRoot : `${printable(f)}/`}`));
  }
  if (plan.deletes.length > 0) {
    lines.push(`  Delete ${plural(plan.deletes.length, 'name')} not in the local folder:`);
    lines.push(...capped(plan.deletes, (d) => `    - ${remoteName(d)}`));
  } else if (plan.remoteOnly.length > 0) {
    lines.push(`  Only on the server, kept (--delete removes them): ${plan.remoteOnly.length}`);
    lines.push(...capped(plan.remoteOnly, (d) => `      ${remoteName(d)}`));
  }
  const ignored = plan.ignored.length === 0 ? '' : ` · ignored ${plan.ignored.length} (${plan.ignored.slice(0, 5).map(printable).join(', ')}${plan.ignored.length > 5 ? ', …' : ''})`;
  lines.push(`  Unchanged ${plan.unchanged.length}${ignored}`);
  for (const warning of plan.warnings) lines.push('', `  ! ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

/** The summary after a publish; failures each on their own line with the reason. */
export function formatSummary(summary: PublishSummary): string {
  const bytes = summary.uploaded.reduce((sum, u) => sum + u.bytes, 0);
  const parts = [
    `${summary.uploaded.length} uploaded (${humanSize(bytes)})`,
    ...(summary.foldersCreated.length > 0 ? [plural(summary.foldersCreated.length, 'folder') + ' created'] : []),
    `${summary.deleted.length} deleted`,
    `${summary.skipped} skipped`,
    `${summary.failed.length} failed`,
  ];
  const head = summary.cancelled ? 'Stopped before the end' : summary.failed.length > 0 ? 'Finished with failures' : 'Published';
  const lines = [`${head} in ${(summary.durationMs / 1000).toFixed(1)} s: ${parts.join(', ')}.`];
  for (const failure of summary.failed) lines.push(`  ✗ ${failure.action} ${printable(failure.path)}: ${failure.message}`);
  if (summary.websiteUrl !== undefined && !summary.cancelled) lines.push(`Open website: ${summary.websiteUrl}`);
  return `${lines.join('\n')}\n`;
}
