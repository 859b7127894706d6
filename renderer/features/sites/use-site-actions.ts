import { useRef, useState } from 'react';
import type { ImportReportView } from '../../../shared/site-ipc.js';
import type { Site, SiteFolder } from '../../../shared/site.js';
import { importSummary } from './import-report-dialog.js';
import type { SavedSite } from './site-dialog.js';
import { folderKey, siteKey, type TreeNode } from './site-tree.js';
import type { TreeAction } from './site-tree-view.js';
import type { SitesState } from './use-sites.js';

/** The one dialog the sidebar shows at a time. */
export type SidebarDialog =
  | { readonly kind: 'site'; readonly site?: Site; readonly folderId: string | null }
  | {
      readonly kind: 'name';
      readonly title: string;
      readonly label: string;
      readonly initial: string;
      readonly action: string;
      readonly submit: (name: string) => Promise<string | null>;
    }
  | {
      readonly kind: 'move';
      readonly name: string;
      readonly current: string | null;
      /** Set when a folder moves, so it and its subfolders are not offered. */
      readonly folderId?: string;
      readonly move: (target: string | null) => Promise<void>;
    }
  | { readonly kind: 'confirm'; readonly title: string; readonly message: string; readonly confirm: () => Promise<void> }
  | { readonly kind: 'report'; readonly report: ImportReportView }
  | { readonly kind: 'ask-password'; readonly site: Site }
  | { readonly kind: 'trusted-certificates' };

/** A line in the sidebar's status area. */
export interface Note {
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
}

const passwordNotKept = (name: string, problem: string) =>
  `“${name}” was saved, but its password was not: ${problem} It is now set to ask for the password.`;

/** Counts the sites inside a folder and its subfolders, for the delete question. */
function sitesInside(folderId: string, folders: readonly SiteFolder[], sites: readonly Site[]): number {
  const inside = new Set([folderId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const folder of folders) {
      if (folder.parentId !== null && inside.has(folder.parentId) && !inside.has(folder.id)) {
        inside.add(folder.id);
        grew = true;
      }
    }
  }
  return sites.filter((site) => site.folderId !== null && inside.has(site.folderId)).length;
}

/**
 * What the sidebar's buttons, menu items and keys do: each opens a dialog or calls a site channel, then
 * reloads the list and reveals the result. Failures end up in the status line in the store's own words.
 */
