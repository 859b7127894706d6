import type { SortKey } from './sort-entries.js';

/** One column of a file table: what it sorts by, its header and its grid track. */
export interface FileColumn {
  readonly key: SortKey;
  readonly label: string;
  readonly track: string;
  readonly numeric?: boolean;
}

/** The local pane: name, size, type, modified. */
export const localColumns: readonly FileColumn[] = [
  { key: 'name', label: 'Name', track: 'minmax(150px, 1fr)' },
  { key: 'size', label: 'Size', track: '88px', numeric: true },
  { key: 'type', label: 'Type', track: '84px' },
  { key: 'modified', label: 'Last modified', track: '138px' },
];

/** The remote pane: what the server says about permissions and ownership matters more than a type label. */
export const remoteColumns: readonly FileColumn[] = [
  { key: 'name', label: 'Name', track: 'minmax(120px, 1fr)' },
  { key: 'size', label: 'Size', track: '80px', numeric: true },
  { key: 'modified', label: 'Modified', track: '136px' },
  { key: 'permissions', label: 'Permissions', track: '88px' },
  { key: 'owner', label: 'Owner', track: '88px' },
];
