import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';

/** A pane's folder as loads come and go (see useFolderLoader). */
export interface FolderLoadState<T, P> {
  /** The last listing that arrived whole. */
  readonly listing: T | null;
  readonly loading: boolean;
  readonly error: AppError | null;
  /** What the load in flight has shown of its folder so far; never a listing, gone when the load ends. */
  readonly preview: P | null;
  /** The load whose news counts; anything an older one says is stale. */
  readonly request: number;
}

/** What happens to a pane's folder; every action of a load names it. */
export type FolderLoadAction<T, P> =
  | { readonly type: 'start'; readonly request: number }
  | { readonly type: 'preview'; readonly request: number; readonly preview: P }
  | { readonly type: 'done'; readonly request: number; readonly result: Result<T> }
  | { readonly type: 'reset'; readonly request: number; readonly loading: boolean }
  /** Another call's error shown in the same place, or (null) the user dismissed it. */
  | { readonly type: 'error'; readonly error: AppError | null };

/** Nothing listed yet. */
export function initialFolderLoad<T, P>(loading: boolean): FolderLoadState<T, P> {
  return { listing: null, loading, error: null, preview: null, request: 0 };
}

/**
 * The pane's loading rules in one place: a new load drops the last one's preview; news from an older load is
 * ignored; a load that fails drops its preview and keeps the previous listing on screen with the error (the
 * user stays where they were and reads why); one that succeeds replaces preview and listing alike.
 */
export function folderLoadReducer<T, P>(state: FolderLoadState<T, P>, action: FolderLoadAction<T, P>): FolderLoadState<T, P> {
  switch (action.type) {
    case 'start':
      return { ...state, request: action.request, loading: true, preview: null };
    case 'reset':
      return { listing: null, loading: action.loading, error: null, preview: null, request: action.request };
    case 'error':
      return { ...state, error: action.error };
    case 'preview':
      return action.request === state.request && state.loading ? { ...state, preview: action.preview } : state;
    case 'done':
      if (action.request !== state.request) return state;
      return action.result.ok
        ? { ...state, listing: action.result.value, error: null, loading: false, preview: null }
        : { ...state, error: action.result.error, loading: false, preview: null };
  }
}
