import type { UploadReason } from '../../shared/publish.js';
import type { LocalFile } from './local-tree.js';
import type { ManifestEntry } from './manifest.js';
import type { RemoteFile } from './remote-tree.js';

/** How the server's times can be read and written. */
export interface TimeRules {
  /** MFMT: after an upload the server's time equals the local one, so any difference means a change. */
  readonly setsTimes: boolean;
  /** Minutes LIST times are ahead of UTC; undefined on a LIST-only server = unknown (times not compared). */
  readonly listOffsetMinutes: number | undefined;
}

/** The verdict on one file present on both sides. */
export type FileVerdict =
  | { readonly upload: false; readonly viaManifest: boolean; readonly timeUnknown?: boolean }
  | { readonly upload: true; readonly reason: UploadReason; readonly detail: string; readonly viaManifest: boolean };

const second = 1000;
const minute = 60 * second;

/** Sizes as people say them, for the plan's reasons. */
export function shortSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

const day = 24 * 60 * minute;

/**
 * A listed remote time against a recorded one, at the listing's precision (LIST: minutes). Six months after a
 * file changed, LIST shows `Mon DD YYYY` instead of `Mon DD HH:MM`: the same day at midnight is the same time.
 */
function sameListedTime(listed: number | undefined, recorded: number | undefined, approximate: boolean): boolean {
  if (listed === undefined || recorded === undefined || listed === recorded) return true;
  return approximate && listed % day === 0 && recorded - listed >= 0 && recorded - listed < day;
}

/**
 * The manifest decides when the server's copy is still the one the last publish left (same listed size and
 * time): then only the local side matters. Otherwise the manifest cannot help.
 */
function byManifest(local: LocalFile, remote: RemoteFile, entry: ManifestEntry): FileVerdict | undefined {
  const localSame = entry.size === local.size && entry.modified === local.modified;
  const remoteSame = remote.size === entry.remoteSize && sameListedTime(remote.modified, entry.remoteModified, remote.approximate);
  if (remoteSame && localSame) return { upload: false, viaManifest: true };
  if (remoteSame) return { upload: true, reason: 'changed-since-publish', detail: 'edited here since the last publish', viaManifest: true };
  if (localSame) return { upload: true, reason: 'changed-on-server', detail: 'the server’s copy changed since the last publish', viaManifest: true };
  return undefined;
}

/** Size and time, the way a sync without history has to decide. */
function byListing(local: LocalFile, remote: RemoteFile, rules: TimeRules): FileVerdict {
  if (remote.size !== undefined && remote.size !== local.size) {
    return { upload: true, reason: 'size', detail: `${shortSize(local.size)} here, ${shortSize(remote.size)} on the server`, viaManifest: false };
  }
  if (remote.modified === undefined) return { upload: false, viaManifest: false, timeUnknown: true };
  let remoteTime = remote.modified;
  if (remote.approximate) {
    // LIST shows server-local time; without a detected offset its times cannot be trusted either way.
    if (rules.listOffsetMinutes === undefined) return { upload: false, viaManifest: false, timeUnknown: true };
    remoteTime -= rules.listOffsetMinutes * minute;
  }
  // LIST truncates to the minute, MLSD/MFMT to the second: the remote time is the start of that span.
  const span = remote.approximate ? minute : second;
  const localNewer = local.modified >= remoteTime + span + second;
  const localOlder = local.modified < remoteTime - second;
  if (localNewer && !rules.setsTimes) return { upload: true, reason: 'newer', detail: 'newer here than on the server', viaManifest: false };
  if ((localNewer || localOlder) && rules.setsTimes) {
    return { upload: true, reason: 'time', detail: `modified ${localNewer ? 'later' : 'earlier'} here than on the server`, viaManifest: false };
  }
  return { upload: false, viaManifest: false };
}

/**
 * Decides whether a file on both sides must be sent. `contentSame` (from --checksum) overrides times; the
 * manifest beats the listing; the listing decides by size, then time.
 */
export function compareFile(
  local: LocalFile,
  remote: RemoteFile,
  entry: ManifestEntry | undefined,
  rules: TimeRules,
  contentSame?: boolean,
): FileVerdict {
  if (remote.size !== undefined && remote.size !== local.size) return byListing(local, remote, rules);
  if (contentSame === false) return { upload: true, reason: 'content', detail: 'same size, different content', viaManifest: false };
  if (contentSame === true) return { upload: false, viaManifest: false };
  return (entry === undefined ? undefined : byManifest(local, remote, entry)) ?? byListing(local, remote, rules);
}
