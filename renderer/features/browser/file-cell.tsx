import { memo } from 'react';
import { FileIcon, FolderIcon, LinkIcon, UpIcon } from '../../components/icons.js';
import type { FileColumn } from './file-columns.js';
import type { FileRow } from './file-row.js';
import { formatCount, formatFullDateTime, formatModified, formatSize, typeLabel } from './format.js';
import type { SortKey } from './sort-entries.js';

/** One cell of a file row, by column; the ".." row only fills its name. */
export function FileCell({ column, row }: { column: SortKey; row: FileRow }) {
  if (row.kind === 'parent') {
    return column === 'name' ? (
      <div role="gridcell" className="file-cell file-cell--name">
        <UpIcon className="file-icon file-icon--parent" />
        <span className="file-name">..</span>
      </div>
    ) : (
      <div role="gridcell" className="file-cell" />
    );
  }
  const isFolder = row.kind === 'directory';
  switch (column) {
    case 'name': {
      const Icon = isFolder ? FolderIcon : row.kind === 'symlink' ? LinkIcon : FileIcon;
      const title = row.linkTarget == null ? row.name : `${row.name} → ${row.linkTarget}`;
      return (
        <div role="gridcell" className="file-cell file-cell--name" title={title}>
          <Icon className={isFolder ? 'file-icon file-icon--folder' : 'file-icon'} />
          <span className="file-name">{row.name}</span>
        </div>
      );
    }
    case 'size':
      return (
        <div role="gridcell" className="file-cell file-cell--numeric" title={isFolder ? undefined : `${formatCount(row.size)} bytes`}>
          {isFolder ? '' : formatSize(row.size)}
        </div>
      );
    case 'type':
      return (
        <div role="gridcell" className="file-cell file-cell--muted">
          {typeLabel(row.name, row.kind)}
        </div>
      );
    case 'modified':
      return (
        <div role="gridcell" className="file-cell file-cell--muted" title={formatFullDateTime(row.modified)}>
          {formatModified(row.modified)}
        </div>
      );
    case 'permissions':
      return (
        <div role="gridcell" className="file-cell file-cell--mono">
          {row.permissions ?? ''}
        </div>
      );
    case 'owner': {
      const text = [row.owner, row.group].filter((part) => part != null && part !== '').join(' ');
      return (
        <div role="gridcell" className="file-cell file-cell--muted" title={text}>
          {text}
        </div>
      );
    }
  }
}

/**
 * All cells of one row. Memoized on the (stable) row object and columns: scrolling re-renders the table on
 * every scroll event, and without this each visible row would format its sizes and dates again each time.
 */
export const FileCells = memo(function FileCells({ columns, row }: { columns: readonly FileColumn[]; row: FileRow }) {
  return columns.map((column) => <FileCell key={column.key} column={column.key} row={row} />);
});
