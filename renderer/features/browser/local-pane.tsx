import { ComputerIcon } from '../../components/icons.js';
import type { LocalEntry } from '../../../shared/local-entry.js';
import { useLocalListing } from '../../state/use-local-listing.js';
import { ErrorNotice } from '../errors/error-notice.js';
import { localColumns } from './file-columns.js';
import type { FileRow } from './file-row.js';
import { FileTable } from './file-table.js';
import { paneStatus } from './format.js';
import { PaneFilter } from './pane-filter.js';
import { PathBar } from './path-bar.js';
import { baseName, joinPath } from './path-crumbs.js';
import { selectOnly } from './selection.js';
import { usePaneView } from './use-pane-view.js';
import './browser.css';

const toRow = (entry: LocalEntry): Omit<FileRow, 'key'> => entry;

/** The left pane: the user's own disk, listed through `local:list`. */
export function LocalPane() {
  const { listing, loading, error, open, refresh, dismissError } = useLocalListing();
  const view = usePaneView(listing?.entries ?? null, listing?.parent != null, toRow, false);

  async function navigate(path: string, focusName?: string) {
    if (await open(path)) {
      view.setSelection(focusName === undefined ? { keys: new Set(), focus: null, anchor: null } : selectOnly(focusName));
      view.setFilter('');
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
        <div className="pane__header-tools">
          <PaneFilter side="Local" value={view.filter} onChange={view.setFilter} />
        </div>
      </header>
      <PathBar
        side="Local"
        path={listing?.path ?? ''}
        canGoUp={listing?.parent != null}
        busy={loading}
        showHidden={view.showHidden}
        onShowHidden={view.setShowHidden}
        onNavigate={(path) => void navigate(path)}
        onUp={goUp}
        onRefresh={() => void refresh()}
      />
      {error !== null && <ErrorNotice error={error} onDismiss={dismissError} />}
      <FileTable
        label="Local files"
        columns={localColumns}
        rows={view.rows}
        sort={view.sort}
        onSort={view.onSort}
        selection={view.selection}
        onSelectionChange={view.setSelection}
        actions={{ onOpen: openRow, onUp: goUp, onRefresh: () => void refresh() }}
        resetScrollKey={listing?.path ?? ''}
      />
      <footer className="pane__status" role="status">
        {listing === null ? (loading ? 'Loading…' : '') : paneStatus(view)}
      </footer>
    </section>
  );
}
