import type { Site, SiteFolder } from '../../../shared/site.js';

/** A folder in the tree, with its subfolders and sites (folders first, each sorted by name). */
export interface FolderNode {
  readonly kind: 'folder';
  readonly key: string;
  readonly folder: SiteFolder;
  readonly children: readonly TreeNode[];
}

/** A site in the tree. */
export interface SiteNode {
  readonly kind: 'site';
  readonly key: string;
  readonly site: Site;
}

/** A row of the tree before flattening: a folder or a site. */
export type TreeNode = FolderNode | SiteNode;

/** One visible line of the tree, with what WAI-ARIA's treeitem needs (level, position in its set). */
export interface TreeRow {
  readonly node: TreeNode;
  readonly level: number;
  readonly parentKey: string | null;
  readonly posInSet: number;
  readonly setSize: number;
  /** Folders only: whether its children are shown. */
  readonly expanded?: boolean;
}

/** The key of a folder row, also used in the expanded set. */
export const folderKey = (id: string): string => `folder:${id}`;
/** The key of a site row. */
export const siteKey = (id: string): string => `site:${id}`;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);

/**
 * Builds the folder tree. A site or folder whose parent is missing is shown at the top level rather than
 * lost, and a parent cycle (which the store refuses, but a hand-edited file might hold) cannot loop.
 */
export function buildSiteTree(folders: readonly SiteFolder[], sites: readonly Site[]): TreeNode[] {
  const known = new Set(folders.map((folder) => folder.id));
  const parentOf = (id: string | null): string | null => (id !== null && known.has(id) ? id : null);
  const build = (parentId: string | null, seen: ReadonlySet<string>): TreeNode[] => {
    const subfolders = folders
      .filter((folder) => parentOf(folder.parentId) === parentId && !seen.has(folder.id))
      .sort(byName)
      .map((folder): FolderNode => ({
        kind: 'folder',
        key: folderKey(folder.id),
        folder,
        children: build(folder.id, new Set([...seen, folder.id])),
      }));
    const leaves = sites
      .filter((site) => parentOf(site.folderId) === parentId)
      .sort(byName)
      .map((site): SiteNode => ({ kind: 'site', key: siteKey(site.id), site }));
    return [...subfolders, ...leaves];
  };
  return build(null, new Set());
}

/** The rows a reader sees: children of collapsed folders are left out. */
export function visibleRows(tree: readonly TreeNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly TreeNode[], level: number, parentKey: string | null): void => {
    nodes.forEach((node, index) => {
      const base = { node, level, parentKey, posInSet: index + 1, setSize: nodes.length };
      if (node.kind === 'site') {
        rows.push(base);
        return;
      }
      const open = expanded.has(node.key);
      rows.push({ ...base, expanded: open });
      if (open) walk(node.children, level + 1, node.key);
    });
  };
  walk(tree, 1, null);
  return rows;
}

/** The keys of a folder's ancestors, so a newly made or moved item can be revealed. */
export function ancestorKeys(folders: readonly SiteFolder[], folderId: string | null): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let id = folderId; id !== null && !seen.has(id); ) {
    seen.add(id);
    keys.push(folderKey(id));
    id = folders.find((folder) => folder.id === id)?.parentId ?? null;
  }
  return keys;
}

/** A destination for "Move to folder…": null is the top level. */
export interface FolderChoice {
  readonly id: string | null;
  readonly label: string;
}

/**
 * Every folder as "Work / Clients", in tree order, after "Top level". `movingFolderId` leaves out that folder
 * and everything inside it (a folder cannot move into itself).
 */
export function folderChoices(folders: readonly SiteFolder[], movingFolderId?: string): FolderChoice[] {
  const choices: FolderChoice[] = [{ id: null, label: 'Top level' }];
  const walk = (nodes: readonly TreeNode[], prefix: string): void => {
    for (const node of nodes) {
      if (node.kind !== 'folder' || node.folder.id === movingFolderId) continue;
      const label = prefix === '' ? node.folder.name : `${prefix} / ${node.folder.name}`;
      choices.push({ id: node.folder.id, label });
      walk(node.children, label);
    }
  };
  walk(buildSiteTree(folders, []), '');
  return choices;
}
