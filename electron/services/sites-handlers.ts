import { appError } from '../../shared/errors.js';
import type { InvokeChannel } from '../../shared/ipc-channels.js';
import { fail, ok } from '../../shared/result.js';
import { sitesContract } from '../../shared/site-ipc.js';
import type { Handler } from '../ipc/handler-table.js';
import { exportSites } from '../sites/export-sites.js';
import { importFileZilla } from '../sites/filezilla-import.js';
import { deleteFolderAndPasswords, deleteSiteAndPassword, duplicateSiteWithPassword } from '../sites/site-credentials.js';
import type { SitesDeps } from './sites-deps.js';
import { guardSites } from './sites-errors.js';
import { createPasswordHandlers, dropUnusedPassword, keepPassword } from './sites-passwords.js';

/** The site manager's channels (`sites:*`, `pins:*`). */
export type SitesChannel = keyof typeof sitesContract & InvokeChannel;

/** Their handlers, for createHandlers to spread into its table. */
export type SitesHandlers = { readonly [C in SitesChannel]: Handler<C> };

/** `ferry-sites-2026-11-21.json`: a name that sorts by date in a downloads folder. */
function exportFileName(now: Date): string {
  return `ferry-sites-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Binds the site-manager channels to a site store and a credential store. Every change is the store's (atomic,
 * validated); passwords go to the keychain only, and no answer carries one.
 */
export function createSitesHandlers(deps: SitesDeps, now: () => Date = () => new Date()): SitesHandlers {
  const { store, credentials } = deps;
  // The recovery notice is news once: the first list after start carries it, later ones do not.
  let noticeShown = false;
  return {
    'sites:list': async () => {
      const notice = noticeShown ? undefined : store.recoveryNotice;
      noticeShown = true;
      return ok({ ...store.snapshot(), pins: [...store.listPins()], recoveryNotice: notice ?? null });
    },
    'sites:create': ({ site, password }) =>
      guardSites(async () => ok(await keepPassword(deps, await store.createSite(site), password))),
    'sites:update': ({ siteId, patch, password }) =>
      guardSites(async () => {
        const site = await store.updateSite(siteId, patch);
        await dropUnusedPassword(deps, site);
        return ok(await keepPassword(deps, site, password));
      }),
    'sites:delete': ({ siteId }) => guardSites(async () => ok(await deleteSiteAndPassword(store, credentials, siteId))),
    'sites:duplicate': ({ siteId }) =>
      guardSites(async () => ok(await duplicateSiteWithPassword(store, credentials, siteId))),
    'sites:move': ({ siteId, folderId }) => guardSites(async () => ok({ site: await store.moveSite(siteId, folderId) })),
    'sites:create-folder': ({ name, parentId }) =>
      guardSites(async () => ok({ folder: await store.createFolder({ name, parentId }) })),
    'sites:rename-folder': ({ folderId, name }) =>
      guardSites(async () => ok({ folder: await store.renameFolder(folderId, name) })),
    'sites:move-folder': ({ folderId, parentId }) =>
      guardSites(async () => ok({ folder: await store.moveFolder(folderId, parentId) })),
    'sites:delete-folder': ({ folderId }) =>
      guardSites(async () => {
        const before = store.snapshot().sites.map((site) => site.id);
        const outcome = await deleteFolderAndPasswords(store, credentials, folderId);
        const left = new Set(store.snapshot().sites.map((site) => site.id));
        return ok({ ...outcome, removedSiteIds: before.filter((id) => !left.has(id)) });
      }),
    ...createPasswordHandlers(deps),
    'sites:import-filezilla': ({ xml }) =>
      guardSites(async () => {
        const report = await importFileZilla(xml, store, credentials);
        return ok({
          imported: report.imported.map((entry) => ({ ...entry, warnings: [...entry.warnings] })),
          skipped: [...report.skipped],
          foldersCreated: report.foldersCreated,
          ...(report.keychainProblem === undefined ? {} : { keychainProblem: report.keychainProblem }),
        });
      }),
    'sites:export': async () => {
      const at = now();
      return ok({ fileName: exportFileName(at), json: exportSites(store, at) });
    },
    'pins:list': async () => ok({ pins: [...store.listPins()] }),
    'pins:forget': ({ host, port }) => guardSites(async () => ok({ forgotten: await store.forgetPin(host, port) })),
  };
}

/** For a shell that runs without a site store (some tests): every site channel says so instead of crashing. */
export function createMissingSitesHandlers(): SitesHandlers {
  const missing = async () => fail(appError('IO_ERROR', 'The site list is not available in this window.'));
  const entries = Object.keys(sitesContract).map((channel) => [channel, missing]);
  return Object.fromEntries(entries) as unknown as SitesHandlers;
}
