import type { AppInfo } from '../../shared/ipc-contract.js';
import { ok } from '../../shared/result.js';
import type { HandlerTable } from '../ipc/handler-table.js';
import { appInfo, type PackageInfo } from './app-info.js';
import { listLocalFolder } from './local-list.js';

/** Everything the handlers touch outside themselves, injected by whichever shell runs them. */
export interface HandlerDeps {
  readonly homeDir: string;
  readonly shell: AppInfo['shell'];
  readonly pkg: PackageInfo;
  readonly platform?: string;
}

/** The full handler table; adding a channel to the contract makes this fail to compile until it is handled. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    'app:info': async () => ok(appInfo(deps.pkg, deps.shell, deps.platform)),
    'local:list': async ({ path }) => listLocalFolder(path, { homeDir: deps.homeDir }),
  };
}
