import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { appError } from '../../shared/errors.js';
import { invokeChannels, readyChannel } from '../../shared/ipc-channels.js';
import { fail } from '../../shared/result.js';
import type { Dispatch } from './dispatch.js';
import type { EventHub } from './event-hub.js';

/** What the Electron transport needs; ipcMain is injected so the adapter can be driven by a fake in tests. */
export interface ElectronIpcDeps {
  readonly ipcMain: IpcMain;
  readonly dispatch: Dispatch;
  readonly hub: EventHub;
  /** True for our own page's URL (see sender-policy.ts). */
  readonly isTrustedUrl: (url: string) => boolean;
}

/** The Electron side of IPC once installed. */
export interface ElectronIpc {
  /** Admits one window's webContents: only its main frame may call, and it receives events. */
  attach(contents: WebContents): void;
  /** Removes every handler (tests, app shutdown). */
  dispose(): void;
}

/**
 * Installs ipcMain handlers for every contract channel. Each call's sender must be an attached webContents'
 * main frame showing a trusted URL (Electron's checklist: "validate the sender of all IPC messages").
 */
export function installElectronIpc(deps: ElectronIpcDeps): ElectronIpc {
  const attached = new Map<number, AbortController>();

  const senderOk = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return (
      attached.has(event.sender.id) &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      deps.isTrustedUrl(frame.url)
    );
  };

  for (const channel of invokeChannels) {
    deps.ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!senderOk(event)) {
        return fail(appError('FORBIDDEN_SENDER', 'This page may not call Ferry'));
      }
      const controller = attached.get(event.sender.id) ?? new AbortController();
      return deps.dispatch(channel, payload, { clientId: `wc-${event.sender.id}`, signal: controller.signal });
    });
  }

  const onReady = (event: IpcMainEvent): void => {
    if (senderOk(event)) deps.hub.markReady(`wc-${event.sender.id}`);
  };
  deps.ipcMain.on(readyChannel, onReady);

  return {
    attach(contents) {
      const id = contents.id;
      const clientId = `wc-${id}`;
      attached.set(id, new AbortController());
      deps.hub.addClient(clientId, (event, payload) => {
        if (!contents.isDestroyed()) contents.send(event, payload);
      });
      // A reload loses the page's listeners; queue until the new page says ready.
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) deps.hub.markNotReady(clientId);
      });
      contents.once('destroyed', () => {
        attached.get(id)?.abort();
        attached.delete(id);
        deps.hub.removeClient(clientId);
      });
    },
    dispose() {
      for (const channel of invokeChannels) deps.ipcMain.removeHandler(channel);
      deps.ipcMain.removeListener(readyChannel, onReady);
      for (const controller of attached.values()) controller.abort();
      attached.clear();
    },
  };
}
