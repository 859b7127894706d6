import { useEffect, useState } from 'react';
import { isWindowsLocalPath } from '../../../shared/local-path.js';
import { copyText } from '../../components/copy-text.js';
import { ComputerIcon } from '../../components/icons.js';
import type { LocalEntry } from '../../../shared/local-entry.js';
import { useLocalListing } from '../../state/use-local-listing.js';
import { ErrorNotice } from '../errors/error-notice.js';
import { useTransferActions } from '../transfers/enqueue.js';
import { usePaneDrag } from '../transfers/pane-drag.js';
import { usePublishLocalFolder, useRefreshOnLanded } from '../transfers/pane-targets.js';
import { UploadIcon } from '../transfers/transfer-icons.js';
import { localColumns } from './file-columns.js';
import type { FileRow } from './file-row.js';
import { FileTable } from './file-table.js';
import { paneStatus } from './format.js';
import { rowAfterDelete } from './local-actions.js';
import { FileContextMenu } from './file-context-menu.js';
import { LocalDialogs, type LocalDialog } from './local-dialogs.js';
import { PaneFilter } from './pane-filter.js';
import { PathBar } from './path-bar.js';
import { baseName, joinPath } from './path-crumbs.js';
import { selectOnly } from './selection.js';
import { usePaneView } from './use-pane-view.js';
import './browser.css';

const toRow = (entry: LocalEntry): Omit<FileRow, 'key'> => entry;

/** The left pane: the user's own disk, listed through `local:list` and changed through the other `local:*` calls. */
export function LocalPane() {
  const { listing, loading, error, open, refresh, dismissError, showError } = useLocalListing();
  const view = usePaneView(listing?.entries ?? null, listing?.parent != null, toRow, false);
  const [dialog, setDialog] = useState<LocalDialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after a dialog's change so the grid takes the keyboard back (FileTable's focusKey).
  const [focusTick, setFocusTick] = useState(0);
  // Transfers: uploads go to the remote pane's folder; finished downloads into this folder refresh it.
  const transfers = useTransferActions();
  usePublishLocalFolder(listing?.path ?? null);
  useRefreshOnLanded('local', listing?.path ?? null, refresh);
  const focusedRow = view.rows.find((row) => row.key === view.selection.focus && row.kind !== 'parent');
  const picked = view.selectedRows.length > 0 ? view.selectedRows : focusedRow === undefined ? [] : [focusedRow];
  const pickedItems = () => picked.map((row) => ({ name: row.name, folder: row.kind === 'directory' }));
  // Remote files dropped here download into this folder; local ones dragged out upload (see pane-drag.ts).
  const drag = usePaneDrag('local', pickedItems, (items) => void transfers.downloadSelection(items));
  const upload = transfers.canUpload && picked.length > 0 ? () => void transfers.uploadSelection(pickedItems()) : undefined;

  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => setNotice(null), 2500);
    return () => window.clearTimeout(timer);
  }, [notice]);

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
    } else if (row.kind === 'file' && transfers.canUpload) {
      // FileZilla's habit: Enter or double-click on a file transfers it to the other side.
      void transfers.uploadSelection([{ name: row.name, folder: false }]);
    }
  }

  const folder = listing?.path ?? '';
  const single = picked.length === 1 ? picked[0] : undefined;
  const remove =
    listing !== null && picked.length > 0
      ? () => {
          const names = picked.map((row) => row.name);
          const items = picked.map((row) => ({ name: row.name, folder: row.kind === 'directory' }));
          setDialog({ kind: 'delete', items, land: rowAfterDelete(view.rows, names) });
        }
      : undefined;
  const permissions = () => {
    const first = picked[0];
    const mode = first?.mode ?? (first?.kind === 'directory' ? 0o755 : 0o644);
    setDialog({ kind: 'chmod', names: picked.map((row) => row.name), mode: mode & 0o777 });
  };
  const actions = {
    ...(single !== undefined && (single.kind === 'directory' || single.kind === 'symlink') ? { open: () => openRow(single) } : {}),
    ...(upload === undefined ? {} : { transfer: upload }),
    newFolder: () => setDialog({ kind: 'new-folder' }),
    ...(single === undefined ? {} : { rename: () => setDialog({ kind: 'rename', name: single.name }) }),
    // A Windows disk has no POSIX permissions: the item is not offered there at all.
    permissions: isWindowsLocalPath(folder) ? null : picked.length > 0 && listing !== null ? permissions : undefined,
    ...(remove === undefined ? {} : { remove }),
    copyPath: () => {
      const paths = picked.length > 0 ? picked.map((row) => joinPath(folder, row.name)) : [folder];
      void copyText(paths.join('\n')).then((done) => setNotice(done ? 'Path copied' : 'Could not copy'));
    },
    refresh: () => void refresh(),
  };

  async function afterChange(focus: string | null) {
    await refresh();
    if (focus !== null) view.setSelection(selectOnly(focus));
    setFocusTick((tick) => tick + 1);
  }

  function closeDialog() {
    setDialog({ kind: 'none' });
    setFocusTick((tick) => tick + 1);
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
          <button
            type="button"
            className="button button--small"
            disabled={upload === undefined}
            onClick={upload}
            title={transfers.canUpload ? 'Upload the selection to the remote folder' : 'Connect to a server to upload'}
          >
            <UploadIcon />
            Upload
          </button>
        </div>
      </header>
      <PathBar
        side="Local"
        path={folder}
        canGoUp={listing?.parent != null}
        busy={loading}
        showHidden={view.showHidden}
        onShowHidden={view.setShowHidden}
        onNavigate={(path) => void navigate(path)}
        onUp={goUp}
        onRefresh={() => void refresh()}
        tools={<PaneFilter side="Local" value={view.filter} onChange={view.setFilter} />}
      />
      {error !== null && <ErrorNotice error={error} onDismiss={dismissError} />}
      <FileContextMenu side="local" actions={actions}>
        <div className={`pane__table transfer-menu-target${drag.over ? ' pane-drop-target' : ''}`} {...drag.props}>
          <FileTable
            label="Local files"
            columns={localColumns}
            rows={view.rows}
            sort={view.sort}
            onSort={view.onSort}
            selection={view.selection}
            onSelectionChange={view.setSelection}
            actions={{
              onOpen: openRow,
              onUp: goUp,
              onRefresh: () => void refresh(),
              onRename: (row) => setDialog({ kind: 'rename', name: row.name }),
              ...(remove === undefined ? {} : { onDelete: remove }),
            }}
            resetScrollKey={folder}
            draggableRows={transfers.canUpload}
            focusKey={focusTick === 0 ? undefined : String(focusTick)}
          />
        </div>
      </FileContextMenu>
      <footer className="pane__status" role="status">
        {notice ?? (listing === null ? (loading ? 'Loading…' : '') : paneStatus(view))}
      </footer>
      <LocalDialogs
        dialog={dialog}
        folder={folder}
        existing={(listing?.entries ?? []).map((entry) => entry.name)}
        onClose={closeDialog}
        onDone={afterChange}
        onError={showError}
      />
    </section>
  );
}
