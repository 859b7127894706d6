import { useCallback, useReducer, useRef } from 'react';
import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import { folderLoadReducer, initialFolderLoad } from './folder-load.js';

/** What both panes keep of their folder: the last good listing, whether a load runs, and the last error. */
export interface FolderLoader<T extends { readonly path: string }, P = never> {
  readonly listing: T | null;
  /** What the load in flight has shown so far (a big remote folder's first rows); never a whole listing. */
  readonly preview: P | null;
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
 * Binds folderLoadReducer's rules (see folder-load.ts) to a pane. `load` returns null when there is nothing
 * to load from (no session); it may call `onPreview` while it runs, which counts only while its load is the
 * latest one.
 */
export function useFolderLoader<T extends { readonly path: string }, P = never>(
  load: (path: string | undefined, onPreview: (preview: P) => void) => Promise<Result<T>> | null,
  initiallyLoading: boolean,
): FolderLoader<T, P> {
  const [state, dispatch] = useReducer(folderLoadReducer<T, P>, initiallyLoading, initialFolderLoad<T, P>);
  const latest = useRef(0);
  const current = useRef<string | undefined>(undefined);

  const open = useCallback(
    async (path?: string) => {
      const request = latest.current + 1;
      const pending = load(path, (preview) => dispatch({ type: 'preview', request, preview }));
      if (pending === null) return false;
      latest.current = request;
      dispatch({ type: 'start', request });
      const result = await pending.catch(
        // The contract says invoke resolves with a Result; a broken transport is the one way it can reject.
        // (An AppError literal: shared/errors.js would pull zod into the bundle.)
        (cause: unknown): Result<T> => ({ ok: false, error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) } }),
      );
      dispatch({ type: 'done', request, result });
      if (request !== latest.current) return false;
      if (result.ok) current.current = result.value.path;
      return result.ok;
    },
    [load],
  );

  const reset = useCallback((stillLoading: boolean) => {
    latest.current += 1;
    current.current = undefined;
    dispatch({ type: 'reset', request: latest.current, loading: stillLoading });
  }, []);

  const refresh = useCallback(() => open(current.current), [open]);
  const dismissError = useCallback(() => dispatch({ type: 'error', error: null }), []);
  const showError = useCallback((next: AppError) => dispatch({ type: 'error', error: next }), []);
  return { listing: state.listing, preview: state.preview, loading: state.loading, error: state.error, open, refresh, dismissError, showError, reset };
}
