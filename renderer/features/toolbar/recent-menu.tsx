import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';
import { ChevronDownIcon } from '../../components/icons.js';
import type { RecentConnection } from './recent-connections.js';
import { recentLabel } from './recent-connections.js';
import { quickProtocols } from './quick-connect.js';
import '../browser/context-menu.css';

/** The chevron next to Connect: recent quick connections (never with passwords), newest first. */
export function RecentMenu({
  recent,
  onPick,
  onClear,
  focusAfterPick,
}: {
  recent: readonly RecentConnection[];
  onPick: (entry: RecentConnection) => void;
  onClear: () => void;
  /** Where the keyboard goes after a pick (the password, which is never remembered); else back to the button. */
  focusAfterPick: () => void;
}) {
  const picked = useRef(false);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="button recent-trigger" aria-label="Recent servers" title="Recent servers">
        <ChevronDownIcon />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu"
          align="end"
          sideOffset={6}
          onCloseAutoFocus={(event) => {
            if (!picked.current) return;
            picked.current = false;
            event.preventDefault();
            focusAfterPick();
          }}
        >
          {recent.length === 0 ? (
            <DropdownMenu.Item className="menu__item" disabled>
              No recent connections
            </DropdownMenu.Item>
          ) : (
            <>
              <DropdownMenu.Label className="menu__label">Recent connections</DropdownMenu.Label>
              {recent.map((entry) => (
                <DropdownMenu.Item key={`${entry.host}:${entry.port}:${entry.user}`} className="menu__item" onSelect={() => {
                    picked.current = true;
                    onPick(entry);
                  }}>
                  <span>{recentLabel(entry)}</span>
                  <span className="menu__shortcut">{quickProtocols.find((item) => item.value === entry.protocol)?.short}</span>
                </DropdownMenu.Item>
              ))}
              <DropdownMenu.Separator className="menu__separator" />
              <DropdownMenu.Item className="menu__item" onSelect={onClear}>
                Clear the list
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
