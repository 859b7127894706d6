import type { FerryBridge } from '../../shared/ipc-contract.js';
import type { RemoteEntry, RemoteListing } from '../../shared/remote-entry.js';
import type { RemoteListProgressEvent } from '../../shared/remote-list-progress.js';
import { unpackRemoteListing } from '../../shared/remote-listing-wire.js';
import { ok, type Result } from '../../shared/result.js';

/**
 * What a big folder shows while its listing still arrives: its first entries and how many the server has
 * listed so far. Never the folder's contents: `complete: false`, and `firstEntries` rather than `entries`, so
 * nothing that needs a whole listing (counts, transfers, compare) can take one for a RemoteListing.
 */
export interface RemoteListingPreview {
  readonly complete: false;
  readonly path: string;
  readonly parent: string | null;
  /** The first entries the server sent (about a thousand), in its order. */
  readonly firstEntries: readonly RemoteEntry[];
  /** Entries listed so far, all of them: more than firstEntries. */
  readonly countSoFar: number;
}

/** The one `remote:list` call a preview may come from. */
export interface ListRequestKey {
  readonly sessionId: string;
  readonly requestId: string;
}

/**
 * The preview after one `remote:list-progress` event: `current` itself when the event belongs to another
 * call (an older navigation, another session) or says nothing new; counts before any preview show nothing.
 */
export function applyListProgress(current: RemoteListingPreview | null, event: RemoteListProgressEvent, key: ListRequestKey): RemoteListingPreview | null {
  if (event.sessionId !== key.sessionId || event.requestId !== key.requestId) return current;
  if (event.preview !== undefined && current === null) {
    const { path, parent, entries } = unpackRemoteListing(event.preview);
    return { complete: false, path, parent, firstEntries: entries, countSoFar: Math.max(event.count, entries.length) };
  }
  if (current === null || event.count === current.countSoFar) return current;
  // Keeps firstEntries (the same array), so the pane re-sorts nothing for a new count.
  return { ...current, countSoFar: event.count };
}

/**
 * The preview worth showing next to the last whole listing: none while the folder on screen is listed again
 * (a refresh), whose last listing shows more than a preview would and keeps the user's scroll position.
 */
export function previewToShow(preview: RemoteListingPreview | null, listing: { readonly path: string } | null): RemoteListingPreview | null {
  return preview !== null && preview.path === listing?.path ? null : preview;
}

// Request ids only have to differ within this page's session: a per-page prefix keeps a reloaded page (same
// Electron webContents, events possibly still queued) from matching its predecessor's ids.
const pagePrefix = Math.random().toString(36).slice(2, 10) || 'p';
let requests = 0;

/** A fresh id for a `remote:list` call, as listRequestIdSchema allows. */
export function nextListRequestId(): string {
  requests += 1;
  return `${pagePrefix}-${requests.toString(36)}`;
}

/**
 * `remote:list`, with the listing unpacked from its wire rows into entries (see remote-listing-wire.ts). With
 * `onPreview`, the call names itself with a request id and hands on the preview a big folder sends while it
 * arrives (see applyListProgress); nothing reaches `onPreview` once the call has answered.
 */
export async function listRemote(
  bridge: FerryBridge,
  request: { readonly sessionId: string; readonly path?: string },
  onPreview?: (preview: RemoteListingPreview) => void,
): Promise<Result<RemoteListing>> {
  if (onPreview === undefined) {
    const result = await bridge.invoke('remote:list', request);
    return result.ok ? ok(unpackRemoteListing(result.value)) : result;
  }
  const key: ListRequestKey = { sessionId: request.sessionId, requestId: nextListRequestId() };
  let preview: RemoteListingPreview | null = null;
  let answered = false;
  const stop = bridge.on('remote:list-progress', (event) => {
    const next = applyListProgress(preview, event, key);
    if (answered || next === preview || next === null) return;
    preview = next;
    onPreview(next);
  });
  try {
    const result = await bridge.invoke('remote:list', { ...request, requestId: key.requestId });
    return result.ok ? ok(unpackRemoteListing(result.value)) : result;
  } finally {
    answered = true;
    stop();
  }
}
