import { packRemoteListing } from '../../shared/remote-listing-wire.js';
import { ok } from '../../shared/result.js';
import type { EventHub } from '../ipc/event-hub.js';
import type { Handler, HandlerContext } from '../ipc/handler-table.js';
import { createListProgressReporter } from './list-progress.js';
import type { SessionManager } from './session-manager.js';

/** The `remote:*` channels. */
export type RemoteChannel =
  | 'remote:connect'
  | 'remote:trust'
  | 'remote:disconnect'
  | 'remote:list'
  | 'remote:mkdir'
  | 'remote:rename'
  | 'remote:delete'
  | 'remote:rmdir'
  | 'remote:chmod';

/** The handlers of the `remote:*` channels, for createHandlers to spread into its table. */
export type RemoteHandlers = { readonly [C in RemoteChannel]: Handler<C> };

/**
 * Binds the remote channels to a SessionManager. Sessions belong to the calling renderer (its client id);
 * when that renderer goes away (its context's signal aborts), its sessions are closed. With `events`, a
 * `remote:list` that names a `requestId` streams `remote:list-progress` to the renderer that asked.
 */
export function createRemoteHandlers(manager: SessionManager, events?: Pick<EventHub, 'emitTo'>): RemoteHandlers {
  const watched = new Set<string>();
  const own = (context: HandlerContext): string => {
    const owner = context.clientId;
    if (!watched.has(owner)) {
      watched.add(owner);
      const onAbort = (): void => {
        watched.delete(owner);
        void manager.closeOwner(owner);
      };
      if (context.signal.aborted) queueMicrotask(onAbort);
      else context.signal.addEventListener('abort', onAbort, { once: true });
    }
    return owner;
  };
  // A renderer that left while its connect was in flight must not leave that session behind.
  const settle = async <T>(pending: Promise<T>, context: HandlerContext): Promise<T> => {
    const result = await pending;
    if (context.signal.aborted) await manager.closeOwner(context.clientId);
    return result;
  };
  return {
    'remote:connect': (payload, context) => settle(manager.connect(payload, own(context)), context),
    'remote:trust': (payload, context) => settle(manager.trust(payload, own(context)), context),
    'remote:disconnect': ({ sessionId }, context) => manager.disconnect(sessionId, own(context)),
    'remote:list': async ({ sessionId, path, requestId }, context) => {
      const onBatch =
        events === undefined || requestId === undefined
          ? undefined
          : createListProgressReporter({ sessionId, requestId, send: (event) => events.emitTo(context.clientId, 'remote:list-progress', event) });
      const listed = await manager.list(sessionId, own(context), path, onBatch);
      return listed.ok ? ok(packRemoteListing(listed.value)) : listed;
    },
    'remote:mkdir': ({ sessionId, path }, context) => manager.mkdir(sessionId, own(context), path),
    'remote:rename': ({ sessionId, from, to }, context) => manager.rename(sessionId, own(context), from, to),
    'remote:delete': ({ sessionId, path }, context) => manager.deleteFile(sessionId, own(context), path),
    'remote:rmdir': ({ sessionId, path }, context) => manager.removeDirectory(sessionId, own(context), path),
    'remote:chmod': ({ sessionId, path, mode }, context) => manager.chmod(sessionId, own(context), path, mode),
  };
}
