import type { RemoteEntry } from '../../shared/remote-entry.js';
import { isHiddenName } from '../../shared/remote-listing-wire.js';
import type { FileInfo, FileType } from '../ftp/list/index.js';

const kinds: Record<FileType, RemoteEntry['kind']> = {
  file: 'file',
  directory: 'directory',
  symlink: 'symlink',
  unknown: 'other',
};

/** An engine listing entry as the renderer sees it: every field present, null when the listing lacked it. */
export function toRemoteEntry(info: FileInfo): RemoteEntry {
  const modified = info.modified?.getTime();
  return {
    name: info.name,
    kind: kinds[info.type],
    size: info.size ?? null,
    modified: modified === undefined || Number.isNaN(modified) ? null : modified,
    permissions: info.permissions ?? null,
    mode: info.mode ?? null,
    owner: info.owner ?? null,
    group: info.group ?? null,
    linkTarget: info.target ?? null,
    hidden: isHiddenName(info.name),
  };
}
