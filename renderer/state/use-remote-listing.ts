import { useCallback, useEffect } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { RemoteListing } from '../../shared/remote-entry.js';
import { useBridge } from './bridge-context.js';
import { listRemote, previewToShow, type RemoteListingPreview } from './list-remote.js';
import { useFolderLoader } from './use-folder-loader.js';

/** A remote folder as the pane sees it: the last good listing, whether a load runs, and the last error. */
export interface RemoteListingState {
  /** The last listing that arrived whole: what everything that needs the folder's contents works from. */
  readonly listing: RemoteListing | null;
  /**
   * A big folder's first rows while its listing still arrives (only to look at); null otherwise, and while
   * the folder on screen is listed again (a refresh): its last whole listing shows more than a preview would.
   */
  readonly preview: RemoteListingPreview | null;
  readonly loading: boolean;
  readonly error: AppError | null;
  /** Lists a folder (no path: the session's current one); resolves true when it opened. */
  open(path?: string): Promise<boolean>;
  refresh(): Promise<boolean>;
  dismissError(): void;
  /** Shows an error from another remote call (mkdir, rename…) in the same place. */
  showError(error: AppError): void;
}

/**
 * Loads remote folders through `remote:list` for one session, with a preview of big folders while they
 * arrive. A new session lists `startPath` (falling back to the login folder when that fails).
 */
export function useRemoteListing(sessionId: string | null, startPath: string | undefined): RemoteListingState {
  const bridge = useBridge();
  const load = useCallback(
    (path: string | undefined, onPreview: (preview: RemoteListingPreview) => void) =>
      sessionId === null ? null : listRemote(bridge, path === undefined ? { sessionId } : { sessionId, path }, onPreview),
    [bridge, sessionId],
  );
  const { listing, preview, loading, error, open, refresh, dismissError, showError, reset } = useFolderLoader(load, false);

  useEffect(() => {
    reset(sessionId !== null);
    if (sessionId === null) return;
    void (async () => {
      if (startPath !== undefined && (await open(startPath))) return;
      await open();
    })();
  }, [sessionId, startPath, open, reset]);

  return { listing, preview: previewToShow(preview, listing), loading, error, open, refresh, dismissError, showError };
}
