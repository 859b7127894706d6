import { useCallback, useEffect } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { RemoteListing } from '../../shared/remote-entry.js';
import { useBridge } from './bridge-context.js';
import { listRemote } from './list-remote.js';
import { useFolderLoader } from './use-folder-loader.js';

/** A remote folder as the pane sees it: the last good listing, whether a load runs, and the last error. */
export interface RemoteListingState {
  readonly listing: RemoteListing | null;
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
 * Loads remote folders through `remote:list` for one session. A new session lists `startPath` (falling back to
 * the login folder when that fails).
 */
export function useRemoteListing(sessionId: string | null, startPath: string | undefined): RemoteListingState {
  const bridge = useBridge();
  const load = useCallback(
    (path: string | undefined) =>
      sessionId === null ? null : listRemote(bridge, path === undefined ? { sessionId } : { sessionId, path }),
    [bridge, sessionId],
  );
  const { listing, loading, error, open, refresh, dismissError, showError, reset } = useFolderLoader(load, false);

  useEffect(() => {
    reset(sessionId !== null);
    if (sessionId === null) return;
    void (async () => {
      if (startPath !== undefined && (await open(startPath))) return;
      await open();
    })();
  }, [sessionId, startPath, open, reset]);

  return { listing, loading, error, open, refresh, dismissError, showError };
}
