import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { LocalListing } from '../../shared/local-entry.js';
import { fail } from '../../shared/result.js';
import { useBridge } from './bridge-context.js';

/** A local folder as the pane sees it: the last good listing, whether a load runs, and the last error. */
export interface LocalListingState {
  readonly listing: LocalListing | null;
  readonly loading: boolean;
  readonly error: AppError | null;
  /** Lists a folder (no path: the home folder); resolves true when it opened. */
  open(path?: string): Promise<boolean>;
  refresh(): Promise<boolean>;
  dismissError(): void;
}

/**
 * Loads local folders through `local:list`. A failed load keeps the previous listing on screen (the user
 * stays where they were and reads why); a slower, older request never overwrites a newer one.
 */
export function useLocalListing(): LocalListingState {
  const bridge = useBridge();
  const [listing, setListing] = useState<LocalListing | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);
  const current = useRef<string | undefined>(undefined);

  const open = useCallback(
    async (path?: string) => {
      const request = ++latest.current;
      setLoading(true);
      const result = await bridge
        .invoke('local:list', path === undefined ? {} : { path })
        // The contract says invoke resolves with a Result; a broken transport is the one way it can reject.
        // (An AppError literal: shared/errors.js would pull zod into the bundle.)
        .catch((cause: unknown) =>
          fail<LocalListing>({ code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) }),
        );
      if (request !== latest.current) {
        return false;
      }
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
    [bridge],
  );

  const refresh = useCallback(() => open(current.current), [open]);
  const dismissError = useCallback(() => setError(null), []);

  useEffect(() => {
    void open();
  }, [open]);

  return { listing, loading, error, open, refresh, dismissError };
}
