import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import './tabs.css';

/** One tab: its id, label, an optional count badge and its panel. */
export interface TabSpec<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly count?: number;
  readonly panel: ReactNode;
}

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs, only the active tab is in
 * the Tab order.
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  actions,
}: {
  label: string;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  actions?: ReactNode;
}) {
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (next !== undefined) {
      onSelect(next.id);
      listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${baseId}-tab-${next.id}`)}`)?.focus();
    }
  }

  const active = tabs[index];
  return (
    <div className="tabs">
      <div className="tabs__bar">
        <div role="tablist" aria-label={label} className="tabs__list" ref={listRef} onKeyDown={onKeyDown}>
          {tabs.map((tab) => {
            const isSelected = tab === active;
            return (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`${baseId}-tab-${tab.id}`}
                aria-selected={isSelected}
                aria-controls={`${baseId}-panel-${tab.id}`}
                tabIndex={isSelected ? 0 : -1}
                className="tabs__tab"
                onClick={() => onSelect(tab.id)}
              >
                {tab.label}
                {tab.count !== undefined && <span className="tabs__count">{tab.count}</span>}
              </button>
            );
          })}
        </div>
        {actions !== undefined && <div className="tabs__actions">{actions}</div>}
      </div>
      {active !== undefined && (
        <div
          role="tabpanel"
          id={`${baseId}-panel-${active.id}`}
          aria-labelledby={`${baseId}-tab-${active.id}`}
          className="tabs__panel"
        >
          {active.panel}
        </div>
      )}
    </div>
  );
}
