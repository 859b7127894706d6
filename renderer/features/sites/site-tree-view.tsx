import * as ContextMenu from '@radix-ui/react-context-menu';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { FolderIcon } from '../../components/icons.js';
import { colourLabels, protocolLabels } from './site-form.js';
import { ChevronIcon } from './site-icons.js';
import type { TreeNode, TreeRow } from './site-tree.js';
import { treeKeyAction } from './tree-keys.js';

/** What the tree asks its owner to do with a node (null: the empty area, i.e. the top level). */
export type TreeAction = 'connect' | 'publish' | 'edit' | 'duplicate' | 'rename' | 'move' | 'delete' | 'new-site' | 'new-folder';

/**
 * The site tree: a WAI-ARIA tree (one Tab stop, arrows to move, Right/Left to open and close folders, Enter to
 * connect or open, F2 to rename, Delete to delete) with a context menu on every row and on the empty area.
 */
export function SiteTreeView({
  rows,
  focusedKey,
  onFocusKey,
  onToggle,
  onAction,
}: {
  rows: readonly TreeRow[];
  focusedKey: string | null;
  onFocusKey: (key: string) => void;
  onToggle: (key: string, open: boolean) => void;
  onAction: (action: TreeAction, node: TreeNode | null) => void;
}) {
  const treeRef = useRef<HTMLDivElement>(null);
  const [menuNode, setMenuNode] = useState<TreeNode | null>(null);
  const current = rows.find((row) => row.node.key === focusedKey) ?? rows[0];

  function focusRow(key: string) {
    onFocusKey(key);
    treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  function activate(node: TreeNode) {
    if (node.kind === 'site') onAction('connect', node);
    else onToggle(node.key, !rows.find((row) => row.node.key === node.key)?.expanded);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (current === undefined) return;
    const action = treeKeyAction(rows, current.node.key, event.key);
    if (action === null) return;
    event.preventDefault();
    const node = rows.find((row) => row.node.key === action.key)?.node;
    if (node === undefined) return;
    if (action.type === 'focus') focusRow(action.key);
    else if (action.type === 'expand') onToggle(action.key, true);
    else if (action.type === 'collapse') onToggle(action.key, false);
    else if (action.type === 'activate') activate(node);
    else onAction(action.type, node);
  }

  return (
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger asChild>
        <div
          className="site-tree__area"
          onContextMenu={(event) => {
            // A row's menu was already chosen by the row's handler; only the empty area means "top level".
            if ((event.target as Element).closest('[role="treeitem"]') === null) setMenuNode(null);
          }}
        >
          <div role="tree" aria-label="Saved sites" className="site-tree" ref={treeRef} onKeyDown={onKeyDown}>
            {rows.map((row) => (
              <TreeItem
                key={row.node.key}
                row={row}
                focused={row === current}
                onFocus={() => onFocusKey(row.node.key)}
                onToggle={() => onToggle(row.node.key, row.expanded !== true)}
                onActivate={() => activate(row.node)}
                onContextMenu={() => {
                  onFocusKey(row.node.key);
                  setMenuNode(row.node);
                }}
              />
            ))}
          </div>
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="sm-menu" aria-label={menuNode === null ? 'Sites' : `Actions for ${nodeName(menuNode)}`}>
          <MenuItems node={menuNode} onAction={onAction} />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}

function nodeName(node: TreeNode): string {
  return node.kind === 'site' ? node.site.name : node.folder.name;
}

function TreeItem({
  row,
  focused,
  onFocus,
  onToggle,
  onActivate,
  onContextMenu,
}: {
  row: TreeRow;
  focused: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onActivate: () => void;
  onContextMenu: () => void;
}) {
  const { node } = row;
  const indent = { paddingInlineStart: `${6 + (row.level - 1) * 16}px` };
  const common = {
    role: 'treeitem',
    'data-key': node.key,
    'aria-level': row.level,
    'aria-setsize': row.setSize,
    'aria-posinset': row.posInSet,
    'aria-selected': focused,
    tabIndex: focused ? 0 : -1,
    onFocus,
    onContextMenu,
  } as const;
  if (node.kind === 'folder') {
    return (
      <div {...common} aria-expanded={row.expanded} className="site-tree__row" style={indent} onClick={onToggle}>
        <span
          className={row.expanded === true ? 'site-tree__chevron site-tree__chevron--open' : 'site-tree__chevron'}
          aria-hidden="true"
        >
          <ChevronIcon />
        </span>
        <FolderIcon className="site-tree__folder-icon" />
        <span className="site-tree__name">{node.folder.name}</span>
      </div>
    );
  }
  const { site } = node;
  return (
    <div
      {...common}
      className="site-tree__row"
      style={indent}
      title={`${site.host}:${site.port} · ${protocolLabels[site.protocol]}`}
      // The colour label is extra information, not part of the name people search the tree by.
      {...(site.colour === 'none' ? {} : { 'aria-description': `${colourLabels[site.colour]} label` })}
      onDoubleClick={onActivate}
    >
      <span className="site-tree__chevron" aria-hidden="true" />
      <span className={`site-dot site-dot--${site.colour}`} aria-hidden="true" />
      <span className="site-tree__name">{site.name}</span>
    </div>
  );
}

function MenuItems({ node, onAction }: { node: TreeNode | null; onAction: (action: TreeAction, node: TreeNode | null) => void }) {
  const item = (action: TreeAction, label: string, extra = '') => (
    <ContextMenu.Item className={`sm-menu__item ${extra}`} onSelect={() => onAction(action, node)}>
      {label}
    </ContextMenu.Item>
  );
  const separator = <ContextMenu.Separator className="sm-menu__separator" />;
  if (node === null) {
    return (
      <>
        {item('new-site', 'New site…')}
        {item('new-folder', 'New folder…')}
      </>
    );
  }
  if (node.kind === 'folder') {
    return (
      <>
        {item('new-site', 'New site here…')}
        {item('new-folder', 'New folder here…')}
        {separator}
        {item('rename', 'Rename…')}
        {item('move', 'Move to folder…')}
        {separator}
        {item('delete', 'Delete…', 'sm-menu__item--danger')}
      </>
    );
  }
  return (
    <>
      {item('connect', 'Connect', 'sm-menu__item--strong')}
      {item('publish', 'Publish…')}
      {separator}
      {item('edit', 'Edit…')}
      {item('duplicate', 'Duplicate')}
      {item('rename', 'Rename…')}
      {item('move', 'Move to folder…')}
      {separator}
      {item('delete', 'Delete…', 'sm-menu__item--danger')}
    </>
  );
}
