import type { AppInfo } from '../../shared/ipc-contract.js';
import { ok } from '../../shared/result.js';
import type { EventHub } from '../ipc/event-hub.js';
import type { HandlerTable } from '../ipc/handler-table.js';
import { createRemoteHandlers } from '../sessions/remote-handlers.js';
import type { SessionManager } from '../sessions/session-manager.js';
import { appInfo, type PackageInfo } from './app-info.js';
import { changeLocalMode } from './local-chmod.js';
import { deleteLocalEntry } from './local-delete.js';
import { listLocalFolder } from './local-list.js';
import { makeLocalFolder } from './local-mkdir.js';
import { renameLocalEntry } from './local-rename.js';
import type { SitesDeps } from './sites-deps.js';
import { createMissingSitesHandlers, createSitesHandlers } from './sites-handlers.js';
import { createMissingTransferHandlers, createTransferHandlers, type TransferService } from '../transfers/transfer-handlers.js';
import { createMissingPublishHandlers, createPublishHandlers, type PublishActions } from '../publish/publish-handlers.js';

/** Everything the handlers touch outside themselves, injected by whichever shell runs them. */
export interface HandlerDeps {
  readonly homeDir: string;
  readonly shell: AppInfo['shell'];
  readonly pkg: PackageInfo;
  readonly platform?: string;
  /** Remote browse sessions (electron/sessions); the shell closes them on shutdown. */
  readonly sessions: SessionManager;
  /** Main's event fan-out, for events that answer one renderer's call (remote:list-progress); none without it. */
  readonly events?: Pick<EventHub, 'emitTo'>;
  /** The site store and keychain (see sites-runtime.ts); without them the site channels answer IO_ERROR. */
  readonly sites?: SitesDeps;
  /** The transfer queue (electron/transfers); without it the transfer channels answer INTERNAL. */
  readonly transfers?: TransferService;
  /** Publishing (electron/publish/publish-service.ts); without it the publish channels answer INTERNAL. */
  readonly publish?: PublishActions;
}

/** The full handler table; adding a channel to the contract makes this fail to compile until it is handled. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    'app:info': async () => ok(appInfo(deps.pkg, deps.shell, deps.platform)),
    'local:list': async ({ path }) => listLocalFolder(path, { homeDir: deps.homeDir }),
    'local:mkdir': async ({ folder, name }) => makeLocalFolder(folder, name),
    'local:rename': async ({ path, name }) => renameLocalEntry(path, name),
    'local:delete': async ({ path }) => deleteLocalEntry(path),
    'local:chmod': async ({ path, mode }) => changeLocalMode(path, mode, deps.platform),
    ...createRemoteHandlers(deps.sessions, deps.events),
    ...(deps.sites === undefined ? createMissingSitesHandlers() : createSitesHandlers(deps.sites)),
    ...(deps.transfers === undefined ? createMissingTransferHandlers() : createTransferHandlers(deps.transfers)),
    ...(deps.publish === undefined ? createMissingPublishHandlers() : createPublishHandlers(deps.publish)),
  };
}
