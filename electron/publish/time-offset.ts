import type { FtpClient } from '../ftp/client.js';
import { remotePathOf, type RemoteTree } from './remote-tree.js';

const minute = 60_000;
// LIST shows HH:MM only for files from the last six months; older lines carry a year and no time of day.
const recentSpan = 150 * 24 * 60 * minute;

/**
 * Minutes a LIST-only server's listed times are ahead of UTC: LIST shows server-local time, MDTM UTC (RFC 3659),
 * so one recent file's two times tell the offset (rounded to 15 minutes, the finest real time-zone step).
 * Undefined when there is no recent file or MDTM fails.
 */
export async function detectListOffset(
  client: Pick<FtpClient, 'mdtm'>,
  root: string,
  tree: Pick<RemoteTree, 'files'>,
  now: number,
): Promise<number | undefined> {
  let newest: { path: string; modified: number } | undefined;
  for (const file of tree.files.values()) {
    if (file.modified === undefined) continue;
    if (newest === undefined || file.modified > newest.modified) newest = { path: file.path, modified: file.modified };
  }
  if (newest === undefined || Math.abs(now - newest.modified) > recentSpan) return undefined;
  let exact: number;
  try {
    exact = (await client.mdtm(remotePathOf(root, newest.path))).getTime();
  } catch {
    return undefined;
  }
  return offsetFromTimes(newest.modified, exact);
}

/** The offset between a minute-truncated local-time listing and the exact UTC time of the same file. */
export function offsetFromTimes(listed: number, exactUtc: number): number {
  const truncatedUtc = Math.floor(exactUtc / minute) * minute;
  return Math.round((listed - truncatedUtc) / (15 * minute)) * 15;
}
