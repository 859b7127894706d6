import { useEffect, useState } from 'react';
import type { RemoteEntry } from '../../../shared/remote-entry.js';
import type { Result } from '../../../shared/result.js';
import { remoteJoin } from '../../../shared/remote-path.js';
import { copyText } from '../../components/copy-text.js';
import { EmptyState } from '../../components/empty-state.js';
import { ServerIcon } from '../../components/icons.js';
import { useBridge } from '../../state/bridge-context.js';
import type { RemoteSession } from '../../state/use-remote-session.js';
import { useRemoteListing } from '../../state/use-remote-listing.js';
import { remoteColumns } from '../browser/file-columns.js';
import type { FileRow } from '../browser/file-row.js';
import { FileTable } from '../browser/file-table.js';
import { formatCount, paneStatus } from '../browser/format.js';
import { PaneFilter } from '../browser/pane-filter.js';
import { PathBar } from '../browser/path-bar.js';
import { baseName } from '../browser/path-crumbs.js';
import { emptySelection, selectOnly } from '../browser/selection.js';
import { usePaneView } from '../browser/use-pane-view.js';
import { ErrorNotice } from '../errors/error-notice.js';
import { useTransferActions } from '../transfers/enqueue.js';
import { DropNotice } from '../transfers/drop-notice.js';
import { usePaneDrag } from '../transfers/pane-drag.js';
import { useOsDrop } from '../transfers/use-os-drop.js';
import { usePublishRemoteFolder, useRefreshOnLanded } from '../transfers/pane-targets.js';
import { errorText } from '../errors/error-text.js';
import { permissionsToMode } from './chmod-bits.js';
import { ChmodDialog } from './chmod-dialog.js';
import { DeleteDialog } from './delete-dialog.js';
import type { DeleteItem } from './remote-actions.js';
import { deleteEntries } from './remote-actions.js';
import { FileContextMenu } from '../browser/file-context-menu.js';
import { RemoteHeader } from './remote-header.js';
import { EntryNameDialogs } from '../browser/entry-name-dialogs.js';
import { remoteUrl } from './remote-url.js';
import { TlsWarning } from './tls-warning.js';
import { useRemoteNavigate } from './use-remote-navigate.js';
import '../browser/browser.css';
import './remote.css';

const toRow = (entry: RemoteEntry): Omit<FileRow, 'key'> => ({ ...entry, size: entry.size ?? 0 });

type Dialogs =
  | { readonly kind: 'none' }
  | { readonly kind: 'new-folder' }
  | { readonly kind: 'rename'; readonly name: string }
  | { readonly kind: 'delete'; readonly items: readonly DeleteItem[] }
  | { readonly kind: 'chmod'; readonly names: readonly string[]; readonly mode: number };

/**
 * The right pane: the server's files once connected. Same table as the local side plus permissions and
 * owner; dot-files such as `.htaccess` are shown by default because publishing a site needs them.
 */
