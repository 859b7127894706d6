import type { RemoteListProgressEvent } from '../../shared/remote-list-progress.js';
import { packRemoteListing } from '../../shared/remote-listing-wire.js';
import type { ListBatch } from './browse-session.js';

/** What a listing's progress reporter needs. */
export interface ListProgressOptions {
  readonly sessionId: string;
  readonly requestId: string;
  /** Delivers one `remote:list-progress` event (to the renderer that asked). */
  readonly send: (event: RemoteListProgressEvent) => void;
  /** Told when `send` throws: progress is a courtesy, and its failure must never fail the listing. */
  readonly onSendError?: (error: unknown) => void;
  /** Least time between two events, ms (default 200: at most 5 a second). */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

/** Default least time between two progress events of one listing. */
export const listProgressIntervalMs = 200;

/**
 * Turns a listing's batches (BrowseSession.list) into `remote:list-progress` events. Exactly one preview: the
 * first batch, packed like the final answer, sent when a second batch shows the folder takes more than one
 * (a folder that fits in one batch is answered about as soon, so a preview would only cost); after it only
 * the running count, at most one event per interval. The final answer itself is `remote:list`'s.
 */
export function createListProgressReporter(options: ListProgressOptions): (batch: ListBatch) => void {
  const intervalMs = options.intervalMs ?? listProgressIntervalMs;
  const now = options.now ?? (() => performance.now());
  const { sessionId, requestId } = options;
  const onSendError = options.onSendError ?? ((error: unknown) => console.error('ferry: remote:list-progress not sent', error));
  const send = (event: RemoteListProgressEvent): void => {
    try {
      options.send(event);
    } catch (error) {
      onSendError(error);
    }
  };
  let first: ListBatch | undefined;
  let previewSent = false;
  let lastSentAt = 0;
  return (batch) => {
    if (batch.countSoFar === batch.entries.length) {
      // The first batch (again, after a reconnect): whether more follow is not known yet.
      if (!previewSent) first = batch;
      return;
    }
    const at = now();
    if (!previewSent && first !== undefined) {
      const preview = packRemoteListing({ path: first.path, parent: first.parent, entries: [...first.entries] });
      previewSent = true;
      first = undefined;
      lastSentAt = at;
      send({ sessionId, requestId, path: batch.path, count: batch.countSoFar, preview });
      return;
    }
    if (previewSent && at - lastSentAt >= intervalMs) {
      lastSentAt = at;
      send({ sessionId, requestId, path: batch.path, count: batch.countSoFar });
    }
  };
}
