import type { PlanUpload } from '../../shared/publish.js';
import type { PreparedPublish } from './build-plan.js';
import type { ManifestWriter } from './manifest.js';
import { readRemoteFolderFiles } from './remote-folder.js';
import type { Lister } from './remote-tree.js';

const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Completes the manifest: lists each folder that received files once more and records the size and time the
 * server now shows for them — the values the next compare will see, whatever the server did with times. Files
 * the plan found unchanged but the manifest did not know are recorded too, from the plan's listing.
 */
export async function recordListedTimes(
  client: Lister,
  prepared: PreparedPublish,
  uploaded: readonly PlanUpload[],
  writer: ManifestWriter,
): Promise<void> {
  for (const path of prepared.plan.unchanged) {
    const local = prepared.localFiles.get(path);
    const remote = prepared.remoteFiles.get(path);
    if (local === undefined || remote?.size === undefined || writer.get(path) !== undefined) continue;
    const hash = prepared.hashes.get(path);
    writer.set(path, {
      size: local.size,
      modified: local.modified,
      remoteSize: remote.size,
      ...(remote.modified === undefined ? {} : { remoteModified: remote.modified }),
      ...(hash === undefined ? {} : { hash }),
    });
  }
  const byFolder = new Map<string, PlanUpload[]>();
  for (const upload of uploaded) {
    const folder = parentOf(upload.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), upload]);
  }
  for (const [folder, files] of byFolder) {
    const listed = await readRemoteFolderFiles(client, prepared.plan.remoteRoot, folder);
    for (const upload of files) {
      const entry = writer.get(upload.path);
      const remote = listed.get(upload.path);
      if (entry === undefined || remote?.size === undefined) continue;
      writer.set(upload.path, { ...entry, remoteSize: remote.size, ...(remote.modified === undefined ? {} : { remoteModified: remote.modified }) });
    }
  }
}
