import { useMemo, useState } from 'react';
import { ComputerIcon } from '../../components/icons.js';
import { useLocalListing } from '../../state/use-local-listing.js';
import { ErrorNotice } from '../errors/error-notice.js';
import type { FileRow } from './file-row.js';
import { parentRowKey, toRows } from './file-row.js';
import { FileTable } from './file-table.js';
import { summarize } from './format.js';
import { PathBar } from './path-bar.js';
import { baseName, joinPath } from './path-crumbs.js';
import type { SortKey, SortOrder } from './sort-entries.js';
import { nextSortOrder, sortEntries } from './sort-entries.js';
import './browser.css';

/** The left pane: the user's own disk, listed through `local:list`. */
export function LocalPane() {
  const { listing, loading, error, open, refresh, dismissError } = useLocalListing();
  const [sort, setSort] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const [showHidden, setShowHidden] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const visible = useMemo(
    () => (listing === null ? [] : listing.entries.filter((entry) => showHidden || !entry.hidden)),
    [listing, showHidden],
  );
  const rows = useMemo(
    () => toRows(sortEntries(visible, sort), listing?.parent != null),
    [visible, sort, listing],
  );
  // The remembered row may have gone (hidden again, deleted): fall back to the first entry.
  const effectiveActive = rows.some((row) => row.key === activeKey)
    ? activeKey
    : (rows.find((row) => row.key !== parentRowKey)?.key ?? rows[0]?.key ?? null);
  const hiddenCount = (listing?.entries.length ?? 0) - visible.length;

  async function navigate(path: string, focusName?: string) {
    if (await open(path)) {
      setActiveKey(focusName ?? null);
    }
  }

  function goUp() {
    if (listing?.parent != null) {
      // Land on the folder we came from, so Backspace then Enter is a round trip.
      void navigate(listing.parent, baseName(listing.path));
    }
  }

  function openRow(row: FileRow) {
    if (row.kind === 'parent') {
      goUp();
    } else if ((row.kind === 'directory' || row.kind === 'symlink') && listing !== null) {
      // A link may point at a folder; if it does not, local:list says NOT_A_DIRECTORY in plain words.
      void navigate(joinPath(listing.path, row.name));
    }
  }

  return (
    <section className="pane" aria-labelledby="local-pane-title">
      <header className="pane__header">
        <ComputerIcon className="pane__icon" />
        <h2 id="local-pane-title" className="pane__title">
          Local
        </h2>
        <span className="pane__subtitle">This computer</span>
      </header>
      <PathBar
        side="Local"
        path={listing?.path ?? ''}
        canGoUp={listing?.parent != null}
        busy={loading}
        showHidden={showHidden}
        onShowHidden={setShowHidden}
        onNavigate={(path) => void navigate(path)}
        onUp={goUp}
        onRefresh={() => void refresh()}
      />
      {error !== null && <ErrorNotice error={error} onDismiss={dismissError} />}
      <FileTable
        label="Local files"
        rows={rows}
        sort={sort}
        onSort={(key: SortKey) => setSort((current) => nextSortOrder(current, key))}
        activeKey={effectiveActive}
        onActivate={setActiveKey}
        onOpen={openRow}
        onUp={goUp}
        onRefresh={() => void refresh()}
        resetScrollKey={listing?.path ?? ''}
      />
      <footer className="pane__status" role="status">
        {listing === null
          ? loading
            ? 'Loading…'
            : ''
          : `${summarize(visible)}${hiddenCount > 0 ? ` · ${hiddenCount.toLocaleString()} hidden` : ''}`}
      </footer>
    </section>
  );
}
