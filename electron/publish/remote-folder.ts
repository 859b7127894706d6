import { remotePathOf, type Lister, type RemoteFile } from './remote-tree.js';

/** The files directly inside one remote folder (relative paths as keys), as listed now. */
export async function readRemoteFolderFiles(client: Lister, root: string, folder: string): Promise<Map<string, RemoteFile>> {
  const files = new Map<string, RemoteFile>();
  for (const entry of await client.list(remotePathOf(root, folder))) {
    if (entry.type !== 'file') continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    files.set(path, {
      path,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      ...(entry.modified === undefined ? {} : { modified: entry.modified.getTime() }),
      approximate: entry.modifiedApproximate === true,
    });
  }
  return files;
}
