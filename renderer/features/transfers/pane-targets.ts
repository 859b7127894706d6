import { useEffect, useRef, useSyncExternalStore } from 'react';

/** Where the panes are: the local folder, and the remote session (as a transfer site id) and folder. */
export interface PaneTargets {
  readonly localFolder: string | null;
  readonly remote: { readonly siteId: string; readonly folder: string } | null;
}

type FolderListener = (side: 'local' | 'remote', folder: string) => void;

/**
 * A small store the panes publish their folders to, so transfers started from either pane know where the
 * other one points, and the panes hear when transfers landed in the folder they show.
 */
export class PaneTargetStore {
  private targets: PaneTargets = { localFolder: null, remote: null };
  private readonly listeners = new Set<() => void>();
  private readonly folderListeners = new Set<FolderListener>();

  get = (): PaneTargets => this.targets;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setLocal(folder: string | null): void {
    if (folder === this.targets.localFolder) return;
    this.targets = { ...this.targets, localFolder: folder };
    for (const listener of this.listeners) listener();
  }

  setRemote(remote: PaneTargets['remote']): void {
    const now = this.targets.remote;
    if (now === remote || (now !== null && remote !== null && now.siteId === remote.siteId && now.folder === remote.folder)) return;
    this.targets = { ...this.targets, remote };
    for (const listener of this.listeners) listener();
  }

  /** A transfer finished into `folder` on that side. */
  landed(side: 'local' | 'remote', folder: string): void {
    for (const listener of this.folderListeners) listener(side, folder);
  }

  onLanded(listener: FolderListener): () => void {
    this.folderListeners.add(listener);
    return () => this.folderListeners.delete(listener);
  }
}

/** The window's one store (there is one pair of panes). */
export const paneTargets = new PaneTargetStore();

/** The panes' current folders, re-rendering when they change. */
export function usePaneTargets(): PaneTargets {
  return useSyncExternalStore(paneTargets.subscribe, paneTargets.get);
}

/** Publishes the local pane's folder (null while nothing is listed). */
export function usePublishLocalFolder(folder: string | null): void {
  useEffect(() => {
    paneTargets.setLocal(folder);
  }, [folder]);
}

/** Publishes the remote pane's session and folder; a transfer's site id is `session:<id>` (see electron/transfers/resolve-site.ts). */
export function usePublishRemoteFolder(sessionId: string | null, folder: string | null): void {
  useEffect(() => {
    paneTargets.setRemote(sessionId === null || folder === null || folder === '' ? null : { siteId: `session:${sessionId}`, folder });
  }, [sessionId, folder]);
}

/**
 * Calls `refresh` (at most every `everyMs`) when transfers finish into the folder a pane shows, so finished
 * downloads appear in the local pane and uploads in the remote one without a manual refresh.
 */
export function useRefreshOnLanded(side: 'local' | 'remote', folder: string | null, refresh: () => unknown, everyMs = 700): void {
  const latest = useRef({ folder, refresh });
  latest.current = { folder, refresh };
  useEffect(() => {
    let timer: number | undefined;
    const stop = paneTargets.onLanded((landedSide, landedFolder) => {
      if (landedSide !== side || landedFolder !== latest.current.folder || timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        void latest.current.refresh();
      }, everyMs);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [side, everyMs]);
}
