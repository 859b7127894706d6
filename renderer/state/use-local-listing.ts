import { useCallback, useEffect } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { LocalListing } from '../../shared/local-entry.js';
import { useBridge } from './bridge-context.js';
import { useFolderLoader } from './use-folder-loader.js';

/** A local folder as the pane sees it: the last good listing, whether a load runs, and the last error. */
export interface LocalListingState {
  readonly listing: LocalListing | null;
  readonly loading: boolean;
  readonly error: AppError | null;
  /** Lists a folder (no path: the home folder); resolves true when it opened. */
  open(path?: string): Promise<boolean>;
  refresh(): Promise<boolean>;
  dismissError(): void;
  /** Shows an error from another local call (mkdir, rename…) in the same place. */
  showError(error: AppError): void;
}

/** Loads local folders through `local:list`, starting with the home folder. */
export function useLocalListing(): LocalListingState {
  const bridge = useBridge();
  const load = useCallback(
    (path: string | undefined) => bridge.invoke('local:list', path === undefined ? {} : { path }),
    [bridge],
  );
  const { listing, loading, error, open, refresh, dismissError, showError } = useFolderLoader(load, true);

  useEffect(() => {
    void open();
  }, [open]);

  return { listing, loading, error, open, refresh, dismissError, showError };
}
