import * as ContextMenu from '@radix-ui/react-context-menu';
import type { ReactNode } from 'react';
import './context-menu.css';

/** What the remote context menu can do; the pane decides what applies to the current selection. */
export interface RemoteMenuActions {
  readonly open?: () => void;
  /** Download the selection into the local pane's folder (transfer queue); undefined when not possible. */
  readonly download?: () => void;
  readonly newFolder: () => void;
  readonly rename?: () => void;
  readonly remove?: () => void;
  readonly permissions?: () => void;
  readonly refresh: () => void;
  readonly copyUrl: () => void;
  readonly copyPath: () => void;
}

function Item({ label, shortcut, onSelect, danger = false }: { label: string; shortcut?: string; onSelect?: () => void; danger?: boolean }) {
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
 * The remote pane's right-click menu (also the keyboard's Menu key / Shift+F10 on the grid), on Radix
 * ContextMenu for focus handling and arrow-key navigation.
 */
export function RemoteContextMenu({ actions, children }: { actions: RemoteMenuActions; children: ReactNode }) {
  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild>{children}</ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu" aria-label="Remote file actions">
          {actions.open !== undefined && <Item label="Open" shortcut="Enter" onSelect={actions.open} />}
          <Item label="Download" onSelect={actions.download} />
          <Item label="New folder…" onSelect={actions.newFolder} />
          <ContextMenu.Separator className="menu__separator" />
          <Item label="Rename…" shortcut="F2" onSelect={actions.rename} />
          <Item label="Permissions…" onSelect={actions.permissions} />
          <Item label="Delete…" shortcut="Del" onSelect={actions.remove} danger />
          <ContextMenu.Separator className="menu__separator" />
          <Item label="Copy URL" onSelect={actions.copyUrl} />
          <Item label="Copy path" onSelect={actions.copyPath} />
          <ContextMenu.Separator className="menu__separator" />
          <Item label="Refresh" shortcut="F5" onSelect={actions.refresh} />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
