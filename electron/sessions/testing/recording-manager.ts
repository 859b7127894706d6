import type { LogLine } from '../../../shared/ipc-contract.js';
import type { RemoteConnectRequest, RemoteStateEvent } from '../../../shared/remote-session.js';
import { remoteConnectRequestSchema } from '../../../shared/remote-session.js';
import type { RunningServer } from '../../test-support/ftp-servers/index.js';
import { createMemoryPinStore, type CertificatePinStore } from '../ports.js';
import { SessionManager, type SessionManagerOptions } from '../session-manager.js';

/** A SessionManager for tests that records every state event and log line it emits. */
export interface RecordingManager {
  readonly manager: SessionManager;
  readonly pins: CertificatePinStore & { readonly size: number };
  readonly states: RemoteStateEvent[];
  readonly logs: LogLine[];
  /** Every log line's text, one per line, for "never contains the password" checks. */
  logText(): string;
}

/** Builds a recording manager; log lines are flushed at once so tests need not wait. */
export function recordingManager(options: Partial<SessionManagerOptions> = {}): RecordingManager {
  const pins = createMemoryPinStore();
  const states: RemoteStateEvent[] = [];
  const logs: LogLine[] = [];
  const manager = new SessionManager({
    pins,
    timeoutMs: 10_000,
    log: { intervalMs: 1 },
    ...options,
    onState: (event) => states.push(event),
    onLog: (line) => logs.push(line),
  });
  return { manager, pins, states, logs, logText: () => logs.map((line) => line.text).join('\n') };
}

/** Connection parameters for a harness server, parsed as the IPC layer would. */
export function paramsFor(server: RunningServer, overrides: Partial<RemoteConnectRequest> = {}) {
  return remoteConnectRequestSchema.parse({
    host: server.host,
    port: server.port,
    protocol: server.tls === 'plain' ? 'ftp' : server.tls === 'implicit' ? 'ftps-implicit' : 'ftpes-required',
    user: server.user,
    password: server.password,
    ...overrides,
  });
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
