import type { PlanRemoteOnly, PlanUpload, PublishWarning } from '../../shared/publish.js';
import { compareFile, type TimeRules } from './compare-file.js';
import type { LocalTree } from './local-tree.js';
import type { ManifestEntry } from './manifest.js';
import type { RemoteTree } from './remote-tree.js';

/** What comparing the two trees found. */
export interface TreeComparison {
  readonly uploads: PlanUpload[];
  /** Folders to create, parents first (`''` = the remote root itself). */
  readonly folders: string[];
  readonly remoteOnly: PlanRemoteOnly[];
  readonly unchanged: string[];
  readonly warnings: PublishWarning[];
  /** Files decided by the manifest. */
  fromManifest: number;
}

const depth = (path: string): number => (path === '' ? 0 : path.split('/').length);
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isInside = (path: string, folders: ReadonlySet<string>): boolean => {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i += 1) if (folders.has(parts.slice(0, i).join('/'))) return true;
  return false;
};

/**
 * Compares the local tree with the remote one (undefined: the remote root does not exist yet). `contentSame`
 * holds --checksum results for same-size files.
 */
export function compareTrees(
  local: LocalTree,
  remote: RemoteTree | undefined,
  manifest: Readonly<Record<string, ManifestEntry>>,
  rules: TimeRules,
  contentSame: ReadonlyMap<string, boolean> = new Map(),
): TreeComparison {
  const result: TreeComparison = { uploads: [], folders: [], remoteOnly: [], unchanged: [], warnings: [], fromManifest: 0 };
  const remoteFiles = remote?.files ?? new Map();
  const remoteFolders = remote?.folders ?? new Set<string>();
  const remoteOthers = remote?.others ?? new Set<string>();
  // A name that is a file on one side and a folder (or link) on the other is left alone, with a warning.
  const conflicts = new Set<string>();
  for (const folder of local.folders) if (remoteFiles.has(folder) || remoteOthers.has(folder)) conflicts.add(folder);
  for (const path of local.files.keys()) if (remoteFolders.has(path) || remoteOthers.has(path)) conflicts.add(path);

  if (remote === undefined) result.folders.push('');
  for (const folder of [...local.folders].sort((a, b) => depth(a) - depth(b) || byPath(a, b))) {
    if (!remoteFolders.has(folder) && !conflicts.has(folder) && !isInside(folder, conflicts)) result.folders.push(folder);
  }
  let timeUnknown = 0;
  for (const file of [...local.files.values()].sort((a, b) => byPath(a.path, b.path))) {
    if (conflicts.has(file.path) || isInside(file.path, conflicts)) continue;
    const there = remoteFiles.get(file.path);
    const upload = { path: file.path, size: file.size, localModified: file.modified };
    if (there === undefined) {
      result.uploads.push({ ...upload, reason: 'new', detail: 'not on the server yet' });
      continue;
    }
    const verdict = compareFile(file, there, manifest[file.path], rules, contentSame.get(file.path));
    if (verdict.viaManifest) result.fromManifest += 1;
    if (verdict.upload) result.uploads.push({ ...upload, reason: verdict.reason, detail: verdict.detail });
    else {
      result.unchanged.push(file.path);
      if (verdict.timeUnknown === true) timeUnknown += 1;
    }
  }
  for (const path of [...remoteFiles.keys()].sort(byPath)) if (!local.files.has(path) && !conflicts.has(path)) result.remoteOnly.push({ path, folder: false });
  const goneFolders = new Set([...remoteFolders].filter((path) => !local.folders.has(path) && !conflicts.has(path)));
  // Ignored litter (.DS_Store, Thumbs.db) inside a folder that is gone locally goes with it, or RMD would fail.
  for (const path of remote?.ignored ?? []) if (!path.endsWith('/') && isInside(path, goneFolders)) result.remoteOnly.push({ path, folder: false });
  result.remoteOnly.sort((a, b) => byPath(a.path, b.path));
  for (const path of [...goneFolders].sort(byPath)) result.remoteOnly.push({ path, folder: true });

  if (conflicts.size > 0) {
    result.warnings.push({
      code: 'type-conflict',
      message: 'These names are a file on one side and a folder or link on the other; Ferry leaves them alone.',
      paths: [...conflicts].sort(byPath),
    });
  }
  if (timeUnknown > 0) {
    result.warnings.push({
      code: 'time-unknown',
      message: `${timeUnknown} file(s) were compared by size only: the server's listing gives no usable time. Use --checksum (if the server offers it) to compare content.`,
      paths: [],
    });
  }
  return result;
}

/** The deletes, in the order they must run: files first, then folders deepest first. */
export function deleteOrder(remoteOnly: readonly PlanRemoteOnly[]): PlanRemoteOnly[] {
  const files = remoteOnly.filter((entry) => !entry.folder);
  const folders = remoteOnly.filter((entry) => entry.folder).sort((a, b) => depth(b.path) - depth(a.path) || byPath(a.path, b.path));
  return [...files, ...folders];
}
