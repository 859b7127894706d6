import { useMemo, useState } from 'react';
import type { FileRow } from './file-row.js';
import { toRows } from './file-row.js';
import { filterEntries } from './filter-entries.js';
import type { Selection } from './selection.js';
import { emptySelection, pruneSelection } from './selection.js';
import type { SortKey, SortOrder, SortableEntry } from './sort-entries.js';
import { nextSortOrder, sortEntries } from './sort-entries.js';

/** What a pane shows of a listing: hidden files, the filter, the sort order, and the selection. */
export interface PaneView<E> {
  readonly rows: readonly FileRow[];
  /** Entries after the hidden toggle and the filter (the status line counts these). */
  readonly visible: readonly E[];
  readonly hiddenCount: number;
  readonly filteredOut: number;
  readonly sort: SortOrder;
  readonly onSort: (key: SortKey) => void;
  readonly showHidden: boolean;
  readonly setShowHidden: (show: boolean) => void;
  readonly filter: string;
  readonly setFilter: (text: string) => void;
  readonly selection: Selection;
  readonly setSelection: (selection: Selection) => void;
  /** The selected rows in display order (never ".."). */
  readonly selectedRows: readonly FileRow[];
}

/**
 * The view state both panes share, so local and remote behave the same way. `toRow` turns an entry into the
 * table's row shape.
 */
export function usePaneView<E extends SortableEntry & { readonly hidden: boolean }>(
  entries: readonly E[] | null,
  hasParent: boolean,
  toRow: (entry: E) => Omit<FileRow, 'key'>,
  initialShowHidden: boolean,
): PaneView<E> {
  const [sort, setSort] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const [showHidden, setShowHidden] = useState(initialShowHidden);
  const [filter, setFilter] = useState('');
  const [rawSelection, setSelection] = useState<Selection>(emptySelection);

  const unhidden = useMemo(() => (entries ?? []).filter((entry) => showHidden || !entry.hidden), [entries, showHidden]);
  const visible = useMemo(() => filterEntries(unhidden, filter), [unhidden, filter]);
  const rows = useMemo(() => toRows(sortEntries(visible, sort).map(toRow), hasParent), [visible, sort, hasParent, toRow]);
  const order = useMemo(() => rows.map((row) => row.key), [rows]);
  // Rows that went away (refresh, filter, hidden) drop out of the selection. Memoized, like everything here
  // that walks all rows: with 100 000 entries each walk costs milliseconds, and panes re-render often.
  const selection = useMemo(() => pruneSelection(rawSelection, order), [rawSelection, order]);
  const selectedRows = useMemo(
    () => (selection.keys.size === 0 ? [] : rows.filter((row) => row.kind !== 'parent' && selection.keys.has(row.key))),
    [selection, rows],
  );

  return {
    rows,
    visible,
    hiddenCount: (entries?.length ?? 0) - unhidden.length,
    filteredOut: unhidden.length - visible.length,
    sort,
    onSort: (key) => setSort((current) => nextSortOrder(current, key)),
    showHidden,
    setShowHidden,
    filter,
    setFilter,
    selection,
    setSelection,
    selectedRows,
  };
}
