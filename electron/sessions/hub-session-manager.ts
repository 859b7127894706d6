import type { EventHub } from '../ipc/event-hub.js';
import { createMemoryPinStore, type CertificatePinStore, type PasswordLookup } from './ports.js';
import { SessionManager, type SessionManagerOptions } from './session-manager.js';

/** What a shell gives the session layer; pins default to memory only until the site store is wired in. */
export interface HubSessionManagerOptions extends Partial<Omit<SessionManagerOptions, 'onState' | 'onLog' | 'pins' | 'passwords'>> {
  readonly hub: EventHub;
  readonly pins?: CertificatePinStore;
  readonly passwords?: PasswordLookup;
}

/** A SessionManager whose `remote:state` and `log:line` events go to the shell's event hub. */
export function createHubSessionManager(options: HubSessionManagerOptions): SessionManager {
  const { hub, pins, passwords, ...rest } = options;
  return new SessionManager({
    ...rest,
    pins: pins ?? createMemoryPinStore(),
    ...(passwords === undefined ? {} : { passwords }),
    onState: (event) => hub.emit('remote:state', event),
    onLog: (line) => hub.emit('log:line', line),
  });
}
