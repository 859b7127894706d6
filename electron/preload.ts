// Runs sandboxed, so it can only require 'electron': build/bundle-preload.mjs inlines shared/ipc-channels.ts.
// It must not import zod (or anything importing it); main validates every payload anyway.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { eventChannels, invokeChannels, readyChannel } from '../shared/ipc-channels.js';
import type { FerryBridge } from '../shared/ipc-contract.js';
import type { Result } from '../shared/result.js';

const allowedInvoke: ReadonlySet<string> = new Set(invokeChannels);
const allowedEvents: ReadonlySet<string> = new Set(eventChannels);

function failure(code: 'UNKNOWN_CHANNEL' | 'INTERNAL', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** The only object the page sees: channels outside the contract's lists never reach ipcRenderer. */
const bridge: FerryBridge = {
  invoke(channel, payload) {
    if (!allowedInvoke.has(channel)) return Promise.resolve(failure('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel)}`));
    return ipcRenderer
      .invoke(channel, payload)
      .catch((error: unknown) => failure('INTERNAL', error instanceof Error ? error.message : 'IPC failed'));
  },
  on(event, listener) {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${String(event)}`);
    // Never hand the IpcRendererEvent to the page: it exposes ipcRenderer itself.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
  ready() {
    ipcRenderer.send(readyChannel);
  },
  pathForFile(file) {
    // File.path is gone since Electron 32; webUtils is the supported way. It throws for anything that is not a
    // File (the page may pass whatever it likes) and returns '' for a File not backed by a file on disk.
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld('ferry', bridge);
