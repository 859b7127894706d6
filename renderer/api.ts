import type { FerryBridge } from '../shared/ipc-contract.js';
import { takePageToken } from './bridge/page-token.js';
import { createWebSocketBridge } from './bridge/web-socket-bridge.js';

// shared/web-shell-protocol.ts's webShellSocketPath, spelled out: importing it would bundle zod's schemas.
const socketPath = '/ipc';

let chosen: FerryBridge | undefined;

/** Electron's preload bridge when present, else the web shell's WebSocket; chosen on first use. */
function bridge(): FerryBridge {
  if (chosen === undefined) {
    const token = window.ferry === undefined ? takePageToken(window) : null;
    chosen =
      window.ferry ??
      createWebSocketBridge(
        token === null ? null : `ws://${location.host}${socketPath}?token=${encodeURIComponent(token)}`,
      );
  }
  return chosen;
}

/**
 * The renderer's only door to main. The rest of the renderer imports this and never learns which transport
 * (Electron IPC or the web shell's WebSocket) carries the calls.
 */
export const api: FerryBridge = {
  invoke(channel, payload) {
    return bridge().invoke(channel, payload);
  },
  on(event, listener) {
    return bridge().on(event, listener);
  },
  ready() {
    bridge().ready();
  },
  // Only Electron's preload can tell a dropped file's local path (the preload runs before this module, so
  // window.ferry is settled); in the web shell the member stays absent, which is how features know.
  ...(window.ferry?.pathForFile === undefined ? {} : { pathForFile: (file) => window.ferry?.pathForFile?.(file) ?? '' }),
};