export function useSiteActions(options: {
  sites: SitesState;
  folders: readonly SiteFolder[];
  onConnect: (site: Site, password?: string) => void;
  /** Opens the publish dialog for a site (its "Publish…" menu item). */
  onPublish?: (site: Site) => void;
  reveal: (key: string, folderId: string | null) => void;
  expandAll: () => void;
}) {
  const { sites, folders, onConnect, onPublish, reveal } = options;
  const [dialog, setDialogState] = useState<SidebarDialog | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // Radix gives focus back to a Dialog.Trigger; these dialogs open from menus and keys, so the sidebar
  // remembers what had focus and restores it (or the tree, if that element is gone) once the dialog closes.
  function setDialog(next: SidebarDialog | null) {
    if (next !== null && returnFocus.current === null) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    setDialogState(next);
    if (next === null) {
      const target = returnFocus.current;
      returnFocus.current = null;
      setTimeout(() => {
        if (target?.isConnected === true && target !== document.body) target.focus();
        else document.querySelector<HTMLElement>('[role="tree"] [tabindex="0"]')?.focus();
      }, 0);
    }
  }
  const [note, setNote] = useState<Note | null>(null);
  const call = sites.call;

  /** Runs a change; on failure keeps the dialog open and returns the message. */
  async function change(work: () => ReturnType<SitesState['call']>, done: () => void): Promise<string | null> {
    const result = await work();
    await sites.reload();
    if (!result.ok) return result.error.message;
    setDialog(null);
    done();
    return null;
  }

  function fail(message: string | null) {
    if (message !== null) setNote({ tone: 'error', text: message });
  }

  function run(action: TreeAction, node: TreeNode | null) {
    const parentId = node === null ? null : node.kind === 'folder' ? node.folder.id : node.site.folderId;
    if (action === 'new-site') {
      setDialog({ kind: 'site', folderId: parentId });
      return;
    }
    if (action === 'new-folder') {
      setDialog({
        kind: 'name',
        title: 'New folder',
        label: 'Folder name',
        initial: '',
        action: 'Create',
        submit: async (name) => {
          const result = await call('sites:create-folder', { name, parentId });
          await sites.reload();
          if (!result.ok) return result.error.message;
          setDialog(null);
          reveal(folderKey(result.value.folder.id), parentId);
          return null;
        },
      });
      return;
    }
    if (node === null) return;
    if (node.kind === 'site') runOnSite(action, node.site);
    else runOnFolder(action, node.folder);
  }

  function runOnSite(action: TreeAction, site: Site) {
    switch (action) {
      case 'connect':
        // "Ask" sites never keep a password: ask now, hand it to this one connection.
        if (site.logonType === 'ask') setDialog({ kind: 'ask-password', site });
        else onConnect(site);
        return;
      case 'publish':
        onPublish?.(site);
        return;
      case 'edit':
        setDialog({ kind: 'site', site, folderId: site.folderId });
        return;
      case 'duplicate':
        void call('sites:duplicate', { siteId: site.id }).then(async (result) => {
          await sites.reload();
          if (!result.ok) return fail(result.error.message);
          reveal(siteKey(result.value.site.id), site.folderId);
          const problem = result.value.keychainProblem;
          setNote(
            problem === undefined
              ? { tone: 'info', text: `Duplicated “${site.name}”.` }
              : { tone: 'warning', text: `Duplicated “${site.name}”, but its password could not be copied: ${problem}` },
          );
        });
        return;
      case 'rename':
        setDialog({
          kind: 'name',
          title: `Rename “${site.name}”`,
          label: 'Site name',
          initial: site.name,
          action: 'Rename',
          submit: (name) => change(() => call('sites:update', { siteId: site.id, patch: { name } }), () => reveal(siteKey(site.id), site.folderId)),
        });
        return;
      case 'move':
        setDialog({
          kind: 'move',
          name: site.name,
          current: site.folderId,
          move: async (target) => fail(await change(() => call('sites:move', { siteId: site.id, folderId: target }), () => reveal(siteKey(site.id), target))),
        });
        return;
      case 'delete':
        setDialog({
          kind: 'confirm',
          title: 'Delete site',
          message: `Delete “${site.name}”? Its saved password is removed from the keychain too. This cannot be undone.`,
          confirm: async () =>
            fail(await change(() => call('sites:delete', { siteId: site.id }), () => setNote({ tone: 'info', text: `Deleted “${site.name}”.` }))),
        });
        return;
      default:
        return;
    }
  }

  function runOnFolder(action: TreeAction, folder: SiteFolder) {
    if (action === 'rename') {
      setDialog({
        kind: 'name',
        title: `Rename folder “${folder.name}”`,
        label: 'Folder name',
        initial: folder.name,
        action: 'Rename',
        submit: (name) => change(() => call('sites:rename-folder', { folderId: folder.id, name }), () => undefined),
      });
    } else if (action === 'move') {
      setDialog({
        kind: 'move',
        name: folder.name,
        current: folder.parentId,
        folderId: folder.id,
        move: async (target) =>
          fail(await change(() => call('sites:move-folder', { folderId: folder.id, parentId: target }), () => reveal(folderKey(folder.id), target))),
      });
    } else if (action === 'delete') {
      const count = sitesInside(folder.id, folders, sites.list?.sites ?? []);
      const what = count === 0 ? 'It is empty.' : `The ${count === 1 ? 'site' : `${count} sites`} in it and their saved passwords go too.`;
      setDialog({
        kind: 'confirm',
        title: 'Delete folder',
        message: `Delete the folder “${folder.name}” with everything in it? ${what} This cannot be undone.`,
        confirm: async () =>
          fail(await change(() => call('sites:delete-folder', { folderId: folder.id }), () => setNote({ tone: 'info', text: `Deleted the folder “${folder.name}”.` }))),
      });
    }
  }

  async function afterSave(saved: SavedSite, created: boolean) {
    setDialog(null);
    await sites.reload();
    reveal(siteKey(saved.site.id), saved.site.folderId);
    setNote(
      saved.keychainProblem === undefined
        ? { tone: 'info', text: `${created ? 'Saved' : 'Updated'} “${saved.site.name}”.` }
        : { tone: 'warning', text: passwordNotKept(saved.site.name, saved.keychainProblem) },
    );
  }

  async function importFileZilla(xml: string) {
    const result = await call('sites:import-filezilla', { xml });
    await sites.reload();
    if (!result.ok) {
      setNote({ tone: 'error', text: `The file could not be imported: ${result.error.message}` });
      return;
    }
    options.expandAll();
    setNote({ tone: 'info', text: importSummary(result.value) });
    setDialog({ kind: 'report', report: result.value });
  }

  async function exportSites(save: (fileName: string, text: string) => void) {
    const result = await call('sites:export', {});
    if (!result.ok) return fail(result.error.message);
    save(result.value.fileName, result.value.json);
    setNote({ tone: 'info', text: `Exported the site list as ${result.value.fileName} (without passwords).` });
  }

  function connectWithPassword(site: Site, password: string) {
    setDialog(null);
    onConnect(site, password);
  }

  return { dialog, setDialog, note, setNote, run, afterSave, importFileZilla, exportSites, connectWithPassword };
}
