import type { TreeRow } from './site-tree.js';

/** What a key press in the tree asks for. */
export type TreeKeyAction =
  | { readonly type: 'focus'; readonly key: string }
  | { readonly type: 'expand'; readonly key: string }
  | { readonly type: 'collapse'; readonly key: string }
  | { readonly type: 'activate'; readonly key: string }
  | { readonly type: 'rename'; readonly key: string }
  | { readonly type: 'delete'; readonly key: string };

/**
 * The WAI-ARIA tree keyboard model for a flat list of visible rows: arrows move, Right opens a folder or
 * enters it, Left closes it or goes to its parent, Home/End jump; Enter activates, F2 renames, Delete deletes.
 * Returns null for keys the tree does not handle.
 */
export function treeKeyAction(rows: readonly TreeRow[], focusedKey: string, key: string): TreeKeyAction | null {
  const index = rows.findIndex((row) => row.node.key === focusedKey);
  const row = rows[index];
  if (row === undefined) return null;
  const at = (i: number): TreeKeyAction | null => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
    return target === undefined ? null : { type: 'focus', key: target.node.key };
  };
  switch (key) {
    case 'ArrowDown':
      return at(index + 1);
    case 'ArrowUp':
      return at(index - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(rows.length - 1);
    case 'ArrowRight':
      if (row.expanded === false) return { type: 'expand', key: row.node.key };
      if (row.expanded === true && rows[index + 1]?.parentKey === row.node.key) return at(index + 1);
      return null;
    case 'ArrowLeft':
      if (row.expanded === true) return { type: 'collapse', key: row.node.key };
      return row.parentKey === null ? null : { type: 'focus', key: row.parentKey };
    case 'Enter':
      return { type: 'activate', key: row.node.key };
    case 'F2':
      return { type: 'rename', key: row.node.key };
    case 'Delete':
      return { type: 'delete', key: row.node.key };
    default:
      return null;
  }
}
