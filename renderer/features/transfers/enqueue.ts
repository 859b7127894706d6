import type { TransferRequest } from '../../../shared/transfer.js';
import { remoteJoin } from '../../../shared/remote-path.js';
import { useBridge } from '../../state/bridge-context.js';
import { joinPath } from '../browser/path-crumbs.js';
import { usePaneTargets } from './pane-targets.js';

/** An entry picked in a pane: its name in the pane's folder, and whether it is a folder. */
export interface PaneItem {
  readonly name: string;
  readonly folder: boolean;
}

/** Upload requests: each local item into the remote folder under the same name (folders recursively). */
export function uploadRequests(items: readonly PaneItem[], localFolder: string, remote: { siteId: string; folder: string }): TransferRequest[] {
  return items.map((item) => ({
    siteId: remote.siteId,
    kind: 'upload',
    folder: item.folder,
    localPath: joinPath(localFolder, item.name),
    remotePath: remoteJoin(remote.folder, item.name),
  }));
}

/** Download requests: each remote item into the local folder under the same name (folders recursively). */
export function downloadRequests(items: readonly PaneItem[], remote: { siteId: string; folder: string }, localFolder: string): TransferRequest[] {
  return items.map((item) => ({
    siteId: remote.siteId,
    kind: 'download',
    folder: item.folder,
    remotePath: remoteJoin(remote.folder, item.name),
    localPath: joinPath(localFolder, item.name),
  }));
}

/** What the panes call to transfer their selection; each resolves with an error sentence or null. */
export interface TransferActions {
  /** False while no server is connected (nothing to upload to). */
  readonly canUpload: boolean;
  /** False while no local folder is listed (nowhere to download to). */
  readonly canDownload: boolean;
  uploadSelection(items: readonly PaneItem[]): Promise<string | null>;
  /** Uploads items of another local folder (files dropped from the OS) into the remote pane's folder. */
  uploadFrom(localFolder: string, items: readonly PaneItem[]): Promise<string | null>;
  downloadSelection(items: readonly PaneItem[]): Promise<string | null>;
}

/** Upload (local pane) and download (remote pane) of picked items, between the two panes' current folders. */
export function useTransferActions(): TransferActions {
  const bridge = useBridge();
  const { localFolder, remote } = usePaneTargets();
  async function send(requests: TransferRequest[]): Promise<string | null> {
    if (requests.length === 0) return null;
    const result = await bridge.invoke('transfers:enqueue', { requests }).catch((cause: unknown) => ({
      ok: false as const,
      error: { code: 'INTERNAL', message: String(cause) },
    }));
    return result.ok ? null : result.error.message;
  }
  return {
    canUpload: remote !== null && localFolder !== null,
    canDownload: remote !== null && localFolder !== null,
    uploadSelection: (items) =>
      remote === null || localFolder === null ? Promise.resolve('Connect to a server first.') : send(uploadRequests(items, localFolder, remote)),
    uploadFrom: (from, items) => (remote === null ? Promise.resolve('Connect to a server first.') : send(uploadRequests(items, from, remote))),
    downloadSelection: (items) =>
      remote === null || localFolder === null ? Promise.resolve('No local folder is open.') : send(downloadRequests(items, remote, localFolder)),
  };
}
