import type { KeyboardEvent } from 'react';

/** The filter box in a pane's header: narrows the list as you type; Escape clears it. */
export function PaneFilter({ side, value, onChange }: { side: string; value: string; onChange: (text: string) => void }) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    }
  }
  return (
    <label className="pane-filter">
      <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="pane-filter__icon">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10.5 10.5l3.5 3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <span className="visually-hidden">Filter {side.toLowerCase()} files</span>
      <input
        type="search"
        value={value}
        placeholder="Filter"
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
