import type { FerryBridge } from '../../shared/ipc-contract.js';

declare global {
  interface Window {
    /** Set by Electron's preload (contextBridge); absent in the web shell. Read only by renderer/api.ts. */
    readonly ferry?: FerryBridge;
  }
}

export {};
