import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { RemoteListing } from '../../shared/remote-entry.js';
import type { Result } from '../../shared/result.js';
import { useBridge } from './bridge-context.js';

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
 * Loads remote folders through `remote:list` for one session. Like the local pane, a failed load keeps the
 * previous listing, and an older answer never overwrites a newer one. A new session lists `startPath` (falling
 * back to the login folder when that fails).
 */
export function useRemoteListing(sessionId: string | null, startPath: string | undefined): RemoteListingState {
  const bridge = useBridge();
  const [listing, setListing] = useState<RemoteListing | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);
  const current = useRef<string | undefined>(undefined);

  const open = useCallback(
    async (path?: string) => {
      if (sessionId === null) return false;
      const request = ++latest.current;
      setLoading(true);
      const result: Result<RemoteListing> = await bridge
        .invoke('remote:list', path === undefined ? { sessionId } : { sessionId, path })
        .catch((cause: unknown) => ({ ok: false, error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) } }));
      if (request !== latest.current) return false;
      setLoading(false);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      current.current = result.value.path;
      setListing(result.value);
      setError(null);
      return true;
    },
    [bridge, sessionId],
  );

  useEffect(() => {
    latest.current += 1;
    setListing(null);
    setError(null);
    current.current = undefined;
    if (sessionId === null) {
      setLoading(false);
      return;
    }
    void (async () => {
      if (startPath !== undefined && (await open(startPath))) return;
      await open();
    })();
  }, [sessionId, startPath, open]);

  const refresh = useCallback(() => open(current.current), [open]);
  const dismissError = useCallback(() => setError(null), []);
  const showError = useCallback((next: AppError) => setError(next), []);
  return { listing, loading, error, open, refresh, dismissError, showError };
}
