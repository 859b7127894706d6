import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { Site } from '../../../shared/site.js';
import { EmptyState } from '../../components/empty-state.js';
import { PlusIcon, ServerIcon } from '../../components/icons.js';
import { ErrorNotice } from '../errors/error-notice.js';
import { downloadText } from './download.js';
import { ImportReportDialog } from './import-report-dialog.js';
import { MoveDialog } from './move-dialog.js';
import { ConfirmDialog, NameDialog, PasswordPrompt } from './simple-dialogs.js';
import { SiteDialog } from './site-dialog.js';
import { TrustedCertificatesDialog } from './trusted-certificates-dialog.js';
import { FolderPlusIcon, MoreIcon } from './site-icons.js';
import { ancestorKeys, buildSiteTree, folderChoices, folderKey, type TreeNode, visibleRows } from './site-tree.js';
import { type TreeAction, SiteTreeView } from './site-tree-view.js';
import { type Note, type SidebarDialog, useSiteActions } from './use-site-actions.js';
import { useSites } from './use-sites.js';
import './sites.css';
import './site-dialogs.css';

/**
 * The saved-sites sidebar: the folder tree with its context menu, New site / New folder, FileZilla import and
 * JSON export. `onConnect` is how a site gets connected; the app decides what connecting means. For an
 * "ask for password" site it gets the password the user just typed (see connect-request.ts).
 */
export function SiteManager({ onConnect, onPublish }: { onConnect: (site: Site, password?: string) => void; onPublish?: (site: Site) => void }) {
  const sites = useSites();
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folders = useMemo(() => sites.list?.folders ?? [], [sites.list]);
  // Every folder starts open, so a fresh import shows what came in.
  const open = expanded ?? new Set(folders.map((folder) => folderKey(folder.id)));
  const tree = useMemo(() => buildSiteTree(folders, sites.list?.sites ?? []), [folders, sites.list]);
  const rows = useMemo(() => visibleRows(tree, open), [tree, open]);

  function reveal(key: string, folderId: string | null) {
    setExpanded(new Set([...open, ...ancestorKeys(folders, folderId)]));
    setFocusedKey(key);
  }
  const actions = useSiteActions({ sites, folders, onConnect, ...(onPublish === undefined ? {} : { onPublish }), reveal, expandAll: () => setExpanded(null) });
  const { dialog, setDialog, note, setNote } = actions;

  function toggle(key: string, next: boolean) {
    const set = new Set(open);
    if (next) set.add(key);
    else set.delete(key);
    setExpanded(set);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file !== undefined) await actions.importFileZilla(await file.text());
  }

  const empty = sites.list !== null && sites.list.sites.length === 0 && sites.list.folders.length === 0;
  return (
    <aside className="sites" aria-labelledby="sites-title">
      <header className="sites__header">
        <h2 id="sites-title" className="section-title">
          Sites
        </h2>
        <div className="sites__actions">
          <button type="button" className="icon-button" aria-label="New site" title="New site" onClick={() => actions.run('new-site', null)}>
            <PlusIcon />
          </button>
          <button type="button" className="icon-button" aria-label="New folder" title="New folder" onClick={() => actions.run('new-folder', null)}>
            <FolderPlusIcon />
          </button>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger className="icon-button" aria-label="More site actions" title="Import, export and trusted certificates">
              <MoreIcon />
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="sm-menu" align="end" sideOffset={4}>
                <DropdownMenu.Item className="sm-menu__item" onSelect={() => fileInput.current?.click()}>
                  Import from FileZilla…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="sm-menu__item" onSelect={() => void actions.exportSites(downloadText)}>
                  Export sites as JSON…
                </DropdownMenu.Item>
                <DropdownMenu.Separator className="sm-menu__separator" />
                <DropdownMenu.Item className="sm-menu__item" onSelect={() => setDialog({ kind: 'trusted-certificates' })}>
                  Trusted certificates…
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept=".xml,text/xml,application/xml"
          className="visually-hidden"
          aria-label="FileZilla site list (sitemanager.xml)"
          tabIndex={-1}
          onChange={(event) => void onFile(event)}
        />
      </header>
      {sites.notice !== null && (
        <div className="sites__notice" role="alert">
          <p>{sites.notice}</p>
          <button type="button" className="button button--small" onClick={sites.dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      <div className="sites__body">
        {sites.loadError !== null && <ErrorNotice error={sites.loadError} onDismiss={() => void sites.reload()} />}
        {empty ? (
          <EmptyState icon={<ServerIcon />} title="No saved sites yet" compact>
            <p>Sites you save keep their host, user and settings, so connecting is one click.</p>
            <div className="sites__empty-actions">
              <button type="button" className="button button--small" onClick={() => actions.run('new-site', null)}>
                Add a site
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => fileInput.current?.click()}>
                Import from FileZilla
              </button>
            </div>
          </EmptyState>
        ) : (
          <SiteTreeView
            rows={rows}
            focusedKey={focusedKey}
            onFocusKey={setFocusedKey}
            onToggle={toggle}
            onAction={(action: TreeAction, node: TreeNode | null) => actions.run(action, node)}
          />
        )}
      </div>
      <Status note={note} onDismiss={() => setNote(null)} />
      <Dialogs dialog={dialog} close={() => setDialog(null)} actions={actions} folders={folders} call={sites.call} />
    </aside>
  );
}

function Status({ note, onDismiss }: { note: Note | null; onDismiss: () => void }) {
  return (
    <div className={`sites__status sites__status--${note?.tone ?? 'info'}`} role="status">
      {note !== null && (
        <>
          <p>{note.text}</p>
          <button type="button" className="icon-button sites__status-close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}

function Dialogs({
  dialog,
  close,
  actions,
  folders,
  call,
}: {
  dialog: SidebarDialog | null;
  close: () => void;
  actions: ReturnType<typeof useSiteActions>;
  folders: Parameters<typeof folderChoices>[0];
  call: ReturnType<typeof useSites>['call'];
}) {
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'site':
      return (
        <SiteDialog
          {...(dialog.site === undefined ? {} : { site: dialog.site })}
          folderId={dialog.folderId}
          folders={folderChoices(folders)}
          call={call}
          onSaved={(saved) => void actions.afterSave(saved, dialog.site === undefined)}
          onClose={close}
        />
      );
    case 'name':
      return (
        <NameDialog title={dialog.title} label={dialog.label} initial={dialog.initial} action={dialog.action} onSubmit={dialog.submit} onClose={close} />
      );
    case 'move':
      return (
        <MoveDialog
          name={dialog.name}
          current={dialog.current}
          choices={folderChoices(folders, dialog.folderId)}
          onMove={(target) => void dialog.move(target)}
          onClose={close}
        />
      );
    case 'confirm':
      return <ConfirmDialog title={dialog.title} message={dialog.message} action="Delete" onConfirm={() => void dialog.confirm()} onClose={close} />;
    case 'report':
      return <ImportReportDialog report={dialog.report} onClose={close} />;
    case 'ask-password': {
      const { site } = dialog;
      const who = site.user === '' ? site.host : `${site.user} at ${site.host}`;
      return <PasswordPrompt who={who} onSubmit={(password) => actions.connectWithPassword(site, password)} onClose={close} />;
    }
    case 'trusted-certificates':
      return <TrustedCertificatesDialog call={call} onClose={close} />;
  }
}
