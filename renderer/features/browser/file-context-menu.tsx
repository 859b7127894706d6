import * as ContextMenu from '@radix-ui/react-context-menu';
import type { ReactNode } from 'react';
import './context-menu.css';

/** What a pane's context menu can do; the pane decides what applies to the current selection. */
export interface FileMenuActions {
  /** Only for one folder (or link): Enter on a file transfers it instead. */
  readonly open?: () => void;
  /** Upload (local pane) or download (remote pane) the selection; undefined when not possible. */
  readonly transfer?: () => void;
  /** Undefined greys it out (the remote pane while a folder is still listing). */
  readonly newFolder?: () => void;
  readonly rename?: () => void;
  /** Null hides the item (a Windows disk has no POSIX permissions); undefined greys it out. */
  readonly permissions?: (() => void) | null;
  readonly remove?: () => void;
  /** Only the remote pane has a URL to copy. */
  readonly copyUrl?: () => void;
  readonly copyPath: () => void;
  readonly refresh: () => void;
}

/** One menu entry, greyed out when there is no `onSelect`. */
function MenuItem({ label, shortcut, onSelect, danger = false }: { label: string; shortcut?: string; onSelect?: () => void; danger?: boolean }) {
  return (
    <ContextMenu.Item
      className={danger ? 'menu__item menu__item--danger' : 'menu__item'}
      disabled={onSelect === undefined}
      onSelect={onSelect}
    >
      <span>{label}</span>
      {shortcut !== undefined && <kbd className="menu__shortcut">{shortcut}</kbd>}
    </ContextMenu.Item>
  );
}

/**
 * Either pane's right-click menu (also the keyboard's Menu key / Shift+F10 on the grid), on Radix ContextMenu
 * for focus handling and arrow-key navigation. Both panes list the same entries in the same places.
 */
export function FileContextMenu({ side, actions, children }: { side: 'local' | 'remote'; actions: FileMenuActions; children: ReactNode }) {
  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild>{children}</ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu" aria-label={side === 'local' ? 'Local file actions' : 'Remote file actions'}>
          {actions.open !== undefined && <MenuItem label="Open" shortcut="Enter" onSelect={actions.open} />}
          <MenuItem label={side === 'local' ? 'Upload' : 'Download'} onSelect={actions.transfer} />
          <MenuItem label="New folder…" onSelect={actions.newFolder} />
          <ContextMenu.Separator className="menu__separator" />
          <MenuItem label="Rename…" shortcut="F2" onSelect={actions.rename} />
          {actions.permissions !== null && <MenuItem label="Permissions…" onSelect={actions.permissions} />}
          <MenuItem label="Delete…" shortcut="Del" onSelect={actions.remove} danger />
          <ContextMenu.Separator className="menu__separator" />
          {actions.copyUrl !== undefined && <MenuItem label="Copy URL" onSelect={actions.copyUrl} />}
          <MenuItem label="Copy path" onSelect={actions.copyPath} />
          <ContextMenu.Separator className="menu__separator" />
          <MenuItem label="Refresh" shortcut="F5" onSelect={actions.refresh} />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
