import * as ContextMenu from '@radix-ui/react-context-menu';
import type { ReactNode } from 'react';
import '../remote/context-menu.css';

/**
 * The local pane's right-click menu (also Shift+F10 / the Menu key on the grid): upload what is selected into
 * the remote pane's folder, and refresh. Same look as the remote pane's menu.
 */
export function LocalTransferMenu({
  onUpload,
  onRefresh,
  children,
}: {
  /** Undefined when there is nothing to upload or nowhere to upload to. */
  onUpload: (() => void) | undefined;
  onRefresh: () => void;
  children: ReactNode;
}) {
  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger asChild>{children}</ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu" aria-label="Local file actions">
          <ContextMenu.Item className="menu__item" disabled={onUpload === undefined} onSelect={onUpload}>
            <span>Upload</span>
          </ContextMenu.Item>
          <ContextMenu.Separator className="menu__separator" />
          <ContextMenu.Item className="menu__item" onSelect={onRefresh}>
            <span>Refresh</span>
            <kbd className="menu__shortcut">F5</kbd>
          </ContextMenu.Item>
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
