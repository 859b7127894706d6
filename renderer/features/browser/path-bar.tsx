import { useEffect, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { EyeIcon, RefreshIcon, UpIcon } from '../../components/icons.js';
import { pathCrumbs } from './path-crumbs.js';

/**
 * A pane's navigation: up, refresh, an editable path (Enter opens, Escape reverts), the show-hidden toggle,
 * and breadcrumbs underneath for one-click jumps to any ancestor.
 */
export function PathBar({
  side,
  path,
  canGoUp,
  busy,
  disabled = false,
  showHidden,
  onShowHidden,
  onNavigate,
  onUp,
  onRefresh,
  tools,
}: {
  side: string;
  path: string;
  canGoUp: boolean;
  busy: boolean;
  disabled?: boolean;
  showHidden: boolean;
  onShowHidden: (show: boolean) => void;
  onNavigate: (path: string) => void;
  onUp: () => void;
  onRefresh: () => void;
  /** Extra controls before the hidden toggle (the filter box). */
  tools?: ReactNode;
}) {
  const [draft, setDraft] = useState(path);
  useEffect(() => setDraft(path), [path]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wanted = draft.trim();
    if (wanted !== '' && wanted !== path) {
      onNavigate(wanted);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      setDraft(path);
    }
  }

  const crumbs = path === '' ? [] : pathCrumbs(path);
  return (
    <div className="path-bar">
      <div className="path-bar__row">
        <button
          type="button"
          className="icon-button"
          aria-label="Up one folder"
          title="Up one folder (Backspace)"
          disabled={disabled || !canGoUp}
          onClick={onUp}
        >
          <UpIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Refresh"
          title="Refresh"
          disabled={disabled}
          onClick={onRefresh}
        >
          <RefreshIcon className={busy ? 'spin' : undefined} />
        </button>
        <form className="path-bar__form" onSubmit={onSubmit}>
          <input
            className="path-bar__input"
            aria-label={`${side} path`}
            value={draft}
            placeholder={disabled ? 'Not connected' : ''}
            disabled={disabled}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </form>
        {tools}
        <button
          type="button"
          className="icon-button"
          aria-pressed={showHidden}
          aria-label="Show hidden files"
          title="Show hidden files"
          disabled={disabled}
          onClick={() => onShowHidden(!showHidden)}
        >
          <EyeIcon />
        </button>
      </div>
      <nav className="breadcrumbs" aria-label={`${side} breadcrumbs`}>
        <ol>
          {crumbs.map((crumb, index) => {
            const last = index === crumbs.length - 1;
            return (
              <li key={crumb.path}>
                {last ? (
                  <span aria-current="location">{crumb.label}</span>
                ) : (
                  <button type="button" className="breadcrumbs__link" onClick={() => onNavigate(crumb.path)}>
                    {crumb.label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