export function RemotePane({ session }: { session: RemoteSession }) {
  const bridge = useBridge();
  const { connection } = session;
  const connected = connection.phase === 'connected' ? connection : null;
  const sessionId = connected?.sessionId ?? null;
  const { listing, preview, loading, error, open, refresh, dismissError, showError } = useRemoteListing(sessionId, connected?.target.startPath);
  // While a big folder still arrives, its first rows show (preview): to look at and to browse on from. What
  // needs the folder's contents (transfers, changes, the item count) waits for the whole listing.
  const previewing = preview !== null;
  const shownPath = preview?.path ?? listing?.path ?? '';
  const shownParent = preview !== null ? preview.parent : (listing?.parent ?? null);
  const view = usePaneView(preview?.firstEntries ?? listing?.entries ?? null, shownParent !== null, toRow, true);
  const [dialog, setDialog] = useState<Dialogs>({ kind: 'none' });
  // Bumped when a dialog closes, so the grid takes the keyboard back (FileTable's focusKey) even when the
  // dialog came from the context menu, whose trigger focus cannot return to.
  const [focusTick, setFocusTick] = useState(0);
  const closeDialog = (): void => {
    setDialog({ kind: 'none' });
    setFocusTick((tick) => tick + 1);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const { setSelection, setFilter } = view;

  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => setNotice(null), 2500);
    return () => window.clearTimeout(timer);
  }, [notice]);

  useEffect(() => {
    setSelection(emptySelection);
    setFilter('');
  }, [sessionId, setSelection, setFilter]);

  const navigate = useRemoteNavigate(open, preview, view);

  const folder = listing?.path ?? '';
  // Transfers: downloads go to the local pane's folder; finished uploads into this folder refresh it.
  const transfers = useTransferActions();
  usePublishRemoteFolder(sessionId, listing?.path ?? null);
  useRefreshOnLanded('remote', listing?.path ?? null, refresh);
  const stillListing = (): void => setNotice('Still listing this folder: try again when it is complete.');
  // The user's refresh. While a preview shows, the folder's listing is on its way already; refreshing the
  // last whole listing instead would take the user back to the folder they left.
  const reload = (): void => (previewing ? stillListing() : void refresh());
  const goUp = () => {
    if (shownParent !== null) void navigate(shownParent, baseName(shownPath));
  };
  const openRow = (row: FileRow) => {
    if (row.kind === 'parent') goUp();
    else if (row.kind === 'directory' || row.kind === 'symlink') void navigate(remoteJoin(shownPath, row.name));
    // FileZilla's habit: Enter or double-click on a file transfers it to the other side.
    else if (row.kind === 'file' && transfers.canDownload) {
      if (previewing) stillListing();
      else void transfers.downloadSelection([{ name: row.name, folder: false }]);
    }
  };

  /** Runs one remote call; resolves with an error text for the dialog, or null when it worked. */
  async function run<T>(call: Promise<Result<T>>): Promise<string | null> {
    const result: Result<T> = await call.catch((cause: unknown) => ({ ok: false, error: { code: 'INTERNAL', message: String(cause) } }));
    if (result.ok) return null;
    const text = errorText(result.error);
    return `${text.title} ${result.error.detail ?? ''}`.trim();
  }

  /** A change in this folder (new folder, rename): on success the dialog closes and `name` is selected. */
  async function changeThenSelect<T>(name: string, call: (sessionId: string) => Promise<Result<T>>): Promise<string | null> {
    if (sessionId === null) return 'Not connected.';
    const failure = await run(call(sessionId));
    if (failure === null) {
      closeDialog();
      await refresh();
      setSelection(selectOnly(name));
    }
    return failure;
  }

  const selected = view.selectedRows;
  const focused = view.rows.find((row) => row.key === view.selection.focus && row.kind !== 'parent');
  const targets = selected.length > 0 ? selected : focused !== undefined ? [focused] : [];
  // Local files dropped here upload into this folder; remote ones dragged out download (see pane-drag.ts).
  // Files dropped from the OS's file manager upload here too, in the desktop app (see os-drop.ts).
  const osDrop = useOsDrop(transfers);
  const drag = usePaneDrag(
    'remote',
    () => (previewing ? [] : targets.map((row) => ({ name: row.name, folder: row.kind === 'directory' }))),
    (items) => (previewing ? stillListing() : void transfers.uploadSelection(items)),
    (files) => (previewing ? stillListing() : osDrop.onFiles(files)),
  );
  const existingNames = (listing?.entries ?? []).map((entry) => entry.name);

  // A preview is part of a folder: nothing may act on it as if it were the folder (a selection of all rows
  // would download the first thousand), so changes and transfers wait for the whole listing.
  const canAct = !previewing;
  const actions = {
    transfer:
      canAct && transfers.canDownload && targets.length > 0
        ? () => void transfers.downloadSelection(targets.map((row) => ({ name: row.name, folder: row.kind === 'directory' })))
        : undefined,
    newFolder: canAct ? () => setDialog({ kind: 'new-folder' }) : undefined,
    rename: canAct && targets.length === 1 && targets[0] !== undefined ? () => setDialog({ kind: 'rename', name: targets[0]?.name ?? '' }) : undefined,
    remove:
      canAct && targets.length > 0
        ? () => setDialog({ kind: 'delete', items: targets.map((row) => ({ name: row.name, folder: row.kind === 'directory' })) })
        : undefined,
    permissions:
      canAct && targets.length > 0
        ? () => {
            const first = targets[0];
            const mode = first?.mode ?? permissionsToMode(first?.permissions ?? null) ?? (first?.kind === 'directory' ? 0o755 : 0o644);
            setDialog({ kind: 'chmod', names: targets.map((row) => row.name), mode: mode & 0o777 });
          }
        : undefined,
    refresh: reload,
    copyUrl: () => {
      if (connected === null) return;
      const paths = targets.length > 0 ? targets.map((row) => remoteJoin(shownPath, row.name)) : [shownPath];
      void copyText(paths.map((path) => remoteUrl(connected.target, path)).join('\n')).then((done) => setNotice(done ? 'URL copied' : 'Could not copy'));
    },
    copyPath: () => {
      const paths = targets.length > 0 ? targets.map((row) => remoteJoin(shownPath, row.name)) : [shownPath];
      void copyText(paths.join('\n')).then((done) => setNotice(done ? 'Path copied' : 'Could not copy'));
    },
  };
  // While a preview shows, the status says the count is still growing: the folder's counts come with its end.
  const statusText = (): string => {
    if (notice !== null) return notice;
    if (connected === null) return '';
    if (preview !== null) return `Listing… ${formatCount(preview.countSoFar)} items so far`;
    if (listing === null) return loading ? 'Loading…' : '';
    return paneStatus(view);
  };
  const focusedFolder = targets.length === 1 && (targets[0]?.kind === 'directory' || targets[0]?.kind === 'symlink') ? targets[0] : undefined;

  return (
    <section className="pane pane--remote" aria-labelledby="remote-pane-title">
      <RemoteHeader connection={connection} onDisconnect={() => void session.disconnect()} />
      {connected?.warning !== undefined && <TlsWarning warning={connected.warning} onDismiss={session.dismissWarning} />}
      <PathBar
        side="Remote"
        path={shownPath}
        canGoUp={shownParent !== null}
        busy={loading || connection.phase === 'connecting'}
        disabled={connected === null}
        showHidden={view.showHidden}
        onShowHidden={view.setShowHidden}
        onNavigate={(path) => void navigate(path)}
        onUp={goUp}
        onRefresh={reload}
        tools={connected === null ? undefined : <PaneFilter side="Remote" value={view.filter} onChange={view.setFilter} />}
      />
      {connection.phase === 'idle' && connection.error !== undefined && (
        <ErrorNotice error={connection.error} onDismiss={session.dismissError} />
      )}
      {error !== null && <ErrorNotice error={error} onDismiss={dismissError} />}
      <DropNotice text={osDrop.notice} onDismiss={osDrop.dismiss} />
      {connected === null ? (
        <div className="pane__body">
          <Placeholder connection={connection} />
        </div>
      ) : (
        <FileContextMenu side="remote" actions={{ ...actions, ...(focusedFolder === undefined ? {} : { open: () => openRow(focusedFolder) }) }}>
          <div className={drag.over ? 'pane__table pane-drop-target' : 'pane__table'} {...drag.props}>
            <FileTable
              label="Remote files"
              columns={remoteColumns}
              rows={view.rows}
              sort={view.sort}
              onSort={view.onSort}
              selection={view.selection}
              onSelectionChange={view.setSelection}
              actions={{
                onOpen: openRow,
                onUp: goUp,
                onRefresh: reload,
                ...(canAct ? { onRename: (row: FileRow) => setDialog({ kind: 'rename', name: row.name }) } : {}),
                ...(actions.remove === undefined ? {} : { onDelete: actions.remove }),
              }}
              resetScrollKey={`${sessionId ?? ''}:${shownPath}`}
              dense
              focusKey={(listing === null && preview === null) || sessionId === null ? undefined : `${sessionId}:${focusTick}`}
              draggableRows={transfers.canDownload && canAct}
            />
          </div>
        </FileContextMenu>
      )}
      <footer className="pane__status" role="status">
        {statusText()}
      </footer>

      <EntryNameDialogs
        creating={dialog.kind === 'new-folder'}
        renaming={dialog.kind === 'rename' ? dialog.name : null}
        existing={existingNames}
        onClose={closeDialog}
        onCreate={(name) => changeThenSelect(name, (id) => bridge.invoke('remote:mkdir', { sessionId: id, path: remoteJoin(folder, name) }))}
        onRename={(from, to) =>
          changeThenSelect(to, (id) => bridge.invoke('remote:rename', { sessionId: id, from: remoteJoin(folder, from), to: remoteJoin(folder, to) }))
        }
      />
      <DeleteDialog
        items={dialog.kind === 'delete' ? dialog.items : null}
        onClose={closeDialog}
        onConfirm={async (items) => {
          if (sessionId === null) return [];
          const outcomes = await deleteEntries(bridge, sessionId, folder, items);
          await refresh();
          return outcomes;
        }}
      />
      <ChmodDialog
        names={dialog.kind === 'chmod' ? dialog.names : null}
        initialMode={dialog.kind === 'chmod' ? dialog.mode : 0o644}
        onClose={closeDialog}
        onConfirm={async (octal) => {
          if (sessionId === null || dialog.kind !== 'chmod') return 'Not connected.';
          for (const name of dialog.names) {
            const failure = await run(bridge.invoke('remote:chmod', { sessionId, path: remoteJoin(folder, name), mode: octal }));
            if (failure !== null) {
              showError({ code: 'FTP_PERMANENT', message: `Could not change the permissions of “${name}”.`, detail: failure });
              return failure;
            }
          }
          closeDialog();
          await refresh();
          return null;
        }}
      />
    </section>
  );
}

function Placeholder({ connection }: { connection: RemoteSession['connection'] }) {
  if (connection.phase === 'connecting') {
    return (
      <EmptyState icon={<ServerIcon />} title={`Connecting to ${connection.target.host}…`}>
        <p>Logging in and opening the start folder.</p>
      </EmptyState>
    );
  }
  if (connection.phase === 'needs-trust') {
    return (
      <EmptyState icon={<ServerIcon />} title="Waiting for your decision">
        <p>Check the server’s certificate in the dialog to continue.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<ServerIcon />} title="Not connected">
      <p>{connection.phase === 'idle' && connection.notice !== undefined ? connection.notice : 'Connect with Quick connect above, or pick a saved site, to see the server’s files here.'}</p>
    </EmptyState>
  );
}
