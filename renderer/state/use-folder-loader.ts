import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';

/** What both panes keep of their folder: the last good listing, whether a load runs, and the last error. */
export interface FolderLoader<T extends { readonly path: string }> {
  readonly listing: T | null;
  readonly loading: boolean;
  readonly error: AppError | null;
  /** Lists a folder (no path: the side's default); resolves true when it opened. */
  open(path?: string): Promise<boolean>;
  refresh(): Promise<boolean>;
  dismissError(): void;
  showError(error: AppError): void;
  /** Forgets the listing and makes answers still in flight stale (a new session, say). */
  reset(loading: boolean): void;
}

/**
 * The pane's loading rules in one place: a failed load keeps the previous listing on screen (the user stays
 * where they were and reads why), and a slower, older answer never overwrites a newer one. `load` returns
 * null when there is nothing to load from (no session).
 */
export function useFolderLoader<T extends { readonly path: string }>(
  load: (path: string | undefined) => Promise<Result<T>> | null,
  initiallyLoading: boolean,
): FolderLoader<T> {
  const [listing, setListing] = useState<T | null>(null);
  const [loading, setLoading] = useState(initiallyLoading);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);
  const current = useRef<string | undefined>(undefined);

  const open = useCallback(
    async (path?: string) => {
      const pending = load(path);
      if (pending === null) return false;
      const request = ++latest.current;
      setLoading(true);
      const result = await pending.catch(
        // The contract says invoke resolves with a Result; a broken transport is the one way it can reject.
        // (An AppError literal: shared/errors.js would pull zod into the bundle.)
        (cause: unknown): Result<T> => ({ ok: false, error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) } }),
      );
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
    [load],
  );

  const reset = useCallback((stillLoading: boolean) => {
    latest.current += 1;
    current.current = undefined;
    setListing(null);
    setError(null);
    setLoading(stillLoading);
  }, []);

  const refresh = useCallback(() => open(current.current), [open]);
  const dismissError = useCallback(() => setError(null), []);
  const showError = useCallback((next: AppError) => setError(next), []);
  return { listing, loading, error, open, refresh, dismissError, showError, reset };
}
