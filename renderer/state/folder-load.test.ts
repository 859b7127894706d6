import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.js';
import { folderLoadReducer, initialFolderLoad, type FolderLoadAction, type FolderLoadState } from './folder-load.js';

interface Listing {
  readonly path: string;
  readonly entries: readonly string[];
}
interface Preview {
  readonly complete: false;
  readonly path: string;
  readonly firstEntries: readonly string[];
}

type State = FolderLoadState<Listing, Preview>;
const run = (state: State, ...actions: FolderLoadAction<Listing, Preview>[]): State => actions.reduce(folderLoadReducer<Listing, Preview>, state);

const home: Listing = { path: '/', entries: ['big', 'index.html'] };
const big: Listing = { path: '/big', entries: ['a', 'b', 'c'] };
const bigPreview: Preview = { complete: false, path: '/big', firstEntries: ['a'] };
const denied: AppError = { code: 'FTP_PERMANENT', message: 'No access' };
const showingHome = run(initialFolderLoad<Listing, Preview>(false), { type: 'start', request: 1 }, { type: 'done', request: 1, result: { ok: true, value: home } });

describe('folderLoadReducer', () => {
  it('shows the preview of the load in flight, then replaces it with the whole listing', () => {
    const previewing = run(showingHome, { type: 'start', request: 2 }, { type: 'preview', request: 2, preview: bigPreview });
    expect(previewing).toMatchObject({ listing: home, preview: bigPreview, loading: true });
    expect(run(previewing, { type: 'done', request: 2, result: { ok: true, value: big } })).toEqual({
      listing: big,
      preview: null,
      loading: false,
      error: null,
      request: 2,
    });
  });

  it('on failure drops the preview and keeps the previous listing with the error, as without a preview', () => {
    const failedAfterPreview = run(
      showingHome,
      { type: 'start', request: 2 },
      { type: 'preview', request: 2, preview: bigPreview },
      { type: 'done', request: 2, result: { ok: false, error: denied } },
    );
    const failedPlainly = run(showingHome, { type: 'start', request: 2 }, { type: 'done', request: 2, result: { ok: false, error: denied } });
    expect(failedAfterPreview).toEqual(failedPlainly);
    expect(failedAfterPreview).toMatchObject({ listing: home, preview: null, loading: false, error: denied });
  });

  it('ignores a stale load: its preview and its answer, once the user went elsewhere', () => {
    const elsewhere = run(showingHome, { type: 'start', request: 2 }, { type: 'preview', request: 2, preview: bigPreview }, { type: 'start', request: 3 });
    // The newer load starts without the older one's preview.
    expect(elsewhere.preview).toBeNull();
    expect(run(elsewhere, { type: 'preview', request: 2, preview: bigPreview })).toBe(elsewhere);
    expect(run(elsewhere, { type: 'done', request: 2, result: { ok: true, value: big } })).toBe(elsewhere);
    expect(run(elsewhere, { type: 'done', request: 3, result: { ok: true, value: home } })).toMatchObject({ listing: home, loading: false });
  });

  it('ignores a preview that comes after its own answer, or after a reset', () => {
    const done = run(showingHome, { type: 'start', request: 2 }, { type: 'done', request: 2, result: { ok: true, value: big } });
    expect(run(done, { type: 'preview', request: 2, preview: bigPreview })).toBe(done);
    const reset = run(showingHome, { type: 'start', request: 2 }, { type: 'reset', request: 3, loading: true });
    expect(reset).toEqual({ listing: null, preview: null, loading: true, error: null, request: 3 });
    expect(run(reset, { type: 'preview', request: 2, preview: bigPreview })).toBe(reset);
  });

  it('shows and dismisses another call\'s error without touching the listing', () => {
    const shown = run(showingHome, { type: 'error', error: denied });
    expect(shown).toMatchObject({ listing: home, error: denied });
    expect(run(shown, { type: 'error', error: null })).toEqual(showingHome);
  });
});
