import { describe, expect, it } from 'vitest';
import type { Site } from '../../../shared/site.js';
import { buildSiteTree, visibleRows } from './site-tree.js';
import { treeKeyAction } from './tree-keys.js';

const site = (id: string, folderId: string | null) => ({ id, name: id, folderId }) as unknown as Site;
const tree = buildSiteTree(
  [
    { id: 'a', name: 'A', parentId: null },
    { id: 'b', name: 'B', parentId: null },
  ],
  [site('s1', 'a'), site('s2', null)],
);
const open = visibleRows(tree, new Set(['folder:a']));

describe('treeKeyAction', () => {
  it.each([
    ['folder:a', 'ArrowDown', { type: 'focus', key: 'site:s1' }],
    ['site:s2', 'ArrowDown', { type: 'focus', key: 'site:s2' }],
    ['site:s1', 'ArrowUp', { type: 'focus', key: 'folder:a' }],
    ['site:s2', 'Home', { type: 'focus', key: 'folder:a' }],
    ['folder:a', 'End', { type: 'focus', key: 'site:s2' }],
    ['folder:a', 'ArrowRight', { type: 'focus', key: 'site:s1' }],
    ['folder:b', 'ArrowRight', { type: 'expand', key: 'folder:b' }],
    ['folder:a', 'ArrowLeft', { type: 'collapse', key: 'folder:a' }],
    ['site:s1', 'ArrowLeft', { type: 'focus', key: 'folder:a' }],
    ['site:s2', 'ArrowLeft', null],
    ['site:s1', 'Enter', { type: 'activate', key: 'site:s1' }],
    ['site:s1', 'F2', { type: 'rename', key: 'site:s1' }],
    ['folder:b', 'Delete', { type: 'delete', key: 'folder:b' }],
    ['site:s1', 'x', null],
    ['site:gone', 'ArrowDown', null],
  ])('%s + %s', (focused, key, expected) => {
    expect(treeKeyAction(open, focused, key)).toEqual(expected);
  });

  it('does not enter an empty open folder', () => {
    const rows = visibleRows(tree, new Set(['folder:b']));
    expect(treeKeyAction(rows, 'folder:b', 'ArrowRight')).toBeNull();
  });
});
