import type { EventHub } from '../ipc/event-hub.js';
import { QueueStore } from './queue-store.js';
import { createSiteResolver, type SiteSources } from './resolve-site.js';
import { forwardTransferEvents } from './transfer-handlers.js';
import { TransferQueue } from './transfer-queue.js';

/** What a shell passes: site sources, its event hub, and where `transfers.json` lives (absent = memory only). */
export type ShellTransfersOptions = SiteSources & { readonly userDataDir?: string; readonly hub: EventHub };

/** A shell's transfer queue, its events forwarded to the renderers. */
export interface ShellTransfers {
  readonly queue: TransferQueue;
  /** Stops forwarding, aborts running transfers (they resume on the next start) and writes the queue. */
  close(): Promise<void>;
}

/**
 * Opens the persistent queue (`transfers.json` in the user-data folder) for a shell — web or Electron — with
 * sites resolved through live sessions and the site store (see resolve-site.ts), and forwards its events.
 */
export async function openShellTransfers(options: ShellTransfersOptions): Promise<ShellTransfers> {
  const { userDataDir, hub, ...sources } = options;
  const queue = await TransferQueue.open({
    resolveSite: createSiteResolver(sources),
    ...(userDataDir === undefined ? {} : { store: new QueueStore(userDataDir) }),
  });
  const stop = forwardTransferEvents(queue, (event, payload) => hub.emit(event, payload));
  return {
    queue,
    close: async () => {
      await queue.close();
      stop();
    },
  };
}
