import { describe, expect, it } from 'vitest';
import type { Site, SiteFolder } from '../../../shared/site.js';
import { ancestorKeys, buildSiteTree, folderChoices, folderKey, visibleRows } from './site-tree.js';

const folder = (id: string, name: string, parentId: string | null = null): SiteFolder => ({ id, name, parentId });
const site = (id: string, name: string, folderId: string | null = null): Site => ({
  id,
  name,
  folderId,
  host: `${id}.example`,
  port: 21,
  protocol: 'ftpes-required',
  logonType: 'normal',
  user: '',
  localDir: '',
  remoteDir: '',
  transferMode: 'passive',
  maxConnections: 2,
  encoding: 'utf-8',
  websiteUrl: '',
  publishFolder: '',
  notes: '',
  colour: 'none',
});

const folders = [folder('w', 'Work'), folder('c', 'Clients', 'w'), folder('p', 'personal')];
const sites = [site('s10', 'Site 10', 'w'), site('s9', 'site 9', 'w'), site('acme', 'Acme', 'c'), site('top', 'Blog')];

describe('buildSiteTree and visibleRows', () => {
  it('puts folders first, sorts names naturally, and hides collapsed children', () => {
    const tree = buildSiteTree(folders, sites);
    const collapsed = visibleRows(tree, new Set());
    expect(collapsed.map((row) => row.node.key)).toEqual(['folder:p', 'folder:w', 'site:top']);
    const open = visibleRows(tree, new Set([folderKey('w'), folderKey('c')]));
    expect(open.map((row) => [row.node.key, row.level, row.posInSet, row.setSize])).toEqual([
      ['folder:p', 1, 1, 3],
      ['folder:w', 1, 2, 3],
      ['folder:c', 2, 1, 3],
      ['site:acme', 3, 1, 1],
      ['site:s9', 2, 2, 3],
      ['site:s10', 2, 3, 3],
      ['site:top', 1, 3, 3],
    ]);
    expect(open.find((row) => row.node.key === 'site:acme')?.parentKey).toBe('folder:c');
    expect(open.find((row) => row.node.key === 'folder:w')?.expanded).toBe(true);
  });

  it('shows orphans at the top level and survives a parent cycle', () => {
    const odd = [folder('a', 'A', 'b'), folder('b', 'B', 'a')];
    const tree = buildSiteTree(odd, [site('x', 'X', 'gone')]);
    // Neither folder of the cycle has a real top-level parent, so only the orphan site shows: no endless loop.
    expect(visibleRows(tree, new Set(['folder:a', 'folder:b'])).map((row) => row.node.key)).toEqual(['site:x']);
  });
});

describe('folderChoices', () => {
  it('lists every folder by path after the top level', () => {
    expect(folderChoices(folders)).toEqual([
      { id: null, label: 'Top level' },
      { id: 'p', label: 'personal' },
      { id: 'w', label: 'Work' },
      { id: 'c', label: 'Work / Clients' },
    ]);
  });

  it('leaves out the moving folder and its subfolders', () => {
    expect(folderChoices(folders, 'w').map((choice) => choice.label)).toEqual(['Top level', 'personal']);
  });
});

describe('ancestorKeys', () => {
  it('walks up to the top level', () => {
    expect(ancestorKeys(folders, 'c')).toEqual(['folder:c', 'folder:w']);
    expect(ancestorKeys(folders, null)).toEqual([]);
  });
});
