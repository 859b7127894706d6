import type { EntryKind } from '../../../shared/local-entry.js';

/** One row of a file table: an entry, or the ".." row that goes up. */
export interface FileRow {
  readonly key: string;
  readonly name: string;
  readonly kind: EntryKind | 'parent';
  readonly size: number;
  readonly modified: number | null;
  readonly hidden: boolean;
  /** Remote only: as the server shows them, and the numeric mode when known. */
  readonly permissions?: string | null;
  readonly mode?: number | null;
  readonly owner?: string | null;
  readonly group?: string | null;
  readonly linkTarget?: string | null;
}

/** The key of the ".." row; entry keys are their names, and no entry is called this. */
export const parentRowKey = '\u0000parent';

/** Rows for a listing: ".." first when there is somewhere to go up to, then the (already sorted) entries. */
export function toRows(
  entries: readonly Omit<FileRow, 'key'>[],
  hasParent: boolean,
): FileRow[] {
  const rows: FileRow[] = entries.map((entry) => ({ ...entry, key: entry.name }));
  if (hasParent) {
    rows.unshift({ key: parentRowKey, name: '..', kind: 'parent', size: 0, modified: null, hidden: false });
  }
  return rows;
}

/** The next row whose name starts with what the user typed, searching forward from (after) `from` and wrapping. */
export function findByPrefix(rows: readonly FileRow[], prefix: string, from: number): number {
  const wanted = prefix.toLocaleLowerCase();
  for (let step = 0; step < rows.length; step += 1) {
    const index = (from + step) % rows.length;
    const row = rows[index];
    if (row !== undefined && row.kind !== 'parent' && row.name.toLocaleLowerCase().startsWith(wanted)) {
      return index;
    }
  }
  return -1;
}
