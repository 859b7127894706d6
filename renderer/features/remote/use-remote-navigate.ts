import { useCallback, useEffect, useRef } from 'react';
import type { RemoteListingPreview } from '../../state/list-remote.js';
import { emptySelection, selectOnly, type Selection } from '../browser/selection.js';

/** What navigation resets in the pane's view. */
interface ViewReset {
  readonly selection: Selection;
  readonly filter: string;
  readonly setSelection: (selection: Selection) => void;
  readonly setFilter: (text: string) => void;
}

/** One navigation on its way: the selection it brings, and what it replaced once its folder first showed. */
interface Arrival {
  readonly selection: Selection;
  replaced: { readonly selection: Selection; readonly filter: string } | null;
}

/**
 * Opens a folder and, once it shows, selects `focusName` (or nothing) and clears the filter. A big folder
 * first shows as a preview: that is when the selection moves, so what the user selects among its rows stays
 * when the whole listing replaces it, as after a refresh. A navigation that fails puts back what its preview
 * replaced, so the user is exactly where they were.
 */
export function useRemoteNavigate(open: (path?: string) => Promise<boolean>, preview: RemoteListingPreview | null, view: ViewReset) {
  const { setSelection, setFilter } = view;
  const arrival = useRef<Arrival | null>(null);
  // Read when a preview appears, not a reason to re-run anything.
  const current = useRef({ selection: view.selection, filter: view.filter });
  current.current = { selection: view.selection, filter: view.filter };

  useEffect(() => {
    const mine = arrival.current;
    if (preview === null || mine === null || mine.replaced !== null) return;
    mine.replaced = current.current;
    setSelection(mine.selection);
    setFilter('');
  }, [preview, setSelection, setFilter]);

  return useCallback(
    async (path: string, focusName?: string) => {
      const mine: Arrival = { selection: focusName === undefined ? emptySelection : selectOnly(focusName), replaced: null };
      arrival.current = mine;
      const opened = await open(path);
      // A newer navigation owns the view now.
      if (arrival.current !== mine) return;
      arrival.current = null;
      if (opened && mine.replaced === null) {
        setSelection(mine.selection);
        setFilter('');
      } else if (!opened && mine.replaced !== null) {
        setSelection(mine.replaced.selection);
        setFilter(mine.replaced.filter);
      }
    },
    [open, setSelection, setFilter],
  );
}
