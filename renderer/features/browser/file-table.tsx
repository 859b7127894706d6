import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { FileIcon, FolderIcon, LinkIcon, SortArrowIcon, UpIcon } from '../../components/icons.js';
import type { FileRow } from './file-row.js';
import { findByPrefix } from './file-row.js';
import { formatFullDateTime, formatModified, formatSize, typeLabel } from './format.js';
import type { SortKey, SortOrder } from './sort-entries.js';

/** Fixed heights keep the virtualizer exact and header and rows aligned. */
const rowHeight = 28;
const headerHeight = 30;

const columns: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'size', label: 'Size', numeric: true },
  { key: 'type', label: 'Type' },
  { key: 'modified', label: 'Last modified' },
];

/**
 * A virtualized, keyboard-driven file grid: only the visible rows are in the DOM, so 100 000 entries scroll
 * smoothly. One row is active (aria-activedescendant); Enter opens it, Backspace goes up, F5 refreshes, typing
 * jumps by name.
 */
export function FileTable({
  label,
  rows,
  sort,
  onSort,
  activeKey,
  onActivate,
  onOpen,
  onUp,
  onRefresh,
  resetScrollKey,
}: {
  label: string;
  rows: readonly FileRow[];
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  activeKey: string | null;
  onActivate: (key: string) => void;
  onOpen: (row: FileRow) => void;
  onUp: () => void;
  onRefresh: () => void;
  /** Scroll back to the top whenever this changes (a new folder). */
  resetScrollKey: string;
}) {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const typeAhead = useRef({ text: '', at: 0 });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const activeIndex = activeKey === null ? -1 : rows.findIndex((row) => row.key === activeKey);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetScrollKey]);

  useEffect(() => {
    if (activeIndex >= 0) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, virtualizer]);

  function moveTo(index: number) {
    const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
    if (row !== undefined) {
      onActivate(row.key);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - headerHeight) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: Math.max(activeIndex - 1, 0),
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    if (event.key === 'Enter') {
      const row = rows[activeIndex];
      if (row !== undefined) {
        event.preventDefault();
        onOpen(row);
      }
      return;
    }
    if (event.key === 'Backspace') {
      event.preventDefault();
      onUp();
      return;
    }
    if (event.key === 'F5') {
      event.preventDefault();
      onRefresh();
      return;
    }
    if (event.key.length === 1 && event.key !== ' ') {
      // Typing a name's first letters jumps to it, as in every file manager; a pause starts a new search.
      const now = performance.now();
      const buffer = now - typeAhead.current.at > 800 ? event.key : typeAhead.current.text + event.key;
      typeAhead.current = { text: buffer, at: now };
      const from = buffer.length === 1 ? activeIndex + 1 : Math.max(activeIndex, 0);
      const found = findByPrefix(rows, buffer, from);
      if (found >= 0) {
        moveTo(found);
      }
    }
  }

  const items = virtualizer.getVirtualItems();
  const activeRendered = items.some((item) => item.index === activeIndex);
  return (
    <div
      ref={scrollRef}
      className="file-table"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? `${baseId}-row-${activeIndex}` : undefined}
      tabIndex={0}
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
                    <SortArrowIcon
                      className={sort.direction === 'descending' ? 'sort-arrow sort-arrow--down' : 'sort-arrow'}
                    />
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
          const active = item.index === activeIndex;
          const classes = ['file-row'];
          if (active) classes.push('file-row--active');
          if (row.hidden) classes.push('file-row--hidden');
          if (item.index % 2 === 1) classes.push('file-row--odd');
          return (
            <div
              key={row.key}
              id={`${baseId}-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={active}
              className={classes.join(' ')}
              style={{ transform: `translateY(${item.start}px)` }}
              onMouseDown={() => onActivate(row.key)}
              onDoubleClick={() => onOpen(row)}
            >
              <FileCells row={row} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function FileCells({ row }: { row: FileRow }) {
  if (row.kind === 'parent') {
    return (
      <>
        <div role="gridcell" className="file-cell file-cell--name">
          <UpIcon className="file-icon file-icon--parent" />
          <span className="file-name">..</span>
        </div>
        <div role="gridcell" className="file-cell" />
        <div role="gridcell" className="file-cell" />
        <div role="gridcell" className="file-cell" />
      </>
    );
  }
  const Icon = row.kind === 'directory' ? FolderIcon : row.kind === 'symlink' ? LinkIcon : FileIcon;
  const isFolder = row.kind === 'directory';
  return (
    <>
      <div role="gridcell" className="file-cell file-cell--name" title={row.name}>
        <Icon className={isFolder ? 'file-icon file-icon--folder' : 'file-icon'} />
        <span className="file-name">{row.name}</span>
      </div>
      <div
        role="gridcell"
        className="file-cell file-cell--numeric"
        title={isFolder ? undefined : `${row.size.toLocaleString()} bytes`}
      >
        {isFolder ? '' : formatSize(row.size)}
      </div>
      <div role="gridcell" className="file-cell file-cell--muted">
        {typeLabel(row.name, row.kind)}
      </div>
      <div role="gridcell" className="file-cell file-cell--muted" title={formatFullDateTime(row.modified)}>
        {formatModified(row.modified)}
      </div>
    </>
  );
}
