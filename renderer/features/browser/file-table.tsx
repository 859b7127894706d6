import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { SortArrowIcon } from '../../components/icons.js';
import type { FileColumn } from './file-columns.js';
import type { FileRow } from './file-row.js';
import { findByPrefix, parentRowKey } from './file-row.js';
import { FileCells } from './file-cell.js';
import type { Selection } from './selection.js';
import { clickSelect, moveSelect, selectAll, selectOnly } from './selection.js';
import type { SortKey, SortOrder } from './sort-entries.js';

/** Fixed heights keep the virtualizer exact and header and rows aligned. */
const rowHeight = 28;
const headerHeight = 30;

const selectable = (key: string) => key !== parentRowKey;

/** What the table asks its pane to do; optional ones are simply not offered when absent. */
export interface FileTableActions {
  onOpen: (row: FileRow) => void;
  onUp: () => void;
  onRefresh: () => void;
  /** F2 on the focused row. */
  onRename?: (row: FileRow) => void;
  /** The Delete key on the selection. */
  onDelete?: () => void;
}

/**
 * A virtualized, keyboard-driven file grid: only the visible rows are in the DOM, so 100 000 entries scroll
 * smoothly. Multi-select like a file manager (click, Ctrl/Cmd-click, Shift-click, arrows, Shift+arrows,
 * Ctrl+A); Enter opens, Backspace goes up, F5 refreshes, F2 renames, Delete deletes, typing jumps by name.
 */
export function FileTable({
  label,
  columns,
  rows,
  sort,
  onSort,
  selection,
  onSelectionChange,
  actions,
  resetScrollKey,
  dense = false,
  focusKey,
  draggableRows = false,
}: {
  label: string;
  columns: readonly FileColumn[];
  rows: readonly FileRow[];
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  actions: FileTableActions;
  /** Scroll back to the top whenever this changes (a new folder). */
  resetScrollKey: string;
  /** Tighter cell padding, for the remote pane's extra columns. */
  dense?: boolean;
  /** Takes the keyboard focus whenever this becomes a new non-empty value (e.g. a fresh connection). */
  focusKey?: string;
  /** Rows (not "..") can be dragged; the pane's wrapper handles dragstart (transfers/pane-drag.ts). */
  draggableRows?: boolean;
}) {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const typeAhead = useRef({ text: '', at: 0 });
  const order = useMemo(() => rows.map((row) => row.key), [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  // Without a focused row yet the keyboard starts on the first entry (not "..").
  const cursorKey =
    selection.focus !== null && order.includes(selection.focus)
      ? selection.focus
      : (rows.find((row) => row.key !== parentRowKey)?.key ?? rows[0]?.key ?? null);
  const focusIndex = cursorKey === null ? -1 : order.indexOf(cursorKey);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetScrollKey]);

  useEffect(() => {
    if (focusKey !== undefined && focusKey !== '') scrollRef.current?.focus();
  }, [focusKey]);

  useEffect(() => {
    if (focusIndex >= 0) {
      virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    }
  }, [focusIndex, virtualizer]);

  function current(): Selection {
    return selection.focus === cursorKey ? selection : { ...selection, focus: cursorKey, anchor: selection.anchor ?? cursorKey };
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || event.altKey) {
      return;
    }
    const command = event.ctrlKey || event.metaKey;
    if (command && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      onSelectionChange(selectAll(current(), order, selectable));
      return;
    }
    if (command && event.key === ' ' && cursorKey !== null) {
      event.preventDefault();
      onSelectionChange(clickSelect(current(), order, cursorKey, { toggle: true }));
      return;
    }
    if (command) {
      return;
    }
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - headerHeight) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: Math.max(focusIndex - 1, 0),
      PageDown: focusIndex + page,
      PageUp: Math.max(focusIndex - page, 0),
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      onSelectionChange(moveSelect(current(), order, target, { shift: event.shiftKey }, selectable));
      return;
    }
    const focused = rows[focusIndex];
    const handlers: Record<string, (() => void) | undefined> = {
      Enter: focused === undefined ? undefined : () => actions.onOpen(focused),
      Backspace: actions.onUp,
      F5: actions.onRefresh,
      F2: focused === undefined || focused.kind === 'parent' || actions.onRename === undefined ? undefined : () => actions.onRename?.(focused),
      Delete: actions.onDelete,
    };
    const handler = handlers[event.key];
    if (handler !== undefined) {
      event.preventDefault();
      handler();
      return;
    }
    if (event.key.length === 1 && event.key !== ' ') {
      // Typing a name's first letters jumps to it, as in every file manager; a pause starts a new search.
      const now = performance.now();
      const buffer = now - typeAhead.current.at > 800 ? event.key : typeAhead.current.text + event.key;
      typeAhead.current = { text: buffer, at: now };
      const from = buffer.length === 1 ? focusIndex + 1 : Math.max(focusIndex, 0);
      const found = findByPrefix(rows, buffer, from);
      const key = order[found];
      if (key !== undefined) {
        onSelectionChange(selectOnly(key));
      }
    }
  }

  function onRowMouseDown(event: MouseEvent<HTMLDivElement>, row: FileRow) {
    if (event.button === 2) {
      // Right-click on an unselected row acts on that row; on a selected one, on the whole selection.
      if (!selection.keys.has(row.key)) onSelectionChange(selectOnly(row.key));
      return;
    }
    if (event.button !== 0) return;
    if (event.shiftKey) event.preventDefault(); // no text selection while extending
    onSelectionChange(clickSelect(current(), order, row.key, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey }, selectable));
  }

  const template = columns.map((column) => column.track).join(' ');
  const items = virtualizer.getVirtualItems();
  const focusRendered = items.some((item) => item.index === focusIndex);
  return (
    <div
      ref={scrollRef}
      className={dense ? 'file-table file-table--dense' : 'file-table'}
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={focusRendered ? `${baseId}-row-${focusIndex}` : undefined}
      tabIndex={0}
      style={{ '--file-columns': template } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <div className="file-table__canvas" style={{ height: virtualizer.getTotalSize() }}>
        <div className="file-table__header" role="row" aria-rowindex={1}>
          {columns.map((column) => {
            const sorted = sort.key === column.key;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sorted ? sort.direction : 'none'}
                className={column.numeric === true ? 'file-table__th file-table__th--numeric' : 'file-table__th'}
              >
                <button type="button" onClick={() => onSort(column.key)}>
                  <span>{column.label}</span>
                  {sorted && (
                    <SortArrowIcon className={sort.direction === 'descending' ? 'sort-arrow sort-arrow--down' : 'sort-arrow'} />
                  )}
                </button>
              </div>
            );
          })}
        </div>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) {
            return null;
          }
          const selected = selection.keys.has(row.key);
          const classes = ['file-row'];
          if (selected) classes.push('file-row--selected');
          if (item.index === focusIndex) classes.push('file-row--focus');
          if (row.hidden) classes.push('file-row--hidden');
          if (item.index % 2 === 1) classes.push('file-row--odd');
          return (
            <div
              key={row.key}
              id={`${baseId}-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={classes.join(' ')}
              style={{ transform: `translateY(${item.start}px)` }}
              onMouseDown={(event) => onRowMouseDown(event, row)}
              onDoubleClick={() => actions.onOpen(row)}
              draggable={draggableRows && row.kind !== 'parent'}
            >
              <FileCells columns={columns} row={row} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
